"""Which times to offer: the day and time the buyer named first when free, else the nearest free
ones with the reason; never another date without saying so; never beyond what can be booked."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

from handlers.base import Arg, Message, Turn
from handlers.booking.steps import ChoosingSlot, Wish
from handlers.slots import free_starts, spread
from storage.catalog import MeetingTypeSpec
from storage.models import Staff

AROUND_DAYS = 7  # a wished day with no free time: the free times up to a week either side


@dataclass
class Offer:
    starts: list[datetime]  # in the order to show them
    reasons: list[Message] = field(default_factory=list)  # why the wish is not what comes first


def earliest(turn: Turn, staff: Staff, spec: MeetingTypeSpec) -> datetime:
    """Now, or the first day the meeting type can be planned for (its lead days)."""
    zone = ZoneInfo(staff.time_zone)
    lead = spec.lead_days if spec.lead_days is not None else turn.limits.booking_lead_days
    first_day = turn.now.astimezone(zone).date() + timedelta(days=lead)
    return max(turn.now, datetime.combine(first_day, time(0), zone))


async def last_day(turn: Turn, slot: ChoosingSlot) -> date:
    """The last day a booking can be made for: the contract's end, or the longest horizon."""
    limit = turn.today + timedelta(days=turn.limits.booking_max_days)
    contract = await turn.repos.contracts.get(slot.contract)
    return min(contract.ends_on, limit) if contract is not None else limit


def _beyond(turn: Turn, last: date) -> Message:
    """Why a wish is too far ahead: the contract ends, or the bot books no further ahead."""
    horizon = last == turn.today + timedelta(days=turn.limits.booking_max_days)
    return Message("booking-beyond-horizon" if horizon else "booking-beyond-limit", {"last": last})


async def _beyond_offer(turn: Turn, bounds: tuple[datetime, date], length: timedelta) -> Offer:
    """A wish after the last day that can be booked: the next free times, and why."""
    first, last = bounds
    staff, horizon = turn.customer.contact, turn.limits.booking_horizon_days
    starts = await _free(turn, staff, first, horizon, length)
    return Offer(spread(starts, turn.limits.slots_offered, turn.zone), [_beyond(turn, last)])


async def _free(
    turn: Turn, staff: Staff, first: datetime, days: int, length: timedelta
) -> list[datetime]:
    end = first + timedelta(days=days + 1)
    taken = await turn.repos.bookings.of_staff(staff.id, first, end)
    return free_starts(staff, taken, first, days, length)


EVENING_FROM = 17  # an evening wish fits a start from 17:00 on (else the nearest are offered)
PART_CLOCK = {"afternoon": time(14), "evening": time(EVENING_FROM)}


def _in_part(start: datetime, part: str | None, zone: ZoneInfo) -> bool:
    hour = start.astimezone(zone).hour
    if part == "evening":
        return hour >= EVENING_FROM
    return part is None or (hour < 12) == (part == "morning")


def _distance(start: datetime, wanted: datetime) -> timedelta:
    return abs(start - wanted)


async def find_times(
    turn: Turn, slot: ChoosingSlot, spec: MeetingTypeSpec, after: datetime | None = None
) -> Offer:
    staff, zone = turn.customer.contact, turn.zone
    length = timedelta(minutes=spec.minutes * slot.sessions)
    first = max(earliest(turn, staff, spec), after or turn.now)
    last = await last_day(turn, slot)
    count = turn.limits.slots_offered
    if slot.day is not None and slot.other_day is not None:
        return await _on_either_day(turn, slot, (first, last), length)
    if slot.day is not None:
        return await _on_day(turn, slot, (first, last), length)
    if slot.month is not None:
        return await _in_month(turn, slot, (first, last), length)
    days = min(turn.limits.booking_horizon_days, max((last - first.date()).days + 1, 0))
    starts = await _free(turn, staff, first, days, length)
    fitting = [s for s in starts if _in_part(s, slot.part, zone)]
    wanted = slot.time
    if wanted is not None:
        fitting.sort(key=lambda s: (_clock_gap(s, wanted, zone), s))
    if slot.part is not None and not fitting:
        return Offer(spread(starts, count, zone), [Message("booking-no-slots-matching")])
    if slot.wishes_time or slot.time is not None:
        return Offer(fitting[:count])
    return Offer(spread(starts, count, zone))


