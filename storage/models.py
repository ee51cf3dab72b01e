"""The database schema as SQLAlchemy 2 typed models; Alembic migrations own the DDL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Hours = Numeric(10, 2)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, also on SQLite (which keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the bot stores aware instants only")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
    }


class Provider(Base):
    __tablename__ = "providers"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class Package(Base):
    __tablename__ = "packages"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id"))


class Staff(Base):
    """A support person (or a provider's team inbox) who answers escalations."""

    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    handle: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id"))
    languages: Mapped[list[str]] = mapped_column(JSON)
    time_zone: Mapped[str] = mapped_column(String(64))
    working_hours: Mapped[dict[str, Any]] = mapped_column(JSON)
    away_from: Mapped[date | None] = mapped_column(Date)
    away_until: Mapped[date | None] = mapped_column(Date)
    is_team: Mapped[bool] = mapped_column(Boolean, default=False)


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id"))
    default_language: Mapped[str] = mapped_column(String(16))
    time_zone: Mapped[str] = mapped_column(String(64))
    contact_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    contact: Mapped[Staff] = relationship(lazy="joined")


class Buyer(Base):
    """A person at a customer who chats with the bot."""

    __tablename__ = "buyers"
    id: Mapped[int] = mapped_column(primary_key=True)
    handle: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    preferred_language: Mapped[str | None] = mapped_column(String(16))
    customer: Mapped[Customer] = relationship(lazy="joined")


class ChatIdentity(Base):
    """A channel account (Slack user, Telegram user, terminal handle) linked to a buyer or staff."""

    __tablename__ = "chat_identities"
    __table_args__ = (UniqueConstraint("channel", "external_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    external_id: Mapped[str] = mapped_column(String(128))
    buyer_id: Mapped[int | None] = mapped_column(ForeignKey("buyers.id"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    created_at: Mapped[datetime]
    # Loaded with the identity (one query per turn instead of two).
    buyer: Mapped[Buyer | None] = relationship(lazy="joined")
    # Where the channel reaches this person later (a Slack channel and thread, say): the place
    # they last wrote from, so a staff answer arrives in the buyer's own conversation.
    address: Mapped[str | None] = mapped_column(String(255))


class Invite(Base):
    """A single-use, expiring code that links a chat account (sent as a deep link)."""

    __tablename__ = "invites"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    buyer_id: Mapped[int | None] = mapped_column(ForeignKey("buyers.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    used_by_id: Mapped[int | None] = mapped_column(ForeignKey("chat_identities.id"))


class SharedSpace(Base):
    """A shared channel (a Slack Connect channel, say) whose members speak for one customer."""

    __tablename__ = "shared_spaces"
    __table_args__ = (UniqueConstraint("channel", "space"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    space: Mapped[str] = mapped_column(String(128))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    created_at: Mapped[datetime]


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


class Escalation(Base):
    __tablename__ = "escalations"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    buyer_id: Mapped[int | None] = mapped_column(ForeignKey("buyers.id"))
    identity_id: Mapped[int | None] = mapped_column(ForeignKey("chat_identities.id"))
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[str] = mapped_column(String(16), default="open")  # open|claimed|resolved
    priority: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    claimed_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    messages: Mapped[list[EscalationMessage]] = relationship(
        order_by="EscalationMessage.id", lazy="selectin"
    )


class EscalationMessage(Base):
    __tablename__ = "escalation_messages"
    id: Mapped[int] = mapped_column(primary_key=True)
    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalations.id"), index=True)
    author: Mapped[str] = mapped_column(String(16))  # buyer | staff | transcript
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class Conversation(Base):
    """Per chat identity: language and step of a multi-turn flow, so restarts lose nothing."""

    __tablename__ = "conversations"
    identity_id: Mapped[int] = mapped_column(ForeignKey("chat_identities.id"), primary_key=True)
    language: Mapped[str | None] = mapped_column(String(16))
    language_explicit: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(64), default="idle")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime]


class TranscriptLine(Base):
    __tablename__ = "transcript"
    id: Mapped[int] = mapped_column(primary_key=True)
    identity_id: Mapped[int] = mapped_column(ForeignKey("chat_identities.id"), index=True)
    direction: Mapped[str] = mapped_column(String(8))  # in | out
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class OutboxItem(Base):
    """A message for someone other than the speaker (a staff notice, a staff answer to a buyer)."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    identity_id: Mapped[int] = mapped_column(ForeignKey("chat_identities.id"), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    escalation_id: Mapped[int | None] = mapped_column(ForeignKey("escalations.id"))
    created_at: Mapped[datetime]
    delivered_at: Mapped[datetime | None]
    # A sender leases an item while it sends; a sender that dies lets the lease run out and
    # another one sends it again (at least once, never silently lost).
    lease_until: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class ProcessedDelivery(Base):
    """An inbound delivery (Slack event_id, Telegram update_id) already handled once."""

    __tablename__ = "processed_deliveries"
    __table_args__ = (UniqueConstraint("channel", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(index=True)


class MessageRef(Base):
    """A message the bot sent about an escalation, so that a reply to it finds the case."""

    __tablename__ = "message_refs"
    __table_args__ = (UniqueConstraint("channel", "ref"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    ref: Mapped[str] = mapped_column(String(255))
    identity_id: Mapped[int] = mapped_column(ForeignKey("chat_identities.id"), index=True)
    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalations.id"), index=True)
    created_at: Mapped[datetime]


class AuditEntry(Base):
    """Who did what, when: admin commands and staff actions."""

    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(255))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
