"""Delivering the outbox: notices rendered in the recipient's language at delivery time.

A channel leases what waits for it, sends it, then confirms it. A sender that dies before
confirming lets the lease run out and the next pass sends again: at least once, never lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.conversation import render
from bot.i18n import Translator
from bot.messages import Choice, Reply, load_message
from handlers.base import Outcome
from storage.models import ChatIdentity, MessageRef, OutboxItem
from storage.repositories import Repositories
from storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger(__name__)

LEASE = timedelta(seconds=60)
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Delivery:
    """One notice, rendered, with where it goes."""

    item_id: int
    identity_id: int
    channel: str
    external_id: str
    address: str | None  # where the recipient last wrote from, if the channel keeps that
    thread: str | None  # an earlier message of the bot about the same case, to thread under
    reply: Reply
    attempt: int = 1

    @property
    def last_attempt(self) -> bool:
        return self.attempt >= MAX_ATTEMPTS


async def recipient_language(repos: Repositories, identity: ChatIdentity, fallback: str) -> str:
    if identity.staff_id is not None:
        staff = await repos.people.staff(identity.staff_id)
        return staff.languages[0] if staff and staff.languages else fallback
    conversation = await repos.chats.conversation(identity.id, identity.created_at)
    if conversation.language:
        return conversation.language
    buyer = await repos.people.buyer(identity.buyer_id) if identity.buyer_id else None
    if buyer is None:
        return fallback
    return buyer.preferred_language or buyer.customer.default_language


async def lease(
    unit: UnitOfWork,
    translator: Translator,
    channel: str,
    now: datetime,
    external_id: str | None = None,
) -> list[Delivery]:
    """Render and lease what waits for one channel (or one user of it)."""
    async with unit as uow:
        items = await uow.repos.outbox.lease(channel, external_id, now, now + LEASE, MAX_ATTEMPTS)
        deliveries = [await _delivery(uow.repos, translator, item, now) for item in items]
        await uow.commit()
    for item in items:
        if item.attempts > 1:
            log.warning("outbox item %s: attempt %s of %s", item.id, item.attempts, MAX_ATTEMPTS)
    return deliveries


async def _delivery(
    repos: Repositories, translator: Translator, item: OutboxItem, now: datetime
) -> Delivery:
    identity = await repos.accounts.identity_by_id(item.identity_id)
    assert identity is not None
    language = await recipient_language(repos, identity, translator.reference)
    outcome = Outcome(
        messages=[load_message(m) for m in item.payload["messages"]],
        choices=[Choice(v, load_message(label)) for v, label in item.payload.get("choices", [])],
    )
    reply = render(translator, language, "notice", outcome, now)
    ref = None
    if item.escalation_id is not None and identity.staff_id is not None:
        ref = await repos.deliveries.ref_of_case(identity.id, item.escalation_id)
        reply = replace(reply, escalation_id=item.escalation_id)
    return Delivery(
        item_id=item.id,
        identity_id=identity.id,
        channel=identity.channel,
        external_id=identity.external_id,
        address=identity.address,
        thread=ref.ref if ref else None,
        reply=reply,
        attempt=item.attempts,
    )


async def confirm(
    unit: UnitOfWork, delivery: Delivery, now: datetime, sent_ref: str | None = None
) -> None:
    """Mark one delivery sent; a case's first message to a contact is remembered for replies."""
    async with unit as uow:
        for item in await uow.repos.outbox.items([delivery.item_id]):
            item.delivered_at = now
        case = delivery.reply.escalation_id
        if sent_ref and case is not None and delivery.thread is None:
            uow.repos.add(
                MessageRef(
                    channel=delivery.channel,
                    ref=sent_ref,
                    identity_id=delivery.identity_id,
                    escalation_id=case,
                    created_at=now,
                )
            )
        await uow.commit()


async def take_pending(
    unit: UnitOfWork,
    translator: Translator,
    channel: str,
    external_id: str | None,
    now: datetime,
) -> list[Delivery]:
    """For a channel that shows what it takes at once (the terminal): lease and confirm."""
    deliveries = await lease(unit, translator, channel, now, external_id)
    for delivery in deliveries:
        await confirm(unit, delivery, now)
    return deliveries


class PossiblyDelivered(Exception):
    """A send that failed in a way that may have reached the user (a timeout after sending):
    it is not repeated blindly into a duplicate, but logged and counted as done."""


Send = Callable[[Delivery], Awaitable[str | None]]


class Courier:
    """Delivers one channel's outbox: right after a turn (`wake`) and every few seconds for
    what other channels and the command line leave for it."""

    def __init__(self, app: App, channel: str, send: Send, interval: float = 2.0) -> None:
        self.app, self.channel, self.send, self.interval = app, channel, send, interval
        self._wake = asyncio.Event()

    def wake(self) -> None:
        self._wake.set()

    async def deliver_pending(self) -> int:
        clock = self.app.core.clock
        deliveries = await lease(self.app.unit(), self.app.translator, self.channel, clock.now())
        for delivery in deliveries:
            try:
                sent = await self.send(delivery)
            except PossiblyDelivered:
                log.warning("outbox item %s may have arrived: not sent again", delivery.item_id)
                sent = None
            except Exception:  # the lease runs out and the item is sent again later
                log.exception("delivering outbox item %s failed", delivery.item_id)
                if delivery.last_attempt:
                    log.error(
                        "outbox item %s: giving up after %s attempts",
                        delivery.item_id,
                        delivery.attempt,
                    )
                continue
            await confirm(self.app.unit(), delivery, clock.now(), sent)
        return len(deliveries)

    async def run_forever(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.interval)
            self._wake.clear()
            try:
                await self.deliver_pending()
            except Exception:  # a database hiccup must not stop delivery; the next pass retries
                log.exception("outbox pass for %s failed", self.channel)