async def _in_month(
    turn: Turn, slot: Wish, bounds: tuple[datetime, date], length: timedelta
) -> Offer:
    """A named month: its free times from its first day (or from now); else the next ones."""
    staff, zone, count = turn.customer.contact, turn.zone, turn.limits.slots_offered
    first, last = bounds
    assert slot.month is not None
    if slot.month > last:
        return await _beyond_offer(turn, bounds, length)
    start = max(first, datetime.combine(slot.month, time(0), zone))
    end = min(last, slot.month + relativedelta(day=31))
    starts = await _free(turn, staff, start, (end - start.date()).days + 1, length)
    in_month = [s for s in starts if s.astimezone(zone).date() <= end]
    fitting = [s for s in in_month if _in_part(s, slot.part, zone)]
    wanted = slot.time
    if wanted is not None:
        fitting.sort(key=lambda s: (_clock_gap(s, wanted, zone), s))
    if fitting:
        return Offer(fitting[:count] if wanted or slot.part else spread(fitting, count, zone))
    later = await _free(turn, staff, start, turn.limits.booking_horizon_days, length)
    span: dict[str, Arg] = {"from": start.astimezone(zone).date(), "to": end, "contact": staff.name}
    reason = Message("booking-range-full", span)
    return Offer(spread(later, count, zone), [reason])


def _clock_gap(start: datetime, wanted: time, zone: ZoneInfo) -> int:
    local = start.astimezone(zone)
    return abs(local.hour * 60 + local.minute - wanted.hour * 60 - wanted.minute)


async def _on_day(
    turn: Turn, slot: Wish, bounds: tuple[datetime, date], length: timedelta
) -> Offer:
    """A named day: its free times (nearest the named time first), else the nearest days."""
    staff, zone, count = turn.customer.contact, turn.zone, turn.limits.slots_offered
    first, last = bounds
    assert slot.day is not None
    wanted_clock = slot.time or PART_CLOCK.get(slot.part or "", time(9))
    wanted = datetime.combine(slot.day, wanted_clock, zone)
    if slot.day > last:
        return await _beyond_offer(turn, bounds, length)
    if slot.day < first.astimezone(zone).date():
        found = await _free(turn, staff, first, AROUND_DAYS, length)
        found.sort(key=lambda s: _distance(s, wanted))
        reason = Message("booking-too-soon", {"first": first.astimezone(zone)})
        return Offer(found[:count], [reason])
    day_start = max(first, datetime.combine(slot.day, time(0), zone))
    free = await _free(turn, staff, day_start, 1, length)
    on_day = [s for s in free if _in_part(s, slot.part, zone)]
    on_day.sort(key=lambda s: _distance(s, wanted))
    if on_day:
        exact = slot.time is None or on_day[0] == wanted
        reasons = [] if exact else [Message("booking-wish-taken", {"start": wanted})]
        return Offer(on_day[:count], reasons)
    around = max(first, datetime.combine(slot.day - timedelta(days=AROUND_DAYS), time(0), zone))
    days = min(2 * AROUND_DAYS + 1, max((last - around.date()).days + 1, 0))
    nearby = await _free(turn, staff, around, days, length)
    nearby.sort(key=lambda s: _distance(s, wanted))
    reason = Message("booking-day-full", {"day": slot.day, "contact": staff.name})
    return Offer(nearby[:count], [reason])


async def _on_either_day(
    turn: Turn, slot: Wish, bounds: tuple[datetime, date], length: timedelta
) -> Offer:
    """Two days the words allow ("next Wednesday"): never a guess, the buyer is asked which,
    with the best times of each day side by side (a pick answers the question)."""
    assert slot.day is not None and slot.other_day is not None
    days = (slot.day, slot.other_day)
    offers = [
        await _on_day(turn, slot.model_copy(update={"day": d, "other_day": None}), bounds, length)
        for d in days
    ]
    count = turn.limits.slots_offered
    paired = [s for pair in zip(*(o.starts for o in offers), strict=False) for s in pair]
    rest = [s for o in offers for s in o.starts if s not in paired]
    starts = sorted((paired + rest)[: max(count, 2)])
    which = Message("booking-which-day", {"first": days[0], "second": days[1]})
    return Offer(starts, [which])
