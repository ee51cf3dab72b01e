"""Repositories: every query the core and the handlers need, behind plain methods."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, or_, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    AuditEntry,
    Booking,
    Buyer,
    ChatIdentity,
    Contract,
    Conversation,
    Customer,
    Escalation,
    EscalationMessage,
    Invite,
    LedgerEntry,
    MessageRef,
    Order,
    OutboxItem,
    Package,
    ProcessedDelivery,
    Provider,
    SharedSpace,
    Staff,
    TranscriptLine,
)

ACTIVE_ESCALATION = ("open", "claimed")


class Repositories:
    """Thin, typed access to the tables for one session (one unit of work)."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.outbox_added = 0  # notices this unit of work queued for others

    def add_outbox(self, item: OutboxItem) -> None:
        self.session.add(item)
        self.outbox_added += 1

    def add(self, row: Any) -> None:
        self.session.add(row)

    async def flush(self) -> None:
        await self.session.flush()

    async def delete(self, row: Any) -> None:
        await self.session.delete(row)

    # identities -------------------------------------------------------------
    async def identity(self, channel: str, external_id: str) -> ChatIdentity | None:
        query = select(ChatIdentity).where(
            ChatIdentity.channel == channel, ChatIdentity.external_id == external_id
        )
        return (await self.session.scalars(query)).first()

    async def identity_by_id(self, identity_id: int) -> ChatIdentity | None:
        return await self.session.get(ChatIdentity, identity_id)

    async def identities_of_buyer(self, buyer_id: int) -> Sequence[ChatIdentity]:
        query = select(ChatIdentity).where(ChatIdentity.buyer_id == buyer_id)
        return (await self.session.scalars(query.order_by(ChatIdentity.id))).all()

    async def invite(self, code: str) -> Invite | None:
        """The invitation with this code, locked: two accounts cannot both use it."""
        query = select(Invite).where(Invite.code == code).with_for_update()
        return (await self.session.scalars(query)).first()

    async def shared_space(self, channel: str, space: str) -> SharedSpace | None:
        query = select(SharedSpace).where(
            SharedSpace.channel == channel, SharedSpace.space == space
        )
        return (await self.session.scalars(query)).first()

    async def identities_of_staff(self, staff_id: int) -> Sequence[ChatIdentity]:
        query = select(ChatIdentity).where(ChatIdentity.staff_id == staff_id)
        return (await self.session.scalars(query.order_by(ChatIdentity.id))).all()

    # people and companies ---------------------------------------------------
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

    async def all_customers(self) -> Sequence[Customer]:
        return (await self.session.scalars(select(Customer).order_by(Customer.key))).all()

    async def customer_by_key(self, key: str) -> Customer | None:
        return (await self.session.scalars(select(Customer).where(Customer.key == key))).first()

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

    async def provider(self, provider_id: int) -> Provider | None:
        return await self.session.get(Provider, provider_id)

    async def provider_by_key(self, key: str) -> Provider | None:
        query = select(Provider).where(Provider.key == key)
        return (await self.session.scalars(query)).first()

    async def package_by_key(self, key: str) -> Package | None:
        return (await self.session.scalars(select(Package).where(Package.key == key))).first()

    # contracts and the ledger -----------------------------------------------
    async def contracts_of(self, customer_id: int) -> Sequence[Contract]:
        query = select(Contract).where(Contract.customer_id == customer_id).order_by(Contract.id)
        return (await self.session.scalars(query)).all()

    async def contract(self, contract_id: int) -> Contract | None:
        return await self.session.get(Contract, contract_id)

    async def lock_contract(self, contract_id: int) -> Contract:
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

    async def ledger_of_contract(self, contract_id: int) -> Sequence[LedgerEntry]:
        query = select(LedgerEntry).where(LedgerEntry.contract_id == contract_id)
        return (await self.session.scalars(query.order_by(LedgerEntry.id))).all()

    # bookings -----------------------------------------------------------------
    async def booking(self, booking_id: int) -> Booking | None:
        return await self.session.get(Booking, booking_id)

    async def bookings_of_staff(
        self, staff_id: int, start: datetime, end: datetime
    ) -> Sequence[Booking]:
        query = select(Booking).where(
            Booking.staff_id == staff_id,
            Booking.status == "confirmed",
            Booking.starts_at < end,
            Booking.ends_at > start,
        )
        return (await self.session.scalars(query.order_by(Booking.starts_at))).all()

    async def upcoming_bookings(self, customer_id: int, now: datetime) -> Sequence[Booking]:
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

    async def count_bookings(self, contract_id: int, meeting_type: str) -> int:
        query = select(func.count(Booking.id)).where(
            Booking.contract_id == contract_id,
            Booking.meeting_type == meeting_type,
            Booking.status == "confirmed",
        )
        return int((await self.session.execute(query)).scalar_one())

    # orders -------------------------------------------------------------------
    async def orders_of(self, customer_id: int) -> Sequence[Order]:
        query = select(Order).where(Order.customer_id == customer_id)
        return (await self.session.scalars(query.order_by(Order.received_on.desc()))).all()

    async def order(self, order_id: int) -> Order | None:
        return await self.session.get(Order, order_id)

    # escalations ----------------------------------------------------------------
    async def escalation(self, escalation_id: int) -> Escalation | None:
        return await self.session.get(Escalation, escalation_id)

    async def active_escalation(self, identity_id: int) -> Escalation | None:
        query = select(Escalation).where(
            Escalation.identity_id == identity_id, Escalation.status.in_(ACTIVE_ESCALATION)
        )
        return (await self.session.scalars(query.order_by(Escalation.id.desc()))).first()

    async def escalations(
        self, statuses: Sequence[str], staff_id: int | None = None
    ) -> Sequence[Escalation]:
        query = select(Escalation).where(Escalation.status.in_(statuses))
        if staff_id is not None:
            query = query.where(Escalation.staff_id == staff_id)
        return (await self.session.scalars(query.order_by(Escalation.id))).all()

    async def add_escalation_message(
        self, escalation: Escalation, author: str, text: str, at: datetime, staff_id: int | None
    ) -> None:
        message = EscalationMessage(author=author, text=text, created_at=at, staff_id=staff_id)
        message.escalation_id = escalation.id
        self.session.add(message)
        await self.session.flush()
        await self.session.refresh(escalation, ["messages"])

    # conversation state, transcript and outbox -----------------------------------
    async def conversation(self, identity_id: int, now: datetime) -> Conversation:
        """The identity's conversation row, locked for this turn; created on first contact."""
        query = select(Conversation).where(Conversation.identity_id == identity_id)
        found = (await self.session.scalars(query.with_for_update())).first()
        if found is None:
            found = Conversation(identity_id=identity_id, state="idle", data={}, updated_at=now)
            self.session.add(found)
            await self.session.flush()
        return found

    async def transcript(self, identity_id: int, limit: int) -> Sequence[TranscriptLine]:
        query = (
            select(TranscriptLine)
            .where(TranscriptLine.identity_id == identity_id)
            .order_by(TranscriptLine.id.desc())
            .limit(limit)
        )
        return list(reversed((await self.session.scalars(query)).all()))

    async def pending_outbox(
        self, channel: str, external_id: str | None = None, limit: int = 100
    ) -> Sequence[OutboxItem]:
        query = (
            select(OutboxItem)
            .join(ChatIdentity, OutboxItem.identity_id == ChatIdentity.id)
            .where(OutboxItem.delivered_at.is_(None), ChatIdentity.channel == channel)
        )
        if external_id is not None:
            query = query.where(ChatIdentity.external_id == external_id)
        return (await self.session.scalars(query.order_by(OutboxItem.id).limit(limit))).all()

    async def lease_outbox(
        self,
        channel: str,
        external_id: str | None,
        now: datetime,
        until: datetime,
        max_attempts: int,
        limit: int = 100,
    ) -> Sequence[OutboxItem]:
        """Lease pending items to one sender; rows another sender holds are skipped."""
        query = (
            select(OutboxItem)
            .join(ChatIdentity, OutboxItem.identity_id == ChatIdentity.id)
            .where(
                OutboxItem.delivered_at.is_(None),
                OutboxItem.attempts < max_attempts,
                or_(OutboxItem.lease_until.is_(None), OutboxItem.lease_until < now),
                ChatIdentity.channel == channel,
            )
        )
        if external_id is not None:
            query = query.where(ChatIdentity.external_id == external_id)
        query = query.order_by(OutboxItem.id).limit(limit)
        items = (
            await self.session.scalars(query.with_for_update(of=OutboxItem, skip_locked=True))
        ).all()
        for item in items:
            item.lease_until, item.attempts = until, item.attempts + 1
        await self.session.flush()
        return items

    async def outbox_items(self, ids: Sequence[int]) -> Sequence[OutboxItem]:
        return (await self.session.scalars(select(OutboxItem).where(OutboxItem.id.in_(ids)))).all()

    # deliveries and references -----------------------------------------------------
    async def claim_delivery(self, channel: str, key: str, now: datetime) -> bool:
        """Record an inbound delivery; False if any worker recorded it before (a redelivery).

        INSERT … ON CONFLICT DO NOTHING: on PostgreSQL a concurrent duplicate waits for the
        first transaction and then inserts nothing, so exactly one turn goes ahead.
        """
        values = {"channel": channel, "key": key, "created_at": now}
        dialect = self.session.get_bind().dialect.name
        module = postgresql if dialect == "postgresql" else sqlite
        statement = module.insert(ProcessedDelivery).values(**values).on_conflict_do_nothing()
        result = await self.session.execute(statement)
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def forget_deliveries(self, before: datetime) -> None:
        await self.session.execute(
            delete(ProcessedDelivery).where(ProcessedDelivery.created_at < before)
        )

    async def message_ref(self, channel: str, ref: str) -> MessageRef | None:
        query = select(MessageRef).where(MessageRef.channel == channel, MessageRef.ref == ref)
        return (await self.session.scalars(query)).first()

    async def ref_of_case(self, identity_id: int, escalation_id: int) -> MessageRef | None:
        query = select(MessageRef).where(
            MessageRef.identity_id == identity_id, MessageRef.escalation_id == escalation_id
        )
        return (await self.session.scalars(query.order_by(MessageRef.id))).first()

    # privacy and the audit trail ---------------------------------------------------------
    async def transcript_of(self, identity_id: int) -> Sequence[TranscriptLine]:
        query = select(TranscriptLine).where(TranscriptLine.identity_id == identity_id)
        return (await self.session.scalars(query.order_by(TranscriptLine.id))).all()

    async def conversation_of(self, identity_id: int) -> Conversation | None:
        return await self.session.get(Conversation, identity_id)

    async def bookings_of_buyer(self, buyer_id: int) -> Sequence[Booking]:
        query = select(Booking).where(Booking.buyer_id == buyer_id).order_by(Booking.id)
        return (await self.session.scalars(query)).all()

    async def escalations_of_buyer(self, buyer_id: int) -> Sequence[Escalation]:
        query = select(Escalation).where(Escalation.buyer_id == buyer_id)
        return (await self.session.scalars(query.order_by(Escalation.id))).all()

    async def invites_of_buyer(self, buyer_id: int) -> Sequence[Invite]:
        query = select(Invite).where(Invite.buyer_id == buyer_id).order_by(Invite.id)
        return (await self.session.scalars(query)).all()

    async def forget_identity(self, identity_id: int) -> int:
        """Delete what one account said and was sent; returns the transcript lines removed."""
        lines = await self.session.execute(
            delete(TranscriptLine).where(TranscriptLine.identity_id == identity_id)
        )
        await self.session.execute(delete(OutboxItem).where(OutboxItem.identity_id == identity_id))
        await self.session.execute(
            delete(Conversation).where(Conversation.identity_id == identity_id)
        )
        return int(lines.rowcount or 0)  # type: ignore[attr-defined]

    async def purge_transcript(self, before: datetime) -> int:
        result = await self.session.execute(
            delete(TranscriptLine).where(TranscriptLine.created_at < before)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def audit(self, at: datetime, actor: str, action: str, subject: str, **details: Any) -> None:
        self.session.add(
            AuditEntry(at=at, actor=actor, action=action, subject=subject, details=details)
        )

    async def audit_trail(self, limit: int) -> Sequence[AuditEntry]:
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        return list(reversed((await self.session.scalars(query)).all()))

    async def ping(self) -> None:
        await self.session.execute(text("SELECT 1"))

    async def first_day_with_order(self, customer_id: int) -> date | None:
        query = select(func.min(Order.received_on)).where(Order.customer_id == customer_id)
        value = (await self.session.execute(query)).scalar_one()
        return value if isinstance(value, date) else None
