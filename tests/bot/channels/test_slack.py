"""Slack end to end: signed requests in, the real slack-bolt app, a fake Web API out."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import date
from pathlib import Path

import pytest

from bot.admin.linking import link_account
from bot.app import App, build_app
from bot.channels.slack.translate import escape
from bot.clock import FixedClock
from bot.i18n.knowledge import Knowledge
from bot.settings import Settings
from handlers.base import Arg, Message
from tests.bot.channels.slack_world import SlackWorld, buttons, event_body, text_of
from tests.phrases import ASK, LANGUAGES
from tests.servers.slack import APP_TOKEN, signed_headers

BOOKED = {"en": "Booked:", "de": "Gebucht:", "fi": "Varattu:", "es": "Reservado:", "nb": "Bestilt:"}


async def test_url_verification_is_answered_with_the_challenge(slack: SlackWorld) -> None:
    """Slack's handshake for a new request URL gets its challenge back."""
    body = json.dumps({"token": "x", "challenge": "c-123", "type": "url_verification"})
    status, answer = await slack.post(body, "application/json")
    assert status == 200 and json.loads(answer) == {"challenge": "c-123"}


@pytest.mark.parametrize("forgery", ["wrong secret", "stale", "missing"])
async def test_forged_and_stale_requests_are_refused(slack: SlackWorld, forgery: str) -> None:
    """A bad or old signature gets 401 before anything runs: no turn, no reply."""
    await slack.link("U1LENA", buyer="launch")
    raw = json.dumps(event_body("U1LENA", "Wie viele Stunden haben wir noch?"))
    headers = {
        "wrong secret": signed_headers(raw, secret="not-the-secret"),
        "stale": signed_headers(raw, at=int(time.time()) - 301),
        "missing": {},
    }[forgery]
    status, _ = await slack.post(raw, "application/json", headers or {"X-Other": "1"})
    assert status == 401
    assert slack.fake.calls_to("chat.postMessage") == []


async def test_an_unlinked_user_gets_the_polite_not_linked_answer(slack: SlackWorld) -> None:
    """Before an admin links them, a Slack user sees no account data, only how to get linked."""
    (reply,) = await slack.dm("U9STRANGER", "How many hours do we have left?")
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


def said(app: App, language: str, message_id: str, **args: Arg) -> str:
    """A message as the bot writes it to Slack (escaped)."""
    return escape(app.translator.format(language, Message(message_id, args)))


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
    await slack.dm("U1LENA", "Wie viele Stunden haben wir noch übrig?")
    await slack.dm("U1LENA", "Ich möchte bitte mit einem Menschen sprechen")
    (brief,) = await slack.inbox("DU2ANNA", 1)
    assert "Nordlicht Gesundheit GmbH" in text_of(brief)
    assert "Wie viele Stunden haben wir noch übrig?" in text_of(brief)  # the conversation so far
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


