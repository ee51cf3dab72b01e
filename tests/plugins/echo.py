"""A throwaway capability, declared here in the test tree exactly as one under handlers/ is:
"repeat after me" asks what to repeat (a step with typed data), repeats it, and offers to
repeat it once more (a choice kind of its own). It imports nothing from `bot`."""

from __future__ import annotations

from typing import ClassVar

from handlers.base import Capability, ChoiceKind, Entry, Outcome, Step, StepData, Turn

AGAIN = ChoiceKind("echo")  # echo:again


class Repeating(StepData):
    step: ClassVar[str] = "echo:what"
    times: int


async def start(turn: Turn) -> Outcome:
    return Outcome(pending=Repeating(times=1)).ask("echo-ask")


async def repeat(turn: Turn, data: Repeating) -> Outcome | None:
    """Repeats, and waits for more; "once more" asks again."""
    if AGAIN.parse(turn.choice) == "again":
        return Outcome(pending=data).ask("echo-ask")
    if not turn.text:
        return None
    out = Outcome(pending=data.model_copy(update={"times": data.times + 1}))
    out.say("echo-said", text=turn.text, times=data.times)
    return out.offer(AGAIN.value("again"), "echo-again")


CAPABILITY = Capability(
    name="echo",
    entries=(Entry("echo_back", start, menu=True, command="echo"),),
    steps=(Step.of(Repeating, repeat, accepts={"choice"}, within={"echo_back"}),),
    choices=(AGAIN,),
)

# What it says and understands, as an admin would add them to locales/<lang>/.
TEXTS = {
    "en": {
        "menu-echo_back": "Repeat after me",
        "command-echo": "Repeat what you write",
        "echo-ask": "What shall I repeat?",
        "echo-said": "You said ({ $times }): { $text }",
        "echo-again": "Once more",
    },
    "de": {
        "menu-echo_back": "Sprich mir nach",
        "command-echo": "Wiederholt, was Sie schreiben",
        "echo-ask": "Was soll ich wiederholen?",
        "echo-said": "Sie sagten ({ $times }): { $text }",
        "echo-again": "Noch einmal",
    },
}
PHRASES = {
    "en": ["repeat after me", "please repeat what i write", "echo this"],
    "de": ["sprich mir nach", "wiederhole was ich schreibe", "bitte nachsprechen"],
}
