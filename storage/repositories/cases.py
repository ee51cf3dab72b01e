"""Escalations (cases) and their messages."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Escalation, EscalationMessage

ACTIVE_ESCALATION = ("open", "claimed")


class Cases:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, escalation_id: int) -> Escalation | None:
        return await self.session.get(Escalation, escalation_id)

    async def active_of_buyer(self, buyer_id: int) -> Escalation | None:
        """The buyer's open or claimed case (one at a time; the newest, should there be more)."""
        query = select(Escalation).where(
            Escalation.buyer_id == buyer_id, Escalation.status.in_(ACTIVE_ESCALATION)
        )
        return (await self.session.scalars(query.order_by(Escalation.id.desc()))).first()

    async def last_said(self, escalation_id: int, author: str) -> datetime | None:
        """When `author` ("staff", "buyer") last wrote in the case."""
        query = select(func.max(EscalationMessage.created_at)).where(
            EscalationMessage.escalation_id == escalation_id, EscalationMessage.author == author
        )
        return (await self.session.execute(query)).scalar_one_or_none()

    async def with_status(
        self, statuses: Sequence[str], staff_id: int | None = None
    ) -> Sequence[Escalation]:
        query = select(Escalation).where(Escalation.status.in_(statuses))
        if staff_id is not None:
            query = query.where(Escalation.staff_id == staff_id)
        return (await self.session.scalars(query.order_by(Escalation.id))).all()

    async def of_buyer(self, buyer_id: int) -> Sequence[Escalation]:
        query = select(Escalation).where(Escalation.buyer_id == buyer_id)
        return (await self.session.scalars(query.order_by(Escalation.id))).all()

    async def add_message(
        self, escalation: Escalation, author: str, text: str, at: datetime, staff_id: int | None
    ) -> None:
        message = EscalationMessage(author=author, text=text, created_at=at, staff_id=staff_id)
        message.escalation_id = escalation.id
        self.session.add(message)
        await self.session.flush()

    async def messages(self, escalation_id: int) -> Sequence[EscalationMessage]:
        """What was said in a case, in order (read here, never lazily from the case)."""
        query = select(EscalationMessage).where(EscalationMessage.escalation_id == escalation_id)
        return (await self.session.scalars(query.order_by(EscalationMessage.id))).all()
