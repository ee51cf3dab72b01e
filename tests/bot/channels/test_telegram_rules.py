"""Telegram's rules, kept: the webhook secret, a redelivered update handled once (by one of
several workers), 429 waited out, HTML in user text shown not parsed, a timed-out send not
repeated, polling only after the webhook is gone."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.app import App, build_app
from bot.channels.telegram.adapter import SECRET_HEADER
from bot.clock import FixedClock
from bot.i18n.knowledge import Knowledge
from bot.settings import Settings
from tests.bot.channels.telegram_world import SECRET, TelegramWorld, buttons, shown
from tests.servers.telegram import TOKEN
from tests.servers.telegram_updates import text_update

LENA, OTHER, ANNA, MIKKO = 5001, 5002, 6001, 6002
BOOKED = {"en": "Booked:", "de": "Gebucht:", "fi": "Varattu:", "es": "Reservado:", "nb": "Bestilt:"}


@pytest.mark.parametrize("secret", ["wrong-secret", None])
async def test_a_wrong_or_missing_secret_is_refused(
    telegram_hook: TelegramWorld, secret: str | None
) -> None:
    """Only Telegram knows the webhook secret: anything else gets 403 and no turn."""
    code = await telegram_hook.invitation(buyer="launch")
    status = await telegram_hook.deliver(text_update(LENA, f"/start {code}"), secret=secret)
    assert status == 403
    assert telegram_hook.fake.sent_to(LENA) == []


async def test_a_redelivered_update_is_handled_once(telegram_hook: TelegramWorld) -> None:
    """The same update_id twice (Telegram retrying a webhook): one answer."""
    await telegram_hook.linked(LENA, buyer="launch")
    update = text_update(LENA, "Wie viele Stunden bleiben uns noch?")
    assert await telegram_hook.deliver(update) == 200
    before = len(await telegram_hook.inbox(LENA, 2))
    assert await telegram_hook.deliver(update) == 200
    await asyncio.sleep(0.5)
    assert len(telegram_hook.fake.sent_to(LENA)) == before


async def test_two_workers_on_one_database_handle_an_update_once(
    shared_url: str, clock: FixedClock, knowledge: Knowledge
) -> None:
    """One update reaching two bot processes at once is one turn (the id is in the database)."""
    apps = [build_app(Settings(database_url=shared_url), clock, knowledge) for _ in range(2)]
    world = await TelegramWorld(apps[0]).start()
    try:
        await world.add_worker(apps[1])
        await world.linked(LENA, buyer="launch")
        update = text_update(LENA, "Wie viele Stunden bleiben uns noch?")
        statuses = await asyncio.gather(world.deliver(update, 0), world.deliver(update, 1))
        assert statuses == [200, 200]
        await world.inbox(LENA, 2)
        await asyncio.sleep(0.5)
        assert len(world.fake.sent_to(LENA)) == 2
    finally:
        await world.stop()
        for built in apps:
            await built.close()


async def test_a_429_is_waited_out(telegram_hook: TelegramWorld) -> None:
    """sendMessage answers 429 with retry_after 1: the reply arrives once, after the wait."""
    await telegram_hook.linked(LENA, buyer="launch")
    telegram_hook.fake.rate_limit("sendMessage", retry_after=1)
    await telegram_hook.say(LENA, "Wie viele Stunden bleiben uns noch?")
    calls = telegram_hook.fake.calls
    (refused,) = [c for c in calls if c.method == "sendMessage#429"]
    after = [c for c in calls if c.method == "sendMessage" and c.at > refused.at]
    assert len(after) == 1 and after[0].at - refused.at >= 1.0


async def test_html_in_user_text_is_shown_not_parsed(telegram_hook: TelegramWorld) -> None:
    """Tags and ampersands people write reach the other side as text (the fake Bot API, like
    Telegram, refuses unescaped HTML, so one unescaped character would fail the send)."""
    tg = telegram_hook
    await tg.linked(LENA, buyer="launch")
    await tg.linked(ANNA, staff="anna")
    hostile = (
        'Ich möchte bitte mit einem echten Menschen reden <b>sofort</b> & <a href="http://x.example">'
        "hier</a> <script>"
    )
    await tg.say(LENA, hostile)
    (brief,) = (await tg.inbox(ANNA, 2))[1:]
    assert hostile in shown(brief)
    reply_to = tg.fake.messages[(ANNA, brief["message_id"])]
    await tg.say(ANNA, "<i>Gern</i> & bald", reply_to=reply_to)
    lena = await tg.inbox(LENA, 4)
    assert shown(lena[-1]) == "Anna Schmidt: <i>Gern</i> & bald"
    assert not [c for c in tg.fake.calls if c.method.endswith("#400")]


async def test_a_timed_out_send_is_not_repeated(app: App) -> None:
    """A notice whose send timed out (it may have arrived) is not sent again later."""
    world = await TelegramWorld(app, timeout=1.0).start()
    try:
        await world.linked(LENA, buyer="launch")
        await world.linked(ANNA, staff="anna")
        world.fake.delays["sendMessage"] = 2.5
        await world.deliver(text_update(LENA, "Ich möchte bitte mit einem echten Menschen reden"))
        await world.inbox(ANNA, 2, timeout=15)
        world.fake.delays.clear()
        for _ in range(3):
            await world.hosting.couriers[0].deliver_pending()
        assert len(world.fake.sent_to(ANNA)) == 2  # the welcome and one brief
    finally:
        await world.stop()


async def test_polling_after_a_webhook_deletes_the_webhook_first(
    telegram_hook: TelegramWorld,
) -> None:
    """getUpdates is refused (409) while a webhook is set: switching to polling removes it."""
    assert telegram_hook.fake.webhook is not None
    await telegram_hook.bot.start_polling()
    assert telegram_hook.fake.webhook is None
    telegram_hook.mode = "polling"
    await telegram_hook.linked(LENA, buyer="launch")
    assert telegram_hook.fake.sent_to(LENA)


@pytest.mark.parametrize(
    "body", ["not json", "[]", "null", "{}", '{"update_id": "7"}', '{"update_id": 7, "message": 1}']
)
async def test_a_webhook_body_that_is_no_update_gets_400(
    telegram_hook: TelegramWorld, body: str, caplog: pytest.LogCaptureFixture
) -> None:
    """With the right secret but a body that is no update: 400, no traceback, no turn."""
    assert telegram_hook._session is not None
    headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
    async with telegram_hook._session.post(
        telegram_hook.urls[0], data=body, headers=headers
    ) as response:
        assert response.status == 400
    assert not [r for r in caplog.records if r.exc_info]


async def test_the_token_never_reaches_the_logs(
    telegram_hook: TelegramWorld, caplog: pytest.LogCaptureFixture
) -> None:
    """Every Bot API URL holds the token and httpx logs URLs: at DEBUG, across a booking with
    a press and a document, the token is nowhere in the log, and the requests are logged."""
    caplog.set_level(logging.DEBUG)
    await telegram_hook.linked(LENA, buyer="launch")
    (offer,) = await telegram_hook.say(LENA, "Kick-off-Meeting buchen")
    slot = next(value for value in buttons(offer) if value.startswith("slot:"))
    await telegram_hook.press(LENA, offer, slot)
    await telegram_hook.fake.wait_for("sendDocument")
    logged = [r.getMessage() + (r.exc_text or "") for r in caplog.records]
    assert any("sendMessage" in line and "<token>" in line for line in logged)
    assert not [line for line in logged if TOKEN in line]
    assert TOKEN not in caplog.text
