"""Contracts and their ledger of grants, debits and refunds."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Contract, LedgerEntry


class Contracts:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def of_customer(self, customer_id: int) -> Sequence[Contract]:
        query = select(Contract).where(Contract.customer_id == customer_id).order_by(Contract.id)
        return (await self.session.scalars(query)).all()

    async def get(self, contract_id: int) -> Contract | None:
        return await self.session.get(Contract, contract_id)

    async def lock(self, contract_id: int) -> Contract:
        """Take the contract's row lock before reading a balance that a debit will follow."""
        query = select(Contract).where(Contract.id == contract_id).with_for_update()
        return (await self.session.scalars(query.execution_options(populate_existing=True))).one()

    async def ledger_sums(
        self, contract_id: int, allowance: str, period: int | None = None
    ) -> dict[str, Decimal]:
        """Totals per kind (grant, debit, refund) of one allowance, all periods or one."""
        query = select(LedgerEntry.kind, func.sum(LedgerEntry.quantity)).where(
            LedgerEntry.contract_id == contract_id, LedgerEntry.allowance == allowance
        )
        if period is not None:
            query = query.where(LedgerEntry.period == period)
        rows = (await self.session.execute(query.group_by(LedgerEntry.kind))).all()
        return {str(kind): Decimal(total or 0) for kind, total in rows}

    async def ledger_of_booking(self, booking_id: int) -> Sequence[LedgerEntry]:
        query = select(LedgerEntry).where(LedgerEntry.booking_id == booking_id)
        return (await self.session.scalars(query.order_by(LedgerEntry.id))).all()

    async def ledger(self, contract_id: int) -> Sequence[LedgerEntry]:
        query = select(LedgerEntry).where(LedgerEntry.contract_id == contract_id)
        return (await self.session.scalars(query.order_by(LedgerEntry.id))).all()
