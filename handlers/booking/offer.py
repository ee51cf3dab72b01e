"""Booking, first steps: which meeting, for how many people, and the times to choose from."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from handlers.allowances import customer_meeting_types
from handlers.base import Message, Outcome, Turn
from handlers.booking.common import CONFIRM, LATER, SLOT, TYPE, contract_for, meeting, yes_or_no
from handlers.booking.steps import (
    AskingParticipants,
    ChoosingSlot,
    ChoosingType,
    ConfirmingRequest,
    Wish,
)
from handlers.booking.times import find_times
from handlers.escalation.buyer import request_meeting
from handlers.slots import encode_start
from storage.catalog import MeetingTypeSpec


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
    out.ask("booking-choose-type")
    for key in offered:
        out.offer(TYPE.value(key), "booking-type-option", meeting=meeting(key))
    return out


async def choose_type(turn: Turn, data: ChoosingType) -> Outcome | None:
    key = TYPE.parse(turn.choice) or turn.entities.meeting_type
    if key is None or key not in await _bookable(turn):
        return None
    return await after_type(turn, data.model_copy(update=Wish.heard(turn)), key, asked=True)


async def after_type(turn: Turn, wish: Wish, key: str, asked: bool = False) -> Outcome:
    """The meeting type is known: ask how many people if it matters, else offer times.
    `asked`: the type answers the bot's question (so it was said on purpose)."""
    contract, package = await contract_for(turn, key)
    spec = package.meeting_types[key]
    if spec.booking == "via_contact":
        if not (asked or turn.clear or turn.choice):  # a guess never writes to the contact
            return _ask_request(turn, wish, key)
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


def _ask_request(turn: Turn, wish: Wish, key: str) -> Outcome:
    data = ConfirmingRequest.model_validate({**wish.wishes(), "type": key})
    out = Outcome(pending=data)
    out.ask("booking-ask-request", meeting=meeting(key), contact=turn.customer.contact.name)
    out.offer(CONFIRM.value("yes"), "booking-send-request")
    return out.offer(CONFIRM.value("no"), "booking-keep-request")


async def confirm_request(turn: Turn, data: ConfirmingRequest) -> Outcome | None:
    """Yes: the request goes to the contact; no: nothing is sent."""
    agreed = yes_or_no(turn)
    if agreed is None:
        return None
    if not agreed:
        return Outcome().say("booking-request-dropped")
    _contract, package = await contract_for(turn, data.type)
    return await request_meeting(turn, data.type, package.meeting_types[data.type].lead_days)


def _ask_participants(wish: Wish, key: str, spec: MeetingTypeSpec) -> Outcome:
    out = Outcome(pending=AskingParticipants.model_validate({**wish.wishes(), "type": key}))
    if spec.per_users:
        return out.ask("booking-ask-participants-per", meeting=meeting(key), per=spec.per_users)
    return out.ask("booking-ask-participants", meeting=meeting(key))


async def participants(turn: Turn, data: AskingParticipants) -> Outcome | None:
    if turn.entities.meeting_type not in (None, data.type):
        return None
    count = turn.entities.participants
    if count is None or count < 1:
        return None
    return await after_type(turn, data.model_copy(update={"participants": count}), data.type)


async def offer_slots(
    turn: Turn, slot: ChoosingSlot, spec: MeetingTypeSpec, after: datetime | None = None
) -> Outcome:
    """The times to choose from (the named one first when free; else why not), and "later"."""
    staff = turn.customer.contact
    length = timedelta(minutes=spec.minutes * slot.sessions)
    offer = await find_times(turn, slot, spec, after)
    out = Outcome(pending=ChoosingSlot.of(slot), messages=list(offer.reasons))
    chosen = offer.starts
    if not chosen:
        out.say("booking-no-slots", contact=staff.name)
        return out.suggest("escalate")
    out.ask(
        "booking-choose-slot",
        meeting=meeting(slot.type),
        minutes=int(length.total_seconds() // 60),
        contact=staff.name,
    )
    for moment in chosen:  # a named time comes first, else the nearest, else in time order
        out.offer(SLOT.value(encode_start(moment)), "booking-slot-option", start=turn.local(moment))
    return out.offer(LATER.value(encode_start(max(chosen))), "booking-later-option")
