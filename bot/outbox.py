"""Delivering the outbox: notices rendered in the recipient's language at delivery time."""

from __future__ import annotations

from bot.conversation import render
from bot.i18n import Translator
from bot.messages import Reply, load_message
from handlers.base import Outcome
from storage.models import ChatIdentity
from storage.repositories import Repositories
from storage.unit_of_work import UnitOfWork


async def recipient_language(repos: Repositories, identity: ChatIdentity, fallback: str) -> str:
    if identity.staff_id is not None:
        staff = await repos.staff(identity.staff_id)
        return staff.languages[0] if staff and staff.languages else fallback
    conversation = await repos.conversation(identity.id, identity.created_at)
    if conversation.language:
        return conversation.language
    buyer = await repos.buyer(identity.buyer_id) if identity.buyer_id else None
    if buyer is None:
        return fallback
    return buyer.preferred_language or buyer.customer.default_language


async def take_pending(
    unit: UnitOfWork, translator: Translator, channel: str, external_id: str | None, now: object
) -> list[tuple[str, Reply]]:
    """Render and mark delivered what waits for one channel (or one user of it)."""
    delivered = []
    async with unit as uow:
        for item in await uow.repos.pending_outbox(channel, external_id):
            identity = await uow.repos.identity_by_id(item.identity_id)
            assert identity is not None
            language = await recipient_language(uow.repos, identity, translator.reference)
            outcome = Outcome(messages=[load_message(m) for m in item.payload["messages"]])
            delivered.append(
                (identity.external_id, render(translator, language, "notice", outcome, now))
            )
            item.delivered_at = now  # type: ignore[assignment]
        await uow.commit()
    return delivered
