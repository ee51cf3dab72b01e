"""Telegram end to end: the real python-telegram-bot Application, a strict fake Bot API."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from bot.app import App
from bot.clock import FixedClock
from handlers.base import Arg, Message
from tests.bot.channels.slack_world import SlackWorld, text_of
from tests.bot.channels.telegram_world import TelegramWorld, buttons, shown
from tests.conftest import NOW
from tests.phrases import ASK, LANGUAGES
from tests.servers.telegram_updates import text_update

LENA, OTHER, ANNA, MIKKO = 5001, 5002, 6001, 6002
BOOKED = {"en": "Booked:", "de": "Gebucht:", "fi": "Varattu:", "es": "Reservado:", "nb": "Bestilt:"}


def said(app: App, language: str, message_id: str, **args: Arg) -> str:
    return app.translator.format(language, Message(message_id, args))


async def test_a_fresh_invitation_links_the_account(telegram: TelegramWorld, app: App) -> None:
    """/start with a fresh code links this Telegram user to the buyer; the menu follows."""
    code = await telegram.invitation(buyer="launch")
    (welcome,) = await telegram.say(LENA, f"/start {code}")
    assert shown(welcome) == said(
        app, "de", "link-done-buyer", name="Lena Krüger", customer="Nordlicht Gesundheit GmbH"
    )
    assert "menu:book_meeting" in buttons(welcome)
    (answer,) = await telegram.say(LENA, "Wie viele Stunden bleiben uns noch?")
    heading = said(app, "de", "allowance-heading", package=Message("package-oura-launch-kit"))
    assert shown(answer).startswith(heading)


async def test_a_used_code_links_nobody_else(telegram_hook: TelegramWorld, app: App) -> None:
    """A code works once: a second account opening the same link is told so, stays unlinked."""
    code = await telegram_hook.invitation(buyer="launch")
    await telegram_hook.say(LENA, f"/start {code}")
    (refused,) = await telegram_hook.say(OTHER, f"/start {code}")
    assert shown(refused) == said(app, "de", "link-code-used")
    (answer,) = await telegram_hook.say(OTHER, "Wie viele Stunden bleiben uns noch?")
    assert str(OTHER) in shown(answer)  # the not-linked answer, with the reference


async def test_an_expired_code_links_nothing(
    telegram_hook: TelegramWorld, app: App, clock: FixedClock
) -> None:
    """A code past its time says when it expired; the account stays unlinked."""
    code = await telegram_hook.invitation(ttl=timedelta(hours=1), buyer="launch")
    clock.advance(timedelta(hours=2))
    (refused,) = await telegram_hook.say(LENA, f"/start {code}", language="fi")
    expired = NOW + timedelta(hours=1)
    assert shown(refused) == said(app, "fi", "link-code-expired", expired=expired)
    async with app.unit() as uow:
        identity = await uow.repos.accounts.identity("telegram", str(LENA))
        assert identity is not None and identity.buyer_id is None


async def test_an_unknown_code_and_a_bare_start(telegram_hook: TelegramWorld, app: App) -> None:
    """A made-up code is refused; /start alone greets and explains how to get linked."""
    (unknown,) = await telegram_hook.say(LENA, "/start not-a-real-code", language="es")
    assert shown(unknown) == said(app, "es", "link-code-unknown")
    (hello,) = await telegram_hook.say(LENA, "/start", language="es")
    assert shown(hello) == said(
        app, "es", "identity-not-linked", channel="telegram", user=str(LENA)
    )
    assert buttons(hello) == []


async def test_an_unlinked_user_gets_nothing_but_the_polite_answer(
    telegram_hook: TelegramWorld, app: App
) -> None:
    """No account data for a stranger, whatever they ask."""
    (answer,) = await telegram_hook.say(OTHER, "What does our package include?", language="en")
    assert shown(answer) == said(
        app, "en", "identity-not-linked", channel="telegram", user=str(OTHER)
    )


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_booking_through_inline_keyboards(
    telegram_hook: TelegramWorld, app: App, language: str
) -> None:
    """Ask, press a slot: the press is answered, the keyboard removed, the booking confirmed
    in the buyer's language and the invitation sent as a document."""
    await telegram_hook.linked(LENA, buyer="launch")
    (offer,) = await telegram_hook.say(LENA, ASK["book_kickoff"][language], language=language)
    slot = next(value for value in buttons(offer) if value.startswith("slot:"))
    (done,) = await telegram_hook.press(LENA, offer, slot)
    assert telegram_hook.fake.calls_to("answerCallbackQuery")
    (edit,) = telegram_hook.fake.calls_to("editMessageReplyMarkup")
    assert int(edit["message_id"]) == offer["message_id"] and not edit.get("reply_markup")
    assert shown(done).startswith(BOOKED[language])
    (document,) = await telegram_hook.fake.wait_for("sendDocument")
    assert document["document"].endswith(".ics")
    assert b"BEGIN:VEVENT" in telegram_hook.fake.documents[document["document"]]


