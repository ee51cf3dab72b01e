"""Fixtures for the channel tests: the real adapters against fake vendor servers on 127.0.0.1."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator

import pytest

from bot.app import App
from tests.bot.channels.slack_world import SlackWorld
from tests.bot.channels.telegram_world import TelegramWorld

# Nothing in these tests may leave the machine, not even through a configured proxy.
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"


@pytest.fixture
async def slack(app: App) -> AsyncIterator[SlackWorld]:
    world = await SlackWorld(app).start()
    yield world
    await world.stop()


@pytest.fixture(params=["webhook", "polling"])
async def telegram(request: pytest.FixtureRequest, app: App) -> AsyncIterator[TelegramWorld]:
    """The bot behind its webhook server, and (second run) polling getUpdates."""
    world = await TelegramWorld(app, mode=request.param).start()
    yield world
    await world.stop()


@pytest.fixture
async def telegram_hook(app: App) -> AsyncIterator[TelegramWorld]:
    world = await TelegramWorld(app, mode="webhook").start()
    yield world
    await world.stop()


@pytest.fixture(params=["db_url", "postgres_url"], ids=["sqlite", "postgresql"])
def shared_url(request: pytest.FixtureRequest) -> str:
    """One database for two bot processes: a SQLite file, and PostgreSQL."""
    return str(request.getfixturevalue(request.param))
