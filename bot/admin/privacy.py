"""`supportbot buyer export|erase` and `audit`: everything stored about one buyer, exported or
erased (the hours ledger stays whole), and who did what.

Bookings and ledger entries belong to the customer's contract: erasing a buyer keeps them (so
every total stays right) and removes or anonymises everything that is about the person.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import datetime
from pathlib import Path

from bot.admin.output import Cli, Commands, Runner, admin_actor
from bot.app import database
from bot.clock import Clock
from handlers.base import Message
from storage.models import Buyer
from storage.repositories import Repositories


def add_parsers(commands: Commands, cli: Cli) -> None:
    t = cli.t
    buyer = commands.add_parser("buyer", help=t("cli-buyer"), description=t("cli-buyer"))
    actions = buyer.add_subparsers(dest="buyer_command", required=True, metavar="ACTION")
    export = actions.add_parser("export", help=t("cli-buyer-export"))
    export.add_argument("handle", help=t("cli-buyer-id"))
    export.add_argument("--output", type=Path, help=t("cli-buyer-output"))
    erase = actions.add_parser("erase", help=t("cli-buyer-erase"))
    erase.add_argument("handle", help=t("cli-buyer-id"))
    erase.add_argument("--yes", action="store_true", help=t("cli-buyer-yes"))
    audit = commands.add_parser("audit", help=t("cli-audit"), description=t("cli-audit"))
    audit.add_argument("--limit", type=int, default=50, help=t("cli-audit-limit"))


def _buyer(cli: Cli, args: argparse.Namespace) -> int:
    if args.buyer_command == "erase" and not args.yes:
        return cli.fail("cli-buyer-erase-confirm", buyer=args.handle)

    async def act() -> int:
        async with database(cli.settings) as uow:
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
            cli.say("cli-buyer-erased-notices", notices=counts["notices"])
            return 0

    return asyncio.run(act())


def _write(cli: Cli, args: argparse.Namespace, data: object) -> int:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if args.output is None:
        print(text)
        return 0
    args.output.write_text(text + "\n", encoding="utf-8")
    print(cli.t("cli-buyer-exported", buyer=args.handle, file=str(args.output)), file=sys.stderr)
    return 0


def _audit(cli: Cli, args: argparse.Namespace) -> int:
    async def show() -> int:
        async with database(cli.settings) as uow:
            entries = await uow.repos.audit.latest(args.limit)
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


def _when(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


async def export_buyer(repos: Repositories, buyer: Buyer) -> dict[str, object]:
    identities = await repos.accounts.of_buyer(buyer.id)
    accounts, transcript = [], []
    for identity in identities:
        conversation = await repos.chats.conversation_of(identity.id)
        accounts.append(
            {
                "channel": identity.channel,
                "account": identity.external_id,
                "linked_at": _when(identity.created_at),
                "language": conversation.language if conversation else None,
                "language_chosen": conversation.language_explicit if conversation else False,
            }
        )
        transcript += [
            {
                "channel": identity.channel,
                "direction": line.direction,
                "text": line.text,
                "at": _when(line.created_at),
            }
            for line in await repos.chats.transcript_of(identity.id)
        ]
    return {
        "buyer": {
            "id": buyer.id,
            "handle": buyer.handle,
            "name": buyer.name,
            "customer": buyer.customer.name,
            "preferred_language": buyer.preferred_language,
        },
        "accounts": accounts,
        "messages": transcript,
        "bookings": [
            {
                "meeting_type": b.meeting_type,
                "starts_at": _when(b.starts_at),
                "ends_at": _when(b.ends_at),
                "participants": b.participants,
                "status": b.status,
                "booked_at": _when(b.created_at),
            }
            for b in await repos.bookings.of_buyer(buyer.id)
        ],
        "escalations": [
            {
                "id": e.id,
                "status": e.status,
                "priority": e.priority,
                "opened_at": _when(e.created_at),
                "messages": [
                    {"author": m.author, "text": m.text, "at": _when(m.created_at)}
                    for m in await repos.cases.messages(e.id)
                ],
            }
            for e in await repos.cases.of_buyer(buyer.id)
        ],
        "invitations": [
            {
                "created_at": _when(i.created_at),
                "expires_at": _when(i.expires_at),
                "used_at": _when(i.used_at),
            }
            for i in await repos.accounts.invites_of_buyer(buyer.id)
        ],
    }


async def erase_buyer(repos: Repositories, buyer: Buyer) -> dict[str, int]:
    """Remove what the person said and who they are; keep bookings and ledger for the totals."""
    counts = {"accounts": 0, "messages": 0, "escalation_messages": 0, "invitations": 0}
    accounts = list(await repos.accounts.of_buyer(buyer.id))
    cases = [escalation.id for escalation in await repos.cases.of_buyer(buyer.id)]
    counts["notices"] = await repos.outbox.forget(cases, [a.id for a in accounts])
    for identity in accounts:
        counts["messages"] += await repos.chats.forget_identity(identity.id)
        identity.external_id = f"erased-{identity.id}"
        identity.address, identity.buyer_id = None, None
        counts["accounts"] += 1
    for escalation in await repos.cases.of_buyer(buyer.id):
        for message in await repos.cases.messages(escalation.id):
            if message.author in ("buyer", "bot"):
                await repos.delete(message)
                counts["escalation_messages"] += 1
    for invite in await repos.accounts.invites_of_buyer(buyer.id):
        await repos.delete(invite)
        counts["invitations"] += 1
    buyer.handle, buyer.name, buyer.preferred_language = f"erased-{buyer.id}", "", None
    await repos.flush()
    return counts


COMMANDS: dict[str, Runner] = {"buyer": _buyer, "audit": _audit}
