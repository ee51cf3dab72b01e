"""The menu of what the bot can do, shown on request and whenever it is unsure."""

from __future__ import annotations

from handlers.base import Outcome, Turn

MENU = (
    "package_info",
    "hours_balance",
    "book_meeting",
    "list_bookings",
    "cancel_booking",
    "return_check",
    "escalate",
    "set_language",
)


def menu(out: Outcome) -> Outcome:
    for intent in MENU:
        out.offer(f"menu:{intent}", f"menu-{intent}")
    return out


async def show(turn: Turn) -> Outcome:
    return menu(Outcome().say("help-menu", name=turn.buyer.name))


async def unsure(turn: Turn) -> Outcome:
    return menu(Outcome().say("help-unsure"))
