"""The routing table, built from the capabilities: which intent starts what, which step goes on
with an answer, what the menu and the chat commands are, whose options a choice is.

A buyer's turn goes: a pressed option (any-time kinds and menu entries first, else an answer
to the pending step), else the pending step's answer, else the message's intent, else "not
understood" for the pending step or the "unknown" entry.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from bot.core.dialogue import RESUME, Dialogue
from handlers.base import (
    MENU,
    Capability,
    Choice,
    ChoiceKind,
    Entry,
    Message,
    Outcome,
    StaffTurn,
    Step,
    Turn,
    UserFacingError,
)

log = logging.getLogger(__name__)

V = TypeVar("V")
UNKNOWN = "unknown"  # the intent of a message nobody understood: some capability must answer it


@dataclass(frozen=True)
class Routed:
    answered: str  # the intent or step that answered
    outcome: Outcome
    interrupted: bool = False  # a request of its own, in the middle of another question
    took: bool = False  # the pressed option was one this person was offered, and it was taken


class RoutingError(ValueError):
    """Two capabilities claim the same intent, step, command or choice kind."""


class Routing:
    """Built once from the list of capabilities; the core routes every turn through it."""

    def __init__(self, capabilities: Sequence[Capability]) -> None:
        self.capabilities = tuple(capabilities)
        self.entries: dict[str, Entry] = {}
        self.steps: dict[str, Step] = {}
        self.kinds: dict[str, ChoiceKind] = {MENU.prefix: MENU, RESUME.prefix: RESUME}
        self.commands: dict[str, str] = {}
        for capability in self.capabilities:
            self._add(capability)
        if UNKNOWN not in self.entries:
            raise RoutingError(f"no capability answers the intent {UNKNOWN!r}")
        desks = [c.staff for c in self.capabilities if c.staff is not None]
        if len(desks) > 1:
            raise RoutingError("more than one capability answers staff in chat")
        self.staff_desk = desks[0] if desks else None

    def _add(self, capability: Capability) -> None:
        for entry in capability.entries:
            _claim(self.entries, entry.intent, entry, capability.name)
            if entry.command:
                _claim(self.commands, entry.command, entry.intent, capability.name)
        for step in capability.steps:
            _claim(self.steps, step.name, step, capability.name)
        for kind in capability.choices:
            _claim(self.kinds, kind.prefix, kind, capability.name)

    # what the table says -----------------------------------------------------------------

    @property
    def intents(self) -> list[str]:
        return list(self.entries)

    def menu(self) -> list[Choice]:
        """Every menu entry, in the order of the capabilities."""
        return [
            Choice(MENU.value(e.intent), Message(f"menu-{e.intent}"))
            for e in self.entries.values()
            if e.menu
        ]

    def on_menu(self, intent: str) -> bool:
        entry = self.entries.get(intent)
        return entry is not None and entry.menu

    def expects(self, dialogue: Dialogue) -> frozenset[str]:
        """The kinds of answer the pending step accepts (none when idle)."""
        step = self.steps.get(dialogue.state)
        return step.accepts if step else frozenset()

    def sets_aside(self, intent: str) -> bool:
        """Whether answering this intent mid-question keeps that question to come back to."""
        entry = self.entries.get(intent)
        return entry is not None and entry.aside

    def _anytime(self, choice: str) -> str | None:
        """The intent a choice runs whatever is pending: a menu entry, or an any-time kind."""
        intent = MENU.parse(choice)
        if intent in self.entries:
            return intent
        prefix = choice.split(":", 1)[0]
        kind = self.kinds.get(prefix)
        return kind.intent if kind is not None and kind.intent in self.entries else None

    # running it ----------------------------------------------------------------------------

    async def hold(self, turn: Turn) -> tuple[str, Outcome] | None:
        """A capability that holds the conversation (a case in progress) takes the text first."""
        for capability in self.capabilities:
            if capability.hold is not None:
                outcome = await capability.hold(turn)
                if outcome is not None:
                    return capability.name, outcome
        return None

    async def route(self, turn: Turn, dialogue: Dialogue) -> Routed:
        """(pending question, message) -> handler: what answered, its outcome, and whether
        it was a request of its own that interrupted the pending question."""
        if turn.choice is not None:
            return await self._choice(turn, turn.choice, dialogue)
        step = self.steps.get(dialogue.state) if dialogue.pending is not None else None
        if step is None:
            return await self._idle(turn, dialogue)
        return await self._answer(turn, step, dialogue)

    async def _idle(self, turn: Turn, dialogue: Dialogue) -> Routed:
        topic = self.entries.get(dialogue.topic or "")
        if (
            topic is not None
            and turn.entities.follow_up
            and topic.follows_up & turn.entities.kinds()
        ):
            return Routed(topic.intent, await self.run(topic.intent, turn))  # "and 6002?"
        if turn.intent != UNKNOWN and turn.intent in self.entries:
            return Routed(turn.intent, await self.run(turn.intent, turn))
        picked = dialogue.typed_choice(turn.text or "", turn.entities, by_words=True)
        if picked is not None:
            return await self._choice(replace(turn, choice=picked), picked, dialogue)
        return Routed(UNKNOWN, await self.run(UNKNOWN, turn))

    async def _answer(self, turn: Turn, step: Step, dialogue: Dialogue) -> Routed:
        """An answer is taken only if it fits the question; a request of its own is handled
        as what it is, never consumed as the answer."""
        assert dialogue.pending is not None
        found = turn.entities
        if "yes_no" in step.accepts and found.affirm is not None and not found.stop:
            outcome = await _refusable(step.answer(turn, dialogue.pending))
            if outcome is not None:
                return Routed(step.name, outcome)
        if turn.intent != UNKNOWN and turn.intent not in step.within:
            return Routed(turn.intent, await self.run(turn.intent, turn), interrupted=True)
        by_words = "yes_no" not in step.accepts  # "book" must not say yes to "Yes, book it"
        picked = dialogue.typed_choice(turn.text or "", found, by_words)
        if picked is not None:
            return await self._choice(replace(turn, choice=picked), picked, dialogue)
        outcome = await _refusable(step.answer(turn, dialogue.pending))
        if outcome is not None:
            return Routed(step.name, outcome)
        if turn.intent != UNKNOWN:  # the flow's own request, begun again
            return Routed(turn.intent, await self.run(turn.intent, turn))
        return Routed(step.name, dialogue.reprompt("turn-not-understood-step"))

    async def _choice(self, turn: Turn, choice: str, dialogue: Dialogue) -> Routed:
        if RESUME.parse(choice) is not None and dialogue.aside is not None:
            aside = dialogue.aside
            return Routed(aside.state, aside.reprompt(None), took=True)
        intent = self._anytime(choice)
        if intent is not None:
            interrupted = dialogue.pending is not None
            return Routed(intent, await self.run(intent, turn), interrupted, took=True)
        step = self.steps.get(dialogue.state)
        if step is None or dialogue.pending is None or choice not in dialogue.offered_values:
            ours = choice.split(":", 1)[0] in self.kinds
            stale = Outcome().say("choice-stale" if ours else "choice-unknown").with_menu()
            return Routed(UNKNOWN, stale)
        outcome = await _refusable(step.answer(turn, dialogue.pending))
        if outcome is None:
            return Routed(step.name, dialogue.reprompt("choice-unknown"))
        return Routed(step.name, outcome, took=True)

    def set_aside(self, routed: Routed, dialogue: Dialogue) -> Dialogue | None:
        """A question interrupted by a request that leaves nothing pending of its own waits one
        turn, with an option to go back to it."""
        outcome = routed.outcome
        if not routed.interrupted or dialogue.pending is None or outcome.pending is not None:
            return None
        if not self.sets_aside(routed.answered):
            return None
        outcome.offer(RESUME.value("resume"), "dialogue-resume")
        return Dialogue(dialogue.state, dialogue.pending, dialogue.offered, dialogue.prompt)

    async def run(self, intent: str, turn: Turn) -> Outcome:
        outcome = await _refusable(self.entries[intent].run(turn))
        assert outcome is not None  # an entry always answers
        return outcome

    async def staff(self, turn: StaffTurn) -> tuple[Outcome, bool]:
        """What the staff desk answers, and whether it took the press (not refused)."""
        if self.staff_desk is None:
            return Outcome(), False
        try:
            return await self.staff_desk(turn), True
        except UserFacingError as refusal:
            return Outcome(messages=[refusal.message]), False


async def _refusable(pending: Awaitable[Outcome | None]) -> Outcome | None:
    """An expected refusal is an answer too."""
    try:
        return await pending
    except UserFacingError as refusal:
        return Outcome(messages=[refusal.message])


def _claim(table: dict[str, V], key: str, value: V, owner: str) -> None:
    if key in table:
        raise RoutingError(f"{owner}: {key!r} is claimed twice")
    table[key] = value
