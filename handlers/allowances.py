"""Entitlements: what a contract grants, what is used and what is left, from the ledger."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from handlers.base import Arg, Capability, Entry, Message, Outcome, Turn
from storage.catalog import (
    Allowance,
    Catalog,
    HoursAllowance,
    PeriodAllowance,
    WindowAllowance,
)
from storage.models import Contract
from storage.repositories import Repositories

MONTHS_PER_PERIOD = {"month": 1, "quarter": 3, "year": 12}


@dataclass(frozen=True)
class Balance:
    """One allowance of one contract on one day."""

    contract: Contract
    key: str
    spec: Allowance
    granted: Decimal
    used: Decimal
    period: int | None = None
    valid_from: date | None = None
    valid_until: date | None = None  # last day it can be used

    @property
    def left(self) -> Decimal:
        return max(self.granted - self.used, Decimal(0))

    def usable_on(self, day: date) -> bool:
        after_start = self.valid_from is None or day >= self.valid_from
        return after_start and (self.valid_until is None or day <= self.valid_until)


def period_index(start: date, day: date, period: str) -> int:
    months = (day.year - start.year) * 12 + day.month - start.month
    if day.day < start.day:
        months -= 1
    return max(months, 0) // MONTHS_PER_PERIOD[period]


def period_bounds(start: date, index: int, period: str) -> tuple[date, date]:
    step = MONTHS_PER_PERIOD[period]
    first = start + relativedelta(months=index * step)
    return first, start + relativedelta(months=(index + 1) * step) - timedelta(days=1)


async def balance(
    repos: Repositories, contract: Contract, key: str, spec: Allowance, day: date
) -> Balance:
    """The allowance as it stands for a meeting on `day` (periods and validity depend on it)."""
    if isinstance(spec, PeriodAllowance):
        index = period_index(contract.starts_on, day, spec.period)
        first, last = period_bounds(contract.starts_on, index, spec.period)
        sums = await repos.contracts.ledger_sums(contract.id, key, index)
        used = _net(sums)
        return Balance(contract, key, spec, Decimal(spec.per_period), used, index, first, last)
    sums = await repos.contracts.ledger_sums(contract.id, key)
    granted, used = sums.get("grant", Decimal(0)), _net(sums)
    until = contract.ends_on
    if isinstance(spec, HoursAllowance) and spec.valid_days:
        until = min(until, contract.starts_on + timedelta(days=spec.valid_days - 1))
    return Balance(contract, key, spec, granted, used, None, contract.starts_on, until)


def _net(sums: dict[str, Decimal]) -> Decimal:
    return sums.get("debit", Decimal(0)) - sums.get("refund", Decimal(0))


def window_end(contract: Contract, spec: WindowAllowance) -> date:
    return (contract.handover_on or contract.starts_on) + timedelta(days=spec.days)


def allowance_lines(balance_: Balance, today: date) -> list[tuple[str, dict[str, Arg]]]:
    spec = balance_.spec
    args: dict[str, Arg] = {
        "name": Message(f"allowance-{balance_.key}"),
        "left": balance_.left,
        "granted": balance_.granted,
        "used": balance_.used,
    }
    if isinstance(spec, HoursAllowance):
        if balance_.valid_until and today > balance_.valid_until:
            return [("allowance-hours-expired", {**args, "until": balance_.valid_until})]
        if balance_.valid_until and spec.valid_days:
            return [("allowance-hours-valid", {**args, "until": balance_.valid_until})]
        return [("allowance-hours", args)]
    if isinstance(spec, PeriodAllowance):
        until = balance_.valid_until or today
        return [(f"allowance-period-{spec.period}", {**args, "until": until})]
    return [("allowance-sessions", args)]


async def contract_lines(turn: Turn, contract: Contract, only: str | None = None) -> Outcome:
    """The used/left lines of every allowance of one contract, as messages; `only`: just the
    allowance the meeting type draws on ("what about the admin training?")."""
    out = Outcome()
    package = turn.catalog.package(contract.package_key)
    allowances, sharing = package.spec.allowances, None
    if only is not None:  # the allowance it draws on, and every meeting type drawing on it
        drawn = package.meeting_types[only].allowance
        allowances = {k: v for k, v in allowances.items() if k == drawn}
        sharing = [k for k, m in package.meeting_types.items() if m.allowance == drawn]
        sharing = sharing if drawn else [only]
    if not allowances:
        out.say(f"allowance-none-{package.spec.overage}")  # booked and billed by time
    for key, spec in allowances.items():
        if isinstance(spec, WindowAllowance):
            end = window_end(contract, spec)
            days = (end - turn.today).days
            message = "allowance-window-open" if days >= 0 else "allowance-window-closed"
            out.say(message, name=Message(f"allowance-{key}"), until=end, days=abs(days))
            continue
        found = await balance(turn.repos, contract, key, spec, turn.today)
        for message_id, args in allowance_lines(found, turn.today):
            out.say(message_id, **args)
    billed = await turn.repos.bookings.billed_hours(contract.id, sharing)
    if billed > 0:
        out.say("allowance-billed", hours=billed)
    return out


def customer_meeting_types(catalog: Catalog, contracts: list[Contract]) -> list[str]:
    seen: list[str] = []
    for contract in contracts:
        for key in catalog.package(contract.package_key).meeting_types:
            if key not in seen:
                seen.append(key)
    return seen


async def show(turn: Turn) -> Outcome:
    """hours_balance: used and left, per contract; for one meeting type when one is named."""
    contracts = list(await turn.repos.contracts.of_customer(turn.customer.id))
    out = Outcome()
    if not contracts:
        return out.say("package-none")
    wanted = turn.entities.meeting_type
    offering = [c for c in contracts if wanted in turn.catalog.package(c.package_key).meeting_types]
    if wanted is not None and not offering:
        out.say("booking-type-not-included", meeting=Message(f"meeting-{wanted}"))
    for contract in offering or contracts:
        out.say("allowance-heading", package=Message(f"package-{contract.package_key}"))
        lines = await contract_lines(turn, contract, wanted if offering else None)
        out.messages.extend(lines.messages)
    return out


CAPABILITY = Capability(
    name="allowances",
    entries=(Entry("hours_balance", show, menu=True, follows_up=frozenset({"meeting_type"})),),
)