async def test_a_redelivered_event_is_answered_once(slack: SlackWorld) -> None:
    """Slack retries an event it thinks was lost (same event_id, X-Slack-Retry-Num): one turn."""
    await slack.link("U1LENA", buyer="launch")
    body = event_body("U1LENA", "Wie viele Stunden haben wir noch übrig?")
    assert await slack.send_event(body) == 200
    await slack.inbox("DU1LENA", 1)
    retried = await slack.send_event(
        body, **{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    )
    assert retried == 200
    await asyncio.sleep(0.5)
    assert len(slack.posts_to("DU1LENA")) == 1


async def test_two_workers_on_one_database_answer_a_redelivery_once(
    shared_url: str, clock: FixedClock, knowledge: Knowledge
) -> None:
    """The same event reaching two bot processes at once (behind a load balancer) is one turn:
    the delivery id is recorded in the database they share."""
    url = shared_url
    apps = [build_app(Settings(database_url=url), clock, knowledge) for _ in range(2)]
    world = await SlackWorld(apps[0]).start()
    try:
        await world.add_worker(apps[1])
        await world.link("U1LENA", buyer="launch")
        body = event_body("U1LENA", "Wie viele Stunden haben wir noch übrig?")
        statuses = await asyncio.gather(
            world.send_event(body, worker=0), world.send_event(body, worker=1)
        )
        assert statuses == [200, 200]
        await world.inbox("DU1LENA", 1)
        await asyncio.sleep(0.5)
        assert len(world.posts_to("DU1LENA")) == 1
    finally:
        await world.stop()
        for app in apps:
            await app.close()


async def test_a_429_is_waited_out_and_the_reply_still_arrives_once(slack: SlackWorld) -> None:
    """chat.postMessage answers 429 with Retry-After: 1: the bot waits and sends once more."""
    await slack.link("U1LENA", buyer="launch")
    slack.fake.rate_limit("chat.postMessage", retry_after=1)
    started = time.perf_counter()
    (reply,) = await slack.dm("U1LENA", "Wie viele Stunden haben wir noch übrig?")
    (refused,) = [c for c in slack.fake.calls if c.method == "chat.postMessage#429"]
    (sent,) = [c for c in slack.fake.calls if c.method == "chat.postMessage"]
    assert sent.at - refused.at >= 1.0 and sent.at > started
    assert reply["channel"] == "DU1LENA"


async def test_user_text_can_never_ping_the_channel_or_inject_a_link(slack: SlackWorld) -> None:
    """What a buyer or a contact writes is shown, never acted on: <!channel>, <@U…> and
    <url|text> arrive at the other side escaped."""
    await slack.link("U1LENA", buyer="launch")
    await slack.link("U2ANNA", staff="anna")
    hostile = "Bitte mit einem Menschen sprechen <!channel> <@U0BOSS> <https://evil.example|login>"
    await slack.dm("U1LENA", hostile)
    (brief,) = await slack.inbox("DU2ANNA", 1)
    await slack.dm(
        "U2ANNA", "Antwort <!here> &amp; <https://evil.example|hier>", thread_ts=brief["ts"]
    )
    answer = (await slack.inbox("DU1LENA", 3))[-1]
    assert "&lt;!channel&gt; &lt;@U0BOSS&gt; &lt;https://evil.example|login&gt;" in text_of(brief)
    assert (
        text_of(answer)
        == "Anna Schmidt: Antwort &lt;!here&gt; &amp; &lt;https://evil.example|hier&gt;"
    )
    for text in slack.fake.posted_texts():
        assert "<!" not in text and "<@" not in text and "<http" not in text, text


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
    (answer,) = await slack.dm("U1LENA", "Ich möchte bitte mit einem Menschen sprechen")
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
        "<@U0BOT> How many hours do we have left?",
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


async def test_the_ack_comes_before_the_work_is_done(slack: SlackWorld) -> None:
    """Slack gets its 200 while the turn is still running (here: a slow chat.postMessage)."""
    await slack.link("U1LENA", buyer="launch")
    slack.fake.delays["chat.postMessage"] = 1.5
    status = await slack.send_event(event_body("U1LENA", "Wie viele Stunden haben wir noch?"))
    assert status == 200 and slack.fake.calls_to("chat.postMessage") == []
    await slack.inbox("DU1LENA", 1)


async def test_health_answers_while_the_database_does(slack: SlackWorld) -> None:
    """GET /healthz is 200 with a reachable database."""
    assert slack._session is not None
    async with slack._session.get(slack.url.replace("/slack/events", "/healthz")) as response:
        assert response.status == 200 and await response.json() == {"database": "ok"}


async def test_a_down_database_is_reported_not_hidden(
    tmp_path: Path, clock: FixedClock, knowledge: Knowledge
) -> None:
    """Without its database the bot still answers: /healthz says 503 and a buyer gets the
    apology with a reference, in their language, instead of silence."""
    (tmp_path / "blocked").write_text("a file where the database folder should be")
    broken = build_app(
        Settings(database_url=f"sqlite:///{tmp_path}/blocked/db.sqlite3"), clock, knowledge
    )
    world = await SlackWorld(broken).start()
    try:
        assert world._session is not None
        async with world._session.get(world.url.replace("/slack/events", "/healthz")) as response:
            assert response.status == 503
        (reply,) = await world.dm("U1LENA", "Wie viele Stunden haben wir noch übrig?")
        assert text_of(reply).startswith(said(broken, "de", "turn-error", turn="x")[:30])
    finally:
        await world.stop()
        await broken.close()


async def test_socket_mode_round_trip(slack: SlackWorld) -> None:
    """Over Socket Mode an envelope is acked on the WebSocket and answered through the Web API."""
    await slack.link("U1LENA", buyer="launch")
    handler = await slack.bot.connect_socket_mode(APP_TOKEN)
    try:
        body = event_body("U1LENA", "Wie viele Stunden haben wir noch übrig?")
        envelope = await slack.fake.push("events_api", body)
        (reply,) = await slack.inbox("DU1LENA", 1)
        acks = await slack.fake.wait_for("socket.ack")
        assert envelope in [ack["envelope_id"] for ack in acks]
        assert "Stunden" in text_of(reply)
    finally:
        await handler.close_async()


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
    await slack.dm("U1LENA", "Ich möchte bitte mit einem Menschen sprechen")
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
