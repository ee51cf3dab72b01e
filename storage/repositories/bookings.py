"""Bookings of meetings, and the customers' orders."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Booking, Contract, Order


class Bookings:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, booking_id: int) -> Booking | None:
        return await self.session.get(Booking, booking_id)

    async def of_staff(self, staff_id: int, start: datetime, end: datetime) -> Sequence[Booking]:
        """The contact's confirmed bookings that overlap [start, end)."""
        query = select(Booking).where(
            Booking.staff_id == staff_id,
            Booking.status == "confirmed",
            Booking.starts_at < end,
            Booking.ends_at > start,
        )
        return (await self.session.scalars(query.order_by(Booking.starts_at))).all()

    async def upcoming(self, customer_id: int, now: datetime) -> Sequence[Booking]:
        query = (
            select(Booking)
            .join(Contract, Booking.contract_id == Contract.id)
            .where(
                Contract.customer_id == customer_id,
                Booking.status == "confirmed",
                Booking.ends_at > now,
            )
            .order_by(Booking.starts_at)
        )
        return (await self.session.scalars(query)).all()

    async def count(self, contract_id: int, meeting_type: str) -> int:
        query = select(func.count(Booking.id)).where(
            Booking.contract_id == contract_id,
            Booking.meeting_type == meeting_type,
            Booking.status == "confirmed",
        )
        return int((await self.session.execute(query)).scalar_one())

    async def billed_hours(
        self, contract_id: int, meeting_types: Collection[str] | None = None
    ) -> Decimal:
        """Hours of the contract's confirmed bookings billed beyond its allowances (of these
        meeting types, if given)."""
        query = select(func.sum(Booking.billable_hours)).where(
            Booking.contract_id == contract_id, Booking.status == "confirmed"
        )
        if meeting_types is not None:
            query = query.where(Booking.meeting_type.in_(meeting_types))
        return Decimal((await self.session.execute(query)).scalar_one() or 0)

    async def of_buyer(self, buyer_id: int) -> Sequence[Booking]:
        query = select(Booking).where(Booking.buyer_id == buyer_id).order_by(Booking.id)
        return (await self.session.scalars(query)).all()


class Orders:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def of_customer(self, customer_id: int) -> Sequence[Order]:
        query = select(Order).where(Order.customer_id == customer_id)
        return (await self.session.scalars(query.order_by(Order.received_on.desc()))).all()

    async def get(self, order_id: int) -> Order | None:
        return await self.session.get(Order, order_id)

    async def first_received(self, customer_id: int) -> date | None:
        query = select(func.min(Order.received_on)).where(Order.customer_id == customer_id)
        value = (await self.session.execute(query)).scalar_one()
        return value if isinstance(value, date) else None
