"""The menu of what the bot can do, shown on request and whenever it is unsure."""

from __future__ import annotations

from handlers.base import MENU, Capability, Choice, Entry, Message, Outcome, Turn


async def show(turn: Turn) -> Outcome:
    return Outcome().say("help-menu", name=turn.buyer.name).with_menu()


async def thanks(turn: Turn) -> Outcome:
    """Thanks and goodbye: a short friendly close, no menu."""
    return Outcome().say("thanks-reply")


async def decline(turn: Turn) -> Outcome:
    """The weather, a joke, another product: politely out of scope, then what the bot can do."""
    return Outcome().say("help-out-of-scope").with_menu()


async def unsure(turn: Turn) -> Outcome:
    """Never a guess: the two most likely requests to pick from, else the whole menu."""
    if len(turn.likely) < 2:
        return Outcome().say("help-unsure").with_menu()
    outcome = Outcome().say("help-which")
    outcome.choices = [Choice(MENU.value(i), Message(f"menu-{i}")) for i in turn.likely]
    outcome.choices.append(Choice(MENU.value("help"), Message("menu-everything")))
    return outcome


CAPABILITY = Capability(
    name="help",
    entries=(
        Entry("help", show, command="help"),
        Entry("greeting", show),
        Entry("thanks", thanks),
        Entry("out_of_scope", decline),
        Entry("unknown", unsure),
    ),
)
