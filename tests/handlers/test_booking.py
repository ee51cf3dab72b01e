"""Booking against the allowances, in every language: slots, charges, overage, cancellation."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from bot.app import App
from bot.clock import FixedClock
from storage.models import Booking, Escalation, LedgerEntry
from tests.chat import Chat, args_of, ids
from tests.phrases import ASK, KICKOFF_NEXT_WEDNESDAY, LANGUAGES, NO, ONSITE_BARE


async def _ledger(app: App, contract_id: int) -> list[tuple[str, str, Decimal]]:
    async with app.unit() as uow:
        rows = await uow.repos.contracts.ledger(contract_id)
        return [(r.allowance, r.kind, r.quantity) for r in rows]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_next_wednesday_asks_which_and_the_pick_answers(
    chat: Chat, app: App, language: str
) -> None:
    """ "Next Wednesday" said on a Monday may be the 25th or 2 December: the bot names both and
    offers times on each day, books nothing until one is picked, and the pick books that day."""
    buyer = chat("launch")
    offer = await buyer.say(KICKOFF_NEXT_WEDNESDAY[language])
    assert ids(offer) == ["booking-which-day", "booking-choose-slot"]
    assert args_of(offer, "booking-which-day") == {
        "first": date(2026, 11, 25),
        "second": date(2026, 12, 2),
    }
    days = {
        c.value[len("slot:") : len("slot:") + 8]
        for c in offer.choices
        if c.value.startswith("slot:")
    }
    assert days == {"20261125", "20261202"}
    async with app.unit() as uow:
        assert (await uow.repos.session.scalars(select(Booking))).all() == []
    second = [c.value for c in offer.choices if c.value.startswith("slot:")][1]
    booked = await buyer.choose(second)
    assert ids(booked)[0] == "booking-confirmed"


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_buyer_books_a_kickoff_and_sees_the_hours_left(chat: Chat, language: str) -> None:
    """Kick-off named in the message: the contact's free slots, then a charge to the pool."""
    buyer = chat("launch")
    offer = await buyer.say(ASK["book_kickoff"][language])
    assert offer.language == language
    assert ids(offer) == ["booking-choose-slot"]
    slots = [c for c in offer.choices if c.value.startswith("slot:")]
    assert len(slots) == 6 and offer.choices[-1].value.startswith("later:")
    done = await buyer.pick("slot:")
    assert ids(done) == ["booking-confirmed", "allowance-hours-valid"]
    assert args_of(done, "allowance-hours-valid")["left"] == Decimal(3)
    (invite,) = done.attachments
    assert invite.media_type == "text/calendar" and b"BEGIN:VEVENT" in invite.content
    assert done.language == language


async def test_slots_follow_the_contacts_working_hours_and_time_zone(chat: Chat) -> None:
    """Slots fall on weekdays, 09:00-17:00 in the contact's zone, and never in the past."""
    buyer = chat("prolite")  # contact Mikko, Europe/Helsinki
    offer = await buyer.say("Haluaisin varata aloituspalaverin")
    for message in [m for m in offer.choices if m.value.startswith("slot:")]:
        stamp = message.value.removeprefix("slot:")
        hour_utc, day = int(stamp[9:11]), stamp[:8]
        assert 7 <= hour_utc <= 14, stamp  # 09:00-16:00 Helsinki (UTC+2) in November
        assert day > "20261123", stamp  # bookings start the next working day at the earliest


async def test_a_day_and_time_in_the_message_narrow_the_slots(chat: Chat) -> None:
    """ "tomorrow at 14" offers tomorrow's slot closest to 14:00 first."""
    buyer = chat("english")  # contact Emma, Europe/London
    offer = await buyer.say("Book a kick-off meeting tomorrow at 2pm")
    first = offer.choices[0].value
    assert first == "slot:20261124T1400", first


async def test_a_booked_slot_is_not_offered_again(chat: Chat) -> None:
    """Two buyers of the same contact never get the same slot."""
    first = chat("launch")
    await first.say("Ich möchte ein Kick-off-Meeting buchen")
    taken = first.last.choices[0].value
    await first.choose(taken)
    again = await chat("launch").say("Ich möchte ein Bereitstellungsmeeting buchen")
    assert taken not in [c.value for c in again.choices]


async def test_overage_needs_the_buyers_confirmation(chat: Chat, app: App) -> None:
    """Beyond the pool: why, what, when, with whom, the hours billed, the rate and the terms;
    nothing is booked until confirmed."""
    buyer = chat("english")  # Premium: 2 hours in the pool
    for _ in range(2):
        await buyer.say("Book a deployment meeting")
        assert "booking-confirmed" in ids(await buyer.pick("slot:"))
    await buyer.say("Book a deployment meeting")
    notice = await buyer.pick("slot:")
    assert ids(notice) == [
        "charge-hours-left",
        "booking-overage",
        "billing-hourly-rate",
        "billing-terms",
    ]
    assert args_of(notice, "booking-overage")["hours"] == Decimal("1.00")
    assert args_of(notice, "booking-overage")["contact"] == "Emma Brown"
    assert "https://ouraring.com/business/terms-and-conditions" in notice.text
    declined = await buyer.choose("confirm:no")
    assert ids(declined) == ["booking-dropped"]
    await buyer.say("Book a deployment meeting")
    await buyer.pick("slot:")
    accepted = await buyer.choose("confirm:yes")
    assert ids(accepted)[0] == "booking-confirmed" and "booking-billed" in ids(accepted)
    async with app.unit() as uow:
        bookings = (await uow.repos.session.scalars(select(Booking))).all()
    assert [b.billable_hours for b in bookings] == [Decimal(0), Decimal(0), Decimal("1.00")]


