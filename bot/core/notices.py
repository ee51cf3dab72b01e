"""Notices for people other than the speaker: queued in the turn's transaction, rendered in the
recipient's language when delivered, leased to one sender, confirmed when sent.

A sender that dies before confirming lets the lease run out and the next pass sends again:
at least once, never lost.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot.core import language
from bot.core.messages import Reply, dump_choices, dump_message, load_choices, load_message
from bot.core.render import render
from bot.i18n.translator import Translator
from handlers.base import Notice, Outcome
from storage.models import MessageRef, OutboxItem
from storage.repositories import Repositories
from storage.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

LEASE = timedelta(seconds=60)
MAX_ATTEMPTS = 5


def enqueue(repos: Repositories, notice: Notice, now: datetime) -> None:
    payload = {
        "messages": [dump_message(m) for m in notice.messages],
        "choices": dump_choices(notice.choices),
    }
    repos.outbox.add(
        OutboxItem(
            identity_id=notice.identity_id,
            payload=payload,
            escalation_id=notice.escalation_id,
            created_at=now,
            attempts=0,
        )
    )


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
    speaks = await language.of_recipient(repos, identity, translator.reference)
    outcome = Outcome(
        messages=[load_message(m) for m in item.payload["messages"]],
        choices=load_choices(item.payload.get("choices", [])),
    )
    reply = render(translator, speaks, "notice", outcome, now)
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
