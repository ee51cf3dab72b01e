"""The `supportbot` command: the parser, built from the command groups, and the dispatch."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from bot.admin import (
    chat,
    data,
    imports,
    linking,
    nlu,
    people,
    privacy,
    serving,
    staffdesk,
)
from bot.admin.output import Cli, Runner
from bot.channels import registry
from bot.settings import load_settings

GROUPS = (chat, data, nlu, staffdesk, linking, privacy, imports, people)


def build_parser(cli: Cli, command: str | None = None) -> argparse.ArgumentParser:
    """Every command; `serve`'s channel options only when serving (see the channel registry)."""
    t = cli.t
    parser = argparse.ArgumentParser(prog="supportbot", description=t("cli-description"))
    parser.add_argument("-v", "--verbose", action="store_true", help=t("cli-verbose"))
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in GROUPS:
        group.add_parsers(commands, cli)
    serving.add_parsers(commands, cli, registry.served() if command == "serve" else [])
    return parser


def runners() -> dict[str, Runner]:
    found: dict[str, Runner] = {}
    for group in (*GROUPS, serving):
        found.update(group.COMMANDS)
    return found


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    cli = Cli(load_settings())
    command = next((w for w in words if not w.startswith("-")), None)
    args = build_parser(cli, command).parse_args(words)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return runners()[args.command](cli, args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. piped into `head`: the reader left, nothing is wrong
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
