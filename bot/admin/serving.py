"""`supportbot serve [CHANNEL]`: the chat channels, each with the options it declares."""

from __future__ import annotations

import argparse
import asyncio

from bot.admin.output import Cli, Commands, Runner
from bot.channels import registry
from bot.channels.base import ChannelKind, MissingSetting


def add_parsers(commands: Commands, cli: Cli, kinds: list[ChannelKind]) -> None:
    """`kinds`: the channels whose options to offer (loaded only when serving: see registry)."""
    t = cli.t
    serve_ = commands.add_parser("serve", help=t("cli-serve"), description=t("cli-serve"))
    names = [k.name for k in kinds] or None
    serve_.add_argument("channel", nargs="?", choices=names, help=t("cli-serve-channel"))
    for kind in kinds:
        for option in kind.options:
            action = "store" if option.takes_value else "store_true"
            serve_.add_argument(option.flag, action=action, help=t(option.help))
    serve_.add_argument("--host", help=t("cli-serve-host"))
    serve_.add_argument("--port", type=int, help=t("cli-serve-port"))
    serve_.add_argument("--now", help=t("cli-now"))


def _chosen(args: argparse.Namespace) -> list[ChannelKind]:
    """The channel named, else every channel whose credentials are set."""
    if args.channel:
        return [registry.kind(args.channel)]
    served = registry.served()
    found = [kind for kind in served if kind.configured()]
    if not found:
        raise MissingSetting(" / ".join(kind.credentials for kind in served))
    return found


def _serve(cli: Cli, args: argparse.Namespace) -> int:
    host = args.host or cli.settings.host
    port = args.port if args.port is not None else cli.settings.port

    # The HTTP server's aiohttp takes 0.15 s to import: only serving pays for it.
    from bot.runtime.serve import serve

    async def run() -> None:
        kinds = _chosen(args)
        app = cli.app(args.now)
        try:
            channels = [kind.serve(app, vars(args)) for kind in kinds if kind.serve is not None]
        except MissingSetting:
            await app.close()
            raise
        await serve(app, channels, host, port, cli.show)

    try:
        asyncio.run(run())
    except MissingSetting as missing:
        return cli.fail("cli-serve-missing-setting", name=missing.name)
    return 0


COMMANDS: dict[str, Runner] = {"serve": _serve}
