"""Booking meetings against the remaining allowances; listing and cancelling them."""

from __future__ import annotations

from handlers.base import Capability, Entry, Step
from handlers.booking.book import choose_slot, confirm
from handlers.booking.cancel import choose_cancel, confirm_cancel, list_bookings, start_cancel
from handlers.booking.common import CANCEL, CONFIRM, LATER, SLOT, TYPE
from handlers.booking.offer import choose_type, confirm_request, participants, start
from handlers.booking.steps import (
    AskingParticipants,
    ChoosingCancel,
    ChoosingSlot,
    ChoosingType,
    ConfirmingCancel,
    ConfirmingOverage,
    ConfirmingRequest,
)

BOOKING, CANCELLING = {"book_meeting"}, {"cancel_booking"}  # the intents of each flow

CAPABILITY = Capability(
    name="booking",
    entries=(
        Entry("book_meeting", start, menu=True, follows_up=frozenset({"meeting_type", "when"})),
        Entry("list_bookings", list_bookings, menu=True, command="bookings"),
        Entry("cancel_booking", start_cancel, menu=True),
    ),
    steps=(
        Step.of(ChoosingType, choose_type, {"choice", "meeting_type", "when"}, BOOKING),
        Step.of(AskingParticipants, participants, {"participants"}, BOOKING),
        Step.of(ConfirmingRequest, confirm_request, {"choice", "yes_no"}, BOOKING),
        Step.of(ChoosingSlot, choose_slot, {"choice", "when"}, BOOKING),
        Step.of(ConfirmingOverage, confirm, {"choice", "yes_no"}, BOOKING),
        Step.of(ChoosingCancel, choose_cancel, {"choice"}, CANCELLING),
        Step.of(ConfirmingCancel, confirm_cancel, {"choice", "yes_no"}, CANCELLING),
    ),
    choices=(TYPE, SLOT, LATER, CONFIRM, CANCEL),
)
