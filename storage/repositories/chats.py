"""What is said: conversation state, the transcript, the outbox, deliveries and message refs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import cast

from sqlalchemy import CursorResult, delete, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    ChatIdentity,
    Conversation,
    MessageRef,
    OutboxItem,
    ProcessedDelivery,
    TranscriptLine,
)


def _rows(result: object) -> int:
    """Rows a DELETE or INSERT touched (execute() is typed as Result, which has no rowcount)."""
    return int(cast(CursorResult[tuple[()]], result).rowcount or 0)


class Chats:
    """One conversation per chat account, and the transcript of what was said."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def conversation(self, identity_id: int, now: datetime) -> Conversation:
        """The identity's conversation row, locked for this turn; created on first contact."""
        query = select(Conversation).where(Conversation.identity_id == identity_id)
        found = (await self.session.scalars(query.with_for_update())).first()
        if found is None:
            found = Conversation(identity_id=identity_id, state="idle", data={}, updated_at=now)
            self.session.add(found)
            await self.session.flush()
        return found

    async def conversation_of(self, identity_id: int) -> Conversation | None:
        return await self.session.get(Conversation, identity_id)

    async def transcript(self, identity_id: int, limit: int) -> Sequence[TranscriptLine]:
        """The last `limit` lines, oldest first."""
        query = (
            select(TranscriptLine)
            .where(TranscriptLine.identity_id == identity_id)
            .order_by(TranscriptLine.id.desc())
            .limit(limit)
        )
        return list(reversed((await self.session.scalars(query)).all()))

    async def transcript_of(self, identity_id: int) -> Sequence[TranscriptLine]:
        query = select(TranscriptLine).where(TranscriptLine.identity_id == identity_id)
        return (await self.session.scalars(query.order_by(TranscriptLine.id))).all()

    async def forget_identity(self, identity_id: int) -> int:
        """Delete what one account said and was sent; returns the transcript lines removed."""
        lines = await self.session.execute(
            delete(TranscriptLine).where(TranscriptLine.identity_id == identity_id)
        )
        await self.session.execute(delete(OutboxItem).where(OutboxItem.identity_id == identity_id))
        await self.session.execute(
            delete(Conversation).where(Conversation.identity_id == identity_id)
        )
        return _rows(lines)

    async def purge_transcript(self, before: datetime) -> int:
        result = await self.session.execute(
            delete(TranscriptLine).where(TranscriptLine.created_at < before)
        )
        return _rows(result)


class Outbox:
    """Notices for people other than the speaker, leased to one sender at a time."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.added = 0  # notices this unit of work queued for others

    def add(self, item: OutboxItem) -> None:
        self.session.add(item)
        self.added += 1

    async def lease(
        self,
        channel: str,
        external_id: str | None,
        now: datetime,
        until: datetime,
        max_attempts: int,
        limit: int = 100,
    ) -> Sequence[OutboxItem]:
        """Lease pending items to one sender; rows another sender holds are skipped."""
        query = (
            select(OutboxItem)
            .join(ChatIdentity, OutboxItem.identity_id == ChatIdentity.id)
            .where(
                OutboxItem.delivered_at.is_(None),
                OutboxItem.attempts < max_attempts,
                or_(OutboxItem.lease_until.is_(None), OutboxItem.lease_until < now),
                ChatIdentity.channel == channel,
            )
        )
        if external_id is not None:
            query = query.where(ChatIdentity.external_id == external_id)
        query = query.order_by(OutboxItem.id).limit(limit)
        items = (
            await self.session.scalars(query.with_for_update(of=OutboxItem, skip_locked=True))
        ).all()
        for item in items:
            item.lease_until, item.attempts = until, item.attempts + 1
        await self.session.flush()
        return items

    async def forget(self, escalation_ids: Sequence[int], identity_ids: Sequence[int]) -> int:
        """Notices about these cases or for these accounts, sent or not (they quote the buyer
        and name them): removed when the buyer is erased."""
        query = delete(OutboxItem).where(
            or_(
                OutboxItem.escalation_id.in_(escalation_ids),
                OutboxItem.identity_id.in_(identity_ids),
            )
        )
        return _rows(await self.session.execute(query))

    async def items(self, ids: Sequence[int]) -> Sequence[OutboxItem]:
        return (await self.session.scalars(select(OutboxItem).where(OutboxItem.id.in_(ids)))).all()


class Deliveries:
    """Inbound deliveries seen (dedupe), and the bot's messages that a reply can refer to."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def claim(self, channel: str, key: str, now: datetime) -> bool:
        """Record an inbound delivery; False if any worker recorded it before (a redelivery).

        INSERT … ON CONFLICT DO NOTHING: on PostgreSQL a concurrent duplicate waits for the
        first transaction and then inserts nothing, so exactly one turn goes ahead.
        """
        values = {"channel": channel, "key": key, "created_at": now}
        dialect = self.session.get_bind().dialect.name
        module = postgresql if dialect == "postgresql" else sqlite
        statement = module.insert(ProcessedDelivery).values(**values).on_conflict_do_nothing()
        return _rows(await self.session.execute(statement)) > 0

    async def forget(self, before: datetime) -> None:
        await self.session.execute(
            delete(ProcessedDelivery).where(ProcessedDelivery.created_at < before)
        )

    async def message_ref(self, channel: str, ref: str) -> MessageRef | None:
        query = select(MessageRef).where(MessageRef.channel == channel, MessageRef.ref == ref)
        return (await self.session.scalars(query)).first()

    async def ref_of_case(self, identity_id: int, escalation_id: int) -> MessageRef | None:
        query = select(MessageRef).where(
            MessageRef.identity_id == identity_id, MessageRef.escalation_id == escalation_id
        )
        return (await self.session.scalars(query.order_by(MessageRef.id))).first()
