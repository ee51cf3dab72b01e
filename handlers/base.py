"""What every handler receives (a Turn) and returns (an Outcome): meaning, never text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bot.messages import Arg, Choice, Message
from storage.catalog import Catalog
from storage.models import Buyer, ChatIdentity, Customer
from storage.repositories import Repositories

if TYPE_CHECKING:
    from bot.understanding import Entities


@dataclass(frozen=True)
class Invitation:
    """A calendar invitation (or its cancellation) that the core renders as an .ics file."""

    uid: str
    start: datetime
    end: datetime
    summary: Message
    description: Message
    organizer: str
    cancelled: bool = False


@dataclass(frozen=True)
class Notice:
    """A message for someone other than the speaker, delivered through the outbox."""

    identity_id: int
    messages: tuple[Message, ...]
    escalation_id: int | None = None
    choices: tuple[Choice, ...] = ()


@dataclass(frozen=True)
class Limits:
    slots_offered: int = 6
    booking_horizon_days: int = 21
    transcript_lines: int = 12


@dataclass
class Turn:
    """One buyer message, resolved: who, in which language, meaning what, in which step."""

    repos: Repositories
    catalog: Catalog
    now: datetime
    identity: ChatIdentity
    buyer: Buyer
    customer: Customer
    language: str
    intent: str
    entities: Entities
    text: str | None = None
    choice: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    limits: Limits = field(default_factory=Limits)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.customer.time_zone)

    @property
    def today(self) -> date:
        return self.now.astimezone(self.zone).date()

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)


@dataclass
class Outcome:
    """The meaning of a reply: messages, choices, attachments, staff notices and the next step."""

    messages: list[Message] = field(default_factory=list)
    choices: list[Choice] = field(default_factory=list)
    invitations: list[Invitation] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    state: str = "idle"
    data: dict[str, Any] = field(default_factory=dict)

    def say(self, message_id: str, **args: Arg) -> Outcome:
        self.messages.append(Message(message_id, args))
        return self

    def offer(self, value: str, message_id: str, **args: Arg) -> Outcome:
        self.choices.append(Choice(value, Message(message_id, args)))
        return self


class UserFacingError(Exception):
    """An expected refusal, shown to the user as a localized message."""

    def __init__(self, message_id: str, **args: Arg) -> None:
        super().__init__(message_id)
        self.message = Message(message_id, args)
