"""Setting up and checking: `db upgrade`, `demo`, `catalog check`, `locales check`."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from bot.admin.output import Cli, Commands, Runner, dump_json
from bot.app import intents_of
from bot.i18n.check import check_locales
from handlers import CAPABILITIES
from handlers.base import Message
from storage import demo
from storage.catalog import CatalogError, load_catalog


def add_parsers(commands: Commands, cli: Cli) -> None:
    t = cli.t
    db = commands.add_parser("db", help=t("cli-db"), description=t("cli-db"))
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_commands.add_parser("upgrade", help=t("cli-db-upgrade"))

    demo_ = commands.add_parser("demo", help=t("cli-demo"), description=t("cli-demo"))
    demo_.add_argument("--now", help=t("cli-now"))
    demo_.add_argument("--if-missing", action="store_true", help=t("cli-demo-if-missing"))

    catalog = commands.add_parser("catalog", help=t("cli-catalog"), description=t("cli-catalog"))
    catalog_commands = catalog.add_subparsers(
        dest="catalog_command", required=True, metavar="ACTION"
    )
    check = catalog_commands.add_parser("check", help=t("cli-catalog-check"))
    check.add_argument("directory", nargs="?", type=Path, help=t("cli-catalog-dir"))

    locales = commands.add_parser("locales", help=t("cli-locales"), description=t("cli-locales"))
    locale_commands = locales.add_subparsers(
        dest="locales_command", required=True, metavar="ACTION"
    )
    locale_check = locale_commands.add_parser("check", help=t("cli-locales-check"))
    locale_check.add_argument("directory", nargs="?", type=Path, help=t("cli-locales-dir"))
    locale_check.add_argument("--json", action="store_true", help=t("cli-json"))


def _db(cli: Cli, args: argparse.Namespace) -> int:
    # Alembic (with Mako and Pygments) takes 0.2 s to import: only this command pays for it.
    from storage.migrate import upgrade

    upgrade(cli.settings.database_url.get_secret_value())
    cli.say("cli-db-upgraded")
    return 0


def _demo(cli: Cli, args: argparse.Namespace) -> int:
    async def load() -> bool:
        app = cli.app(args.now)
        try:
            async with app.unit() as uow:
                if args.if_missing and await demo.has_demo(uow.repos):
                    return False
                await demo.load(uow.repos, app.catalog, app.core.clock.now())
                await uow.commit()
                return True
        finally:
            await app.close()

    loaded = asyncio.run(load())
    cli.say(
        "cli-demo-loaded" if loaded else "cli-demo-kept",
        handles=", ".join(c.handle for c in demo.CUSTOMERS),
    )
    return 0


def _catalog(cli: Cli, args: argparse.Namespace) -> int:
    directory = args.directory or cli.settings.catalog_dir
    try:
        catalog = load_catalog(directory)
    except CatalogError as error:
        for problem in error.problems:
            where = {"file": problem.file, "entry": problem.entry, "reason": problem.reason}
            print(cli.t("cli-catalog-problem", **where), file=sys.stderr)
        return 1
    cli.say("cli-catalog-ok", packages=len(catalog.packages), providers=len(catalog.providers))
    return 0


def _locales(cli: Cli, args: argparse.Namespace) -> int:
    settings = cli.settings
    directory = args.directory or settings.locales_dir
    problems = check_locales(
        directory, settings.languages, settings.reference_language, intents_of(CAPABILITIES)
    )
    errors = sum(p.severity == "error" for p in problems)
    if args.json:
        dump_json([{**vars(p), "text": cli.text(p.message)} for p in problems])
        return 1 if errors else 0
    for problem in problems:
        line = cli.t(
            "cli-locales-line",
            file=problem.file,
            line=str(problem.line),
            severity=Message(f"check-severity-{problem.severity}"),
            text=problem.message,
        )
        print(line, file=sys.stderr if problem.severity == "error" else sys.stdout)
    warnings = len(problems) - errors
    if errors:
        return cli.fail("cli-locales-failed", errors=errors, warnings=warnings)
    cli.say("cli-locales-ok", languages=len(settings.languages), warnings=warnings)
    return 0


COMMANDS: dict[str, Runner] = {
    "db": _db,
    "demo": _demo,
    "catalog": _catalog,
    "locales": _locales,
}
