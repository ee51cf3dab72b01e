"""Slack end to end: signed requests in, the real slack-bolt app, a fake Web API out."""

from __future__ import annotations

from datetime import date

import pytest

from bot.admin.linking import link_account
from bot.app import App
from handlers.base import Message
from tests.bot.channels.slack_world import SlackWorld, buttons, event_body, said, text_of
from tests.phrases import ASK, LANGUAGES

BOOKED = {"en": "Booked:", "de": "Gebucht:", "fi": "Varattu:", "es": "Reservado:", "nb": "Bestilt:"}


async def test_an_unlinked_user_gets_the_polite_not_linked_answer(slack: SlackWorld) -> None:
    """Before an admin links them, a Slack user sees no account data, only how to get linked."""
    (reply,) = await slack.dm("U9STRANGER", "How many hours are still left for us?")
    assert reply["channel"] == "DU9STRANGER"
    assert "T0TEAM:U9STRANGER" in text_of(reply)
    assert buttons(reply) == []


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_buyer_books_through_buttons_and_gets_the_invitation(
    slack: SlackWorld, app: App, language: str
) -> None:
    """Ask, click a slot: the buttons are retired, the booking is confirmed in the buyer's
    language and the .ics arrives through the three steps of files_upload_v2."""
    await slack.link("U1LENA", buyer="launch")
    (offer,) = await slack.dm("U1LENA", ASK["book_kickoff"][language])
    slot = next(value for value in buttons(offer) if value.startswith("slot:"))
    (done,) = await slack.click("U1LENA", offer, slot)

    (update,) = slack.fake.calls_to("chat.update")
    assert update["ts"] == offer["ts"] and buttons(update) == []
    picked = app.translator.format(language, Message("choice-picked", {"label": ""}))
    assert update["blocks"][-1]["elements"][0]["text"].startswith(picked.strip())
    assert done["channel"] == "DU1LENA"
    assert text_of(done).startswith(BOOKED[language])

    (complete,) = await slack.fake.wait_for("files.completeUploadExternal")
    (ticket,) = slack.fake.calls_to("files.getUploadURLExternal")
    assert ticket["filename"].endswith(".ics")
    assert complete["channel_id"] == "DU1LENA"
    assert b"BEGIN:VEVENT" in slack.fake.uploads[complete["files"][0]["id"]]
    assert await _bookings(app) == 1


async def test_a_second_click_on_the_same_button_books_nothing_more(
    slack: SlackWorld, app: App
) -> None:
    """A double click (or a click on an old message) cannot double-book."""
    await slack.link("U1LENA", buyer="launch")
    (offer,) = await slack.dm("U1LENA", "Ich möchte ein Kick-off-Meeting buchen")
    slot = next(value for value in buttons(offer) if value.startswith("slot:"))
    await slack.click("U1LENA", offer, slot)
    (again,) = await slack.click("U1LENA", offer, slot)
    assert text_of(again).startswith(said(app, "de", "choice-stale"))
    assert await _bookings(app) == 1


async def _bookings(app: App) -> int:
    async with app.unit() as uow:
        found = await uow.repos.bookings.upcoming(1, app.core.clock.now())
        return len(found)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_return_check_in_slack(slack: SlackWorld, app: App, language: str) -> None:
    """Received 10 days ago: eligible until 13 December, said in the buyer's language."""
    await slack.link("U1LENA", buyer="launch")
    (reply,) = await slack.dm("U1LENA", ASK["return_check"][language].format(ref="ORD-1001"))
    expected = said(
        app,
        language,
        "returns-eligible",
        reference="ORD-1001",
        received=date(2026, 11, 13),
        deadline=date(2026, 12, 13),
        days=20,
    )
    assert text_of(reply) == expected
    assert buttons(reply) == ["menu:escalate"]


async def test_an_escalation_is_claimed_answered_and_resolved_from_slack(
    slack: SlackWorld, app: App
) -> None:
    """The contact gets a brief with Claim / Resolve; their thread reply reaches the buyer,
    the buyer's next words go to the contact (the bot stays quiet), and the buyer is told
    when a person joins and when the case is closed."""
    await slack.link("U1LENA", buyer="launch")
    await slack.link("U2ANNA", staff="anna")
    await slack.dm("U1LENA", "Wie viele Stunden bleiben uns noch?")
    await slack.dm("U1LENA", "Ich möchte bitte mit einem echten Menschen reden")
    (brief,) = await slack.inbox("DU2ANNA", 1)
    assert "Nordlicht Gesundheit GmbH" in text_of(brief)
    assert "Wie viele Stunden bleiben uns noch?" in text_of(brief)  # the conversation so far
    assert buttons(brief) == ["claim:1", "resolve:1"]

    await slack.click("U2ANNA", brief, "claim:1")
    buyer = await slack.inbox("DU1LENA", 3)
    assert text_of(buyer[-1]) == said(app, "de", "escalation-claimed", name="Anna Schmidt")

    await slack.dm("U2ANNA", "Ich habe Ihnen 2 Stunden gutgeschrieben.", thread_ts=brief["ts"])
    buyer = await slack.inbox("DU1LENA", 4)
    assert text_of(buyer[-1]) == "Anna Schmidt: Ich habe Ihnen 2 Stunden gutgeschrieben."

    before = len(slack.posts_to("DU1LENA"))
    await slack.send_event(event_body("U1LENA", "Danke, das hilft!"))
    staff = await slack.inbox("DU2ANNA", 4)
    assert staff[-1].get("thread_ts") == brief["ts"]  # in the case's thread
    assert "Danke, das hilft!" in text_of(staff[-1])
    assert len(slack.posts_to("DU1LENA")) == before  # the bot said nothing to the buyer

    done = next(m for m in slack.posts_to("DU2ANNA") if "resolve:1" in buttons(m) and m != brief)
    await slack.click("U2ANNA", done, "resolve:1")
    buyer = await slack.inbox("DU1LENA", before + 1)
    assert text_of(buyer[-1]) == said(app, "de", "escalation-resolved", name="Anna Schmidt")
    async with app.unit() as uow:
        trail = [(e.actor, e.action, e.subject) for e in await uow.repos.audit.latest(10)]
    assert trail[-3:] == [
        ("staff:anna", "escalation.claim", "escalation:1"),
        ("staff:anna", "escalation.reply", "escalation:1"),
        ("staff:anna", "escalation.resolve", "escalation:1"),
    ]