async def test_an_expired_pool_is_not_drawn_on(chat: Chat, clock: FixedClock, app: App) -> None:
    """After day 90 the Launch Kit's hours are gone: the booking is billed, the pool untouched."""
    clock.advance(timedelta(days=75))  # the contract started 20 days before NOW: day 95
    buyer = chat("launch")
    info = await buyer.say("Wie viele Stunden haben wir noch?")
    assert "allowance-hours-expired" in ids(info)
    await buyer.say("Kick-off-Meeting buchen")
    notice = await buyer.pick("slot:")
    assert ids(notice)[:2] == ["charge-outside-window", "booking-overage"]
    await buyer.choose("confirm:yes")
    ledger = await _ledger(app, 1)
    assert [kind for _a, kind, _q in ledger] == ["grant"]


async def test_a_one_time_session_is_included_once(chat: Chat) -> None:
    """The software training is a single session: a second one is extra, billed time."""
    buyer = chat("english")
    await buyer.say("I want to book the software training")
    assert "booking-confirmed" in ids(await buyer.pick("slot:"))
    await buyer.say("I want to book the software training")
    assert ids(await buyer.pick("slot:"))[:2] == ["charge-once", "booking-overage"]


async def test_a_status_review_counts_against_the_period_not_the_pool(chat: Chat) -> None:
    """Premium: one review a month; the second in the same month would be billed."""
    buyer = chat("premium")
    await buyer.say("Quiero reservar una comprobación del estado del proyecto")
    done = await buyer.pick("slot:")
    assert ids(done) == ["booking-confirmed", "allowance-period-month"]
    assert args_of(done, "allowance-period-month")["left"] == Decimal(0)
    await buyer.say("Quiero reservar otra comprobación del estado del proyecto")
    assert ids(await buyer.pick("slot:"))[:2] == ["charge-sessions-left", "booking-overage"]


async def test_a_training_for_45_users_needs_three_sessions(chat: Chat) -> None:
    """Per 20 users: 45 users need ceil(45/20) = 3 sessions, more than the 2 bought."""
    buyer = chat("carefree")
    asked = await buyer.say("Wir möchten eine Client-Schulung buchen")
    assert ids(asked) == ["booking-ask-participants-per"]
    slots = await buyer.say("45")
    assert args_of(slots, "booking-choose-slot")["minutes"] == 360
    refused = await buyer.pick("slot:")
    assert ids(refused) == ["charge-sessions-left", "booking-not-covered"]
    assert [c.value for c in refused.choices] == ["menu:escalate"]


async def test_a_training_for_30_users_uses_two_bought_sessions(chat: Chat, app: App) -> None:
    """30 users need 2 sessions of the client training, which the customer bought."""
    buyer = chat("carefree")
    await buyer.say("Client-Schulung für 30 Nutzer buchen")
    done = await buyer.pick("slot:")
    assert ids(done) == ["booking-confirmed", "allowance-sessions"]
    assert args_of(done, "allowance-sessions")["left"] == Decimal(0)


async def test_remote_setup_is_billed_per_started_hour(chat: Chat) -> None:
    """Remote setup by time is never included: the buyer confirms the per-started-hour bill."""
    buyer = chat("carefree")
    await buyer.say("Remote Einrichtung nach Zeit buchen")
    notice = await buyer.pick("slot:")
    assert ids(notice) == ["charge-not-included", "booking-overage", "billing-per-started-hour"]


async def test_onsite_days_go_to_the_contact_as_a_request(chat: Chat) -> None:
    """Onsite appointments need planning: the request is escalated, nothing is booked."""
    buyer = chat("carefree")
    reply = await buyer.say("Wir brauchen einen Onsite Termin innerhalb der Arbeitszeit")
    assert ids(reply) == ["booking-via-contact"]


