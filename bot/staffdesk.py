"""The staff side in the terminal: list, show, claim, reply to and resolve escalations."""

from __future__ import annotations

import argparse
import asyncio
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.admin import admin_actor
from bot.app import App, build_app
from bot.clock import Clock, parse_now
from bot.conversation import enqueue
from bot.messages import Message
from handlers import escalation as desk
from handlers.base import Notice, UserFacingError
from storage.models import Escalation, Staff
from storage.repositories import ACTIVE_ESCALATION, Repositories

if TYPE_CHECKING:
    from bot.cli import Cli


def run_action(cli: Cli, args: argparse.Namespace) -> int:
    clock = parse_now(args.now) if getattr(args, "now", None) else Clock()
    return asyncio.run(_run(cli, args, build_app(cli.settings, clock)))


async def _run(cli: Cli, args: argparse.Namespace, app: App) -> int:
    try:
        async with app.unit() as uow:
            code = await _act(cli, args, app, uow.repos)
            await uow.commit()
            return code
    finally:
        await app.close()


def _print(app: App, language: str, message_id: str, **args: object) -> None:
    print(app.translator.format(language, Message(message_id, args)))  # type: ignore[arg-type]


async def _act(cli: Cli, args: argparse.Namespace, app: App, repos: Repositories) -> int:
    staff = await repos.people.staff_by_handle(args.staff) if args.staff else None
    if args.staff and staff is None:
        return cli.fail("staff-unknown", handle=args.staff)
    language = staff.languages[0] if staff and staff.languages else cli.language
    if args.action == "list":
        return await _list(app, repos, staff, language, args.all)
    escalation = await repos.cases.get(args.id)
    if escalation is None:
        return cli.fail("staff-escalation-unknown", id=args.id)
    actor = staff or await repos.people.staff(escalation.staff_id)
    assert actor is not None
    if args.action == "show":
        return await _show(app, repos, escalation, language)
    now = app.core.clock.now()
    try:
        notices = await _change(args, repos, escalation, actor, now)
    except UserFacingError as refusal:
        print(app.translator.format(language, refusal.message))
        return 1
    for notice in notices:
        enqueue(repos, notice, now)
    who = f"staff:{staff.handle}" if staff else admin_actor()
    repos.audit.record(now, who, f"escalation.{args.action}", f"escalation:{escalation.id}")
    _print(app, language, f"staff-done-{args.action}", id=escalation.id)
    return 0


async def _change(
    args: argparse.Namespace,
    repos: Repositories,
    escalation: Escalation,
    actor: Staff,
    now: object,
) -> list[Notice]:
    if args.action == "claim":
        return await desk.claim(repos, escalation, actor, now)  # type: ignore[arg-type]
    if args.action == "reply":
        return await desk.answer(repos, escalation, actor, args.text, now)  # type: ignore[arg-type]
    return await desk.resolve(repos, escalation, actor, now)  # type: ignore[arg-type]


async def _list(
    app: App, repos: Repositories, staff: Staff | None, language: str, everything: bool
) -> int:
    statuses = ("open", "claimed", "resolved") if everything else ACTIVE_ESCALATION
    found = desk.by_priority(await repos.cases.with_status(statuses, staff.id if staff else None))
    if not found:
        _print(app, language, "staff-none")
    for item in found:
        customer = await repos.people.customer(item.customer_id)
        assignee = await repos.people.staff(item.staff_id)
        _print(
            app,
            language,
            "staff-escalation-line",
            id=item.id,
            status=Message(f"status-{item.status}"),
            priority=Message(f"priority-{item.priority}"),
            customer=customer.name if customer else "",
            assignee=assignee.name if assignee else "",
            created=_local(item.created_at, staff),
        )
    return 0


async def _show(app: App, repos: Repositories, escalation: Escalation, language: str) -> int:
    customer = await repos.people.customer(escalation.customer_id)
    buyer = await repos.people.buyer(escalation.buyer_id) if escalation.buyer_id else None
    contracts = list(await repos.contracts.of_customer(escalation.customer_id))
    brief = desk.staff_brief(
        escalation, buyer.name if buyer else "", customer.name if customer else "", contracts, None
    )
    print(app.translator.render(language, brief))
    _print(app, language, "staff-escalation-status", status=Message(f"status-{escalation.status}"))
    return 0


def _local(moment: datetime, staff: Staff | None) -> datetime:
    """Times are shown in the staff member's own zone (UTC for an admin without one)."""
    return moment.astimezone(ZoneInfo(staff.time_zone)) if staff else moment
