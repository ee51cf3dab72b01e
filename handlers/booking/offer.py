"""Booking, first steps: which meeting, for how many people, and the times to choose from."""

from __future__ import annotations

import math
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from handlers.allowances import customer_meeting_types
from handlers.base import Message, Outcome, Turn
from handlers.booking.common import LATER, SLOT, TYPE, contract_for, meeting
from handlers.booking.steps import AskingParticipants, ChoosingSlot, ChoosingType, Wish
from handlers.escalation.buyer import request_meeting
from handlers.slots import encode_start, free_starts, spread
from storage.catalog import MeetingTypeSpec
from storage.models import Staff


async def _bookable(turn: Turn) -> list[str]:
    contracts = list(await turn.repos.contracts.of_customer(turn.customer.id))
    return customer_meeting_types(turn.catalog, contracts)


async def start(turn: Turn) -> Outcome:
    """book_meeting: straight to the times when the message names a meeting type we offer."""
    offered = await _bookable(turn)
    if not offered:
        return Outcome().say("booking-nothing-bookable")
    wish = ChoosingType.model_validate(Wish.heard(turn))
    wanted = turn.entities.meeting_type
    if wanted in offered:
        return await after_type(turn, wish, wanted)
    out = Outcome(pending=wish)
    if wanted:
        out.say("booking-type-not-included", meeting=meeting(wanted))
    out.say("booking-choose-type")
    for key in offered:
        out.offer(TYPE.value(key), "booking-type-option", meeting=meeting(key))
    return out


async def choose_type(turn: Turn, data: ChoosingType) -> Outcome | None:
    key = TYPE.parse(turn.choice) or turn.entities.meeting_type
    if key is None or key not in await _bookable(turn):
        return None
    return await after_type(turn, data.model_copy(update=Wish.heard(turn)), key)


async def after_type(turn: Turn, wish: Wish, key: str) -> Outcome:
    """The meeting type is known: ask how many people if it matters, else offer times."""
    contract, package = await contract_for(turn, key)
    spec = package.meeting_types[key]
    if spec.booking == "via_contact":
        return await request_meeting(turn, key, spec.lead_days)
    needs_count = spec.per_users is not None or spec.max_participants is not None
    people = wish.participants
    if needs_count and people is None:
        return _ask_participants(wish, key, spec)
    if spec.max_participants and people and people > spec.max_participants:
        out = _ask_participants(wish.model_copy(update={"participants": None}), key, spec)
        out.messages.insert(0, Message("booking-too-many", {"max": spec.max_participants}))
        return out
    sessions = math.ceil(people / spec.per_users) if spec.per_users and people else 1
    fields = {**wish.wishes(), "type": key, "sessions": sessions, "contract": contract.id}
    slot = ChoosingSlot.model_validate(fields)
    return await offer_slots(turn, slot, spec)


def _ask_participants(wish: Wish, key: str, spec: MeetingTypeSpec) -> Outcome:
    out = Outcome(pending=AskingParticipants.model_validate({**wish.wishes(), "type": key}))
    if spec.per_users:
        return out.say("booking-ask-participants-per", meeting=meeting(key), per=spec.per_users)
    return out.say("booking-ask-participants", meeting=meeting(key))


async def participants(turn: Turn, data: AskingParticipants) -> Outcome | None:
    count = turn.entities.participants
    if count is None or count < 1:
        return None
    return await after_type(turn, data.model_copy(update={"participants": count}), data.type)


def _earliest(turn: Turn, staff: Staff, spec: MeetingTypeSpec) -> datetime:
    zone = ZoneInfo(staff.time_zone)
    first_day = turn.now.astimezone(zone).date() + timedelta(days=spec.lead_days)
    return max(turn.now, datetime.combine(first_day, time(0), zone))


def _matching(starts: list[datetime], wish: Wish, zone: ZoneInfo) -> list[datetime]:
    """The free starts on the wished day and part of the day, nearest the wished time first."""
    found = [s for s in starts if wish.day is None or s.astimezone(zone).date() == wish.day]
    if wish.part == "morning":
        found = [s for s in found if s.astimezone(zone).hour < 12]
    elif wish.part == "afternoon":
        found = [s for s in found if s.astimezone(zone).hour >= 12]
    if wish.time is not None:
        minutes = wish.time.hour * 60 + wish.time.minute
        found.sort(key=lambda s: abs(_minutes(s.astimezone(zone)) - minutes))
    return found


def _minutes(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


async def offer_slots(
    turn: Turn, slot: ChoosingSlot, spec: MeetingTypeSpec, after: datetime | None = None
) -> Outcome:
    staff = turn.customer.contact
    length = timedelta(minutes=spec.minutes * slot.sessions)
    earliest = max(_earliest(turn, staff, spec), after or turn.now)
    horizon = earliest + timedelta(days=turn.limits.booking_horizon_days)
    taken = await turn.repos.bookings.of_staff(staff.id, earliest, horizon)
    starts = free_starts(staff, taken, earliest, turn.limits.booking_horizon_days, length)
    out = Outcome(pending=ChoosingSlot.of(slot))
    wanted = _matching(starts, slot, turn.zone) if slot.wishes_time else []
    if slot.wishes_time and not wanted:
        out.say("booking-no-slots-matching")
    chosen = wanted[: turn.limits.slots_offered] or spread(
        starts, turn.limits.slots_offered, turn.zone
    )
    if not chosen:
        out.say("booking-no-slots", contact=staff.name)
        return out.suggest("escalate")
    out.say(
        "booking-choose-slot",
        meeting=meeting(slot.type),
        minutes=int(length.total_seconds() // 60),
        contact=staff.name,
    )
    for moment in chosen:  # a wished-for time comes first, else in time order
        out.offer(SLOT.value(encode_start(moment)), "booking-slot-option", start=turn.local(moment))
    return out.offer(LATER.value(encode_start(max(chosen))), "booking-later-option")
