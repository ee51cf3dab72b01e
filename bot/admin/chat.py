"""`supportbot chat`: talk to the bot in the terminal as a buyer."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.admin.output import Cli, Commands, Runner
from bot.channels.console import Console
from bot.runtime.terminal import run
from bot.settings import default_data_dir


def add_parsers(commands: Commands, cli: Cli) -> None:
    t = cli.t
    chat = commands.add_parser("chat", help=t("cli-chat"), description=t("cli-chat"))
    chat.add_argument("--as", dest="handle", required=True, help=t("cli-chat-as"))
    chat.add_argument("--json", action="store_true", help=t("cli-chat-json"))
    chat.add_argument("--now", help=t("cli-now"))


def _chat(cli: Cli, args: argparse.Namespace) -> int:
    async def chat() -> None:
        app = cli.app(args.now)
        try:
            invitations = default_data_dir() / "invitations"
            console = Console(app, args.handle, args.json, sys.stdout, invitations)
            await run(console, sys.stdin)
        finally:
            await app.close()

    asyncio.run(chat())
    return 0


COMMANDS: dict[str, Runner] = {"chat": _chat}
