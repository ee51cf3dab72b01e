"""Slack's payloads to Inbound, and Reply to Block Kit: pure translation, no I/O.

Identities are `<team>:<user>` (or `<team>:<channel>` for a staff team channel); an address is
`<channel>` or `<channel>|<thread_ts>`, the place a person last wrote from.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from slack_sdk.signature import SignatureVerifier

from bot.channels.base import split_text
from bot.core.messages import Inbound, Reply
from handlers.base import UserFacingError

log = logging.getLogger(__name__)

CHANNEL = "slack"
TEXT_LIMIT = 3000  # characters in one Block Kit text object
BLOCKS_PER_MESSAGE = 50
BUTTONS_PER_BLOCK = 25
BUTTON_TEXT_LIMIT = 75
CHOICE_ACTION = re.compile(r"^choice-\d+$")
HELP_COMMAND = "help"  # `/support` alone: the menu


# --- pure translation: Slack payloads to Inbound ----------------------------------------


def escape(text: str) -> str:
    """Slack's three control characters, in this order: nothing the user wrote becomes live."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def identity_of(team: str, user: str) -> str:
    return f"{team}:{user}"


def account_id(account: str, workspace: str | None) -> str:
    """How the bot names a Slack account: ids are only unique within a workspace (a team)."""
    if not workspace:
        raise UserFacingError("cli-link-team-needed")
    return identity_of(workspace, account)


def refusal(
    verifier: SignatureVerifier, body: str, headers: Mapping[str, str], content_type: str
) -> int | None:
    """The status a request is refused with before any parser sees it: 401 unsigned, 400 signed
    but no shape Slack posts; None to pass it on."""
    signed = verifier.is_valid(
        body, headers.get("X-Slack-Request-Timestamp"), headers.get("X-Slack-Signature")
    )
    if not signed:
        return 401
    if not well_formed(body, content_type):
        log.warning("slack: a signed request of an unknown shape was refused")
        return 400
    return None


def well_formed(body: str, content_type: str) -> bool:
    """What Slack posts: a JSON object (events), or a form with a JSON object `payload`
    (interactivity) or a `command` (slash commands). Anything else is refused before a parser
    that can raise sees it."""
    try:
        if content_type.startswith("application/json"):
            data = json.loads(body)
            return isinstance(data, dict) and isinstance(data.get("event", {}), dict)
        form = parse_qs(body, keep_blank_values=True)
        if "payload" in form:
            return isinstance(json.loads(form["payload"][0]), dict)
        return bool(form.get("command"))
    except ValueError:
        return False


def language_of_buttons(block_id: str) -> str | None:
    """The language a row of buttons was offered in (it ends their block id)."""
    parts = block_id.split("-", 2)
    return parts[2] if len(parts) == 3 and parts[0] == "choices" else None


def address_of(channel: str, thread_ts: str | None) -> str:
    return f"{channel}|{thread_ts}" if thread_ts else channel


def split_address(address: str) -> tuple[str, str | None]:
    channel, _, thread_ts = address.partition("|")
    return channel, thread_ts or None


def event_inbound(
    body: Mapping[str, Any], bot_user: str | None, hint: str | None
) -> Inbound | None:
    """A DM or a mention; None for what the bot should not answer (edits, bots, joins)."""
    event = body.get("event", {})
    if event.get("subtype") or event.get("bot_id") or not event.get("user"):
        return None
    is_mention = event.get("type") == "app_mention"
    if event.get("type") == "message" and event.get("channel_type") != "im":
        return None  # in channels the bot answers mentions only (they arrive as app_mention)
    team = body.get("team_id") or event.get("team", "")
    channel, text = event.get("channel", ""), unescape(event.get("text", ""))
    if bot_user:
        text = text.replace(f"<@{bot_user}>", "").strip()
    thread = event.get("thread_ts") or (event.get("ts") if is_mention else None)
    return Inbound(
        CHANNEL,
        identity_of(team, event["user"]),
        text=text,
        language_hint=hint,
        delivery_key=body.get("event_id"),
        address=address_of(channel, thread),
        reply_to=address_of(channel, event.get("thread_ts")) if event.get("thread_ts") else None,
        space=identity_of(team, channel) if is_mention else None,
    )


