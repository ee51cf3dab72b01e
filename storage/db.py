"""Engines and sessions: async SQLAlchemy for SQLite (default) and PostgreSQL."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.ext.asyncio import AsyncEngine as AsyncEngine
from sqlalchemy.ext.asyncio import AsyncSession as AsyncSession
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.pool import ConnectionPoolEntry

log = logging.getLogger(__name__)

ASYNC_DRIVERS = {"sqlite": "sqlite+aiosqlite", "postgresql": "postgresql+asyncpg"}


def async_url(url: str) -> URL:
    """Accept plain `sqlite:///…` or `postgresql://…` URLs and pick the async driver."""
    parsed = make_url(url.replace("postgres://", "postgresql://", 1))
    if parsed.drivername in ASYNC_DRIVERS:
        parsed = parsed.set(drivername=ASYNC_DRIVERS[parsed.drivername])
    return parsed


def _prepare_sqlite_file(url: URL) -> None:
    """Create the file's folder; if that fails, connecting will fail and each turn says so."""
    if url.database and url.database != ":memory:":
        try:
            Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log.error("cannot create the database folder for %s: %s", url.database, error)


def _sqlite_serialised_writes(engine: AsyncEngine) -> None:
    """Every SQLite transaction takes the write lock up front (BEGIN IMMEDIATE).

    One turn is one transaction that reads balances and then writes; taking the lock at
    BEGIN makes two processes wait for each other instead of both reading a stale balance.
    """

    @event.listens_for(engine.sync_engine, "connect")
    def _connect(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.execute("PRAGMA journal_mode=WAL")
        # WAL with NORMAL: a commit survives the process crashing; only an OS crash or power
        # loss can take the last transactions back. SQLite's advice for WAL; PostgreSQL is
        # the production database.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_engine(url: str) -> AsyncEngine:
    parsed = async_url(url)
    if parsed.get_backend_name() == "sqlite":
        _prepare_sqlite_file(parsed)
        # SQLite has one writer at a time and every turn writes: one connection per process
        # queues turns in order, where a pool would make them spin on the file lock.
        engine = create_async_engine(parsed, pool_size=1, max_overflow=0, pool_timeout=60)
        _sqlite_serialised_writes(engine)
        return engine
    return create_async_engine(parsed, pool_pre_ping=True)


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)
