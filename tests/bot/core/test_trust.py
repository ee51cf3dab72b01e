"""Trust in the conversation, in every language: an answer is taken only if it fits the question;
a request of its own is handled as what it is; every step can be left; options can be typed;
a named day and time is honoured or the reason said; a follow-up keeps the topic."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from bot.app import App, build_app
from bot.clock import FixedClock
from storage.models import Booking
from tests.chat import Chat, ids
from tests.phrases import (
    AND_ORDER,
    ASK,
    AT_15,
    DEPLOYMENT,
    KICKOFF_IN_MARCH,
    KICKOFF_SATURDAY,
    KICKOFF_WEDNESDAY_14,
    LANGUAGES,
    NO,
    SECOND,
    STOP,
    THURSDAY,
)


async def _bookings(app: App) -> int:
    async with app.unit() as uow:
        return int(await uow.repos.session.scalar(select(func.count(Booking.id))) or 0)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_question_in_the_middle_is_answered_and_the_step_waits(
    chat: Chat, app: App, language: str
) -> None:
    """Asked for a time, the buyer asks about the hours instead: that is answered, nothing is
    booked, and an option leads back to the times, which are offered again as they were."""
    buyer = chat("launch")
    offer = await buyer.say(ASK["book_kickoff"][language])
    answer = await buyer.say(ASK["hours_balance"][language])
    assert answer.intent == "hours_balance" and "allowance-heading" in ids(answer)
    assert "dialogue:resume" in [c.value for c in answer.choices]
    back = await buyer.choose("dialogue:resume")
    assert ids(back) == ["booking-choose-slot"] and back.choices == offer.choices
    assert back.language == language and await _bookings(app) == 0


@pytest.mark.parametrize("language", LANGUAGES)
async def test_another_meeting_type_is_a_new_request_not_an_answer(
    chat: Chat, language: str
) -> None:
    """Picking a time for a kick-off, the buyer asks for a deployment meeting: the times offered
    are now for the deployment meeting."""
    buyer = chat("launch")
    await buyer.say(ASK["book_kickoff"][language])
    offer = await buyer.say(DEPLOYMENT[language])
    assert ids(offer) == ["booking-choose-slot"]
    assert offer.messages[0].args["meeting"].id == "meeting-deployment"  # type: ignore[union-attr]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_cancellation_asked_mid_booking_starts_no_booking(
    chat: Chat, app: App, language: str
) -> None:
    """ "Cancel our meeting" while picking a time is a cancellation request (there is nothing to
    cancel): the booking question is dropped and nothing is booked by the next messages."""
    buyer = chat("launch")
    await buyer.say(ASK["book_kickoff"][language])
    reply = await buyer.say(ASK["cancel_booking"][language])
    assert reply.intent == "cancel_booking" and ids(reply) == ["bookings-none"]
    await buyer.say("1")
    assert await _bookings(app) == 0


@pytest.mark.parametrize("language", LANGUAGES)
async def test_every_step_can_be_left(chat: Chat, app: App, language: str) -> None:
    """ "never mind", "vergiss es", "anna olla", "olvídalo", "glem det" and a bare "no" leave the
    step with a short confirmation; a number typed afterwards books nothing."""
    for leave in (STOP[language], NO[language]):
        buyer = chat("launch")
        await buyer.say(ASK["book_kickoff"][language])
        left = await buyer.say(leave)
        assert ids(left) == ["stop-done"] and left.language == language, leave
        assert (await buyer.say("1")).intent != "booking:slot"
    assert await _bookings(app) == 0


@pytest.mark.parametrize("language", LANGUAGES)
async def test_no_at_the_overage_question_means_no(chat: Chat, app: App, language: str) -> None:
    """A second software training is billed: the buyer is asked, and "no" books nothing."""
    buyer = chat("english")
    await buyer.say("Book the software training")
    await buyer.pick("slot:")
    await buyer.say("Book the software training")
    asked = await buyer.pick("slot:")
    assert ids(asked)[:2] == ["charge-once", "booking-overage"]
    before = await _bookings(app)
    dropped = await buyer.say(NO[language])
    assert ids(dropped) == ["booking-dropped"] and await _bookings(app) == before


@pytest.mark.parametrize("language", LANGUAGES)
async def test_options_can_be_typed_by_place_even_after_a_restart(
    chat: Chat, app: App, clock: FixedClock, language: str
) -> None:
    """ "the second one", typed to a new process (the options live in the database): the
    second time offered is booked."""
    offered = (await chat("launch").say(ASK["book_kickoff"][language])).choices
    restarted = build_app(app.settings, clock)
    try:
        done = await Chat(restarted)("launch").say(SECOND[language])
    finally:
        await restarted.close()
    assert ids(done)[0] == "booking-confirmed"
    start = done.messages[0].args["start"]
    assert isinstance(start, datetime)
    assert offered[1].value == "slot:" + start.astimezone(UTC).strftime("%Y%m%dT%H%M")


async def test_a_typed_time_picks_the_option_with_that_time(chat: Chat) -> None:
    """ "Dienstag 13 Uhr" typed to the times offered books the one on Tuesday at 13:00 ("13 Uhr"
    alone names two of them: then the times are offered again, nearest first)."""
    buyer = chat("launch")
    await buyer.say(ASK["book_kickoff"]["de"])
    again = await buyer.say("13 Uhr")
    assert ids(again) == ["booking-choose-slot"]
    await buyer.say(ASK["book_kickoff"]["de"])
    done = await buyer.say("Dienstag 13 Uhr")
    assert ids(done)[0] == "booking-confirmed"
    start = done.messages[0].args["start"]
    assert isinstance(start, datetime) and (start.day, start.hour, start.minute) == (24, 13, 0)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_named_day_and_time_comes_first(chat: Chat, language: str) -> None:
    """ "Kick-off on Wednesday at 14:00": Wednesday 14:00 (Berlin) is the first option (German
    "am" is no a.m.)."""
    offer = await chat("launch").say(KICKOFF_WEDNESDAY_14[language])
    assert offer.choices[0].value == "slot:20261125T1300", offer.choices[0]
    assert ids(offer) == ["booking-choose-slot"]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_taken_time_is_said_and_the_nearest_offered(chat: Chat, language: str) -> None:
    """Wednesday 14:00 booked by someone: asked again, the buyer hears it is not free and gets
    the nearest free times that day, never another day without a word."""
    first = chat("launch")
    await first.say(KICKOFF_WEDNESDAY_14[language])
    await first.pick("slot:20261125T1300")
    offer = await chat("launch").say(KICKOFF_WEDNESDAY_14[language])
    assert ids(offer) == ["booking-wish-taken", "booking-choose-slot"]
    times = [c.value for c in offer.choices if c.value.startswith("slot:")]
    assert times[0] in ("slot:20261125T1200", "slot:20261125T1400")
    assert all(t.startswith("slot:20261125") for t in times)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_day_without_free_time_is_said(chat: Chat, language: str) -> None:
    """A Saturday: the contact does not work; the reason is said before other days are
    offered."""
    offer = await chat("launch").say(KICKOFF_SATURDAY[language])
    assert ids(offer) == ["booking-day-full", "booking-choose-slot"]
    assert not any(c.value.startswith("slot:20261128") for c in offer.choices)


async def test_a_day_beyond_the_contract_is_refused_with_the_last_day(chat: Chat) -> None:
    """The Launch Kit runs a year: a day after its end is named as out of reach."""
    offer = await chat("launch").say("Kick-off am 15. Mai 2028 buchen")
    assert ids(offer)[0] == "booking-beyond-limit"


async def test_a_far_day_within_the_contract_can_be_booked(chat: Chat) -> None:
    """Beyond the three weeks offered unasked, a named day is offered when the contract runs."""
    offer = await chat("launch").say("Kickoff am 12. Januar um 10 Uhr")
    assert offer.choices[0].value == "slot:20270112T0900"


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_named_month_offers_times_in_that_month(chat: Chat, language: str) -> None:
    """ "The kick-off in March": March 2027 times, from its first working day (1 March is a
    Monday); beyond the three weeks offered unasked, never the next free times without a word."""
    offer = await chat("launch").say(KICKOFF_IN_MARCH[language])
    times = [c.value for c in offer.choices if c.value.startswith("slot:")]
    assert ids(offer) == ["booking-choose-slot"] and times
    assert all(t.startswith("slot:202703") for t in times), times
    assert times[0].startswith("slot:20270301")


async def test_a_month_beyond_the_contract_is_said(chat: Chat) -> None:
    """The Launch Kit ends on 2 November 2027: December 2027 is out of reach, and said so."""
    offer = await chat("launch").say("Kick-off im Dezember 2027 buchen")
    assert ids(offer)[0] == "booking-beyond-limit"


async def test_beyond_the_horizon_is_said_as_such(app: App, clock: FixedClock) -> None:
    """A provider books at most 60 days ahead (SUPPORTBOT_BOOKING_MAX_DAYS): a day after that,
    inside the contract, is refused for that reason, not for the contract's end."""
    settings = app.settings.model_copy(update={"booking_max_days": 60})
    near = build_app(settings, clock, app.core.knowledge)
    try:
        offer = await Chat(near)("cloudcare").say("Bestill statusmøte 15. mars 2027")
    finally:
        await near.close()
    assert ids(offer)[0] == "booking-beyond-horizon"
    assert offer.messages[0].args["last"] == date(2027, 1, 22)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_time_alone_keeps_the_day_wished_before(chat: Chat, language: str) -> None:
    """ "Thursday", then "at 15:00": Thursday 26 November at 15:00 first (a time alone refines
    the wish, it does not start over on Tuesday)."""
    buyer = chat("launch")
    await buyer.say(ASK["book_kickoff"][language])
    await buyer.say(THURSDAY[language])
    offer = await buyer.say(AT_15[language])
    assert offer.choices[0].value == "slot:20261126T1400", offer.choices[0]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_follow_up_keeps_the_topic(chat: Chat, language: str) -> None:
    """After a return check, "and ORD-1003?" is checked too (not the menu, not the bookings)."""
    buyer = chat("launch")
    await buyer.say(ASK["return_check"][language].format(ref="ORD-1001"))
    reply = await buyer.say(AND_ORDER[language].format(ref="ORD-1003"))
    assert reply.intent == "return_check" and ids(reply)[0] == "returns-expired"
    assert reply.messages[0].args["reference"] == "ORD-1003"
