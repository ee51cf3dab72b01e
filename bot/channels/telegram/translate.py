"""Telegram updates to Inbound, and Reply to HTML with an inline keyboard: pure translation.

Identities are the Telegram user id; an address is the private chat id; a reference to a
message is `<chat>:<message_id>`.
"""

from __future__ import annotations

import html
import json
from collections.abc import Collection
from dataclasses import dataclass, replace

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram import Message as TelegramMessage

from bot.channels.base import split_text
from bot.core.messages import Inbound, Reply

CHANNEL = "telegram"
TEXT_LIMIT = 4000  # characters of one message (Telegram's limit is 4096 after parsing)
HELP_COMMAND = "help"  # what /start without an invitation shows


# --- pure translation ------------------------------------------------------------------


def ref_of(chat_id: int | str, message_id: int | str) -> str:
    return f"{chat_id}:{message_id}"


def message_inbound(update: Update, text: str | None = None, choice: str | None = None) -> Inbound:
    """A private message (or a command) as the core sees it."""
    user, chat, message = update.effective_user, update.effective_chat, update.effective_message
    assert user is not None and chat is not None
    answered = message.reply_to_message if message else None
    return Inbound(
        CHANNEL,
        str(user.id),
        text=text,
        choice=choice,
        language_hint=user.language_code,
        delivery_key=str(update.update_id),
        address=str(chat.id),
        reply_to=ref_of(chat.id, answered.message_id) if answered else None,
        display_name=user.full_name,
    )


def update_of(body: str, bot: Bot) -> Update | None:
    """A webhook body as an update: a JSON object with a numeric `update_id` whose parts
    python-telegram-bot can read; None for anything else (answered 400)."""
    try:
        data = json.loads(body)
        if not isinstance(data, dict) or type(data.get("update_id")) is not int:
            return None
        return Update.de_json(data, bot)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def update_inbound(update: Update, commands: Collection[str]) -> Inbound | None:
    """Text, a command, a button press or anything else in a private chat; None elsewhere.
    `commands`: the chat commands the bot has (others are text like any other)."""
    chat = update.effective_chat
    if chat is None or chat.type != "private" or update.effective_user is None:
        return None
    query = update.callback_query
    if query is not None:
        shown = query.message.text if isinstance(query.message, TelegramMessage) else None
        return replace(message_inbound(update, choice=query.data or ""), context=shown)
    message = update.effective_message
    text = message.text if message else None
    if text and text.startswith("/"):
        command, _, rest = text[1:].partition(" ")
        command = command.split("@", 1)[0].lower()
        if command == "start":
            code = rest.strip()
            if code:
                return replace(message_inbound(update), link_code=code)
            return replace(message_inbound(update), command=HELP_COMMAND)
        if command in commands:
            return replace(message_inbound(update), command=command)
    return message_inbound(update, text=text or "")


@dataclass(frozen=True)
class Outgoing:
    html: str
    keyboard: InlineKeyboardMarkup | None


def render(reply: Reply) -> list[Outgoing]:
    """Escaped HTML within Telegram's length; the keyboard (one button a row) goes last."""
    pieces = split_text(reply.text, TEXT_LIMIT) or ([""] if reply.choices else [])
    keyboard = None
    if reply.choices:
        keyboard = InlineKeyboardMarkup(
            [[InlineKeyboardButton(c.label, callback_data=c.value)] for c in reply.choices]
        )
    return [
        Outgoing(html.escape(piece, quote=False) or "…", keyboard if n == len(pieces) - 1 else None)
        for n, piece in enumerate(pieces)
    ]
