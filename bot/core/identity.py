"""Who is speaking: the chat account, the buyer it speaks for (members of a shared channel
become buyers of its customer), and invitation codes that link an account."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from datetime import datetime

from bot.core import language
from bot.core.messages import Inbound
from handlers.base import Outcome, UserFacingError
from storage.models import Buyer, ChatIdentity, Staff
from storage.repositories import Repositories

log = logging.getLogger(__name__)

CODE = re.compile(r"[A-Za-z0-9_-]{1,64}")  # what a deep link can carry


async def account(repos: Repositories, inbound: Inbound, now: datetime) -> ChatIdentity:
    """The sender's chat account, made on first contact; it remembers where they last wrote."""
    identity = await repos.accounts.identity(inbound.channel, inbound.user_id)
    if identity is None:
        identity = ChatIdentity(
            channel=inbound.channel, external_id=inbound.user_id, created_at=now
        )
        repos.add(identity)
    if inbound.address:
        identity.address = inbound.address
    await repos.flush()
    return identity


async def buyer_of(repos: Repositories, identity: ChatIdentity, inbound: Inbound) -> Buyer | None:
    """The linked buyer; in a channel shared with a customer, its members become buyers."""
    if identity.buyer_id is not None:
        return await repos.people.buyer(identity.buyer_id)
    space = (
        await repos.accounts.shared_space(inbound.channel, inbound.space) if inbound.space else None
    )
    if space is None:
        return None
    buyer = await repos.people.new_buyer(
        handle=f"{inbound.channel}-{inbound.user_id}".lower()[:64],
        name=(inbound.display_name or inbound.user_id)[:200],
        customer_id=space.customer_id,
    )
    identity.buyer_id = buyer.id
    log.info(
        "identity %s joined customer %s through a shared space", identity.id, buyer.customer_id
    )
    return buyer


async def redeem(
    repos: Repositories, identity: ChatIdentity, code: str, now: datetime
) -> Buyer | Staff:
    """Link the account that opened the deep link; a code works once and only until it expires."""
    found = await repos.accounts.invite(code) if CODE.fullmatch(code) else None
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


async def opened_invitation(
    repos: Repositories,
    identity: ChatIdentity,
    inbound: Inbound,
    now: datetime,
    supported: Sequence[str],
    fallback: str,
) -> tuple[str, Outcome]:
    """An invitation link opened: the account is linked and welcomed (a buyer with the menu),
    or told why not (used, expired, unknown); with the language to say it in."""
    try:
        person = await redeem(repos, identity, inbound.link_code or "", now)
    except UserFacingError as refusal:
        return language.hinted(inbound, supported) or fallback, Outcome(messages=[refusal.message])
    if isinstance(person, Staff):
        done = Outcome().say("link-done-staff", name=person.name)
        return language.of_staff(person, fallback), done
    done = Outcome().say("link-done-buyer", name=person.name, customer=person.customer.name)
    return language.of_buyer(person), done.with_menu()