async def test_a_double_press_books_once(telegram_hook: TelegramWorld, app: App) -> None:
    """Pressing the same slot twice (before the keyboard vanished) books it once."""
    await telegram_hook.linked(LENA, buyer="launch")
    (offer,) = await telegram_hook.say(LENA, "Ich möchte ein Kick-off-Meeting buchen")
    slot = next(value for value in buttons(offer) if value.startswith("slot:"))
    await telegram_hook.press(LENA, offer, slot)
    (again,) = await telegram_hook.press(LENA, offer, slot)
    assert shown(again).startswith(said(app, "de", "choice-stale"))
    async with app.unit() as uow:
        assert len(await uow.repos.bookings.upcoming(1, app.core.clock.now())) == 1


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_return_check_in_telegram(
    telegram_hook: TelegramWorld, app: App, language: str
) -> None:
    """Received 10 days ago: eligible until 13 December."""
    await telegram_hook.linked(LENA, buyer="launch")
    text = ASK["return_check"][language].format(ref="ORD-1001")
    (reply,) = await telegram_hook.say(LENA, text, language=language)
    assert shown(reply) == said(
        app,
        language,
        "returns-eligible",
        reference="ORD-1001",
        received=date(2026, 11, 13),
        deadline=date(2026, 12, 13),
        days=20,
    )


async def test_an_escalation_answered_from_telegram(telegram_hook: TelegramWorld, app: App) -> None:
    """Anna works in Telegram: the brief comes with Claim / Resolve; her reply to the brief
    reaches Lena, Lena's next words go to Anna (the bot stays quiet), Lena hears of the claim
    and of the resolution."""
    tg = telegram_hook
    await tg.linked(LENA, buyer="launch")
    await tg.linked(ANNA, staff="anna")
    await tg.say(LENA, "Ich möchte bitte mit einem echten Menschen reden")
    (brief,) = (await tg.inbox(ANNA, 2))[1:]
    assert "Nordlicht Gesundheit GmbH" in shown(brief)
    assert buttons(brief) == ["claim:1", "resolve:1"]

    await tg.press(ANNA, brief, "claim:1")
    lena = await tg.inbox(LENA, 3)
    assert shown(lena[-1]) == said(app, "de", "escalation-claimed", name="Anna Schmidt")

    reply_to = tg.fake.messages[(ANNA, brief["message_id"])]
    await tg.say(ANNA, "Ich buche Ihnen zwei Stunden gut.", reply_to=reply_to)
    lena = await tg.inbox(LENA, 4)
    assert shown(lena[-1]) == "Anna Schmidt: Ich buche Ihnen zwei Stunden gut."

    before = len(tg.fake.sent_to(LENA))
    await tg.deliver(text_update(LENA, "Danke schön!"))
    anna = await tg.inbox(ANNA, 5)
    assert "Danke schön!" in shown(anna[-1])
    assert json.loads(anna[-1]["reply_parameters"])["message_id"] == brief["message_id"]
    assert len(tg.fake.sent_to(LENA)) == before

    await tg.press(ANNA, brief, "resolve:1")
    lena = await tg.inbox(LENA, before + 1)
    assert shown(lena[-1]) == said(app, "de", "escalation-resolved", name="Anna Schmidt")


