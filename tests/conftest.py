"""Shared fixtures: a migrated SQLite file with demo data per test, PostgreSQL when available."""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.app import App, build_app, knowledge_for
from bot.clock import FixedClock
from bot.i18n.knowledge import Knowledge
from bot.settings import Settings
from storage import demo
from storage.catalog import load_catalog
from storage.db import create_engine, session_factory
from storage.migrate import upgrade
from storage.unit_of_work import UnitOfWork
from tests.chat import Chat

# A Monday, 09:00 in Berlin: every date in the tests is relative to it.
NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
LANGUAGES = ("en", "de", "fi", "es", "nb")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


async def load_demo(url: str, now: datetime) -> None:
    engine = create_engine(url)
    async with UnitOfWork(session_factory(engine)) as uow:
        await demo.load(uow.repos, load_catalog(), now)
        await uow.commit()
    await engine.dispose()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrated once and filled with the demo data; each test gets a copy of the file."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    upgrade(sqlite_url(path))
    asyncio.run(load_demo(sqlite_url(path), NOW))
    return path


@pytest.fixture
def db_url(template_db: Path, tmp_path: Path) -> str:
    target = tmp_path / "supportbot.sqlite3"
    shutil.copyfile(template_db, target)
    return sqlite_url(target)


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    return knowledge_for(Settings())


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
async def app(db_url: str, clock: FixedClock, knowledge: Knowledge) -> AsyncIterator[App]:
    built = build_app(Settings(database_url=db_url), clock, knowledge)
    yield built
    await built.close()


@pytest.fixture
def chat(app: App) -> Chat:
    """`chat("launch")` opens a terminal conversation as a demo buyer."""
    return Chat(app)


@pytest.fixture(scope="session")
def postgres_server() -> str:
    url = os.environ.get("SUPPORTBOT_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("SUPPORTBOT_REQUIRE_POSTGRES"):
            pytest.fail(
                "SUPPORTBOT_REQUIRE_POSTGRES is set but SUPPORTBOT_TEST_POSTGRES_URL is not"
            )
        pytest.skip(
            "PostgreSQL tests need SUPPORTBOT_TEST_POSTGRES_URL "
            "(make test sets it when 127.0.0.1:5432 answers)"
        )
    return url


async def _admin(server: str, statement: str) -> None:
    engine = create_engine(server)
    async with engine.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.execute(text(statement))
    await engine.dispose()


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database with the demo data, dropped afterwards."""
    name = f"supportbot_test_{uuid.uuid4().hex[:10]}"
    asyncio.run(_admin(postgres_server, f'CREATE DATABASE "{name}"'))
    url = make_url(postgres_server).set(database=name).render_as_string(hide_password=False)
    try:
        upgrade(url)
        asyncio.run(load_demo(url, NOW))
        yield url
    finally:
        asyncio.run(_admin(postgres_server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
async def pg_app(postgres_url: str, clock: FixedClock, knowledge: Knowledge) -> AsyncIterator[App]:
    built = build_app(Settings(database_url=postgres_url), clock, knowledge)
    yield built
    await built.close()
