"""Updates shaped like Telegram's: a private message (with a command's entity where it is one)
and a button press, for the fake Bot API to hand to the bot."""

from __future__ import annotations

import itertools
import time
from typing import Any

_update_ids = itertools.count(1000)


def user(user_id: int, language: str | None = "de") -> dict[str, Any]:
    found: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
    if language:
        found["language_code"] = language
    return found


def text_update(
    user_id: int,
    text: str,
    *,
    language: str | None = "de",
    reply_to: dict[str, Any] | None = None,
    update_id: int | None = None,
) -> dict[str, Any]:
    """A private message; a leading /command carries its bot_command entity, as Telegram's."""
    message: dict[str, Any] = {
        "message_id": next(_update_ids),
        "date": int(time.time()),
        "chat": {"id": user_id, "type": "private", "first_name": f"User{user_id}"},
        "from": user(user_id, language),
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    if reply_to is not None:
        message["reply_to_message"] = reply_to
    return {"update_id": update_id or next(_update_ids), "message": message}


def press_update(
    user_id: int, message: dict[str, Any], data: str, language: str | None = "de"
) -> dict[str, Any]:
    """A press on an inline button of a message the bot sent."""
    return {
        "update_id": next(_update_ids),
        "callback_query": {
            "id": str(next(_update_ids)),
            "from": user(user_id, language),
            "message": message,
            "chat_instance": "1",
            "data": data,
        },
    }
