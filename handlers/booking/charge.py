"""How a booking is paid: units from an allowance, and hours billed beyond it."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from handlers.allowances import balance
from handlers.base import Turn
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
