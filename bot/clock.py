"""The injectable clock, so --now and the tests need no monkeypatching."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta


class Clock:
    """The real time, always timezone-aware UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock(Clock):
    """A clock that stands at a given instant until it is advanced."""

    moment: datetime

    def now(self) -> datetime:
        moment = self.moment if self.moment.tzinfo else self.moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)

    def advance(self, delta: timedelta) -> None:
        self.moment += delta


def parse_now(value: str) -> FixedClock:
    """Parse an ISO-8601 instant for --now; a naive value is taken as UTC."""
    return FixedClock(datetime.fromisoformat(value))
