"""Admin commands on people's data: `buyer export`, `buyer erase` and `audit`."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import re
import sys
from datetime import date
from typing import TYPE_CHECKING, Any
from zoneinfo import available_timezones

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
                buyer = await uow.repos.people.buyer_by_handle(args.handle)
                if buyer is None and args.handle.isdigit():  # the buyer's number works too
                    buyer = await uow.repos.people.buyer(int(args.handle))
                if buyer is None:
                    return cli.fail("cli-buyer-unknown", handle=args.handle)
                now = Clock().now()
                subject = f"buyer:{buyer.id}"
                if args.buyer_command == "export":
                    data = await export_buyer(uow.repos, buyer)
                    uow.repos.audit.record(now, admin_actor(), "buyer.export", subject)
                    await uow.commit()
                    return _write(cli, args, data)
                counts = await erase_buyer(uow.repos, buyer)
                uow.repos.audit.record(now, admin_actor(), "buyer.erase", subject, **counts)
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
                entries = await uow.repos.audit.latest(args.limit)
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


DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def parse_hours(text: str) -> dict[str, list[str]]:
    """`mon-fri 09:00-17:00`, or several parts: `mon-thu 08:00-16:00, fri 08:00-12:00`."""
    hours: dict[str, list[str]] = {}
    for part in filter(None, (p.strip() for p in text.lower().split(","))):
        match = re.fullmatch(r"([a-z]{3})(?:-([a-z]{3}))?\s+(\d\d:\d\d)-(\d\d:\d\d)", part)
        if not match or match.group(1) not in DAYS or (match.group(2) or "mon") not in DAYS:
            raise ValueError(part)
        first = DAYS.index(match.group(1))
        last = DAYS.index(match.group(2) or match.group(1))
        start, end = match.group(3), match.group(4)
        if not "00:00" <= start < end <= "24:00" or last < first:
            raise ValueError(part)
        for day in DAYS[first : last + 1]:
            hours[day] = [start, end]
    if not hours:
        raise ValueError(text)
    return hours


def run_contact(cli: Cli, args: argparse.Namespace) -> int:
    """Show a contact's time zone, working hours and absence; change what is given."""
    try:
        hours = parse_hours(args.hours) if args.hours else None
    except ValueError:
        return cli.fail("contact-bad-hours", hours=args.hours)
    if args.zone and args.zone not in available_timezones():
        return cli.fail("import-bad-zone", value=args.zone)
    away = _away(args.away) if args.away else None
    if args.away and away is None:
        return cli.fail("contact-bad-away", away=" ".join(args.away))
    engine, units = open_storage(cli.settings)

    async def change() -> int:
        try:
            async with units() as uow:
                staff = await uow.repos.people.staff_by_handle(args.handle)
                if staff is None:
                    return cli.fail("staff-unknown", handle=args.handle)
                changed = _apply(staff, args.zone, hours, away, args.back)
                if changed:
                    now = Clock().now()
                    subject = f"staff:{staff.handle}"
                    uow.repos.audit.record(
                        now, admin_actor(), "contact.set", subject, fields=changed
                    )
                    await uow.commit()
                _show_contact(cli, staff)
                return 0
        finally:
            await engine.dispose()

    return asyncio.run(change())


def _away(pair: list[str]) -> tuple[date, date] | None:
    try:
        start, end = date.fromisoformat(pair[0]), date.fromisoformat(pair[1])
    except ValueError:
        return None
    return (start, end) if start <= end else None


def _apply(
    staff: Any,
    zone: str | None,
    hours: dict[str, list[str]] | None,
    away: tuple[date, date] | None,
    back: bool,
) -> list[str]:
    changed = []
    if zone:
        staff.time_zone = zone
        changed.append("time_zone")
    if hours:
        staff.working_hours = hours
        changed.append("working_hours")
    if away:
        staff.away_from, staff.away_until = away
        changed.append("away")
    if back:
        staff.away_from = staff.away_until = None
        changed.append("away")
    return changed


def _show_contact(cli: Cli, staff: Any) -> None:
    hours = ", ".join(f"{day} {span[0]}-{span[1]}" for day, span in staff.working_hours.items())
    cli.say(
        "contact-shown", name=staff.name, handle=staff.handle, zone=staff.time_zone, hours=hours
    )
    if staff.away_from and staff.away_until:
        cli.say("contact-away", start=staff.away_from, end=staff.away_until)
    else:
        cli.say("contact-not-away")


def run_list(cli: Cli, args: argparse.Namespace) -> int:
    """One line per contact, customer or buyer (with --customer: only that customer's)."""
    engine, units = open_storage(cli.settings)

    async def show() -> int:
        try:
            async with units() as uow:
                lines = await _lines(uow.repos, args.kind, args.customer)
        finally:
            await engine.dispose()
        for message in lines:
            print(cli.translator.format(cli.language, message))
        if not lines:
            cli.say("list-none")
        return 0

    return asyncio.run(show())


async def _lines(repos: Any, kind: str, customer_key: str | None) -> list[Message]:
    if kind == "contacts":
        return [
            Message(
                "list-contact",
                {
                    "handle": s.handle,
                    "name": s.name,
                    "zone": s.time_zone,
                    "languages": ", ".join(s.languages),
                },
            )
            for s in await repos.people.all_staff()
        ]
    customers = await repos.people.all_customers()
    if customer_key:
        customers = [c for c in customers if c.key == customer_key]
    if kind == "customers":
        return [
            Message(
                "list-customer",
                {
                    "key": c.key,
                    "name": c.name,
                    "language": c.default_language,
                    "contact": c.contact.handle,
                },
            )
            for c in customers
        ]
    return [
        Message("list-buyer", {"handle": b.handle, "name": b.name, "customer": c.key})
        for c in customers
        for b in await repos.people.buyers_of_customer(c.id)
    ]


def run_show(cli: Cli, args: argparse.Namespace) -> int:
    """One customer in full: who, contact, contracts, buyers with their accounts, orders."""
    engine, units = open_storage(cli.settings)

    async def show() -> int:
        try:
            async with units() as uow:
                customer = await uow.repos.people.customer_by_key(args.key)
                if customer is None:
                    return cli.fail("cli-customer-unknown", handle=args.key)
                lines = await _customer_lines(uow.repos, customer)
        finally:
            await engine.dispose()
        for message in lines:
            print(cli.translator.format(cli.language, message))
        return 0

    return asyncio.run(show())


async def _customer_lines(repos: Any, customer: Any) -> list[Message]:
    lines = [
        Message(
            "show-customer",
            {
                "key": customer.key,
                "name": customer.name,
                "language": customer.default_language,
                "zone": customer.time_zone,
                "contact": customer.contact.name,
            },
        )
    ]
    for contract in await repos.contracts.of_customer(customer.id):
        package = Message(f"package-{contract.package_key}")
        period = {"start": contract.starts_on, "end": contract.ends_on}
        lines.append(Message("show-contract", {"package": package, **period}))
    for buyer in await repos.people.buyers_of_customer(customer.id):
        accounts = await repos.accounts.of_buyer(buyer.id)
        linked = ", ".join(f"{i.channel}:{i.external_id}" for i in accounts) or "–"
        lines.append(
            Message("show-buyer", {"handle": buyer.handle, "name": buyer.name, "accounts": linked})
        )
    for order in await repos.orders.of_customer(customer.id):
        lines.append(
            Message("show-order", {"reference": order.reference, "received": order.received_on})
        )
    return lines
