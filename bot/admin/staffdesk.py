"""`supportbot escalations`: the staff side in the terminal (list, show, claim, reply, resolve)."""

from __future__ import annotations

import argparse
import asyncio
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.admin.output import Cli, Commands, Runner, admin_actor
from bot.app import App
from bot.core import language
from bot.core.notices import enqueue
from handlers.base import Arg, Message, Notice, UserFacingError
from handlers.escalation import desk
from storage.models import Escalation, Staff
from storage.repositories import ACTIVE_ESCALATION, Repositories


def add_parsers(commands: Commands, cli: Cli) -> None:
    t = cli.t
    esc = commands.add_parser(
        "escalations", help=t("cli-escalations"), description=t("cli-escalations")
    )
    actions = esc.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help=t("cli-esc-list"))
    listing.add_argument("--as", dest="staff", help=t("cli-esc-as"))
    listing.add_argument("--all", action="store_true", help=t("cli-esc-all"))
    for name in ("show", "claim", "reply", "resolve"):
        action = actions.add_parser(name, help=t(f"cli-esc-{name}"))
        action.add_argument("id", type=int, help=t("cli-esc-id"))
        action.add_argument("--as", dest="staff", help=t("cli-esc-as"))
        if name == "reply":
            action.add_argument("text", help=t("cli-esc-text"))
        action.add_argument("--now", help=t("cli-now"))


def _escalations(cli: Cli, args: argparse.Namespace) -> int:
    return asyncio.run(_run(cli, args, cli.app(getattr(args, "now", None))))


async def _run(cli: Cli, args: argparse.Namespace, app: App) -> int:
    try:
        async with app.unit() as uow:
            code = await _act(cli, args, app, uow.repos)
            await uow.commit()
            return code
    finally:
        await app.close()


def _print(app: App, speaks: str, message_id: str, **args: Arg) -> None:
    print(app.translator.format(speaks, Message(message_id, args)))


async def _act(cli: Cli, args: argparse.Namespace, app: App, repos: Repositories) -> int:
    staff = await repos.people.staff_by_handle(args.staff) if args.staff else None
    if args.staff and staff is None:
        return cli.fail("staff-unknown", handle=args.staff)
    speaks = language.of_staff(staff, cli.language)
    if args.action == "list":
        return await _list(app, repos, staff, speaks, args.all)
    escalation = await repos.cases.get(args.id)
    if escalation is None:
        return cli.fail("staff-escalation-unknown", id=args.id)
    actor = staff or await repos.people.staff(escalation.staff_id)
    assert actor is not None
    now = app.core.clock.now()
    who = f"staff:{staff.handle}" if staff else admin_actor()
    subject = f"escalation:{escalation.id}"
    try:
        if staff is not None:  # an admin (no --as) acts for the case's contact
            await desk.require_own(repos, staff, escalation)
        if args.action == "show":
            return await _show(app, repos, escalation, speaks)
        notices = await _change(args, repos, escalation, actor, now)
    except UserFacingError as refusal:
        repos.audit.record(now, who, f"escalation.{args.action}-refused", subject)
        print(app.translator.format(speaks, refusal.message))
        return 1
    for notice in notices:
        enqueue(repos, notice, now)
    repos.audit.record(now, who, f"escalation.{args.action}", subject)
    _print(app, speaks, f"staff-done-{args.action}", id=escalation.id)
    return 0


async def _change(
    args: argparse.Namespace,
    repos: Repositories,
    escalation: Escalation,
    actor: Staff,
    now: datetime,
) -> list[Notice]:
    if args.action == "claim":
        return await desk.claim(repos, escalation, actor, now)
    if args.action == "reply":
        return await desk.answer(repos, escalation, actor, args.text, now)
    return await desk.resolve(repos, escalation, actor, now)


async def _list(
    app: App, repos: Repositories, staff: Staff | None, speaks: str, everything: bool
) -> int:
    statuses = ("open", "claimed", "resolved") if everything else ACTIVE_ESCALATION
    found = desk.by_priority(await repos.cases.with_status(statuses, staff.id if staff else None))
    if not found:
        _print(app, speaks, "staff-none")
    for item in found:
        customer = await repos.people.customer(item.customer_id)
        assignee = await repos.people.staff(item.staff_id)
        _print(
            app,
            speaks,
            "staff-escalation-line",
            id=item.id,
            status=Message(f"status-{item.status}"),
            priority=Message(f"priority-{item.priority}"),
            customer=customer.name if customer else "",
            assignee=assignee.name if assignee else "",
            created=_local(item.created_at, staff or assignee),
        )
    return 0


async def _show(app: App, repos: Repositories, escalation: Escalation, speaks: str) -> int:
    customer = await repos.people.customer(escalation.customer_id)
    buyer = await repos.people.buyer(escalation.buyer_id) if escalation.buyer_id else None
    contracts = list(await repos.contracts.of_customer(escalation.customer_id))
    lines = await repos.cases.messages(escalation.id)
    names = (buyer.name if buyer else "", customer.name if customer else "")
    brief = desk.staff_brief(escalation, lines, *names, contracts, None)
    print(app.translator.render(speaks, brief))
    _print(app, speaks, "staff-escalation-status", status=Message(f"status-{escalation.status}"))
    return 0


def _local(moment: datetime, staff: Staff | None) -> datetime:
    """Times are shown in the staff member's own zone (an admin sees each case in the zone of
    the contact it is assigned to)."""
    return moment.astimezone(ZoneInfo(staff.time_zone)) if staff else moment


COMMANDS: dict[str, Runner] = {"escalations": _escalations}
