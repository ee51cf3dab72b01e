"""Providers, packages, staff, customers and buyers."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Buyer, Customer, Package, Provider, Staff


class People:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def buyer(self, buyer_id: int) -> Buyer | None:
        return await self.session.get(Buyer, buyer_id)

    async def new_buyer(self, handle: str, name: str, customer_id: int) -> Buyer:
        buyer = Buyer(handle=handle, name=name, customer_id=customer_id)
        self.session.add(buyer)
        await self.session.flush()
        await self.session.refresh(buyer, ["customer"])
        return buyer

    async def buyer_by_handle(self, handle: str) -> Buyer | None:
        return (await self.session.scalars(select(Buyer).where(Buyer.handle == handle))).first()

    async def buyers_of_customer(self, customer_id: int) -> Sequence[Buyer]:
        query = select(Buyer).where(Buyer.customer_id == customer_id).order_by(Buyer.id)
        return (await self.session.scalars(query)).all()

    async def staff(self, staff_id: int) -> Staff | None:
        return await self.session.get(Staff, staff_id)

    async def all_staff(self) -> Sequence[Staff]:
        return (await self.session.scalars(select(Staff).order_by(Staff.handle))).all()

    async def staff_by_handle(self, handle: str) -> Staff | None:
        return (await self.session.scalars(select(Staff).where(Staff.handle == handle))).first()

    async def lock_staff(self, staff_id: int) -> Staff:
        """Serialise bookings of one contact, so two buyers cannot take the same slot."""
        query = select(Staff).where(Staff.id == staff_id).with_for_update()
        return (await self.session.scalars(query.execution_options(populate_existing=True))).one()

    async def team_of(self, provider_id: int) -> Staff | None:
        query = select(Staff).where(Staff.provider_id == provider_id, Staff.is_team.is_(True))
        return (await self.session.scalars(query)).first()

    async def customer(self, customer_id: int) -> Customer | None:
        return await self.session.get(Customer, customer_id)

    async def customer_by_key(self, key: str) -> Customer | None:
        return (await self.session.scalars(select(Customer).where(Customer.key == key))).first()

    async def all_customers(self) -> Sequence[Customer]:
        return (await self.session.scalars(select(Customer).order_by(Customer.key))).all()

    async def provider(self, provider_id: int) -> Provider | None:
        return await self.session.get(Provider, provider_id)

    async def provider_by_key(self, key: str) -> Provider | None:
        query = select(Provider).where(Provider.key == key)
        return (await self.session.scalars(query)).first()

    async def package_by_key(self, key: str) -> Package | None:
        return (await self.session.scalars(select(Package).where(Package.key == key))).first()
