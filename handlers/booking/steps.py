"""What the booking and cancelling steps remember between the buyer's messages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import ClassVar, Literal

from pydantic import field_validator

from handlers.base import StepData, Turn
from handlers.slots import decode_start


class Wish(StepData):
    """What the buyer asked for so far: a day (or two, when the words allow both), or from a
    month's first day on, a time, a part of the day, how many people."""

    day: dt.date | None = None
    other_day: dt.date | None = None  # "next Wednesday": this week's or next? Both are offered.
    month: dt.date | None = None
    time: dt.time | None = None
    part: Literal["morning", "afternoon", "evening"] | None = None
    participants: int | None = None

    @staticmethod
    def heard(turn: Turn) -> dict[str, object]:
        """The wishes in this message, as fields to update: only what it says, so "at 3 pm"
        after "Thursday" keeps Thursday, and "Thursday" after "at 10" keeps the time."""
        found: dict[str, object] = {}
        when = turn.entities.when
        if when is not None and (when.day or when.month):
            other = when.alternatives[1] if when.ambiguous else None
            found.update(day=when.day, other_day=other, month=when.month)
        if when is not None and (when.time or when.part_of_day):
            found.update(time=when.time, part=when.part_of_day)
        if turn.entities.participants:
            found["participants"] = turn.entities.participants
        return found

    def wishes(self) -> dict[str, object]:
        """Only the wishes, to carry into the next step."""
        return {name: getattr(self, name) for name in Wish.model_fields}

    @property
    def wishes_time(self) -> bool:
        return self.day is not None or self.month is not None or self.part is not None


class ChoosingType(Wish):
    step: ClassVar[str] = "booking:type"


class AskingParticipants(Wish):
    step: ClassVar[str] = "booking:participants"
    type: str


class ConfirmingRequest(Wish):
    """A meeting the contact plans (an onsite day), read from a message that did not say so
    clearly: asked before anything goes to the contact."""

    step: ClassVar[str] = "booking:request"
    type: str


class ChoosingSlot(Wish):
    step: ClassVar[str] = "booking:slot"
    type: str
    sessions: int
    contract: int

    @classmethod
    def of(cls, slot: ChoosingSlot) -> ChoosingSlot:
        """Back to choosing a time, from this step or a later one."""
        return ChoosingSlot.model_validate({name: getattr(slot, name) for name in cls.model_fields})


class ConfirmingOverage(ChoosingSlot):
    step: ClassVar[str] = "booking:confirm"
    start: dt.datetime
    billable: Decimal

    @field_validator("start", mode="before")
    @classmethod
    def _compact(cls, value: object) -> object:
        """Conversations stored before steps were typed kept the start as `20261125T0900`."""
        if isinstance(value, str):
            return decode_start(value) or value
        return value


class ChoosingCancel(StepData):
    step: ClassVar[str] = "cancel:choose"


class ConfirmingCancel(StepData):
    step: ClassVar[str] = "cancel:confirm"
    booking: int