async def test_a_meeting_not_in_the_package_is_refused_with_the_options(chat: Chat) -> None:
    """Status reviews are not part of the Launch Kit: the bot says so and lists what is."""
    buyer = chat("launch")
    reply = await buyer.say("Ich möchte eine Projektstatus-Beratung buchen")
    assert ids(reply) == ["booking-type-not-included", "booking-choose-type"]
    assert [c.value for c in reply.choices] == [
        "type:kickoff",
        "type:deployment",
        "type:software_training",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_booking_without_a_type_asks_which_meeting(chat: Chat, language: str) -> None:
    """No meeting type named: the buyer picks one from the package's meeting types."""
    buyer = chat("english")
    reply = await buyer.say(ASK["book_meeting"][language])
    assert ids(reply) == ["booking-choose-type"] and reply.language == language
    assert "type:status_review" in [c.value for c in reply.choices]
    slots = await buyer.choose("type:status_review")
    assert ids(slots) == ["booking-choose-slot"]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_list_and_cancel_in_time_gives_the_hours_back(
    chat: Chat, app: App, language: str
) -> None:
    """Listing shows the booking; cancelling more than 24 h ahead refunds the pool."""
    buyer = chat("launch")
    await buyer.say(ASK["book_kickoff"][language])
    await buyer.pick("slot:")
    listing = await buyer.say(ASK["list_bookings"][language])
    assert ids(listing) == ["bookings-heading", "booking-item"]
    ask = await buyer.say(ASK["cancel_booking"][language])
    assert ids(ask) == ["cancel-ask", "cancel-gives-back-hours"] and ask.language == language
    done = await buyer.choose("confirm:yes")
    assert ids(done)[:2] == ["cancel-done", "cancel-refunded"]
    assert b"METHOD:CANCEL" in done.attachments[0].content
    kinds = [kind for _a, kind, _q in await _ledger(app, 1)]
    assert kinds == ["grant", "debit", "refund"]
    assert ids(await buyer.say(ASK["list_bookings"][language])) == ["bookings-none"]


async def test_a_late_cancellation_keeps_the_hours_used(
    chat: Chat, app: App, clock: FixedClock
) -> None:
    """Cancelling less than 24 h before the start frees the slot but refunds nothing."""
    buyer = chat("english")
    await buyer.say("Book a kick-off meeting")
    await buyer.pick("slot:")
    clock.advance(timedelta(hours=16))  # Tuesday 00:00, nine hours before the 09:00 slot
    ask = await buyer.say("Cancel my booking")
    assert ids(ask) == ["cancel-ask", "cancel-late-no-refund"]
    done = await buyer.choose("confirm:yes")
    assert ids(done) == ["cancel-done", "cancel-too-late"]


async def test_a_double_click_cannot_book_twice(chat: Chat, app: App) -> None:
    """The same slot button pressed twice books once; the second press is stale."""
    buyer = chat("launch")
    await buyer.say("Kick-off-Meeting buchen")
    slot = buyer.last.choices[0].value
    await buyer.choose(slot)
    again = await buyer.choose(slot)
    assert ids(again)[0] == "choice-stale"
    async with app.unit() as uow:
        assert len((await uow.repos.session.scalars(select(Booking))).all()) == 1
        debits = (
            await uow.repos.session.scalars(select(LedgerEntry).where(LedgerEntry.kind == "debit"))
        ).all()
        assert len(debits) == 1


async def test_a_billed_booking_cancelled_in_time_is_not_billed(chat: Chat, app: App) -> None:
    """CloudCare consulting is always billed: the confirmation says why, the balance shows the
    billed hour, and cancelling says nothing will be billed (not that time comes back)."""
    buyer = chat("cloudcare")
    await buyer.say("Jeg vil bestille en rådgivningstime")
    asked = await buyer.pick("slot:")
    assert ids(asked) == ["charge-not-included", "booking-overage", "billing-reduced-rate"]
    assert ids(await buyer.choose("confirm:yes"))[0] == "booking-confirmed"
    balance = await buyer.say("Hvor mange timer gjenstår for oss nå?")
    assert args_of(balance, "allowance-billed")["hours"] == Decimal("1.00")
    assert "1 time" in balance.text and "1 timer" not in balance.text
    ask = await buyer.say("Jeg må avlyse møtet vårt")
    assert ids(ask) == ["cancel-ask", "cancel-not-billed"]
    done = await buyer.choose("confirm:yes")
    assert ids(done) == ["cancel-done", "cancel-not-billed-done"]
    assert "allowance-billed" not in ids(await buyer.say("Hvor mange timer gjenstår for oss nå?"))


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_guessed_onsite_request_is_asked_before_the_contact_hears_of_it(
    chat: Chat, app: App, language: str
) -> None:
    """An onsite visit named with no request around it: the bot asks whether to pass it on;
    "no" sends nothing, yes opens the case with the contact."""
    buyer = chat("carefree")
    await buyer.say(ASK["package_info"][language])  # the conversation's language
    asked = await buyer.say(ONSITE_BARE[language])
    assert ids(asked) == ["booking-ask-request"] and asked.language == language
    assert ids(await buyer.say(NO[language])) == ["booking-request-dropped"]
    async with app.unit() as uow:
        assert (await uow.repos.session.scalars(select(Escalation))).all() == []
    await buyer.say(ONSITE_BARE[language])
    sent = await buyer.choose("confirm:yes")
    assert ids(sent)[0] == "booking-via-contact"
    async with app.unit() as uow:
        assert len((await uow.repos.session.scalars(select(Escalation))).all()) == 1
