"""`supportbot link`, `unlink` and `invite`: chat accounts to buyers and staff, shared channels
to customers, and single-use invitation links for platforms anyone can write to."""

from __future__ import annotations

import argparse
import asyncio
import re
import secrets
import unicodedata
from datetime import datetime, timedelta

from bot.admin.output import Cli, Commands, Runner, admin_actor
from bot.app import database
from bot.channels import registry
from bot.channels.base import ChannelKind, MissingSetting
from bot.clock import Clock
from handlers.base import Message, UserFacingError
from storage.models import Buyer, ChatIdentity, Invite, SharedSpace, Staff
from storage.repositories import Repositories

CODE_BYTES = 24  # 32 characters of A-Za-z0-9_-, within Telegram's 64 for a start parameter
TTL_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def add_parsers(commands: Commands, cli: Cli) -> None:
    t = cli.t
    for name in ("link", "unlink"):
        action = commands.add_parser(name, help=t(f"cli-{name}"), description=t(f"cli-{name}"))
        action.add_argument("channel", choices=registry.names(), help=t("cli-link-channel"))
        action.add_argument("--team", help=t("cli-link-team"))
        account = action.add_mutually_exclusive_group(required=True)
        account.add_argument("--user", help=t("cli-link-user"))
        account.add_argument("--channel", dest="space", help=t("cli-link-space"))
        if name == "link":
            target = action.add_mutually_exclusive_group(required=True)
            target.add_argument("--buyer", help=t("cli-link-buyer"))
            target.add_argument("--staff", help=t("cli-link-staff"))
            target.add_argument("--customer", help=t("cli-link-customer"))
    invite_ = commands.add_parser("invite", help=t("cli-invite"), description=t("cli-invite"))
    who = invite_.add_mutually_exclusive_group(required=True)
    who.add_argument("--buyer", help=t("cli-link-buyer"))
    who.add_argument("--staff", help=t("cli-link-staff"))
    who.add_argument("--customer", help=t("cli-invite-customer"))
    invite_.add_argument("--name", help=t("cli-invite-name"))
    invite_.add_argument("--ttl", default="7d", help=t("cli-invite-ttl"))


# --- link and unlink ---------------------------------------------------------------------


def _link(cli: Cli, args: argparse.Namespace) -> int:
    async def change() -> Message:
        async with database(cli.settings) as uow:
            found = registry.kind(args.channel)
            account = found.account_id(args.user or args.space, args.team)
            now = Clock().now()
            done = await _link_action(uow.repos, args, account, now)
            named = (getattr(args, k, None) for k in ("buyer", "staff", "customer"))
            target = next((n for n in named if n), "")
            subject = f"{args.channel}:{account}"
            uow.repos.audit.record(now, admin_actor(), args.command, subject, to=target)
            await uow.commit()
            return done

    try:
        cli.show(asyncio.run(change()))
    except UserFacingError as refusal:
        return cli.refuse(refusal.message)
    return 0


async def _link_action(
    repos: Repositories, args: argparse.Namespace, account: str, now: datetime
) -> Message:
    if args.command == "unlink":
        return await unlink(repos, args.channel, account)
    if args.customer:
        if not args.space:
            raise UserFacingError("cli-link-customer-needs-channel")
        return await link_space(repos, args.channel, account, args.customer, now)
    if args.buyer and args.space:
        raise UserFacingError("cli-link-buyer-needs-user")
    return await link_account(repos, args.channel, account, now, buyer=args.buyer, staff=args.staff)


async def link_account(
    repos: Repositories,
    channel: str,
    account: str,
    now: datetime,
    buyer: str | None = None,
    staff: str | None = None,
) -> Message:
    """Link one account to a buyer or a staff member; a relink starts a fresh conversation."""
    identity = await repos.accounts.identity(channel, account)
    if identity is None:
        identity = ChatIdentity(channel=channel, external_id=account, created_at=now)
        repos.add(identity)
    args = {"identity": account, "channel": channel}
    if buyer is not None:
        found = await repos.people.buyer_by_handle(buyer)
        if found is None:
            raise UserFacingError("cli-buyer-unknown", handle=buyer)
        identity.buyer_id, identity.staff_id = found.id, None
        done = Message(
            "cli-link-done-buyer", {**args, "buyer": found.handle, "customer": found.customer.name}
        )
    else:
        member = await repos.people.staff_by_handle(staff or "")
        if member is None:
            raise UserFacingError("staff-unknown", handle=staff or "")
        identity.staff_id, identity.buyer_id = member.id, None
        done = Message("cli-link-done-staff", {**args, "staff": member.handle})
    await repos.flush()
    conversation = await repos.chats.conversation(identity.id, now)
    conversation.state, conversation.data = "idle", {}
    return done


