"""Repositories, one per aggregate, behind one object that a unit of work hands out.

`repos.people.buyer(id)`, `repos.bookings.upcoming(...)`: the attribute names the aggregate,
the method what is asked of it. Rows are added and flushed through the session-level helpers.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Base
from storage.repositories.accounts import Accounts
from storage.repositories.audit import AuditTrail
from storage.repositories.bookings import Bookings, Orders
from storage.repositories.cases import ACTIVE_ESCALATION, Cases
from storage.repositories.chats import Chats, Deliveries, Outbox
from storage.repositories.contracts import Contracts
from storage.repositories.people import People

__all__ = ["ACTIVE_ESCALATION", "Repositories"]


class Repositories:
    """Typed access to the tables for one session (one unit of work)."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.accounts = Accounts(session)
        self.people = People(session)
        self.contracts = Contracts(session)
        self.bookings = Bookings(session)
        self.orders = Orders(session)
        self.cases = Cases(session)
        self.chats = Chats(session)
        self.outbox = Outbox(session)
        self.deliveries = Deliveries(session)
        self.audit = AuditTrail(session)

    def add(self, row: Base) -> None:
        self.session.add(row)

    async def flush(self) -> None:
        await self.session.flush()

    async def delete(self, row: Base) -> None:
        await self.session.delete(row)

    async def ping(self) -> None:
        await self.session.execute(text("SELECT 1"))
