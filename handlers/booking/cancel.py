"""Listing the customer's upcoming bookings, and cancelling one (hours back when in time)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from handlers.allowances import contract_lines
from handlers.base import Message, Outcome, Turn
from handlers.booking.common import CANCEL, CONFIRM, entry, invitation, meeting, yes_or_no
from handlers.booking.steps import ChoosingCancel, ConfirmingCancel
from storage.catalog import HoursAllowance
from storage.models import Booking


async def list_bookings(turn: Turn) -> Outcome:
    bookings = await turn.repos.bookings.upcoming(turn.customer.id, turn.now)
    out = Outcome()
    if not bookings:
        return out.say("bookings-none").suggest("book_meeting")
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
    out = Outcome(pending=ChoosingCancel()).ask("cancel-choose")
    for booking in bookings:
        out.offer(
            CANCEL.value(booking.id),
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
    """A cancellation is done only after a yes to what, when, with whom, and what it means
    for the allowance or the bill."""
    out = Outcome(pending=ConfirmingCancel(booking=booking.id))
    out.ask(
        "cancel-ask",
        meeting=meeting(booking.meeting_type),
        start=turn.local(booking.starts_at),
        contact=turn.customer.contact.name,
    )
    consequence = await _what_cancelling_means(turn, booking)
    out.ask(consequence.id, **consequence.args)
    out.offer(CONFIRM.value("yes"), "cancel-yes")
    return out.offer(CONFIRM.value("no"), "cancel-no")


async def _what_cancelling_means(turn: Turn, booking: Booking) -> Message:
    if not await _in_time(turn, booking):
        return Message("cancel-late-no-refund", {"hours": await _notice_hours(turn, booking)})
    debits = [
        e for e in await turn.repos.contracts.ledger_of_booking(booking.id) if e.kind == "debit"
    ]
    if debits:
        contract = await turn.repos.contracts.get(booking.contract_id)
        assert contract is not None
        spec = turn.catalog.package(contract.package_key).spec.allowances[debits[0].allowance]
        back = sum((e.quantity for e in debits), Decimal(0))
        kind = "hours" if isinstance(spec, HoursAllowance) else "sessions"
        return Message(f"cancel-gives-back-{kind}", {"count": back})
    if booking.billable_hours > 0:
        return Message("cancel-not-billed", {"hours": booking.billable_hours})
    return Message("cancel-nothing-changes")


async def choose_cancel(turn: Turn, data: ChoosingCancel) -> Outcome | None:
    chosen = CANCEL.parse(turn.choice)
    booking = await turn.repos.bookings.get(int(chosen)) if chosen and chosen.isdigit() else None
    contracts = {c.id for c in await turn.repos.contracts.of_customer(turn.customer.id)}
    if booking is None or booking.contract_id not in contracts:
        return None
    return await _ask_cancel(turn, booking)


async def confirm_cancel(turn: Turn, data: ConfirmingCancel) -> Outcome | None:
    agreed = yes_or_no(turn)
    if agreed is None:
        return None
    if not agreed:
        return Outcome().say("cancel-kept")
    booking = await turn.repos.bookings.get(data.booking)
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
        for debit in await turn.repos.contracts.ledger_of_booking(booking.id):
            if debit.kind == "debit":
                refunded += debit.quantity
                entry(turn, "refund", booking, debit.allowance, debit.quantity, debit.period)
    await turn.repos.flush()
    out = Outcome().say(
        "cancel-done", meeting=meeting(booking.meeting_type), start=turn.local(booking.starts_at)
    )
    if not in_time:
        out.say("cancel-too-late", hours=await _notice_hours(turn, booking))
    elif booking.billable_hours > 0 and not refunded:
        out.say("cancel-not-billed-done", hours=booking.billable_hours)
    elif refunded:
        out.say("cancel-refunded")
        contract = await turn.repos.contracts.get(booking.contract_id)
        assert contract is not None
        out.messages.extend((await contract_lines(turn, contract)).messages)
    out.invitations.append(invitation(turn, booking, cancelled=True))
    return out
