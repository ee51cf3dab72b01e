"""Admin commands on people's data: `buyer export`, `buyer erase` and `audit`."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import sys
from typing import TYPE_CHECKING

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
