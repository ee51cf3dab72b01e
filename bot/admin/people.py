"""`supportbot contact`, `list` and `show`: contacts' hours and absence, and what is stored
about contacts, customers and buyers."""

from __future__ import annotations

import argparse
import asyncio
import re
from datetime import date
from zoneinfo import available_timezones

from bot.admin.output import Cli, Commands, Runner, admin_actor
from bot.app import database
from bot.clock import Clock
from handlers.base import Message
from storage.models import Customer, Staff
from storage.repositories import Repositories


def add_parsers(commands: Commands, cli: Cli) -> None:
    t = cli.t
    contact = commands.add_parser("contact", help=t("cli-contact"), description=t("cli-contact"))
    contact.add_argument("handle", help=t("cli-link-staff"))
    contact.add_argument("--zone", help=t("cli-contact-zone"))
    contact.add_argument("--hours", help=t("cli-contact-hours"))
    away = contact.add_mutually_exclusive_group()
    away.add_argument("--away", nargs=2, metavar=("FROM", "UNTIL"), help=t("cli-contact-away"))
    away.add_argument("--back", action="store_true", help=t("cli-contact-back"))
    listing = commands.add_parser("list", help=t("cli-list"), description=t("cli-list"))
    listing.add_argument(
        "kind", choices=("contacts", "customers", "buyers"), help=t("cli-list-kind")
    )
    listing.add_argument("--customer", help=t("cli-list-customer"))
    show = commands.add_parser("show", help=t("cli-show"), description=t("cli-show"))
    show_kinds = show.add_subparsers(dest="show_kind", required=True, metavar="KIND")
    show_customer = show_kinds.add_parser("customer", help=t("cli-show"))
    show_customer.add_argument("key", help=t("cli-show-key"))


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


def _contact(cli: Cli, args: argparse.Namespace) -> int:
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

    async def change() -> int:
        async with database(cli.settings) as uow:
            staff = await uow.repos.people.staff_by_handle(args.handle)
            if staff is None:
                return cli.fail("staff-unknown", handle=args.handle)
            changed = _apply(staff, args.zone, hours, away, args.back)
            if changed:
                now = Clock().now()
                subject = f"staff:{staff.handle}"
                uow.repos.audit.record(now, admin_actor(), "contact.set", subject, fields=changed)
                await uow.commit()
            _show_contact(cli, staff)
            return 0

    return asyncio.run(change())


def _away(pair: list[str]) -> tuple[date, date] | None:
    try:
        start, end = date.fromisoformat(pair[0]), date.fromisoformat(pair[1])
    except ValueError:
        return None
    return (start, end) if start <= end else None


def _apply(
    staff: Staff,
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


def _show_contact(cli: Cli, staff: Staff) -> None:
    hours = ", ".join(f"{day} {span[0]}-{span[1]}" for day, span in staff.working_hours.items())
    cli.say(
        "contact-shown", name=staff.name, handle=staff.handle, zone=staff.time_zone, hours=hours
    )
    if staff.away_from and staff.away_until:
        cli.say("contact-away", start=staff.away_from, end=staff.away_until)
    else:
        cli.say("contact-not-away")


def _list(cli: Cli, args: argparse.Namespace) -> int:
    """One line per contact, customer or buyer (with --customer: only that customer's)."""

    async def show() -> int:
        async with database(cli.settings) as uow:
            lines = await _lines(uow.repos, args.kind, args.customer)
        for message in lines:
            print(cli.translator.format(cli.language, message))
        if not lines:
            cli.say("list-none")
        return 0

    return asyncio.run(show())


async def _lines(repos: Repositories, kind: str, customer_key: str | None) -> list[Message]:
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


def _show(cli: Cli, args: argparse.Namespace) -> int:
    """One customer in full: who, contact, contracts, buyers with their accounts, orders."""

    async def show() -> int:
        async with database(cli.settings) as uow:
            customer = await uow.repos.people.customer_by_key(args.key)
            if customer is None:
                return cli.fail("cli-customer-unknown", handle=args.key)
            lines = await _customer_lines(uow.repos, customer)
        for message in lines:
            print(cli.translator.format(cli.language, message))
        return 0

    return asyncio.run(show())


async def _customer_lines(repos: Repositories, customer: Customer) -> list[Message]:
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


COMMANDS: dict[str, Runner] = {"contact": _contact, "list": _list, "show": _show}
