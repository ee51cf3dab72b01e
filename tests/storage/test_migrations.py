"""Alembic owns the schema: upgrade and downgrade on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import inspect

from storage.db import create_engine
from storage.migrate import downgrade, upgrade
from storage.models import Base


async def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    async with engine.connect() as connection:
        names = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
    await engine.dispose()
    return names - {"alembic_version"}


def test_upgrade_creates_every_table_and_downgrade_removes_them(tmp_path: Path) -> None:
    """A fresh SQLite file gets the whole schema from the migrations, and loses it again."""
    url = f"sqlite:///{tmp_path / 'nested' / 'db.sqlite3'}"
    upgrade(url)
    assert asyncio.run(_tables(url)) == set(Base.metadata.tables)
    downgrade(url, "base")
    assert asyncio.run(_tables(url)) == set()


def test_the_schema_matches_the_models_on_postgresql(postgres_url: str) -> None:
    """The same migrations run on PostgreSQL (demo data loads) and produce the models' tables."""
    assert asyncio.run(_tables(postgres_url)) == set(Base.metadata.tables)
