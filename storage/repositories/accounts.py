"""Chat accounts: identities, the shared channels that speak for a customer, invitations."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ChatIdentity, Invite, SharedSpace


class Accounts:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def identity(self, channel: str, external_id: str) -> ChatIdentity | None:
        query = select(ChatIdentity).where(
            ChatIdentity.channel == channel, ChatIdentity.external_id == external_id
        )
        return (await self.session.scalars(query)).first()

    async def identity_by_id(self, identity_id: int) -> ChatIdentity | None:
        return await self.session.get(ChatIdentity, identity_id)

    async def of_buyer(self, buyer_id: int) -> Sequence[ChatIdentity]:
        query = select(ChatIdentity).where(ChatIdentity.buyer_id == buyer_id)
        return (await self.session.scalars(query.order_by(ChatIdentity.id))).all()

    async def of_staff(self, staff_id: int) -> Sequence[ChatIdentity]:
        query = select(ChatIdentity).where(ChatIdentity.staff_id == staff_id)
        return (await self.session.scalars(query.order_by(ChatIdentity.id))).all()

    async def shared_space(self, channel: str, space: str) -> SharedSpace | None:
        query = select(SharedSpace).where(
            SharedSpace.channel == channel, SharedSpace.space == space
        )
        return (await self.session.scalars(query)).first()

    async def invite(self, code: str) -> Invite | None:
        """The invitation with this code, locked: two accounts cannot both use it."""
        query = select(Invite).where(Invite.code == code).with_for_update()
        return (await self.session.scalars(query)).first()

    async def invites_of_buyer(self, buyer_id: int) -> Sequence[Invite]:
        query = select(Invite).where(Invite.buyer_id == buyer_id).order_by(Invite.id)
        return (await self.session.scalars(query)).all()
