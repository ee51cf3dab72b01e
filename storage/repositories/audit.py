"""The audit trail: who did what, when (admin commands and staff actions)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AuditEntry

Detail = str | int | float | bool | None | list[str]


class AuditTrail:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def record(
        self, at: datetime, actor: str, action: str, subject: str, **details: Detail
    ) -> None:
        self.session.add(
            AuditEntry(at=at, actor=actor, action=action, subject=subject, details=details)
        )

    async def latest(self, limit: int) -> Sequence[AuditEntry]:
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        return list(reversed((await self.session.scalars(query)).all()))
