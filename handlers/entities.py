"""What understanding finds in a message besides its intent: the entities a handler reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time


@dataclass(frozen=True)
class WhenHint:
    """When a message says: `day` is the first candidate, so a caller that reads only it keeps
    working; `alternatives` holds every candidate when the message is genuinely ambiguous
    ("next Wednesday", "3/12" in English), for the bot to ask which one."""

    day: date | None
    weekday: int | None
    time: time | None
    part_of_day: str | None  # "morning", "afternoon" or "evening", only when no time is named
    next_week: bool = False
    month: date | None = None  # "in March": any day of it (its first day, or today in this one)
    alternatives: tuple[date, ...] = ()  # empty, or two or more candidate days, earliest first

    @property
    def ambiguous(self) -> bool:
        return len(self.alternatives) > 1


@dataclass(frozen=True)
class Entities:
    """What understanding found in a message besides its intent."""

    meeting_type: str | None = None
    when: WhenHint | None = None
    order_ref: str | None = None
    participants: int | None = None
    target_language: str | None = None
    affirm: bool | None = None
    no_access: bool = False
    pick: int | None = None  # "2", "the second one": an option by its place (-1: the last)
    stop: bool = False  # "never mind", "abbrechen": leave what is in progress
    follow_up: bool = False  # "and 6002?", "what about Friday?": more on the last topic
    urgent: bool = False  # "dringend", "ASAP": a case for a person comes first

    def kinds(self) -> frozenset[str]:
        found = {"order_ref": self.order_ref, "meeting_type": self.meeting_type, "when": self.when}
        return frozenset(kind for kind, value in found.items() if value is not None)
