"""Return eligibility: received date + the provider's window, inclusive, in the customer's zone."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import ClassVar

from handlers.base import Capability, ChoiceKind, Entry, Outcome, Step, StepData, Turn
from storage.models import Order

ORDER = ChoiceKind("order")  # order:<order id>


class ChoosingOrder(StepData):
    step: ClassVar[str] = "returns:order"


def _normalise(reference: str) -> str:
    return re.sub(r"[^0-9a-z]", "", reference.lower())


def _matches(order: Order, wanted: str) -> bool:
    have, want = _normalise(order.reference), _normalise(wanted)
    return bool(want) and (have == want or (want.isdigit() and have.endswith(want)))


async def _window(turn: Turn) -> int | None:
    for contract in await turn.repos.contracts.of_customer(turn.customer.id):
        days = turn.catalog.package(contract.package_key).provider.return_window_days
        if days:
            return days
    return None


async def check(turn: Turn) -> Outcome:
    days = await _window(turn)
    if days is None:
        return Outcome().say("returns-not-offered").suggest("escalate")
    orders = list(await turn.repos.orders.of_customer(turn.customer.id))
    if not orders:
        return Outcome().say("returns-no-orders").suggest("escalate")
    wanted = turn.entities.order_ref
    if wanted:
        found = [o for o in orders if _matches(o, wanted)]
        if found:
            return _verdict(turn, found[0], days)
    if len(orders) == 1 and not wanted:
        return _verdict(turn, orders[0], days)
    out = Outcome(pending=ChoosingOrder())
    if wanted:
        out.say("returns-order-unknown", reference=wanted)
    out.ask("returns-choose-order")
    for order in orders:
        out.offer(
            ORDER.value(order.id),
            "returns-order-option",
            reference=order.reference,
            received=order.received_on,
        )
    return out


async def choose_order(turn: Turn, data: ChoosingOrder) -> Outcome | None:
    days = await _window(turn)
    orders = list(await turn.repos.orders.of_customer(turn.customer.id))
    chosen = ORDER.parse(turn.choice)
    found = [o for o in orders if str(o.id) == chosen]
    if not found and turn.entities.order_ref:
        found = [o for o in orders if _matches(o, turn.entities.order_ref)]
    if not found or days is None:
        return None
    return _verdict(turn, found[0], days)


def _verdict(turn: Turn, order: Order, days: int) -> Outcome:
    deadline = order.received_on + timedelta(days=days)
    left = (deadline - turn.today).days
    out = Outcome()
    if left >= 0:
        out.say(
            "returns-eligible",
            reference=order.reference,
            received=order.received_on,
            deadline=deadline,
            days=left,
        )
    else:
        out.say(
            "returns-expired",
            reference=order.reference,
            received=order.received_on,
            deadline=deadline,
            days=-left,
        )
    return out.suggest("escalate")


CAPABILITY = Capability(
    name="returns",
    entries=(Entry("return_check", check, menu=True, follows_up=frozenset({"order_ref"})),),
    steps=(Step.of(ChoosingOrder, choose_order, {"choice", "order_ref"}, {"return_check"}),),
    choices=(ORDER,),
)