def action_inbound(body: Mapping[str, Any], hint: str | None) -> Inbound | None:
    """A button click on one of our choices."""
    actions = body.get("actions") or []
    if not actions or not CHOICE_ACTION.match(actions[0].get("action_id", "")):
        return None
    user = body.get("user", {})
    team = (body.get("team") or {}).get("id") or user.get("team_id", "")
    channel = (body.get("channel") or {}).get("id", "")
    message = body.get("message") or {}
    action = actions[0]
    return Inbound(
        CHANNEL,
        identity_of(team, user.get("id", "")),
        choice=action.get("value", ""),
        # the buttons' own language says more than the user's Slack locale
        language_hint=language_of_buttons(str(action.get("block_id", ""))) or hint,
        delivery_key=f"action:{user.get('id', '')}:{action.get('action_ts', '')}",
        address=address_of(channel, message.get("thread_ts")),
        context=message.get("text"),
    )


def command_inbound(body: Mapping[str, Any], dm_channel: str, hint: str | None) -> Inbound:
    """`/support` alone shows the menu; `/support <text>` is said to the bot."""
    text = unescape(body.get("text", "")).strip()
    user = identity_of(body.get("team_id", ""), body.get("user_id", ""))
    once = f"command:{body.get('trigger_id', '')}"  # a retried slash command is one command
    if not text:
        return Inbound(
            CHANNEL,
            user,
            command=HELP_COMMAND,
            language_hint=hint,
            address=dm_channel,
            delivery_key=once,
        )
    return Inbound(
        CHANNEL, user, text=text, language_hint=hint, address=dm_channel, delivery_key=once
    )


# --- pure rendering: Reply to Block Kit --------------------------------------------------


@dataclass(frozen=True)
class SlackMessage:
    text: str
    blocks: list[dict[str, Any]]


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _button_label(label: str) -> str:
    return label if len(label) <= BUTTON_TEXT_LIMIT else label[: BUTTON_TEXT_LIMIT - 1] + "…"


def _button_blocks(reply: Reply) -> list[dict[str, Any]]:
    blocks = []
    for start in range(0, len(reply.choices), BUTTONS_PER_BLOCK):
        buttons = [
            {
                "type": "button",
                "action_id": f"choice-{start + offset}",
                "text": {"type": "plain_text", "text": _button_label(choice.label)},
                "value": choice.value,
            }
            for offset, choice in enumerate(reply.choices[start : start + BUTTONS_PER_BLOCK])
        ]
        # The block id carries the language, so a click can be acknowledged in it at once.
        blocks.append(
            {
                "type": "actions",
                "block_id": f"choices-{start}-{reply.language}",
                "elements": buttons,
            }
        )
    return blocks


def render(reply: Reply) -> list[SlackMessage]:
    """Escaped mrkdwn sections within Block Kit's limits; buttons go with the last message."""
    sections = [_section(piece) for piece in split_text(escape(reply.text), TEXT_LIMIT)]
    buttons = _button_blocks(reply)
    room = BLOCKS_PER_MESSAGE - len(buttons)
    messages = []
    while len(sections) > room:
        batch, sections = sections[:BLOCKS_PER_MESSAGE], sections[BLOCKS_PER_MESSAGE:]
        messages.append(SlackMessage(_fallback(batch), batch))
    blocks = sections + buttons
    if blocks:
        messages.append(
            SlackMessage(_fallback(sections) or escape(reply.text)[:TEXT_LIMIT], blocks)
        )
    return messages


def _fallback(sections: Sequence[dict[str, Any]]) -> str:
    """The notification text of a message: its first section."""
    return str(sections[0]["text"]["text"]) if sections else ""


def picked_blocks(message: Mapping[str, Any], picked: str) -> list[dict[str, Any]]:
    """The clicked message without its buttons, with a note of the pick in their place."""
    kept = [block for block in message.get("blocks", []) if block.get("type") != "actions"]
    return [*kept, {"type": "context", "elements": [{"type": "mrkdwn", "text": escape(picked)}]}]
