"""Contracts, orders, bookings and the allowance ledger."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, Hours


class Contract(Base):
    __tablename__ = "contracts"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    package_key: Mapped[str] = mapped_column(ForeignKey("packages.key"))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    handover_on: Mapped[date | None] = mapped_column(Date)
    quantities: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    users: Mapped[int | None] = mapped_column(Integer)


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (UniqueConstraint("customer_id", "reference"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    reference: Mapped[str] = mapped_column(String(64))
    received_on: Mapped[date] = mapped_column(Date)


class Booking(Base):
    __tablename__ = "bookings"
    __table_args__ = (Index("ix_bookings_staff_start", "staff_id", "starts_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id"), index=True)
    buyer_id: Mapped[int | None] = mapped_column(ForeignKey("buyers.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    meeting_type: Mapped[str] = mapped_column(String(64))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    participants: Mapped[int | None] = mapped_column(Integer)
    sessions: Mapped[int] = mapped_column(Integer, default=1)
    billable_hours: Mapped[Decimal] = mapped_column(Hours, default=Decimal(0))
    status: Mapped[str] = mapped_column(String(16), default="confirmed")
    created_at: Mapped[datetime]
    cancelled_at: Mapped[datetime | None]


class LedgerEntry(Base):
    """Append-only: every grant, debit and refund of an allowance; balances are sums."""

    __tablename__ = "ledger"
    __table_args__ = (Index("ix_ledger_contract_allowance", "contract_id", "allowance"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id"))
    allowance: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))  # grant | debit | refund
    quantity: Mapped[Decimal] = mapped_column(Hours)
    period: Mapped[int | None] = mapped_column(Integer)
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id"))
    created_at: Mapped[datetime]
