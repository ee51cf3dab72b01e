"""The stored dialogue state: the step that waits for the buyer's answer (its typed data, saved
with its version), the options offered last, the last question; and the transcript.

A conversation saved by another version of a step (a changed model, a removed capability) is
not misread: it is dropped, and the buyer is told (`dialogue-reset`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from pydantic import ValidationError

from bot.core.messages import Json, Reply, dump_choices, dump_message, load_choices, load_message
from handlers.base import Choice, Message, Outcome, Step, StepData
from storage.models import Conversation, TranscriptLine
from storage.repositories import Repositories

log = logging.getLogger(__name__)

IDLE = "idle"
LEGACY = ("offered", "prompt")  # before steps were typed, their fields sat beside these keys


@dataclass
class Dialogue:
    """What the conversation waits for, as loaded at the start of a turn."""

    state: str = IDLE
    pending: StepData | None = None
    offered: list[Choice] = field(default_factory=list)
    prompt: list[Message] = field(default_factory=list)
    lost: bool = False  # a stored step could not be read and was dropped

    @property
    def offered_values(self) -> list[str]:
        return [choice.value for choice in self.offered]

    @classmethod
    def load(cls, conversation: Conversation, steps: Mapping[str, Step]) -> Dialogue:
        data: dict[str, Json] = dict(conversation.data or {})
        offered = load_choices(data.get("offered", []))
        prompt = [load_message(m) for m in _dicts(data.get("prompt", []))]
        if conversation.state == IDLE:
            return cls(IDLE, None, offered, prompt)
        pending = _pending(conversation.state, data, steps)
        if pending is None:
            log.info(
                "conversation %s: stored step %s dropped",
                conversation.identity_id,
                conversation.state,
            )
            return cls(lost=True)
        return cls(conversation.state, pending, offered, prompt)

    def store(self, conversation: Conversation, outcome: Outcome) -> None:
        """What the outcome leaves pending, the options it offers, its last message."""
        pending = outcome.pending
        data: dict[str, Json] = {
            "offered": dump_choices(outcome.choices),
            "prompt": [dump_message(m) for m in outcome.messages[-1:]],
        }
        if pending is not None:
            data["version"] = pending.version
            data["step"] = pending.model_dump(mode="json")
        conversation.state = pending.step if pending is not None else IDLE
        conversation.data = data

    def reprompt(self, message_id: str) -> Outcome:
        """Say what went wrong, then ask the pending question again with its options."""
        return Outcome(
            messages=[Message(message_id), *self.prompt],
            choices=list(self.offered),
            pending=self.pending,
        )

    def label_of(self, value: str) -> Message | None:
        """The label of an offered option (for the transcript a contact reads)."""
        return next((c.label for c in self.offered if c.value == value), None)


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
