"""`supportbot import KIND FILE`: contacts, customers, buyers, contracts and orders from CSV;
a dry run unless --apply, every problem named by row, nothing written on error."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from bot.admin.importer import IMPORT_KINDS, Problem, Report, import_rows, read_rows
from bot.admin.output import Cli, Commands, Runner, admin_actor
from bot.app import database
from bot.clock import Clock
from handlers.base import Message
from storage.catalog import load_catalog


def add_parsers(commands: Commands, cli: Cli) -> None:
    t = cli.t
    imports = commands.add_parser("import", help=t("cli-import"), description=t("cli-import"))
    imports.add_argument("kind", choices=IMPORT_KINDS, help=t("cli-import-kind"))
    imports.add_argument("file", type=Path, help=t("cli-import-file"))
    imports.add_argument("--apply", action="store_true", help=t("cli-import-apply"))


def _import(cli: Cli, args: argparse.Namespace) -> int:
    """Check a CSV file and report what it would change; write it only with --apply."""
    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return cli.fail("import-unreadable", file=str(args.file), reason=type(error).__name__)
    rows, problems = read_rows(text, args.kind)
    if problems:
        return _import_failed(cli, args, problems)
    catalog = load_catalog(cli.settings.catalog_dir)

    async def apply() -> int:
        async with database(cli.settings) as uow:
            now = Clock().now()
            report = await import_rows(
                uow.repos, catalog, cli.settings.languages, args.kind, rows, now
            )
            if report.problems:
                return _import_failed(cli, args, report.problems)
            _show_changes(cli, args, report)
            if args.apply:
                uow.repos.audit.record(
                    now,
                    admin_actor(),
                    f"import.{args.kind}",
                    str(args.file),
                    created=report.count("create"),
                    updated=report.count("update"),
                )
                await uow.commit()
            return 0

    return asyncio.run(apply())


def _import_failed(cli: Cli, args: argparse.Namespace, problems: list[Problem]) -> int:
    for problem in problems:
        text = cli.translator.format(cli.language, problem.message)
        print(
            cli.t("import-problem", file=str(args.file), row=str(problem.row), text=text),
            file=sys.stderr,
        )
    return cli.fail("import-failed", problems=len(problems))


def _show_changes(cli: Cli, args: argparse.Namespace, report: Report) -> None:
    for change in report.changes:
        if change.action != "unchanged":
            fields = ", ".join(change.fields) or "–"
            cli.say(
                "import-change",
                row=str(change.row),
                action=Message(f"import-action-{change.action}"),
                key=change.key,
                fields=fields,
            )
    counts = {a: report.count(a) for a in ("create", "update", "unchanged")}
    cli.say(
        "import-summary",
        created=counts["create"],
        updated=counts["update"],
        unchanged=counts["unchanged"],
    )
    cli.say("import-written" if args.apply else "import-dry-run")


COMMANDS: dict[str, Runner] = {"import": _import}