async def test_support_command_shows_the_menu_in_the_dm(slack: SlackWorld, app: App) -> None:
    """/support is acknowledged at once and the menu with its buttons arrives in the DM."""
    await slack.link("U1LENA", buyer="launch")
    status, _ = await slack.command("U1LENA")
    assert status == 200
    (menu,) = await slack.inbox("DU1LENA", 1)
    assert text_of(menu) == said(app, "de", "help-menu", name="Lena Krüger")
    assert "menu:book_meeting" in buttons(menu)


async def test_the_slack_locale_is_a_hint_not_a_decision(slack: SlackWorld, app: App) -> None:
    """A Finnish Slack locale picks the menu's language while nothing else is known; a
    message written in German is answered in German all the same."""
    await slack.link("U1LENA", buyer="launch")
    slack.fake.locales["U1LENA"] = "fi-FI"
    await slack.command("U1LENA")
    (menu,) = await slack.inbox("DU1LENA", 1)
    assert text_of(menu) == said(app, "fi", "help-menu", name="Lena Krüger")
    (answer,) = await slack.dm("U1LENA", "Ich möchte bitte mit einem echten Menschen reden")
    assert text_of(answer).startswith(
        said(app, "de", "escalation-created", contact="Anna", id=1)[:8]
    )
    (info,) = slack.fake.calls_to("users.info")[:1]
    assert info["include_locale"] in ("1", "true", "True", True)


async def test_a_mention_in_a_shared_channel_speaks_for_its_customer(
    slack: SlackWorld, app: App
) -> None:
    """In a channel mapped to a customer, a member's mention is answered in a thread, and the
    member becomes one of the customer's buyers."""
    await slack.share("C0SHARED", "english")
    body = event_body(
        "U7OLIVER",
        "<@U0BOT> How many hours are still left for us?",
        channel="C0SHARED",
        kind="app_mention",
    )
    (reply,) = await slack.expect(slack.send_event(body))
    assert reply["channel"] == "C0SHARED" and reply["thread_ts"] == body["event"]["ts"]
    heading = said(app, "en", "allowance-heading", package=Message("package-oura-premium"))
    assert text_of(reply).startswith(heading)
    async with app.unit() as uow:
        buyers = await uow.repos.people.buyers_of_customer(6)
    assert any(buyer.handle == "slack-t0team:u7oliver" for buyer in buyers)


async def test_a_mention_elsewhere_from_a_stranger_is_not_linked(slack: SlackWorld) -> None:
    """A channel nobody mapped gives no customer's data away."""
    body = event_body("U7OLIVER", "<@U0BOT> hours left?", channel="C0RANDOM", kind="app_mention")
    (reply,) = await slack.expect(slack.send_event(body))
    assert "T0TEAM:U7OLIVER" in text_of(reply)


async def test_a_contact_away_means_the_team_channel_gets_the_case(
    slack: SlackWorld, app: App
) -> None:
    """Anna is away: the case goes to the provider's team, whose Slack channel gets the brief;
    a colleague answers by mentioning the bot in its thread."""
    await slack.link("U1LENA", buyer="launch")
    await slack.link("U5MIKKO", staff="mikko")
    async with app.unit() as uow:
        anna = await uow.repos.people.staff_by_handle("anna")
        assert anna is not None
        anna.away_from, anna.away_until = date(2026, 11, 20), date(2026, 11, 30)
        await link_account(
            uow.repos, "slack", "T0TEAM:C0OURATEAM", app.core.clock.now(), staff="oura-team"
        )
        await uow.commit()
    await slack.dm("U1LENA", "Ich möchte bitte mit einem echten Menschen reden")
    (brief,) = await slack.inbox("C0OURATEAM", 1)
    answer = event_body(
        "U5MIKKO",
        "<@U0BOT> Wir kümmern uns darum.",
        channel="C0OURATEAM",
        kind="app_mention",
        thread_ts=brief["ts"],
    )
    await slack.send_event(answer)
    buyer = await slack.inbox("DU1LENA", 3)
    assert text_of(buyer[-1]) == "Mikko Virtanen: Wir kümmern uns darum."
