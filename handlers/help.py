"""The menu of what the bot can do, shown on request and whenever it is unsure."""

from __future__ import annotations

from handlers.base import Capability, Entry, Outcome, Turn


async def show(turn: Turn) -> Outcome:
    return Outcome().say("help-menu", name=turn.buyer.name).with_menu()


async def thanks(turn: Turn) -> Outcome:
    """Thanks and goodbye: a short friendly close, no menu."""
    return Outcome().say("thanks-reply")


async def unsure(turn: Turn) -> Outcome:
    return Outcome().say("help-unsure").with_menu()


CAPABILITY = Capability(
    name="help",
    entries=(
        Entry("help", show, command="help"),
        Entry("greeting", show),
        Entry("thanks", thanks),
        Entry("unknown", unsure),
    ),
)
