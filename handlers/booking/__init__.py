"""Booking meetings against the remaining allowances; listing and cancelling them."""

from __future__ import annotations

from handlers.base import Capability, Entry, Step
from handlers.booking.book import choose_slot, confirm
from handlers.booking.cancel import choose_cancel, confirm_cancel, list_bookings, start_cancel
from handlers.booking.common import CANCEL, CONFIRM, LATER, SLOT, TYPE
from handlers.booking.offer import choose_type, participants, start
from handlers.booking.steps import (
    AskingParticipants,
    ChoosingCancel,
    ChoosingSlot,
    ChoosingType,
    ConfirmingCancel,
    ConfirmingOverage,
)

CAPABILITY = Capability(
    name="booking",
    entries=(
        Entry("book_meeting", start, menu=True),
        Entry("list_bookings", list_bookings, menu=True, command="bookings"),
        Entry("cancel_booking", start_cancel, menu=True),
    ),
    steps=(
        Step.of(ChoosingType, choose_type, accepts={"choice", "meeting_type", "when"}),
        Step.of(AskingParticipants, participants, accepts={"participants"}),
        Step.of(ChoosingSlot, choose_slot, accepts={"choice", "when"}),
        Step.of(ConfirmingOverage, confirm, accepts={"choice", "yes_no"}),
        Step.of(ChoosingCancel, choose_cancel, accepts={"choice"}),
        Step.of(ConfirmingCancel, confirm_cancel, accepts={"choice", "yes_no"}),
    ),
    choices=(TYPE, SLOT, LATER, CONFIRM, CANCEL),
)
