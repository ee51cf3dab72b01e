"""Booking meetings against the remaining allowances; listing and cancelling them."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from bot.messages import Message
from handlers import escalation
from handlers.allowances import allowance_lines, balance, contract_lines, customer_meeting_types
from handlers.base import Invitation, Outcome, Turn
from handlers.slots import decode_start, encode_start, free_starts, spread
from storage.catalog import HoursAllowance, MeetingTypeSpec, Package
from storage.models import Booking, Contract, LedgerEntry, Staff

ROUNDING = Decimal("0.01")


@dataclass(frozen=True)
class Charge:
    """How a booking is paid: units from an allowance, and hours billed beyond it."""

    allowance: str | None
    covered: Decimal
    billable_hours: Decimal
    rule: str
    period: int | None

    @property
    def refused(self) -> bool:
        return self.billable_hours > 0 and self.rule == "none"


def meeting(key: str) -> Message:
    return Message(f"meeting-{key}")


def _billable(hours: Decimal, rule: str) -> Decimal:
    if rule == "per_started_hour":
        return Decimal(math.ceil(hours))
    return hours.quantize(ROUNDING)


async def plan_charge(
    turn: Turn, package: Package, contract: Contract, key: str, sessions: int, day: date
) -> Charge:
    """What a meeting of type `key` on `day` would draw, as the ledger stands now."""
    spec = package.meeting_types[key]
    hours = Decimal(spec.minutes * sessions) / 60
    rule = spec.billing or package.spec.overage
    if spec.allowance is None:
        return Charge(None, Decimal(0), _billable(hours, rule), rule, None)
    allowance = package.spec.allowances[spec.allowance]
    found = await balance(turn.repos, contract, spec.allowance, allowance, day)
    once_used = spec.once and await turn.repos.bookings.count(contract.id, key) > 0
    if not found.usable_on(day) or once_used:
        covered = Decimal(0)
    elif isinstance(allowance, HoursAllowance):
        covered = min(found.left, hours)
    else:
        covered = min(found.left, Decimal(sessions))
    per_unit = Decimal(1) if isinstance(allowance, HoursAllowance) else Decimal(spec.minutes) / 60
    uncovered = hours - covered * per_unit
    return Charge(spec.allowance, covered, _billable(uncovered, rule), rule, found.period)


# --- the flow ------------------------------------------------------------------


async def start(turn: Turn) -> Outcome:
    contracts = list(await turn.repos.contracts.of_customer(turn.customer.id))
    offered = customer_meeting_types(turn.catalog, contracts)
    if not offered:
        return Outcome().say("booking-nothing-bookable")
    data = _entity_data(turn)
    wanted = turn.entities.meeting_type
    if wanted in offered:
        return await _after_type(turn, {**data, "type": wanted})
    out = Outcome(state="booking:type", data=data)
    if wanted:
        out.say("booking-type-not-included", meeting=meeting(wanted))
    out.say("booking-choose-type")
    for key in offered:
        out.offer(f"type:{key}", "booking-type-option", meeting=meeting(key))
    return out


def _entity_data(turn: Turn) -> dict[str, Any]:
    data: dict[str, Any] = {}
    when = turn.entities.when
    if when is not None:
        data["day"] = when.day.isoformat() if when.day else None
        data["time"] = when.time.strftime("%H:%M") if when.time else None
        data["part"] = when.part_of_day
    if turn.entities.participants:
        data["participants"] = turn.entities.participants
    return data


async def choose_type(turn: Turn) -> Outcome | None:
    key = _choice_arg(turn, "type") or turn.entities.meeting_type
    offered = customer_meeting_types(
        turn.catalog, list(await turn.repos.contracts.of_customer(turn.customer.id))
    )
    if key not in offered:
        return None
    return await _after_type(turn, {**turn.data, **_entity_data(turn), "type": key})


def _choice_arg(turn: Turn, prefix: str) -> str | None:
    if turn.choice and turn.choice.startswith(prefix + ":"):
        return turn.choice.split(":", 1)[1]
    return None


async def _contract_for(turn: Turn, key: str) -> tuple[Contract, Package]:
    for contract in await turn.repos.contracts.of_customer(turn.customer.id):
        package = turn.catalog.package(contract.package_key)
        if key in package.meeting_types and contract.ends_on >= turn.today:
            return contract, package
    for contract in await turn.repos.contracts.of_customer(turn.customer.id):
        package = turn.catalog.package(contract.package_key)
        if key in package.meeting_types:
            return contract, package
    raise LookupError(key)


async def _after_type(turn: Turn, data: dict[str, Any]) -> Outcome:
    contract, package = await _contract_for(turn, data["type"])
    spec = package.meeting_types[data["type"]]
    if spec.booking == "via_contact":
        return await escalation.request_meeting(turn, data["type"], spec.lead_days)
    needs_count = spec.per_users is not None or spec.max_participants is not None
    participants = data.get("participants")
    if needs_count and participants is None:
        return _ask_participants(data, spec)
    if spec.max_participants and participants and participants > spec.max_participants:
        out = _ask_participants({**data, "participants": None}, spec)
        out.messages.insert(0, Message("booking-too-many", {"max": spec.max_participants}))
        return out
    data["sessions"] = (
        math.ceil(participants / spec.per_users) if spec.per_users and participants else 1
    )
    data["contract"] = contract.id
    return await _offer_slots(turn, data, spec)


def _ask_participants(data: dict[str, Any], spec: MeetingTypeSpec) -> Outcome:
    out = Outcome(state="booking:participants", data=data)
    if spec.per_users:
        return out.say(
            "booking-ask-participants-per", meeting=meeting(data["type"]), per=spec.per_users
        )
    return out.say("booking-ask-participants", meeting=meeting(data["type"]))


async def participants(turn: Turn) -> Outcome | None:
    count = turn.entities.participants
    if count is None or count < 1:
        return None
    return await _after_type(turn, {**turn.data, "participants": count})


def _earliest(turn: Turn, staff: Staff, spec: MeetingTypeSpec) -> datetime:
    zone = ZoneInfo(staff.time_zone)
    first_day = turn.now.astimezone(zone).date() + timedelta(days=spec.lead_days)
    return max(turn.now, datetime.combine(first_day, time(0), zone))


def _matching(starts: list[datetime], data: dict[str, Any], zone: ZoneInfo) -> list[datetime]:
    day = date.fromisoformat(data["day"]) if data.get("day") else None
    wanted = time.fromisoformat(data["time"]) if data.get("time") else None
    part = data.get("part")
    found = [s for s in starts if day is None or s.astimezone(zone).date() == day]
    if part == "morning":
        found = [s for s in found if s.astimezone(zone).hour < 12]
    elif part == "afternoon":
        found = [s for s in found if s.astimezone(zone).hour >= 12]
    if wanted is not None:
        minutes = wanted.hour * 60 + wanted.minute
        found.sort(key=lambda s: abs(_minutes(s.astimezone(zone)) - minutes))
    return found


def _minutes(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


async def _offer_slots(
    turn: Turn, data: dict[str, Any], spec: MeetingTypeSpec, after: datetime | None = None
) -> Outcome:
    staff = turn.customer.contact
    length = timedelta(minutes=spec.minutes * data["sessions"])
    earliest = max(_earliest(turn, staff, spec), after or turn.now)
    horizon = earliest + timedelta(days=turn.limits.booking_horizon_days)
    taken = await turn.repos.bookings.of_staff(staff.id, earliest, horizon)
    starts = free_starts(staff, taken, earliest, turn.limits.booking_horizon_days, length)
    out = Outcome(state="booking:slot", data=data)
    wanted = _matching(starts, data, turn.zone) if data.get("day") or data.get("part") else []
    if (data.get("day") or data.get("part")) and not wanted:
        out.say("booking-no-slots-matching")
    chosen = wanted[: turn.limits.slots_offered] or spread(
        starts, turn.limits.slots_offered, turn.zone
    )
    if not chosen:
        out.say("booking-no-slots", contact=staff.name)
        return out.offer("menu:escalate", "menu-escalate")
    out.say(
        "booking-choose-slot",
        meeting=meeting(data["type"]),
        minutes=int(length.total_seconds() // 60),
        contact=staff.name,
    )
    for moment in chosen:  # a wished-for time comes first, else in time order
        out.offer(f"slot:{encode_start(moment)}", "booking-slot-option", start=turn.local(moment))
    return out.offer(f"later:{encode_start(max(chosen))}", "booking-later-option")


async def choose_slot(turn: Turn) -> Outcome | None:
    _contract, package = await _contract_for(turn, turn.data["type"])
    spec = package.meeting_types[turn.data["type"]]
    later = decode_start(_choice_arg(turn, "later") or "")
    if later is not None:
        data = {k: v for k, v in turn.data.items() if k not in ("day", "time", "part")}
        return await _offer_slots(turn, data, spec, after=later + timedelta(minutes=30))
    start = decode_start(_choice_arg(turn, "slot") or "")
    if start is None:
        if turn.entities.when is None:
            return None
        return await _offer_slots(turn, {**turn.data, **_entity_data(turn)}, spec)
    return await _charge_or_confirm(turn, {**turn.data, "start": encode_start(start)})


async def _charge_or_confirm(turn: Turn, data: dict[str, Any]) -> Outcome:
    contract, package = await _contract_for(turn, data["type"])
    start = decode_start(data["start"])
    assert start is not None
    charge = await plan_charge(
        turn, package, contract, data["type"], data["sessions"], turn.local(start).date()
    )
    if charge.refused:
        return _refused(turn, data, charge)
    if charge.billable_hours > 0:
        return _ask_overage(turn, data, charge)
    return await _book(turn, data, Decimal(0))


def _refused(turn: Turn, data: dict[str, Any], charge: Charge) -> Outcome:
    out = Outcome().say("booking-not-covered", meeting=meeting(data["type"]))
    out.offer("menu:escalate", "menu-escalate")
    return out


def _ask_overage(turn: Turn, data: dict[str, Any], charge: Charge) -> Outcome:
    start = decode_start(data["start"])
    assert start is not None
    out = Outcome(state="booking:confirm", data={**data, "billable": str(charge.billable_hours)})
    out.say(
        "booking-overage",
        meeting=meeting(data["type"]),
        start=turn.local(start),
        hours=charge.billable_hours,
        covered=charge.covered,
    )
    out.say(f"billing-{charge.rule.replace('_', '-')}", hours=charge.billable_hours)
    out.offer("confirm:yes", "booking-confirm-overage", hours=charge.billable_hours)
    return out.offer("confirm:no", "booking-decline-overage")


async def confirm(turn: Turn) -> Outcome | None:
    answer = _choice_arg(turn, "confirm")
    agreed = {"yes": True, "no": False}.get(answer or "", turn.entities.affirm)
    if agreed is None:
        return None
    if not agreed:
        return Outcome().say("booking-dropped")
    return await _book(turn, turn.data, Decimal(turn.data["billable"]))


async def _book(turn: Turn, data: dict[str, Any], accepted: Decimal) -> Outcome:
    """Make the booking under the contract's and the contact's row locks."""
    contract = await turn.repos.contracts.lock(data["contract"])
    staff = await turn.repos.people.lock_staff(turn.customer.contact_id)
    package = turn.catalog.package(contract.package_key)
    spec = package.meeting_types[data["type"]]
    start = decode_start(data["start"])
    assert start is not None
    end = start + timedelta(minutes=spec.minutes * data["sessions"])
    if await turn.repos.bookings.of_staff(staff.id, start, end):
        out = await _offer_slots(turn, data, spec)
        out.messages.insert(0, Message("booking-slot-taken"))
        return out
    charge = await plan_charge(
        turn, package, contract, data["type"], data["sessions"], turn.local(start).date()
    )
    if charge.refused:
        return _refused(turn, data, charge)
    if charge.billable_hours > accepted:
        out = _ask_overage(turn, data, charge)
        out.messages.insert(0, Message("booking-balance-changed"))
        return out
    booking = await _record(turn, contract, staff, data, start, end, charge)
    return await _confirmed(turn, contract, package, booking, charge)


async def _record(
    turn: Turn,
    contract: Contract,
    staff: Staff,
    data: dict[str, Any],
    start: datetime,
    end: datetime,
    charge: Charge,
) -> Booking:
    booking = Booking(
        contract_id=contract.id,
        buyer_id=turn.buyer.id,
        staff_id=staff.id,
        meeting_type=data["type"],
        starts_at=start,
        ends_at=end,
        participants=data.get("participants"),
        sessions=data["sessions"],
        billable_hours=charge.billable_hours,
        status="confirmed",
        created_at=turn.now,
    )
    turn.repos.add(booking)
    await turn.repos.flush()
    if charge.allowance and charge.covered > 0:
        turn.repos.add(
            LedgerEntry(
                contract_id=contract.id,
                allowance=charge.allowance,
                kind="debit",
                quantity=charge.covered,
                period=charge.period,
                booking_id=booking.id,
                created_at=turn.now,
            )
        )
        await turn.repos.flush()
    return booking


async def _confirmed(
    turn: Turn, contract: Contract, package: Package, booking: Booking, charge: Charge
) -> Outcome:
    out = Outcome().say(
        "booking-confirmed",
        meeting=meeting(booking.meeting_type),
        start=turn.local(booking.starts_at),
        end=turn.local(booking.ends_at),
        contact=turn.customer.contact.name,
    )
    if charge.allowance:
        spec = package.spec.allowances[charge.allowance]
        after = await balance(
            turn.repos, contract, charge.allowance, spec, turn.local(booking.starts_at).date()
        )
        for message_id, args in allowance_lines(after, turn.today):
            out.say(message_id, **args)
    if charge.billable_hours > 0:
        out.say("booking-billed", hours=charge.billable_hours)
    out.invitations.append(_invitation(turn, booking))
    return out


def _invitation(turn: Turn, booking: Booking, cancelled: bool = False) -> Invitation:
    return Invitation(
        uid=f"booking-{booking.id}@supportbot",
        start=booking.starts_at.astimezone(UTC),
        end=booking.ends_at.astimezone(UTC),
        summary=Message("invite-summary", {"meeting": meeting(booking.meeting_type)}),
        description=Message(
            "invite-description",
            {"contact": turn.customer.contact.name, "customer": turn.customer.name},
        ),
        organizer=turn.customer.contact.name,
        cancelled=cancelled,
    )


# --- listing and cancelling ---------------------------------------------------------


async def list_bookings(turn: Turn) -> Outcome:
    bookings = await turn.repos.bookings.upcoming(turn.customer.id, turn.now)
    out = Outcome()
    if not bookings:
        return out.say("bookings-none").offer("menu:book_meeting", "menu-book_meeting")
    out.say("bookings-heading", count=len(bookings))
    for booking in bookings:
        out.say(
            "booking-item",
            meeting=meeting(booking.meeting_type),
            start=turn.local(booking.starts_at),
        )
    return out


async def start_cancel(turn: Turn) -> Outcome:
    bookings = await turn.repos.bookings.upcoming(turn.customer.id, turn.now)
    if not bookings:
        return Outcome().say("bookings-none")
    if len(bookings) == 1:
        return await _ask_cancel(turn, bookings[0])
    out = Outcome(state="cancel:choose").say("cancel-choose")
    for booking in bookings:
        out.offer(
            f"cancel:{booking.id}",
            "booking-item",
            meeting=meeting(booking.meeting_type),
            start=turn.local(booking.starts_at),
        )
    return out


async def _notice_hours(turn: Turn, booking: Booking) -> int:
    contract = await turn.repos.contracts.get(booking.contract_id)
    assert contract is not None
    return turn.catalog.package(contract.package_key).provider.cancellation_notice_hours


async def _in_time(turn: Turn, booking: Booking) -> bool:
    notice = timedelta(hours=await _notice_hours(turn, booking))
    return turn.now <= booking.starts_at - notice


async def _ask_cancel(turn: Turn, booking: Booking) -> Outcome:
    out = Outcome(state="cancel:confirm", data={"booking": booking.id})
    refund = "cancel-ask-refund" if await _in_time(turn, booking) else "cancel-ask-no-refund"
    out.say(refund, meeting=meeting(booking.meeting_type), start=turn.local(booking.starts_at))
    out.offer("confirm:yes", "cancel-yes")
    return out.offer("confirm:no", "cancel-no")


async def choose_cancel(turn: Turn) -> Outcome | None:
    chosen = _choice_arg(turn, "cancel")
    booking = await turn.repos.bookings.get(int(chosen)) if chosen and chosen.isdigit() else None
    contracts = {c.id for c in await turn.repos.contracts.of_customer(turn.customer.id)}
    if booking is None or booking.contract_id not in contracts:
        return None
    return await _ask_cancel(turn, booking)


async def confirm_cancel(turn: Turn) -> Outcome | None:
    answer = _choice_arg(turn, "confirm")
    agreed = {"yes": True, "no": False}.get(answer or "", turn.entities.affirm)
    if agreed is None:
        return None
    if not agreed:
        return Outcome().say("cancel-kept")
    booking = await turn.repos.bookings.get(int(turn.data["booking"]))
    assert booking is not None
    await turn.repos.contracts.lock(booking.contract_id)
    if booking.status != "confirmed":
        return Outcome().say("cancel-already")
    return await _cancel(turn, booking)


async def _cancel(turn: Turn, booking: Booking) -> Outcome:
    in_time = await _in_time(turn, booking)
    booking.status, booking.cancelled_at = "cancelled", turn.now
    refunded = Decimal(0)
    if in_time:
        for entry in await turn.repos.contracts.ledger_of_booking(booking.id):
            if entry.kind == "debit":
                refunded += entry.quantity
                turn.repos.add(
                    LedgerEntry(
                        contract_id=entry.contract_id,
                        allowance=entry.allowance,
                        kind="refund",
                        quantity=entry.quantity,
                        period=entry.period,
                        booking_id=booking.id,
                        created_at=turn.now,
                    )
                )
    await turn.repos.flush()
    out = Outcome().say(
        "cancel-done", meeting=meeting(booking.meeting_type), start=turn.local(booking.starts_at)
    )
    if not in_time:
        out.say("cancel-too-late", hours=await _notice_hours(turn, booking))
    elif refunded:
        out.say("cancel-refunded")
        contract = await turn.repos.contracts.get(booking.contract_id)
        assert contract is not None
        out.messages.extend((await contract_lines(turn, contract)).messages)
    out.invitations.append(_invitation(turn, booking, cancelled=True))
    return out
