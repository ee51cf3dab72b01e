"""Free slots of a contact: working hours in their time zone, minus absences and bookings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from storage.models import Booking, Staff

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
STEP = timedelta(minutes=30)
PER_DAY = 3


def working_window(staff: Staff, day: date) -> tuple[datetime, datetime] | None:
    """The contact's working hours on a day, as aware datetimes; None when not working."""
    hours = staff.working_hours.get(WEEKDAYS[day.weekday()])
    if not hours or is_away(staff, day):
        return None
    zone = ZoneInfo(staff.time_zone)
    start = datetime.combine(day, time.fromisoformat(hours[0]), zone)
    end = datetime.combine(day, time.fromisoformat(hours[1]), zone)
    return start, end


def is_away(staff: Staff, day: date) -> bool:
    if staff.away_from is None:
        return False
    return staff.away_from <= day <= (staff.away_until or staff.away_from)


def _overlaps(start: datetime, end: datetime, bookings: Sequence[Booking]) -> bool:
    return any(b.starts_at < end and b.ends_at > start for b in bookings)


def free_starts(
    staff: Staff,
    bookings: Sequence[Booking],
    earliest: datetime,
    days: int,
    length: timedelta,
) -> list[datetime]:
    """Every free start (UTC) on a 30-minute grid from `earliest` over `days` days."""
    zone = ZoneInfo(staff.time_zone)
    first_day = earliest.astimezone(zone).date()
    found = []
    for offset in range(days):
        window = working_window(staff, first_day + timedelta(days=offset))
        if window is None:
            continue
        start, end = window
        while start + length <= end:
            if start >= earliest and not _overlaps(start, start + length, bookings):
                found.append(start.astimezone(UTC))
            start += STEP
    return found


def spread(starts: Sequence[datetime], count: int, zone: ZoneInfo) -> list[datetime]:
    """At most a few per day, so the offer spans several days."""
    chosen: list[datetime] = []
    per_day: dict[date, int] = {}
    for start in starts:
        day = start.astimezone(zone).date()
        if per_day.get(day, 0) < PER_DAY and (
            not chosen
            or start - chosen[-1] >= timedelta(hours=2)
            or day != chosen[-1].astimezone(zone).date()
        ):
            chosen.append(start)
            per_day[day] = per_day.get(day, 0) + 1
        if len(chosen) == count:
            break
    return chosen


def encode_start(start: datetime) -> str:
    return start.astimezone(UTC).strftime("%Y%m%dT%H%M")


def decode_start(value: str) -> datetime | None:
    try:
        return datetime.strptime(value, "%Y%m%dT%H%M").replace(tzinfo=UTC)
    except ValueError:
        return None
