"""`supportbot serve`: runs the chat channels, their outbox delivery and housekeeping."""

from __future__ import annotations

import argparse
import asyncio
import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.app import App, build_app
from bot.clock import Clock, parse_now
from bot.settings import Settings

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


def serve(cli: Cli, args: argparse.Namespace) -> int:
    settings = cli.settings
    token = required(settings, "slack_bot_token", "SLACK_BOT_TOKEN")
    app_token = None
    secret = None
    if args.socket_mode:
        app_token = required(settings, "slack_app_token", "SLACK_APP_TOKEN")
    else:
        secret = required(settings, "slack_signing_secret", "SLACK_SIGNING_SECRET")
    host, port = args.host or settings.host, args.port if args.port is not None else settings.port
    clock = parse_now(args.now) if args.now else Clock()
    asyncio.run(_serve_slack(cli, build_app(settings, clock), token, secret, app_token, host, port))
    return 0


async def _serve_slack(
    cli: Cli,
    app: App,
    token: str,
    secret: str | None,
    app_token: str | None,
    host: str,
    port: int,
) -> None:
    from bot.channels.slack import EVENTS_PATH, SlackChannel, SlackConfig

    channel = SlackChannel(app, SlackConfig(token, secret, app.settings.slack_api_base_url))
    tasks = [
        asyncio.create_task(channel.deliver_forever()),
        asyncio.create_task(housekeeping(app)),
    ]
    runner = await channel.serve_http(host, port, events=app_token is None)
    socket = await channel.connect_socket_mode(app_token) if app_token else None
    if socket is None:
        cli.say("cli-serve-listening", channel="Slack", host=host, port=str(port), path=EVENTS_PATH)
    else:
        cli.say("cli-serve-socket", channel="Slack", host=host, port=str(port))
    try:
        await asyncio.Event().wait()
    finally:
        for task in tasks:
            task.cancel()
        if socket is not None:
            await socket.close_async()  # type: ignore[no-untyped-call]
        await runner.cleanup()
        await app.close()


async def housekeeping(app: App) -> None:
    """Forget old delivery ids; they only need to outlive the platforms' redelivery window."""
    while True:
        try:
            async with app.unit() as uow:
                await uow.repos.forget_deliveries(app.core.clock.now() - KEEP_DELIVERY_IDS)
                await uow.commit()
        except Exception:  # the next round tries again; serving goes on meanwhile
            log.exception("housekeeping failed")
        await asyncio.sleep(HOUSEKEEPING_SECONDS)
