"""Linking chat accounts to buyers and staff, and shared channels to customers (admin commands)."""

from __future__ import annotations

from datetime import datetime

from bot.messages import Message
from handlers.base import UserFacingError
from storage.models import ChatIdentity, SharedSpace
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
    identity = await repos.identity(channel, account)
    if identity is None:
        identity = ChatIdentity(channel=channel, external_id=account, created_at=now)
        repos.add(identity)
    if buyer is not None:
        found = await repos.buyer_by_handle(buyer)
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
        member = await repos.staff_by_handle(staff or "")
        if member is None:
            raise UserFacingError("staff-unknown", handle=staff or "")
        identity.staff_id, identity.buyer_id = member.id, None
        done = Message(
            "cli-link-done-staff", {"identity": account, "channel": channel, "staff": member.handle}
        )
    await repos.flush()
    conversation = await repos.conversation(identity.id, now)
    conversation.state, conversation.data = "idle", {}
    return done


async def link_space(
    repos: Repositories, channel: str, space: str, customer_key: str, now: datetime
) -> Message:
    customer = await repos.customer_by_key(customer_key)
    if customer is None:
        raise UserFacingError("cli-customer-unknown", handle=customer_key)
    found = await repos.shared_space(channel, space)
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
    identity = await repos.identity(channel, account)
    space = await repos.shared_space(channel, account)
    if space is not None:
        await repos.delete(space)
    if identity is not None and (identity.buyer_id or identity.staff_id):
        identity.buyer_id = identity.staff_id = None
        return Message("cli-unlink-done", args)
    return Message("cli-unlink-done" if space else "cli-unlink-none", args)
