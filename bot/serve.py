"""`supportbot serve`: the chat channels in one process and one event loop, one HTTP server
(the channels' endpoints and /healthz), outbox delivery and housekeeping."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from bot.app import App, build_app
from bot.clock import Clock, parse_now
from bot.reload import Reloader
from bot.settings import Settings
from bot.web import listen, web_app

if TYPE_CHECKING:
    from bot.cli import Cli

log = logging.getLogger(__name__)

HOUSEKEEPING_SECONDS = 3600.0
KEEP_DELIVERY_IDS = timedelta(days=2)  # far longer than any platform redelivers


class MissingSetting(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def required(settings: Settings, field: str, name: str) -> str:
    value = getattr(settings, field)
    if value is None or not value.get_secret_value():
        raise MissingSetting(name)
    return str(value.get_secret_value())


@dataclass(frozen=True)
class Plan:
    """Which channels to run, and how, checked before anything starts."""

    slack_token: str | None = None
    slack_secret: str | None = None
    slack_app_token: str | None = None
    telegram_token: str | None = None
    telegram_secret: str | None = None
    webhook_url: str | None = None


def plan(settings: Settings, args: argparse.Namespace) -> Plan:
    """Every setting a chosen channel needs, or MissingSetting naming the first one missing.
    Without a channel named, every channel whose token is set is served."""
    channels = [args.channel] if args.channel else _configured(settings)
    if not channels:
        raise MissingSetting("SLACK_BOT_TOKEN / TELEGRAM_BOT_TOKEN")
    found: dict[str, Any] = {}
    if "slack" in channels:
        found["slack_token"] = required(settings, "slack_bot_token", "SLACK_BOT_TOKEN")
        if args.socket_mode:
            found["slack_app_token"] = required(settings, "slack_app_token", "SLACK_APP_TOKEN")
        else:
            found["slack_secret"] = required(
                settings, "slack_signing_secret", "SLACK_SIGNING_SECRET"
            )
    if "telegram" in channels:
        found["telegram_token"] = required(settings, "telegram_bot_token", "TELEGRAM_BOT_TOKEN")
        if args.webhook_url:
            found["webhook_url"] = args.webhook_url
            found["telegram_secret"] = required(
                settings, "telegram_webhook_secret", "TELEGRAM_WEBHOOK_SECRET"
            )
    return Plan(**found)


def _configured(settings: Settings) -> list[str]:
    tokens = {"slack": settings.slack_bot_token, "telegram": settings.telegram_bot_token}
    return [name for name, token in tokens.items() if token and token.get_secret_value()]


def serve(cli: Cli, args: argparse.Namespace) -> int:
    chosen = plan(cli.settings, args)
    host = args.host or cli.settings.host
    port = args.port if args.port is not None else cli.settings.port
    clock = parse_now(args.now) if args.now else Clock()
    asyncio.run(_serve(cli, build_app(cli.settings, clock), chosen, host, port))
    return 0


async def _serve(cli: Cli, app: App, chosen: Plan, host: str, port: int) -> None:
    async with contextlib.AsyncExitStack() as stack:
        stack.push_async_callback(app.close)
        routes: list[Any] = []
        tasks = [
            asyncio.create_task(housekeeping(app)),
            asyncio.create_task(Reloader(app).run_forever()),
        ]
        if chosen.slack_token:
            slack = await stack.enter_async_context(_slack(cli, app, chosen, host, port, routes))
            tasks.append(asyncio.create_task(slack.deliver_forever()))
        if chosen.telegram_token:
            telegram = await stack.enter_async_context(_telegram(app, chosen, routes))
            tasks.append(asyncio.create_task(telegram.courier.run_forever()))
        runner = await listen(web_app(app, routes), host, port)
        stack.push_async_callback(runner.cleanup)
        if chosen.slack_token:
            _say_slack(cli, chosen, host, port)
        if chosen.telegram_token:
            await _go_telegram(cli, telegram, chosen, host, port)
        try:
            await asyncio.Event().wait()
        finally:
            for task in tasks:
                task.cancel()


@contextlib.asynccontextmanager
async def _slack(
    cli: Cli, app: App, chosen: Plan, host: str, port: int, routes: list[Any]
) -> AsyncIterator[Any]:
    from bot.channels.slack import SlackChannel, SlackConfig

    assert chosen.slack_token is not None
    config = SlackConfig(chosen.slack_token, chosen.slack_secret, app.settings.slack_api_base_url)
    channel = SlackChannel(app, config)
    if chosen.slack_app_token:
        socket = await channel.connect_socket_mode(chosen.slack_app_token)
        try:
            yield channel
        finally:
            await socket.close_async()  # type: ignore[no-untyped-call]
        return
    routes.extend(channel.routes())
    yield channel


def _say_slack(cli: Cli, chosen: Plan, host: str, port: int) -> None:
    from bot.channels.slack import EVENTS_PATH

    if chosen.slack_app_token:
        cli.say("cli-serve-socket", channel="Slack", host=host, port=str(port))
    else:
        cli.say("cli-serve-listening", channel="Slack", host=host, port=str(port), path=EVENTS_PATH)


@contextlib.asynccontextmanager
async def _telegram(app: App, chosen: Plan, routes: list[Any]) -> AsyncIterator[Any]:
    from bot.channels.telegram import TelegramChannel, TelegramConfig

    assert chosen.telegram_token is not None
    config = TelegramConfig(
        chosen.telegram_token, app.settings.telegram_api_base_url, chosen.telegram_secret
    )
    channel = TelegramChannel(app, config)
    await channel.start()
    if chosen.webhook_url:
        routes.extend(channel.routes())
    try:
        yield channel
    finally:
        await channel.stop()


async def _go_telegram(cli: Cli, channel: Any, chosen: Plan, host: str, port: int) -> None:
    """Updates start to flow only once the HTTP server is up (a webhook needs it)."""
    from bot.channels.telegram import WEBHOOK_PATH

    bot = await channel.username()
    if chosen.webhook_url:
        await channel.set_webhook(chosen.webhook_url)
        cli.say(
            "cli-serve-telegram-webhook",
            bot=bot,
            url=chosen.webhook_url,
            host=host,
            port=str(port),
            path=WEBHOOK_PATH,
        )
    else:
        await channel.start_polling()
        cli.say("cli-serve-telegram-polling", bot=bot)


async def housekeeping(app: App) -> None:
    """Hourly: forget old delivery ids, and purge chat messages past the retention period."""
    while True:
        try:
            await tidy(app)
        except Exception:  # the next round tries again; serving goes on meanwhile
            log.exception("housekeeping failed")
        await asyncio.sleep(HOUSEKEEPING_SECONDS)


async def tidy(app: App) -> int:
    """One round of housekeeping; returns the chat messages purged."""
    now = app.core.clock.now()
    retention = timedelta(days=app.settings.transcript_retention_days)
    async with app.unit() as uow:
        await uow.repos.deliveries.forget(now - KEEP_DELIVERY_IDS)
        purged = await uow.repos.chats.purge_transcript(now - retention)
        if purged:
            uow.repos.audit.record(now, "system", "transcript.purge", "transcript", lines=purged)
        await uow.commit()
    if purged:
        log.info("purged %d chat messages older than %s", purged, retention)
    return purged
