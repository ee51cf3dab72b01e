"""The database schema as SQLAlchemy 2 typed models, one module per aggregate; Alembic
migrations own the DDL."""

from storage.models.accounts import ChatIdentity, Invite, SharedSpace
from storage.models.base import Base, Hours, UTCDateTime
from storage.models.cases import Escalation, EscalationMessage
from storage.models.chat import (
    AuditEntry,
    Conversation,
    MessageRef,
    OutboxItem,
    ProcessedDelivery,
    TranscriptLine,
)
from storage.models.contracts import Booking, Contract, LedgerEntry, Order
from storage.models.people import Buyer, Customer, Package, Provider, Staff

__all__ = [
    "AuditEntry",
    "Base",
    "Booking",
    "Buyer",
    "ChatIdentity",
    "Contract",
    "Conversation",
    "Customer",
    "Escalation",
    "EscalationMessage",
    "Hours",
    "Invite",
    "LedgerEntry",
    "MessageRef",
    "Order",
    "OutboxItem",
    "Package",
    "ProcessedDelivery",
    "Provider",
    "SharedSpace",
    "Staff",
    "TranscriptLine",
    "UTCDateTime",
]
