"""Fixtures for the channel tests: the real adapters against fake vendor servers on 127.0.0.1."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator

import pytest

from bot.app import App
from tests.channels.slack_world import SlackWorld

# Nothing in these tests may leave the machine, not even through a configured proxy.
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"


@pytest.fixture
async def slack(app: App) -> AsyncIterator[SlackWorld]:
    world = await SlackWorld(app).start()
    yield world
    await world.stop()
