"""Booking, last steps: the time picked, the charge planned, overage confirmed, the booking made."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from handlers.allowances import allowance_lines, balance
from handlers.base import Message, Outcome, Turn
from handlers.booking.charge import Charge, plan_charge
from handlers.booking.common import (
    CONFIRM,
    LATER,
    SLOT,
    contract_for,
    entry,
    invitation,
    meeting,
    yes_or_no,
)
from handlers.booking.offer import offer_slots
from handlers.booking.steps import ChoosingSlot, ConfirmingOverage, Wish
from handlers.slots import decode_start
from storage.catalog import Package
from storage.models import Booking, Contract, Staff


async def choose_slot(turn: Turn, data: ChoosingSlot) -> Outcome | None:
    """A time picked (or a day and time typed), or "later" for more times. Naming another
    meeting type is no answer: it is a new request."""
    if turn.entities.meeting_type not in (None, data.type):
        return None
    _contract, package = await contract_for(turn, data.type)
    spec = package.meeting_types[data.type]
    later = decode_start(LATER.parse(turn.choice) or "")
    if later is not None:
        cleared = data.model_copy(update={"day": None, "month": None, "time": None, "part": None})
        return await offer_slots(turn, cleared, spec, after=later + timedelta(minutes=30))
    start = decode_start(SLOT.parse(turn.choice) or "")
    if start is None:
        if turn.entities.when is None:
            return None
        return await offer_slots(turn, data.model_copy(update=Wish.heard(turn)), spec)
    return await _charge_or_confirm(turn, data, start)


async def _charge_or_confirm(turn: Turn, slot: ChoosingSlot, start: datetime) -> Outcome:
    contract, package = await contract_for(turn, slot.type)
    charge = await plan_charge(
        turn, package, contract, slot.type, slot.sessions, turn.local(start).date()
    )
    if charge.refused:
        return _refused(slot, charge)
    if charge.billable_hours > 0:
        return _ask_overage(turn, slot, start, charge, package)
    return await _book(turn, slot, start, Decimal(0))


def _refused(slot: ChoosingSlot, charge: Charge) -> Outcome:
    """Nothing beyond the package can be booked here: why, and who can help."""
    out = Outcome(messages=[charge.why] if charge.why else [])
    return out.say("booking-not-covered", meeting=meeting(slot.type)).suggest("escalate")


def _ask_overage(
    turn: Turn, slot: ChoosingSlot, start: datetime, charge: Charge, package: Package
) -> Outcome:
    """Anything billed is booked only after a yes to what, when, with whom, how many hours
    billed at which rate, and the provider's terms."""
    fields = {name: getattr(slot, name) for name in ChoosingSlot.model_fields}
    fields.update(start=start, billable=charge.billable_hours)
    pending = ConfirmingOverage.model_validate(fields)
    out = Outcome(pending=pending)
    if charge.why is not None:
        out.ask(charge.why.id, **charge.why.args)
    out.ask(
        "booking-overage",
        meeting=meeting(slot.type),
        start=turn.local(start),
        contact=turn.customer.contact.name,
        hours=charge.billable_hours,
    )
    out.ask(f"billing-{charge.rule.replace('_', '-')}", hours=charge.billable_hours)
    if package.provider.terms_url:
        out.ask("billing-terms", url=package.provider.terms_url)
    out.offer(CONFIRM.value("yes"), "booking-confirm-overage", hours=charge.billable_hours)
    return out.offer(CONFIRM.value("no"), "booking-decline-overage")


async def confirm(turn: Turn, data: ConfirmingOverage) -> Outcome | None:
    """Yes or no to the hours billed beyond the allowance."""
    agreed = yes_or_no(turn)
    if agreed is None:
        return None
    if not agreed:
        return Outcome().say("booking-dropped")
    return await _book(turn, data, data.start, data.billable)


async def _book(turn: Turn, slot: ChoosingSlot, start: datetime, accepted: Decimal) -> Outcome:
    """Make the booking under the contract's and the contact's row locks."""
    contract = await turn.repos.contracts.lock(slot.contract)
    staff = await turn.repos.people.lock_staff(turn.customer.contact_id)
    package = turn.catalog.package(contract.package_key)
    spec = package.meeting_types[slot.type]
    end = start + timedelta(minutes=spec.minutes * slot.sessions)
    if await turn.repos.bookings.of_staff(staff.id, start, end):
        out = await offer_slots(turn, slot, spec)
        out.messages.insert(0, Message("booking-slot-taken"))
        return out
    charge = await plan_charge(
        turn, package, contract, slot.type, slot.sessions, turn.local(start).date()
    )
    if charge.refused:
        return _refused(slot, charge)
    if charge.billable_hours > accepted:
        out = _ask_overage(turn, slot, start, charge, package)
        out.messages.insert(0, Message("booking-balance-changed"))
        return out
    booking = await _record(turn, contract, staff, slot, (start, end), charge)
    return await _confirmed(turn, contract, package, booking, charge)


async def _record(
    turn: Turn,
    contract: Contract,
    staff: Staff,
    slot: ChoosingSlot,
    span: tuple[datetime, datetime],
    charge: Charge,
) -> Booking:
    booking = Booking(
        contract_id=contract.id,
        buyer_id=turn.buyer.id,
        staff_id=staff.id,
        meeting_type=slot.type,
        starts_at=span[0],
        ends_at=span[1],
        participants=slot.participants,
        sessions=slot.sessions,
        billable_hours=charge.billable_hours,
        status="confirmed",
        created_at=turn.now,
    )
    turn.repos.add(booking)
    await turn.repos.flush()
    if charge.allowance and charge.covered > 0:
        entry(turn, "debit", booking, charge.allowance, charge.covered, charge.period)
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
    out.invitations.append(invitation(turn, booking))
    return out