async def link_space(
    repos: Repositories, channel: str, space: str, customer_key: str, now: datetime
) -> Message:
    """A shared channel whose members speak for one customer."""
    customer = await repos.people.customer_by_key(customer_key)
    if customer is None:
        raise UserFacingError("cli-customer-unknown", handle=customer_key)
    found = await repos.accounts.shared_space(channel, space)
    if found is None:
        repos.add(
            SharedSpace(channel=channel, space=space, customer_id=customer.id, created_at=now)
        )
    else:
        found.customer_id = customer.id
    return Message(
        "cli-link-done-space", {"space": space, "channel": channel, "customer": customer.name}
    )


async def unlink(repos: Repositories, channel: str, account: str) -> Message:
    """Unlink an account (it keeps its history) or a shared channel."""
    args = {"identity": account, "channel": channel}
    identity = await repos.accounts.identity(channel, account)
    space = await repos.accounts.shared_space(channel, account)
    if space is not None:
        await repos.delete(space)
    if identity is not None and (identity.buyer_id or identity.staff_id):
        identity.buyer_id = identity.staff_id = None
        return Message("cli-unlink-done", args)
    return Message("cli-unlink-done" if space else "cli-unlink-none", args)


# --- invitations: single-use deep links -----------------------------------------------------


def _invite(cli: Cli, args: argparse.Namespace) -> int:
    try:
        ttl = parse_ttl(args.ttl)
        channel = _inviting_channel()
        return asyncio.run(_create_invitation(cli, args, ttl, channel))
    except MissingSetting as missing:
        return cli.fail("cli-serve-missing-setting", name=missing.name)
    except UserFacingError as refusal:
        return cli.refuse(refusal.message)


def _inviting_channel() -> ChannelKind:
    """The platform whose accounts are linked through invitations."""
    return next(k for k in registry.kinds() if k.invite_link is not None)


async def _create_invitation(
    cli: Cli, args: argparse.Namespace, ttl: timedelta, channel: ChannelKind
) -> int:
    assert channel.invite_link is not None
    code = secrets.token_urlsafe(CODE_BYTES)
    link = await channel.invite_link(code)  # may ask the platform: before any row is locked
    async with database(cli.settings) as uow:
        now = Clock().now()
        found, person = await invite(
            uow.repos, now, ttl, code, args.buyer, args.staff, args.customer, args.name
        )
        kind = "buyer" if isinstance(person, Buyer) else "staff"
        subject = f"{kind}:{person.id}"
        uow.repos.audit.record(now, admin_actor(), "invite", subject, ttl=args.ttl)
        await uow.commit()
    who = f"{person.name} ({person.customer.name})" if isinstance(person, Buyer) else person.name
    cli.say("cli-invite-link", who=who, until=found.expires_at, link=link)
    return 0


def parse_ttl(text: str) -> timedelta:
    """`7d`, `12h`, `30m`, `2w`."""
    match = re.fullmatch(r"(\d+)([mhdw])", text.strip())
    if not match or int(match.group(1)) == 0:
        raise UserFacingError("cli-invite-bad-ttl", ttl=text)
    return timedelta(**{TTL_UNITS[match.group(2)]: int(match.group(1))})


def handle_for(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:48] or "buyer"


async def invite(
    repos: Repositories,
    now: datetime,
    ttl: timedelta,
    code: str | None = None,
    buyer: str | None = None,
    staff: str | None = None,
    customer: str | None = None,
    name: str | None = None,
) -> tuple[Invite, Buyer | Staff]:
    """A new invitation for a buyer, a staff member, or a new buyer of a customer."""
    person: Buyer | Staff | None
    if staff is not None:
        person = await repos.people.staff_by_handle(staff)
        if person is None:
            raise UserFacingError("staff-unknown", handle=staff)
    elif buyer is not None:
        person = await repos.people.buyer_by_handle(buyer)
        if person is None:
            raise UserFacingError("cli-buyer-unknown", handle=buyer)
    else:
        person = await _new_buyer(repos, customer or "", name or "")
    code = code or secrets.token_urlsafe(CODE_BYTES)
    found = Invite(code=code, created_at=now, expires_at=now + ttl)
    if isinstance(person, Staff):
        found.staff_id = person.id
    else:
        found.buyer_id = person.id
    repos.add(found)
    await repos.flush()
    return found, person


async def _new_buyer(repos: Repositories, customer_key: str, name: str) -> Buyer:
    customer = await repos.people.customer_by_key(customer_key)
    if customer is None:
        raise UserFacingError("cli-customer-unknown", handle=customer_key)
    if not name.strip():
        raise UserFacingError("cli-invite-name-needed")
    handle, n = handle_for(name), 1
    while await repos.people.buyer_by_handle(handle if n == 1 else f"{handle}-{n}"):
        n += 1
    return await repos.people.new_buyer(
        handle if n == 1 else f"{handle}-{n}", name.strip(), customer.id
    )


COMMANDS: dict[str, Runner] = {"link": _link, "unlink": _link, "invite": _invite}
