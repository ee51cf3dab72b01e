"""Linking chat accounts to buyers and staff, and shared channels to customers (admin commands)."""

from __future__ import annotations

import re
import secrets
import unicodedata
from datetime import datetime, timedelta

from bot.messages import Message
from handlers.base import UserFacingError
from storage.models import Buyer, ChatIdentity, Invite, SharedSpace, Staff
from storage.repositories import Repositories


def external_id(channel: str, account: str, team: str | None) -> str:
    """How a channel names an account: Slack ids are only unique within a workspace."""
    if channel == "slack":
        if not team:
            raise UserFacingError("cli-link-team-needed")
        return f"{team}:{account}"
    return account


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
    if buyer is not None:
        found = await repos.people.buyer_by_handle(buyer)
        if found is None:
            raise UserFacingError("cli-buyer-unknown", handle=buyer)
        identity.buyer_id, identity.staff_id = found.id, None
        done = Message(
            "cli-link-done-buyer",
            {
                "identity": account,
                "channel": channel,
                "buyer": found.handle,
                "customer": found.customer.name,
            },
        )
    else:
        member = await repos.people.staff_by_handle(staff or "")
        if member is None:
            raise UserFacingError("staff-unknown", handle=staff or "")
        identity.staff_id, identity.buyer_id = member.id, None
        done = Message(
            "cli-link-done-staff", {"identity": account, "channel": channel, "staff": member.handle}
        )
    await repos.flush()
    conversation = await repos.chats.conversation(identity.id, now)
    conversation.state, conversation.data = "idle", {}
    return done


async def link_space(
    repos: Repositories, channel: str, space: str, customer_key: str, now: datetime
) -> Message:
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


# --- invitations: single-use deep links for channels anyone can reach (Telegram) ----------

CODE_BYTES = 24  # 32 characters of A-Za-z0-9_-, within Telegram's 64 for a start parameter
TTL_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


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
    code = secrets.token_urlsafe(CODE_BYTES)
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


async def redeem(
    repos: Repositories, identity: ChatIdentity, code: str, now: datetime
) -> Buyer | Staff:
    """Link the account that opened the deep link; a code works once and only until it expires."""
    found = (
        await repos.accounts.invite(code) if re.fullmatch(r"[A-Za-z0-9_-]{1,64}", code) else None
    )
    if found is None:
        raise UserFacingError("link-code-unknown")
    if found.used_at is not None:
        raise UserFacingError("link-code-used")
    if now >= found.expires_at:
        raise UserFacingError("link-code-expired", expired=found.expires_at)
    found.used_at, found.used_by_id = now, identity.id
    identity.buyer_id, identity.staff_id = found.buyer_id, found.staff_id
    conversation = await repos.chats.conversation(identity.id, now)
    conversation.state, conversation.data = "idle", {}
    if found.staff_id is not None:
        staff = await repos.people.staff(found.staff_id)
        assert staff is not None
        return staff
    buyer = await repos.people.buyer(found.buyer_id or 0)
    assert buyer is not None
    return buyer
