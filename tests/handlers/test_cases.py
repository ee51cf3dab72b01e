"""A buyer with an open case is never trapped: the bot still answers what it can, free text goes
to the person, one case at a time, "stop" or "close my case" leaves it; urgency is heard."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.app import App
from storage.models import Escalation
from tests.chat import Chat, ids, link_staff
from tests.phrases import (
    ARE_YOU_THERE,
    ASK,
    GREETING,
    LANGUAGES,
    LEAVE_CASE,
    MENU,
    NO_ACCESS_URGENT,
    SECOND,
    STOP,
    THANKS,
    URGENT_ONLY,
)


async def _cases(app: App) -> list[tuple[str, str]]:
    async with app.unit() as uow:
        found = (await uow.repos.session.scalars(select(Escalation).order_by(Escalation.id))).all()
        return [(e.status, e.priority) for e in found]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_with_a_case_open_the_bot_still_answers_what_it_can(
    chat: Chat, app: App, language: str
) -> None:
    """Balance, menu and help are answered by the bot; words it does not understand go to the
    person; asking for a person again adds to the one case."""
    buyer = chat("launch")
    await buyer.say(ASK["escalate"][language])
    assert ids(await buyer.say(ASK["hours_balance"][language]))[0] == "allowance-heading"
    assert (await buyer.say(MENU[language])).intent == "help"
    assert (await buyer.say(ASK["help"][language])).intent == "help"
    assert ids(await buyer.say(ASK["follow_up"][language])) == ["escalation-forwarded"]
    assert ids(await buyer.say(ASK["escalate"][language])) == ["escalation-forwarded"]
    assert ids(await buyer.choose("menu:escalate")) == ["escalation-already-open"]
    assert await _cases(app) == [("open", "normal")]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_greetings_and_thanks_get_a_short_answer_or_go_to_the_person(
    chat: Chat, app: App, language: str
) -> None:
    """Without a case a greeting gets the menu and thanks a short close; with a case open they
    are meant for the person and go to the case, as does "are you there?"."""
    buyer = chat("launch")
    hello = await buyer.say(GREETING[language])
    assert (hello.intent, ids(hello)) == ("greeting", ["help-menu"])
    assert ids(await buyer.say(THANKS[language])) == ["thanks-reply"]
    await buyer.say(ASK["escalate"][language])
    assert ids(await buyer.say(GREETING[language])) == ["escalation-forwarded"]
    assert ids(await buyer.say(ARE_YOU_THERE[language])) == ["escalation-forwarded"]
    assert ids(await buyer.say(THANKS[language])) == ["escalation-forwarded"]
    assert await _cases(app) == [("open", "normal")]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_step_started_with_a_case_open_takes_its_answer(
    chat: Chat, app: App, language: str
) -> None:
    """A booking begun while a case waits: "the second one" picks the time, it does not go to
    the person."""
    buyer = chat("launch")
    await buyer.say(ASK["escalate"][language])
    await buyer.say(ASK["book_kickoff"][language])
    assert ids(await buyer.say(SECOND[language]))[0] == "booking-confirmed"


@pytest.mark.parametrize("phrases", [LEAVE_CASE, STOP], ids=["leave", "stop"])
@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_buyer_can_leave_the_case(
    chat: Chat, app: App, language: str, phrases: dict[str, str]
) -> None:
    """ "Close my case" (or "stop" with nothing else in progress) closes it; the person on it
    is told; the menu follows; afterwards nothing is forwarded any more."""
    await link_staff(app, "anna", "console", "anna")
    buyer = chat("launch")
    await buyer.say(ASK["escalate"][language])
    await chat("anna").inbox()
    left = await buyer.say(phrases[language])
    assert ids(left) == ["escalation-left"] and left.language == language
    assert any(c.value == "menu:book_meeting" for c in left.choices)
    assert await _cases(app) == [("resolved", "normal")]
    (told,) = await chat("anna").inbox()
    assert ids(told) == ["escalation-buyer-left"] and told.language == "de"
    assert ids(await buyer.say(LEAVE_CASE[language])) == ["escalation-none-open"]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_urgency_sets_the_priority_and_is_said(chat: Chat, app: App, language: str) -> None:
    """ "No access" is the top priority, "urgent" the next; the buyer hears it is marked."""
    reply = await chat("launch").say(NO_ACCESS_URGENT[language])
    assert ids(reply)[-1] == "escalation-marked-urgent", ids(reply)
    reply = await chat("premium").say(URGENT_ONLY[language])
    assert ids(reply)[-1] == "escalation-marked-urgent", ids(reply)
    assert await _cases(app) == [("open", "no_access"), ("open", "urgent")]
