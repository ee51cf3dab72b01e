"""The vocabulary of capabilities: what a handler receives (a Turn), returns (an Outcome: meaning,
never text) and declares (its Capability: intents, steps, menu entries, choice kinds)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import ClassVar, TypeAlias, TypeVar
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict

from handlers.entities import Entities as Entities
from handlers.entities import WhenHint as WhenHint
from storage.catalog import Catalog
from storage.models import Buyer, ChatIdentity, Customer, Staff
from storage.repositories import Repositories

Arg: TypeAlias = "str | int | float | Decimal | date | datetime | Message | tuple[Message, ...]"
Args: TypeAlias = "Mapping[str, Arg]"

CHOICE_VALUE_MAX_BYTES = 64  # Telegram's callback_data limit; Slack's is wider


@dataclass(frozen=True)
class Message:
    """A Fluent message id with its arguments: the only way text leaves a handler. A message
    with a `language` is shown in that language whatever the reply's (a language's own name)."""

    id: str
    args: Args = field(default_factory=dict)
    language: str | None = None


@dataclass(frozen=True)
class Choice:
    """An option the user can pick; `value` is an opaque id that fits every channel."""

    value: str
    label: Message

    def __post_init__(self) -> None:
        if len(self.value.encode()) > CHOICE_VALUE_MAX_BYTES:
            raise ValueError(f"choice value over {CHOICE_VALUE_MAX_BYTES} bytes: {self.value!r}")


@dataclass(frozen=True)
class ChoiceKind:
    """One kind of option, `<prefix>:<argument>`: issued and read only by the capability that
    declares it. `intent` makes it valid at any time (not only while offered): picking it runs
    that intent."""

    prefix: str
    intent: str | None = None

    def value(self, argument: str | int) -> str:
        return f"{self.prefix}:{argument}"

    def parse(self, value: str | None) -> str | None:
        """The argument of a value of this kind, or None for any other value."""
        if value is not None and value.startswith(self.prefix + ":"):
            return value.split(":", 1)[1]
        return None


MENU = ChoiceKind("menu")  # `menu:<intent>`: a menu entry or a suggestion, picked any time


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
    booking_horizon_days: int = 21  # how far ahead times are offered unasked
    transcript_lines: int = 12
    booking_max_days: int = 365  # how far ahead a named day can be booked (within the contract)
    booking_lead_days: int = 1  # first bookable day, unless the meeting type sets its own
    case_quiet_seconds: int = 120  # after a staff answer, the buyer's replies get no "sent to"


@dataclass
class Turn:
    """One buyer message, resolved: who, in which language, meaning what."""

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
    limits: Limits = field(default_factory=Limits)
    languages: tuple[str, ...] = ()  # every language the bot speaks
    pending: StepData | None = None  # the question this message came in on, if any
    clear: bool = True  # the intent was said in so many words, not guessed from an entity
    likely: tuple[str, ...] = ()  # unsure: the menu entries it most likely meant, best first

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.customer.time_zone)

    @property
    def today(self) -> date:
        return self.now.astimezone(self.zone).date()

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)


class StepData(BaseModel):
    """What a pending step remembers, stored with the conversation. One subclass per step names
    the step; bump `version` when its fields change, and a conversation saved under another
    version is reset (the buyer is told) instead of misread."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    step: ClassVar[str]
    version: ClassVar[int] = 1


@dataclass
class Outcome:
    """The meaning of a reply: messages, choices, attachments, notices for others, the step
    that waits for the buyer's answer, whether to show the menu, and a language switch."""

    messages: list[Message] = field(default_factory=list)
    choices: list[Choice] = field(default_factory=list)
    invitations: list[Invitation] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    pending: StepData | None = None
    menu: bool = False
    language: str | None = None  # answer in this language from now on (the buyer chose it)
    prompt: list[Message] = field(default_factory=list)  # the question, asked again if need be

    def say(self, message_id: str, **args: Arg) -> Outcome:
        self.messages.append(Message(message_id, args))
        return self

    def ask(self, message_id: str, **args: Arg) -> Outcome:
        """Say what the pending step asks: repeated when an answer does not fit."""
        self.say(message_id, **args)
        self.prompt.append(self.messages[-1])
        return self

    def offer(self, value: str, message_id: str, **args: Arg) -> Outcome:
        self.choices.append(Choice(value, Message(message_id, args)))
        return self

    def suggest(self, intent: str) -> Outcome:
        """Offer another intent as a next step (its menu label)."""
        return self.offer(MENU.value(intent), f"menu-{intent}")

    def with_menu(self) -> Outcome:
        """Follow the messages with every menu entry."""
        self.menu = True
        return self


class UserFacingError(Exception):
    """An expected refusal, shown to the user as a localized message."""

    def __init__(self, message_id: str, **args: Arg) -> None:
        super().__init__(message_id)
        self.message = Message(message_id, args)


# --- what a capability declares -------------------------------------------------------------

Handler = Callable[[Turn], Awaitable[Outcome]]
Hold = Callable[[Turn], Awaitable[Outcome | None]]
# The kinds of answer a step accepts: the core tells understanding what to look for.
ANSWERS = frozenset({"choice", "meeting_type", "participants", "when", "yes_no", "order_ref"})


@dataclass(frozen=True)
class Entry:
    """An intent a capability answers; `menu` puts it in the menu (label `menu-<intent>`),
    `command` makes it a chat command (description `command-<name>`); `aside`: asked in the
    middle of another question, that question waits to be taken up again (else it is dropped)."""

    intent: str
    run: Handler
    menu: bool = False
    command: str | None = None
    aside: bool = True
    follows_up: frozenset[str] = frozenset()  # entity kinds a follow-up may bring ("order_ref")


D = TypeVar("D", bound=StepData)


@dataclass(frozen=True)
class Step:
    """A question the buyer is answering: its data model, what it accepts, and `answer`, which
    continues the flow or returns None when the message is no answer to it. Made by `Step.of`."""

    data: type[StepData]
    answer: Callable[[Turn, StepData], Awaitable[Outcome | None]]
    accepts: frozenset[str]
    within: frozenset[str]  # the intents of its own flow: the step hears those messages first

    @property
    def name(self) -> str:
        return self.data.step

    @staticmethod
    def of(
        data: type[D],
        run: Callable[[Turn, D], Awaitable[Outcome | None]],
        accepts: set[str],
        within: set[str],
    ) -> Step:
        """A step whose handler takes its own data model (checked when the step runs)."""
        unknown = accepts - ANSWERS
        if unknown:
            raise ValueError(f"{data.step}: unknown kinds of answer {sorted(unknown)}")

        async def answer(turn: Turn, stored: StepData) -> Outcome | None:
            if not isinstance(stored, data):
                raise TypeError(f"{data.step} got {type(stored).__name__}")
            return await run(turn, stored)

        return Step(data, answer, frozenset(accepts), frozenset(within))


@dataclass(frozen=True)
class StaffTurn:
    """A staff member's message or button press in a chat channel."""

    repos: Repositories
    staff: Staff
    now: datetime
    choice: str | None
    text: str | None
    case_id: int | None  # the case whose message this one replies to


@dataclass(frozen=True)
class Capability:
    """One thing the bot can do. `hold` sees a buyer's text before routing (a case in progress
    takes it); `staff` answers staff members in chat."""

    name: str
    entries: tuple[Entry, ...]
    steps: tuple[Step, ...] = ()
    choices: tuple[ChoiceKind, ...] = ()
    hold: Hold | None = None
    staff: Callable[[StaffTurn], Awaitable[Outcome]] | None = None
