"""Escalation to the assigned contact (or the provider's team), and the staff side of it."""

from __future__ import annotations

from handlers.base import Capability, Entry
from handlers.escalation.buyer import hold, leave, start
from handlers.escalation.desk import CLAIM, RESOLVE
from handlers.escalation.staff import act

CAPABILITY = Capability(
    name="escalation",
    entries=(Entry("escalate", start, menu=True), Entry("leave_case", leave)),
    choices=(CLAIM, RESOLVE),
    hold=hold,
    staff=act,
)
