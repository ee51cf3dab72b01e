"""How a booking is paid: units from an allowance, and hours billed beyond it."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from handlers.allowances import balance
from handlers.base import Message, Turn
from storage.catalog import HoursAllowance, Package
from storage.models import Contract

ROUNDING = Decimal("0.01")


@dataclass(frozen=True)
class Charge:
    """Units drawn from an allowance, and hours billed beyond it (under which rule)."""

    allowance: str | None
    covered: Decimal
    billable_hours: Decimal
    rule: str
    period: int | None
    why: Message | None = None  # why not all of it is covered

    @property
    def refused(self) -> bool:
        return self.billable_hours > 0 and self.rule == "none"


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
    what = Message(f"meeting-{key}")
    if spec.allowance is None:
        why = Message("charge-not-included", {"meeting": what})
        return Charge(None, Decimal(0), _billable(hours, rule), rule, None, why)
    allowance = package.spec.allowances[spec.allowance]
    found = await balance(turn.repos, contract, spec.allowance, allowance, day)
    once_used = spec.once and await turn.repos.bookings.count(contract.id, key) > 0
    name = Message(f"allowance-{spec.allowance}")
    if once_used:
        covered, why = Decimal(0), Message("charge-once", {"meeting": what})
    elif not found.usable_on(day):
        covered = Decimal(0)
        why = Message("charge-outside-window", {"name": name, "until": found.valid_until or day})
    elif isinstance(allowance, HoursAllowance):
        covered = min(found.left, hours)
        why = Message("charge-hours-left", {"name": name, "left": found.left})
    else:
        covered = min(found.left, Decimal(sessions))
        why = Message("charge-sessions-left", {"name": name, "left": found.left})
    per_unit = Decimal(1) if isinstance(allowance, HoursAllowance) else Decimal(spec.minutes) / 60
    uncovered = hours - covered * per_unit
    billable = _billable(uncovered, rule)
    return Charge(spec.allowance, covered, billable, rule, found.period, why if billable else None)
