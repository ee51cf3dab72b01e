"""Leaving whatever is in progress: "stop", "never mind", "abbrechen", "unohda", "olvídalo",
"glem det", or a bare "no" where no yes or no was asked."""

from __future__ import annotations

from handlers.base import Capability, Entry, Outcome, Turn


async def stop(turn: Turn) -> Outcome:
    """The pending question is dropped (the core keeps no step for an outcome without one)."""
    if turn.pending is not None:
        return Outcome().say("stop-done")
    return Outcome().say("stop-nothing-open").with_menu()


CAPABILITY = Capability(name="stop", entries=(Entry("stop", stop, aside=False),))
