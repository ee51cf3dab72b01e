"""Admin commands on people's data: `buyer export`, `buyer erase` and `audit`."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import sys
from typing import TYPE_CHECKING, Any

from bot.app import open_storage
from bot.clock import Clock
from bot.messages import Message
from bot.privacy import erase_buyer, export_buyer

if TYPE_CHECKING:
    from bot.cli import Cli


def admin_actor() -> str:
    """Who runs an admin command, for the audit trail."""
    try:
        return f"admin:{getpass.getuser()}"
    except (KeyError, OSError):
        return "admin"


def run_buyer(cli: Cli, args: argparse.Namespace) -> int:
    if args.buyer_command == "erase" and not args.yes:
        return cli.fail("cli-buyer-erase-confirm", buyer=args.handle)
    engine, units = open_storage(cli.settings)

    async def act() -> int:
        try:
            async with units() as uow:
                buyer = await uow.repos.buyer_by_handle(args.handle)
                if buyer is None:
                    return cli.fail("cli-buyer-unknown", handle=args.handle)
                now = Clock().now()
                subject = f"buyer:{buyer.id}"
                if args.buyer_command == "export":
                    data = await export_buyer(uow.repos, buyer)
                    uow.repos.audit(now, admin_actor(), "buyer.export", subject)
                    await uow.commit()
                    return _write(cli, args, data)
                counts = await erase_buyer(uow.repos, buyer)
                uow.repos.audit(now, admin_actor(), "buyer.erase", subject, **counts)
                await uow.commit()
                cli.say("cli-buyer-erased", buyer=args.handle, **counts)
                return 0
        finally:
            await engine.dispose()

    return asyncio.run(act())


def _write(cli: Cli, args: argparse.Namespace, data: object) -> int:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if args.output is None:
        print(text)
        return 0
    args.output.write_text(text + "\n", encoding="utf-8")
    print(cli.t("cli-buyer-exported", buyer=args.handle, file=str(args.output)), file=sys.stderr)
    return 0


def run_audit(cli: Cli, args: argparse.Namespace) -> int:
    engine, units = open_storage(cli.settings)

    async def show() -> int:
        try:
            async with units() as uow:
                entries = await uow.repos.audit_trail(args.limit)
        finally:
            await engine.dispose()
        if not entries:
            cli.say("cli-audit-none")
        for entry in entries:
            details = ", ".join(f"{k}={v}" for k, v in entry.details.items())
            line = Message(
                "cli-audit-line",
                {
                    "at": entry.at,
                    "actor": entry.actor,
                    "action": entry.action,
                    "subject": entry.subject,
                    "details": details or "–",
                },
            )
            print(cli.translator.format(cli.language, line))
        return 0

    return asyncio.run(show())


# --- data management: import, list, contacts' hours and absence ---------------------------


def run_import(cli: Cli, args: argparse.Namespace) -> int:
    """Check a CSV file and report what it would change; write it only with --apply."""
    from bot.app import load_knowledge
    from bot.importer import read_rows

    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return cli.fail("import-unreadable", file=str(args.file), reason=type(error).__name__)
    rows, problems = read_rows(text, args.kind)
    if problems:
        return _import_failed(cli, args, problems)
    catalog = load_knowledge(cli.settings).catalog
    engine, units = open_storage(cli.settings)

    async def apply() -> int:
        from bot.importer import import_rows

        try:
            async with units() as uow:
                now = Clock().now()
                report = await import_rows(
                    uow.repos, catalog, cli.settings.languages, args.kind, rows, now
                )
                if report.problems:
                    return _import_failed(cli, args, report.problems)
                _show_changes(cli, args, report)
                if args.apply:
                    uow.repos.audit(
                        now,
                        admin_actor(),
                        f"import.{args.kind}",
                        str(args.file),
                        created=report.count("create"),
                        updated=report.count("update"),
                    )
                    await uow.commit()
                return 0
        finally:
            await engine.dispose()

    return asyncio.run(apply())


def _import_failed(cli: Cli, args: argparse.Namespace, problems: list[Any]) -> int:
    for problem in problems:
        text = cli.translator.format(cli.language, problem.message)
        print(
            cli.t("import-problem", file=str(args.file), row=str(problem.row), text=text),
            file=sys.stderr,
        )
    return cli.fail("import-failed", problems=len(problems))


def _show_changes(cli: Cli, args: argparse.Namespace, report: Any) -> None:
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
