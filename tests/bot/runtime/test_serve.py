"""Channels plug in: `serve` runs whatever channels it is given, from the registry or not."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import replace

import aiohttp
import pytest

from bot.admin.linking import link_account
from bot.app import App
from bot.channels import registry
from bot.runtime.serve import serve
from handlers.base import Message
from tests.chat import Chat
from tests.plugins import loopback


@pytest.fixture
def registered() -> AsyncIterator[None]:
    registry.register(loopback.KIND)
    yield
    registry.unregister(loopback.NAME)


@pytest.fixture
async def served(app: App, registered: None) -> AsyncIterator[tuple[loopback.LoopbackChannel, str]]:
    """The throwaway channel, made by its registry entry and served on a free port."""
    kind = registry.kind(loopback.NAME)
    assert kind.serve is not None
    channel = kind.serve(app, {"prefix": "test"})
    assert isinstance(channel, loopback.LoopbackChannel)
    told: list[Message] = []
    started = asyncio.Event()
    task = asyncio.create_task(serve(app, [channel], "127.0.0.1", 0, told.append, started))
    await asyncio.wait_for(started.wait(), 30)
    (banner,) = told
    assert channel.started and banner.args["path"] == loopback.PATH
    yield channel, f"http://127.0.0.1:{banner.args['port']}"
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    assert channel.stopped


async def test_a_channel_from_the_test_tree_is_served(
    served: tuple[loopback.LoopbackChannel, str],
) -> None:
    """Its route is on the one HTTP server beside /healthz, and its turns reach the core."""
    _channel, base = served
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{base}/healthz") as health:
            assert health.status == 200
        message = {"user": "nobody", "text": "What does our package include?"}
        async with session.post(f"{base}{loopback.PATH}", json=message) as response:
            (reply,) = await response.json()
    assert reply["text"].startswith("Hello! I don't know which company you work for yet")


async def test_its_courier_delivers_notices_to_it(
    app: App, served: tuple[loopback.LoopbackChannel, str]
) -> None:
    """A contact linked on the new channel gets a buyer's escalation through its courier."""
    channel, _base = served
    async with app.unit() as uow:
        await link_account(uow.repos, loopback.NAME, "emma-1", app.core.clock.now(), staff="emma")
        await uow.commit()
    await Chat(app)("english").say("I would like to speak to a real person please")
    for _ in range(200):
        if channel.delivered:
            break
        await asyncio.sleep(0.02)
    (delivery,) = channel.delivered
    assert delivery.external_id == "emma-1" and delivery.reply.messages[0].id == "escalation-new"


def test_the_registry_refuses_a_second_channel_of_a_name() -> None:
    """A plug-in cannot replace a built-in channel by taking its name."""
    with pytest.raises(ValueError, match="slack"):
        registry.register(replace(loopback.KIND, name="slack"))
