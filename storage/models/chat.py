"""Conversation state, transcripts, the outbox, delivery dedupe, message references, audit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


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
