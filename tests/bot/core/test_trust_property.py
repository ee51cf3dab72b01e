"""Whatever a buyer sends, in whatever order (requests, numbers, yes and no, junk, button
presses), nothing is booked, billed or cancelled without the buyer's explicit pick or yes to
the question just asked."""

from __future__ import annotations

import asyncio
import shutil
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bot.app import App, build_app
from bot.clock import FixedClock
from bot.core.messages import Reply
from bot.i18n.knowledge import Knowledge
from bot.settings import Settings
from storage.models import Booking
from tests.chat import Chat, ids
from tests.conftest import NOW, sqlite_url

REQUESTS = [
    "Kick-off-Meeting buchen",
    "I'd like to book a deployment meeting tomorrow at 10",
    "Book the software training",
    "book another software training",
    "Wie viele Stunden haben wir noch?",
    "Ich muss unseren Termin absagen",
    "cancel my meeting",
    "welche Termine haben wir?",
    "Können wir Bestellung ORD-1001 zurückgeben?",
    "Hilfe",
    "what would that cost?",
    "Mittwoch 14 Uhr",
    "and friday?",
]
JUNK = ["", "asdf qwer", "🙂", "x" * 50, "ORD-", "???", "1000", "0", "-1", "ok go", "maybe"]
YES = ["ja", "yes", "ok", "kyllä", "sí"]
NO = ["nein", "no", "abbrechen", "never mind"]
PICKS = ["1", "2", "3", "7", "die zweite", "the first one"]


@dataclass(frozen=True)
class Typed:
    text: str


@dataclass(frozen=True)
class Press:
    place: int  # which offered option, by its place (wrapping around)


ACTIONS = st.one_of(
    st.sampled_from(REQUESTS + JUNK + YES + NO + PICKS).map(Typed),
    st.integers(min_value=0, max_value=9).map(Press),
)


@dataclass
class Ledger:
    bookings: dict[int, tuple[str, Decimal]]


async def _state(app: App) -> Ledger:
    async with app.unit() as uow:
        rows = (await uow.repos.session.scalars(select(Booking))).all()
        return Ledger({b.id: (b.status, b.billable_hours) for b in rows})


def _explicit(before: Reply | None, action: Typed | Press, value: str | None) -> set[str]:
    """What this action may do, given the question it answers: `book`, `bill`, `cancel`."""
    asked = ids(before) if before else []
    offered = [c.value for c in before.choices] if before else []
    picked_slot = value is not None and value.startswith("slot:")
    typed = action.text if isinstance(action, Typed) else ""
    typed_pick = typed in PICKS or typed in ("Mittwoch 14 Uhr",)
    said_yes = (
        value == "confirm:yes" or (typed in YES) or (typed in PICKS and "confirm:yes" in offered)
    )
    allowed = set()
    if picked_slot or (typed_pick and any(o.startswith("slot:") for o in offered)):
        allowed.add("book")
    if said_yes and "booking-overage" in asked:
        allowed |= {"book", "bill"}
    if said_yes and "cancel-ask" in asked:
        allowed.add("cancel")
    return allowed


async def _scenario(app: App, actions: list[Typed | Press]) -> None:
    buyer = Chat(app)("english")
    before: Reply | None = None
    state = await _state(app)
    for action in actions:
        value = None
        if isinstance(action, Press):
            if before is None or not before.choices:
                continue
            value = before.choices[action.place % len(before.choices)].value
            reply = await buyer.choose(value)
        else:
            reply = await buyer.say(action.text)
        after = await _state(app)
        allowed = _explicit(before, action, value)
        new = {k: v for k, v in after.bookings.items() if k not in state.bookings}
        cancelled = [
            k
            for k, (s, _h) in after.bookings.items()
            if s == "cancelled" and state.bookings.get(k, ("", 0))[0] != "cancelled"
        ]
        assert not new or "book" in allowed, (action, ids(before) if before else None)
        assert all(h == 0 for _s, h in new.values()) or "bill" in allowed, action
        assert not cancelled or "cancel" in allowed, (action, ids(before) if before else None)
        before, state = reply, after


@settings(
    max_examples=40,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(actions=st.lists(ACTIONS, min_size=1, max_size=12))
def test_nothing_is_booked_billed_or_cancelled_unasked(
    actions: list[Typed | Press], template_db: Path, knowledge: Knowledge, tmp_path: Path
) -> None:
    """Random sequences of messages and presses against a fresh copy of the demo data."""
    target = tmp_path / f"property-{abs(hash(tuple(actions)))}.sqlite3"
    shutil.copyfile(template_db, target)
    app = build_app(Settings(database_url=sqlite_url(target)), FixedClock(NOW), knowledge)

    async def go() -> None:
        try:
            await _scenario(app, actions)
        finally:
            await app.close()

    asyncio.run(go())
    target.unlink()
