"""`supportbot invite`: a single-use, expiring Telegram deep link for a buyer or staff member."""

from __future__ import annotations

import argparse
import asyncio
from typing import TYPE_CHECKING

from bot import linking
from bot.admin import admin_actor
from bot.app import open_storage
from bot.clock import Clock
from bot.messages import Message
from bot.serve import required
from storage.models import Buyer

if TYPE_CHECKING:
    from bot.cli import Cli


def run_invite(cli: Cli, args: argparse.Namespace) -> int:
    ttl = linking.parse_ttl(args.ttl)
    bot = cli.settings.telegram_bot_username or asyncio.run(_ask_username(cli))
    engine, units = open_storage(cli.settings)

    async def create() -> Message:
        try:
            async with units() as uow:
                now = Clock().now()
                found, person = await linking.invite(
                    uow.repos, now, ttl, args.buyer, args.staff, args.customer, args.name
                )
                kind = "buyer" if isinstance(person, Buyer) else "staff"
                uow.repos.audit.record(
                    now, admin_actor(), "invite", f"{kind}:{person.id}", ttl=args.ttl
                )
                await uow.commit()
        finally:
            await engine.dispose()
        who = (
            f"{person.name} ({person.customer.name})" if isinstance(person, Buyer) else person.name
        )
        link = f"https://t.me/{bot}?start={found.code}"
        return Message("cli-invite-link", {"who": who, "until": found.expires_at, "link": link})

    print(cli.translator.format(cli.language, asyncio.run(create())))
    return 0


async def _ask_username(cli: Cli) -> str:
    """The bot's @username from Telegram (getMe), unless TELEGRAM_BOT_USERNAME gives it."""
    from bot.channels.telegram import bot_username

    token = required(cli.settings, "telegram_bot_token", "TELEGRAM_BOT_TOKEN")
    return await bot_username(token, cli.settings.telegram_api_base_url)
