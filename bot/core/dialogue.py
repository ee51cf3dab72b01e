"""The stored dialogue state: the step that waits for the buyer's answer (its typed data, saved
with its version), the options offered last and the question asked, a question set aside by
an interruption (to come back to); and the transcript.

A conversation saved by another version of a step (a changed model, a removed capability) is
not misread: it is dropped, and the buyer is told (`dialogue-reset`). The options are stored
too, so an answer typed to them ("2", "14 Uhr", "the first one") works in every channel and
after a restart.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time

from pydantic import ValidationError

from bot.core.messages import Json, Reply, dump_choices, dump_message, load_choices, load_message
from bot.nlu.lexicon import tokens
from bot.nlu.likeness import token_like
from handlers.base import Choice, ChoiceKind, Entities, Message, Outcome, Step, StepData
from storage.models import Conversation, TranscriptLine
from storage.repositories import Repositories

log = logging.getLogger(__name__)

IDLE = "idle"
LEGACY = ("offered", "prompt")  # before steps were typed, their fields sat beside these keys
RESUME = ChoiceKind("dialogue")  # dialogue:resume, back to a question set aside


@dataclass
class Dialogue:
    """What the conversation waits for, as loaded at the start of a turn."""

    state: str = IDLE
    pending: StepData | None = None
    offered: list[Choice] = field(default_factory=list)
    prompt: list[Message] = field(default_factory=list)
    lost: bool = False  # a stored step could not be read and was dropped
    aside: Dialogue | None = None  # a question an interruption set aside, for one turn
    topic: str | None = None  # what the last request was about: a follow-up goes on with it
    labels: list[str] = field(default_factory=list)  # the offered options as the buyer read them

    @property
    def offered_values(self) -> list[str]:
        return [choice.value for choice in self.offered]

    @classmethod
    def load(cls, conversation: Conversation, steps: Mapping[str, Step]) -> Dialogue:
        found = cls.read(conversation.state, dict(conversation.data or {}), steps)
        if found.lost:
            log.info(
                "conversation %s: stored step %s dropped",
                conversation.identity_id,
                conversation.state,
            )
        return found

    @classmethod
    def read(cls, state: str, data: dict[str, Json], steps: Mapping[str, Step]) -> Dialogue:
        offered = load_choices(data.get("offered", []))
        prompt = [load_message(m) for m in _dicts(data.get("prompt", []))]
        aside_data = data.get("aside")
        aside = None
        if isinstance(aside_data, dict) and isinstance(aside_data.get("state"), str):
            aside = cls.read(str(aside_data["state"]), aside_data, steps)
            aside = None if aside.lost or aside.pending is None else aside
        topic = data.get("topic")
        topic = topic if isinstance(topic, str) else None
        if state == IDLE:
            return cls(IDLE, None, offered, prompt, aside=aside, topic=topic)
        pending = _pending(state, data, steps)
        if pending is None:
            return cls(lost=True)
        return cls(state, pending, offered, prompt, aside=aside, topic=topic)

    def dump(self) -> dict[str, Json]:
        data: dict[str, Json] = {
            "offered": dump_choices(self.offered),
            "prompt": [dump_message(m) for m in self.prompt],
        }
        if self.pending is not None:
            data["version"] = self.pending.version
            data["step"] = self.pending.model_dump(mode="json")
        return data

    def store(
        self,
        conversation: Conversation,
        outcome: Outcome,
        aside: Dialogue | None,
        topic: str | None,
    ) -> None:
        """What the outcome leaves pending, the options it offers, the question it asks, a
        question set aside by this turn, and the topic."""
        after = Dialogue(
            state=outcome.pending.step if outcome.pending is not None else IDLE,
            pending=outcome.pending,
            offered=list(outcome.choices),
            prompt=outcome.prompt or outcome.messages[-1:],
        )
        data = after.dump()
        if aside is not None:
            data["aside"] = {"state": aside.state, **aside.dump()}
        if topic is not None:
            data["topic"] = topic
        conversation.state, conversation.data = after.state, data

    def reprompt(self, message_id: str | None) -> Outcome:
        """Say what went wrong (if anything), then ask the question again with its options."""
        said = [Message(message_id)] if message_id else []
        return Outcome(
            messages=[*said, *self.prompt],
            choices=list(self.offered),
            pending=self.pending,
            prompt=list(self.prompt),
        )

    def picked(self, choice: str | None, words: Callable[[Message], str]) -> str:
        """The words of the option picked, for the transcript a contact reads."""
        if choice is None:
            return ""
        label = next((c.label for c in self.offered if c.value == choice), None)
        return f"[{words(label)}]" if label is not None else f"[{choice[:64]}]"

    def typed_choice(self, text: str, found: Entities, by_words: bool) -> str | None:
        """The offered option a typed answer names: its place ("2", "the second one"), its
        day and time ("Mittwoch 14 Uhr"), a reference in it, or (`by_words`) the words of its
        label. None unless exactly one option fits."""
        if not self.offered:
            return None
        if found.pick is not None:
            place = found.pick if found.pick > 0 else len(self.offered)
            return self.offered[place - 1].value if place <= len(self.offered) else None
        fitting = [c.value for c in self.offered if _names_it(c.label, found)]
        if not fitting and by_words:
            words = [t for t in tokens(text) if len(t) >= 3]
            fitting = [
                choice.value
                for choice, label in zip(self.offered, self.labels, strict=False)
                if words and all(any(token_like(w, t) for w in tokens(label)) for t in words)
            ]
        return fitting[0] if len(fitting) == 1 else None


def _names_it(label: Message, found: Entities) -> bool:
    """The day, time or reference the buyer typed is the option's own."""
    moments = [v for v in label.args.values() if isinstance(v, datetime | date)]
    refs = [v for v in label.args.values() if isinstance(v, str)]
    when = found.when
    if when is not None and (when.day or when.time) and moments:
        return any(_at(moment, when.day, when.time) for moment in moments)
    return found.order_ref is not None and any(_same_ref(found.order_ref, r) for r in refs)


def _at(moment: date, day: date | None, clock: time | None) -> bool:
    on = moment.date() if isinstance(moment, datetime) else moment
    if day is not None and on != day:
        return False
    if clock is None:
        return day is not None
    return isinstance(moment, datetime) and (moment.hour, moment.minute) == (
        clock.hour,
        clock.minute,
    )


def _same_ref(typed: str, reference: str) -> bool:
    norm = "".join(ch for ch in reference.lower() if ch.isalnum())
    want = "".join(ch for ch in typed.lower() if ch.isalnum())
    return bool(want) and (norm == want or (want.isdigit() and norm.endswith(want)))


def _pending(state: str, data: dict[str, Json], steps: Mapping[str, Step]) -> StepData | None:
    step = steps.get(state)
    if step is None:
        return None
    legacy = "version" not in data
    version = 1 if legacy else data["version"]
    fields = {k: v for k, v in data.items() if k not in LEGACY} if legacy else data.get("step")
    if version != step.data.version or not isinstance(fields, dict):
        return None
    try:
        return step.data.model_validate(fields)
    except ValidationError:
        return None


def _dicts(value: Json) -> list[dict[str, Json]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def record(
    repos: Repositories, identity_id: int, said: str, replies: list[Reply], now: datetime
) -> None:
    """The transcript: what the person said (or picked, in words) and what the bot answered."""
    if said:
        repos.add(
            TranscriptLine(identity_id=identity_id, direction="in", text=said, created_at=now)
        )
    for reply in replies:
        repos.add(
            TranscriptLine(
                identity_id=identity_id, direction="out", text=reply.text, created_at=now
            )
        )
