"""One unit of work per turn: it owns the session, the handlers never commit."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.repositories import Repositories


class UnitOfWork:
    """`async with uow:` opens a transaction; `await uow.commit()` ends it, else it rolls back."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions
        self._session: AsyncSession | None = None
        self.repos: Repositories

    async def __aenter__(self) -> UnitOfWork:
        self._session = self._sessions()
        await self._session.begin()
        self.repos = Repositories(self._session)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        assert self._session is not None
        # close() rolls back what was not committed and keeps loaded values readable.
        await self._session.close()
        self._session = None

    async def commit(self) -> None:
        assert self._session is not None
        await self._session.commit()

    async def flush(self) -> None:
        assert self._session is not None
        await self._session.flush()
