"""Listing the customer's upcoming bookings, and cancelling one (hours back when in time)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from handlers.allowances import contract_lines
from handlers.base import Outcome, Turn
from handlers.booking.common import CANCEL, CONFIRM, entry, invitation, meeting, yes_or_no
from handlers.booking.steps import ChoosingCancel, ConfirmingCancel
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
    out = Outcome(pending=ConfirmingCancel(booking=booking.id))
    refund = "cancel-ask-refund" if await _in_time(turn, booking) else "cancel-ask-no-refund"
    out.ask(refund, meeting=meeting(booking.meeting_type), start=turn.local(booking.starts_at))
    out.offer(CONFIRM.value("yes"), "cancel-yes")
    return out.offer(CONFIRM.value("no"), "cancel-no")


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
    elif refunded:
        out.say("cancel-refunded")
        contract = await turn.repos.contracts.get(booking.contract_id)
        assert contract is not None
        out.messages.extend((await contract_lines(turn, contract)).messages)
    out.invitations.append(invitation(turn, booking, cancelled=True))
    return out
