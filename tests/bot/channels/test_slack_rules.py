"""Slack's rules, kept: signatures checked, the ack before the work, a redelivery handled once
(by one of several workers), 429 waited out, user text that cannot ping or link, health, a
down database reported, Socket Mode."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest

from bot.app import App, build_app
from bot.clock import FixedClock
from bot.i18n.knowledge import Knowledge
from bot.settings import Settings
from tests.bot.channels.slack_world import (
    SlackWorld,
    buttons,
    click_body,
    event_body,
    said,
    text_of,
)
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


async def test_a_redelivered_event_is_answered_once(slack: SlackWorld) -> None:
    """Slack retries an event it thinks was lost (same event_id, X-Slack-Retry-Num): one turn."""
    await slack.link("U1LENA", buyer="launch")
    body = event_body("U1LENA", "Wie viele Stunden bleiben uns noch?")
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
        body = event_body("U1LENA", "Wie viele Stunden bleiben uns noch?")
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
    (reply,) = await slack.dm("U1LENA", "Wie viele Stunden bleiben uns noch?")
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
        (reply,) = await world.dm("U1LENA", "Wie viele Stunden bleiben uns noch?")
        assert text_of(reply).startswith(said(broken, "de", "turn-error", turn="x")[:30])
    finally:
        await world.stop()
        await broken.close()


async def test_socket_mode_round_trip(slack: SlackWorld) -> None:
    """Over Socket Mode an envelope is acked on the WebSocket and answered through the Web API."""
    await slack.link("U1LENA", buyer="launch")
    handler = await slack.bot.connect_socket_mode(APP_TOKEN)
    try:
        body = event_body("U1LENA", "Wie viele Stunden bleiben uns noch?")
        envelope = await slack.fake.push("events_api", body)
        (reply,) = await slack.inbox("DU1LENA", 1)
        acks = await slack.fake.wait_for("socket.ack")
        assert envelope in [ack["envelope_id"] for ack in acks]
        assert "Stunden" in text_of(reply)
    finally:
        await handler.close_async()


async def test_a_click_delivered_twice_is_one_turn(slack: SlackWorld, app: App) -> None:
    """The same click payload twice (a retry): one answer, one booking."""
    await slack.link("U1LENA", buyer="launch")
    (offer,) = await slack.dm("U1LENA", "Kick-off-Meeting buchen")
    slot = next(value for value in buttons(offer) if value.startswith("slot:"))
    raw = urlencode({"payload": json.dumps(click_body("U1LENA", "DU1LENA", offer, slot))})
    before = len(slack.posts_to("DU1LENA"))
    for _ in range(2):
        status, _ = await slack.post(raw, "application/x-www-form-urlencoded")
        assert status == 200
    await slack.inbox("DU1LENA", before + 1)
    await asyncio.sleep(0.3)
    assert len(slack.posts_to("DU1LENA")) == before + 1


async def test_a_slash_command_delivered_twice_is_one_turn(slack: SlackWorld) -> None:
    """/support retried with the same trigger id: one menu; a new invocation: another."""
    await slack.link("U1LENA", buyer="launch")
    for _ in range(2):
        assert (await slack.command("U1LENA", trigger_id="77.1.abc"))[0] == 200
    await slack.inbox("DU1LENA", 1)
    await asyncio.sleep(0.3)
    assert len(slack.posts_to("DU1LENA")) == 1
    await slack.command("U1LENA")
    assert len(await slack.inbox("DU1LENA", 2)) == 2