async def test_a_slack_contact_answers_a_telegram_buyer_and_back(
    telegram_hook: TelegramWorld, slack: SlackWorld, app: App
) -> None:
    """Channels meet in the outbox: Anna in Slack answers Lena in Telegram, and Mikko in
    Telegram answers Aino in Slack."""
    await telegram_hook.linked(LENA, buyer="launch")
    await slack.link("U2ANNA", staff="anna")
    await telegram_hook.say(LENA, "Ich möchte bitte mit einem echten Menschen reden")
    (brief,) = await slack.inbox("DU2ANNA", 1)
    await slack.dm("U2ANNA", "Hallo aus Slack!", thread_ts=brief["ts"])
    lena = await telegram_hook.inbox(LENA, 4)  # welcome, created, claimed (by answering), answer
    assert shown(lena[-1]) == "Anna Schmidt: Hallo aus Slack!"

    await slack.link("U3AINO", buyer="prolite")
    await telegram_hook.linked(MIKKO, staff="mikko")
    await slack.dm("U3AINO", "Haluaisin puhua oikean ihmisen kanssa")
    (mikko_brief,) = (await telegram_hook.inbox(MIKKO, 2))[1:]
    reply_to = telegram_hook.fake.messages[(MIKKO, mikko_brief["message_id"])]
    await telegram_hook.say(MIKKO, "Hei Aino, soitan sinulle.", reply_to=reply_to)
    aino = await slack.inbox("DU3AINO", 3)
    assert text_of(aino[-1]) == "Mikko Virtanen: Hei Aino, soitan sinulle."


async def test_commands_are_registered_in_every_language(
    telegram_hook: TelegramWorld, app: App
) -> None:
    """setMyCommands: /help, /bookings, /language (in the capabilities' order), described in
    each of the five languages."""
    calls = telegram_hook.fake.calls_to("setMyCommands")
    by_language = {c.get("language_code"): json.loads(c["commands"]) for c in calls}
    assert set(by_language) == {None, "de", "fi", "es", "nb"}
    assert [c["command"] for c in by_language["fi"]] == ["help", "bookings", "language"]
    assert by_language["fi"][0]["description"] == said(app, "fi", "command-help")


async def test_the_bookings_command(telegram_hook: TelegramWorld, app: App) -> None:
    """/bookings lists the buyer's meetings (none yet)."""
    await telegram_hook.linked(LENA, buyer="launch")
    (reply,) = await telegram_hook.say(LENA, "/bookings")
    assert shown(reply) == said(app, "de", "bookings-none")


async def test_the_telegram_language_is_a_hint_not_a_decision(
    telegram_hook: TelegramWorld, app: App
) -> None:
    """language_code fi answers the bare menu in Finnish; a German message is answered in German."""
    await telegram_hook.linked(LENA, buyer="launch")
    (menu,) = await telegram_hook.say(LENA, "/help", language="fi")
    assert shown(menu) == said(app, "de", "help-menu", name="Lena Krüger")  # linked: German known
    (hello,) = await telegram_hook.say(OTHER, "/help", language="fi")
    assert shown(hello) == said(
        app, "fi", "identity-not-linked", channel="telegram", user=str(OTHER)
    )
    (answer,) = await telegram_hook.say(OTHER, "Wie viele Stunden bleiben uns noch?", language="fi")
    assert shown(answer) == said(
        app, "de", "identity-not-linked", channel="telegram", user=str(OTHER)
    )
