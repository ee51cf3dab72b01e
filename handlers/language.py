"""Choosing the language the bot answers in: by name ("answer in Finnish") or from a list."""

from __future__ import annotations

from handlers.base import Capability, ChoiceKind, Entry, Message, Outcome, Turn

LANG = ChoiceKind("lang", intent="set_language")  # lang:<code>, valid whenever pressed


async def set_language(turn: Turn) -> Outcome:
    target = LANG.parse(turn.choice) or turn.entities.target_language
    if target in turn.languages:
        return Outcome(language=target).say("language-set")
    out = Outcome().ask("language-choose")
    for code in turn.languages:
        own_name = Message("language-own-name", language=code)  # each in its own language
        out.offer(LANG.value(code), "language-option", name=own_name)
    return out


CAPABILITY = Capability(
    name="language",
    entries=(Entry("set_language", set_language, menu=True, command="language"),),
    choices=(LANG,),
)
