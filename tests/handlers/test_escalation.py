"""Escalation to the contact: the brief in the contact's language, staff answers, quiet bot."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.app import App
from bot.clock import FixedClock
from handlers.base import Message
from handlers.escalation import desk
from tests.chat import Chat, args_of, ids, link_staff
from tests.phrases import ASK, LANGUAGES


async def _staff(app: App, action: str, escalation_id: int, handle: str, text: str = "") -> None:
    from bot.core.notices import enqueue

    async with app.unit() as uow:
        found = await uow.repos.cases.get(escalation_id)
        staff = await uow.repos.people.staff_by_handle(handle)
        assert found is not None and staff is not None
        now = app.core.clock.now()
        if action == "answer":
            notices = await desk.answer(uow.repos, found, staff, text, now)
        else:
            notices = await getattr(desk, action)(uow.repos, found, staff, now)
        for notice in notices:
            enqueue(uow.repos, notice, now)
        await uow.commit()


@pytest.mark.parametrize("language", LANGUAGES)
async def test_escalation_reaches_the_contact_in_their_language(
    chat: Chat, app: App, language: str
) -> None:
    """The buyer is told who has it; the contact gets customer, package, language, priority
    and the conversation so far, written in the contact's own language (Anna: German)."""
    await link_staff(app, "anna", "console", "anna")
    buyer = chat("launch")
    await buyer.say(ASK["hours_balance"][language])
    told = await buyer.say(ASK["escalate"][language])
    assert ids(told) == ["escalation-created"] and told.language == language
    assert args_of(told, "escalation-created")["contact"] == "Anna Schmidt"
    (brief,) = await chat("anna").inbox()
    assert brief.language == "de"
    new = args_of(brief, "escalation-new")
    assert new["customer"] == "Nordlicht Gesundheit GmbH"
    assert new["language"] == Message(f"language-{language}")
    assert new["priority"] == Message("priority-normal")
    lines = [m.id for m in brief.messages[1:]]
    assert lines == ["escalation-line-buyer", "escalation-line-bot", "escalation-line-buyer"]
    assert "Nordlicht Gesundheit GmbH" in brief.text and "Launch" in brief.text


@pytest.mark.parametrize("language", LANGUAGES)
async def test_no_access_is_urgent(chat: Chat, app: App, language: str) -> None:
    """ "No access" gets the top priority and is listed first."""
    await chat("english").say(ASK["escalate"]["en"])
    await chat("launch").say(ASK["no_access"][language])
    async with app.unit() as uow:
        listed = desk.by_priority(await uow.repos.cases.with_status(["open"]))
    assert [e.priority for e in listed] == ["no_access", "normal"]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_staff_answer_reaches_the_buyer_and_the_bot_stays_quiet(
    chat: Chat, app: App, clock: FixedClock, language: str
) -> None:
    """Claimed: the buyer is told a person joined; free text goes to the person with a short
    "sent to Anna", the answer arrives, and while the two are talking the bot says nothing;
    resolving hands the conversation back to the bot."""
    await link_staff(app, "anna", "console", "anna")
    buyer = chat("launch")
    await buyer.say(ASK["escalate"][language])
    await chat("anna").inbox()
    await _staff(app, "claim", 1, "anna")
    (joined,) = await buyer.inbox()
    assert ids(joined) == ["escalation-claimed"] and joined.language == language
    sent = await buyer.say(ASK["follow_up"][language])
    assert ids(sent) == ["escalation-sent-to"] and sent.language == language
    (forwarded,) = await chat("anna").inbox()
    assert ids(forwarded) == ["escalation-buyer-wrote"]
    await _staff(app, "answer", 1, "anna", "Ich rufe Sie gleich an.")
    (answer,) = await buyer.inbox()
    assert args_of(answer, "escalation-answer")["text"] == "Ich rufe Sie gleich an."
    quiet = await buyer.say(ASK["follow_up"][language])
    assert quiet.intent == "silent"  # Anna answered a moment ago: a conversation is going on
    clock.moment += timedelta(minutes=5)
    assert ids(await buyer.say(ASK["follow_up"][language])) == ["escalation-sent-to"]
    await _staff(app, "resolve", 1, "anna")
    (closed,) = await buyer.inbox()
    assert ids(closed) == ["escalation-resolved"] and closed.language == language
    back = await buyer.say(ASK["hours_balance"][language])
    assert ids(back)[0] == "allowance-heading"


