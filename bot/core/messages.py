"""What channels hand the core (Inbound) and get back (Reply), and messages stored as JSON."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TypeAlias

from handlers.base import Arg, Choice, Message

# What JSON holds: the stored form of a message, of its arguments, of a list of choices.
Json: TypeAlias = "str | int | float | bool | list[Json] | dict[str, Json] | None"


@dataclass(frozen=True)
class Inbound:
    """One message from a buyer or staff member, as any channel hands it to the core."""

    channel: str
    user_id: str
    text: str | None = None
    choice: str | None = None
    command: str | None = None  # a chat command the channel recognised (`/bookings`)
    language_hint: str | None = None
    # Opaque to the core, meaningful to the channel that sent them:
    delivery_key: str | None = None  # the platform's id of this delivery, to drop redeliveries
    address: str | None = None  # where to reach the sender later (their DM, channel or thread)
    reply_to: str | None = None  # the bot message this one answers (a staff reply to a brief)
    space: str | None = None  # the shared channel it was said in, if any
    display_name: str | None = None  # the sender's name, for a buyer created by a shared space
    link_code: str | None = None  # an invitation code the sender opened (a deep link)
    # The text of the bot's message whose button was pressed: the conversation's language even
    # when the database cannot be read.
    context: str | None = None


@dataclass(frozen=True)
class Input:
    """The inbound text after cleaning, or why there is none to work with."""

    text: str | None
    problem: str | None


def clean(inbound: Inbound, max_chars: int) -> Input:
    if inbound.choice is not None or inbound.command is not None:
        return Input(None, None)
    raw = inbound.text or ""
    text = "".join(ch for ch in unicodedata.normalize("NFC", raw) if _printable(ch)).strip()
    if not raw.strip():
        return Input(None, "turn-empty")
    if not text:
        return Input(None, "turn-unreadable")
    if len(text) > max_chars:
        return Input(text, "turn-too-long")
    return Input(text, None)


def _printable(ch: str) -> bool:
    return ch in "\n\t" or not unicodedata.category(ch).startswith("C")


@dataclass(frozen=True)
class Attachment:
    filename: str
    media_type: str
    content: bytes


@dataclass(frozen=True)
class RenderedChoice:
    value: str
    label: str


@dataclass(frozen=True)
class Reply:
    """What the user sees: text in one language, with the message ids that made it."""

    language: str
    intent: str
    text: str
    messages: tuple[Message, ...]
    choices: tuple[RenderedChoice, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    escalation_id: int | None = None  # a staff message about a case: replies to it go to the case
    took: bool = False  # the pressed option was taken (the turn committed): its buttons may go


def encode_arg(value: Arg) -> Json:
    """JSON form of a message argument, for the --json output."""
    if isinstance(value, Message):
        return {"id": value.id, "args": {k: encode_arg(v) for k, v in value.args.items()}}
    if isinstance(value, tuple):
        return [encode_arg(item) for item in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def dump_message(message: Message) -> dict[str, Json]:
    """A message as JSON that `load_message` reads back with its types."""
    dumped: dict[str, Json] = {
        "id": message.id,
        "args": {k: _dump_arg(v) for k, v in message.args.items()},
    }
    if message.language:
        dumped["language"] = message.language
    return dumped


def load_message(data: Mapping[str, Json]) -> Message:
    args = data.get("args") or {}
    if not isinstance(args, dict):
        raise ValueError(f"unreadable message arguments: {args!r}")
    language = data.get("language")
    return Message(
        str(data["id"]),
        {k: _load_arg(v) for k, v in args.items()},
        language if isinstance(language, str) else None,
    )


def dump_choices(choices: list[Choice] | tuple[Choice, ...]) -> list[Json]:
    return [[c.value, dump_message(c.label)] for c in choices]


def load_choices(data: Json) -> list[Choice]:
    found = []
    for item in data if isinstance(data, list) else []:
        if isinstance(item, list) and len(item) == 2 and isinstance(item[1], dict):
            found.append(Choice(str(item[0]), load_message(item[1])))
    return found


def _dump_arg(value: Arg) -> Json:
    if isinstance(value, Message):
        return {"$message": dump_message(value)}
    if isinstance(value, tuple):
        return {"$list": [dump_message(item) for item in value]}
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    return value


def _load_arg(value: Json) -> Arg:
    if isinstance(value, dict):
        return _load_tagged(value)
    if isinstance(value, str | int | float):
        return value
    raise ValueError(f"unreadable message argument: {value!r}")


def _load_tagged(value: dict[str, Json]) -> Arg:
    for tag, raw in value.items():
        if tag == "$message" and isinstance(raw, dict):
            return load_message(raw)
        if tag == "$list" and isinstance(raw, list):
            return tuple(load_message(item) for item in raw if isinstance(item, dict))
        if tag == "$datetime" and isinstance(raw, str):
            return datetime.fromisoformat(raw)
        if tag == "$date" and isinstance(raw, str):
            return date.fromisoformat(raw)
        if tag == "$decimal" and isinstance(raw, str):
            return Decimal(raw)
    raise ValueError(f"unreadable message argument: {value!r}")
