"""Value types that flow between channels and the conversation core."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeAlias

Arg: TypeAlias = "str | int | float | Decimal | date | datetime | Message | tuple[Message, ...]"
Args: TypeAlias = "Mapping[str, Arg]"

CHOICE_VALUE_MAX_BYTES = 64  # Telegram's callback_data limit; Slack's is wider


@dataclass(frozen=True)
class Inbound:
    """One message from a buyer or staff member, as any channel hands it to the core."""

    channel: str
    user_id: str
    text: str | None = None
    choice: str | None = None
    language_hint: str | None = None
    # Opaque to the core, meaningful to the channel that sent them:
    delivery_key: str | None = None  # the platform's id of this delivery, to drop redeliveries
    address: str | None = None  # where to reach the sender later (their DM, channel or thread)
    reply_to: str | None = None  # the bot message this one answers (a staff reply to a brief)
    space: str | None = None  # the shared channel it was said in, if any
    display_name: str | None = None  # the sender's name, for a buyer created by a shared space
    link_code: str | None = None  # an invitation code the sender opened (a deep link)


@dataclass(frozen=True)
class Message:
    """A Fluent message id with its arguments: the only way text leaves the core."""

    id: str
    args: Args = field(default_factory=dict)


@dataclass(frozen=True)
class Choice:
    """An option the user can pick; `value` is an opaque id that fits every channel."""

    value: str
    label: Message

    def __post_init__(self) -> None:
        if len(self.value.encode()) > CHOICE_VALUE_MAX_BYTES:
            raise ValueError(f"choice value over {CHOICE_VALUE_MAX_BYTES} bytes: {self.value!r}")


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


def encode_arg(value: Arg) -> Any:
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


def dump_message(message: Message) -> dict[str, Any]:
    """A message as JSON that `load_message` reads back with its types (for the outbox)."""
    return {"id": message.id, "args": {k: _dump_arg(v) for k, v in message.args.items()}}


def load_message(data: Mapping[str, Any]) -> Message:
    return Message(str(data["id"]), {k: _load_arg(v) for k, v in data.get("args", {}).items()})


def _dump_arg(value: Arg) -> Any:
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


def _load_arg(value: Any) -> Arg:
    if isinstance(value, dict):
        if "$message" in value:
            return load_message(value["$message"])
        if "$list" in value:
            return tuple(load_message(item) for item in value["$list"])
        if "$datetime" in value:
            return datetime.fromisoformat(value["$datetime"])
        if "$date" in value:
            return date.fromisoformat(value["$date"])
        if "$decimal" in value:
            return Decimal(value["$decimal"])
    if isinstance(value, str | int | float):
        return value
    raise ValueError(f"unreadable message argument: {value!r}")


def split_text(text: str, limit: int) -> list[str]:
    """Pieces within a channel's message length, split at line ends (or hard, inside one
    overlong line); nothing is lost but the line breaks between pieces."""
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:limit])
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            candidate = line
        current = candidate
    if current.strip():
        pieces.append(current)
    return pieces
