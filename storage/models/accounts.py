"""Chat accounts linked to people: identities, invitations, shared channels."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.models.base import Base
from storage.models.people import Buyer


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