async def test_before_a_person_claims_it_messages_are_added_to_the_case(chat: Chat) -> None:
    """While the case waits, the buyer's words are added to it and the buyer is told so."""
    buyer = chat("english")
    await buyer.say("I need to talk to my contact")
    added = await buyer.say("It is about the invoice from October")
    assert ids(added) == ["escalation-forwarded"]


async def test_an_absent_contact_hands_over_to_the_team(chat: Chat, app: App) -> None:
    """When the contact is away, the provider's team gets the case and the buyer is told."""
    async with app.unit() as uow:
        anna = await uow.repos.people.staff_by_handle("anna")
        assert anna is not None
        anna.away_from, anna.away_until = date(2026, 11, 20), date(2026, 11, 30)
        await uow.commit()
    told = await chat("launch").say("Ich möchte mit einem Menschen sprechen")
    assert ids(told) == ["escalation-created-team"]
    assert args_of(told, "escalation-created-team")["team"] == "Oura Customer Success"


async def test_a_resolved_case_cannot_be_answered_again(chat: Chat, app: App) -> None:
    """Staff actions on a resolved escalation are refused with a clear message."""
    await chat("english").say("I want to talk to a person")
    await _staff(app, "resolve", 1, "emma")
    with pytest.raises(desk.UserFacingError) as refused:
        await _staff(app, "answer", 1, "emma", "late")
    assert refused.value.message.id == "staff-escalation-resolved-already"


async def test_claiming_twice_tells_the_buyer_once(chat: Chat, app: App) -> None:
    """A repeated claim by the same person sends no second "taken over" message."""
    buyer = chat("english")
    await buyer.say("I want to talk to a person")
    await _staff(app, "claim", 1, "emma")
    await _staff(app, "claim", 1, "emma")
    assert [ids(r) for r in await buyer.inbox()] == [["escalation-claimed"]]


async def test_a_case_as_the_very_first_turn(chat: Chat) -> None:
    """A buyer whose first turn is the "talk to a person" option (no words, no transcript)."""
    reply = await chat("launch").choose("menu:escalate")
    assert ids(reply) == ["escalation-created"]


@pytest.mark.parametrize(
    ("handle", "language", "refusal"),
    [
        ("fredrik", "nb", "staff-escalation-not-yours"),
        ("jonas", "de", "staff-escalation-not-yours"),
        ("mikko", "fi", "staff-escalation-other-contact"),
        ("lucia", "es", "staff-escalation-other-contact"),
        ("emma", "en", "staff-escalation-other-contact"),
    ],
)
async def test_staff_in_chat_act_only_on_their_own_cases(
    chat: Chat, app: App, handle: str, language: str, refusal: str
) -> None:
    """A press on Anna's case by someone else is refused in their language, changes nothing
    and is audited; Anna herself may claim it."""
    await link_staff(app, handle, "console", handle)
    await chat("launch").say("Ich möchte mit einem Menschen sprechen")
    refused = await chat(handle).choose("claim:1")
    assert ids(refused) == [refusal] and refused.language == language
    async with app.unit() as uow:
        case = await uow.repos.cases.get(1)
        trail = [(e.actor, e.action) for e in await uow.repos.audit.latest(5)]
    assert case is not None and case.status == "open"
    assert (f"staff:{handle}", "escalation.claim-refused") in trail
    await link_staff(app, "anna", "console", "anna")
    assert ids(await chat("anna").choose("claim:1")) == ["staff-done-claim"]
