"""What a channel test keeps running for each bot worker: its HTTP server and its courier."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field

from aiohttp import web

from bot.app import App
from bot.channels.base import Channel
from bot.runtime.outbox import Courier
from bot.runtime.web import bound_port, listen, web_app


@dataclass
class Hosting:
    couriers: list[Courier] = field(default_factory=list)
    _runners: list[web.AppRunner] = field(default_factory=list)
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)

    async def host(self, app: App, channel: Channel) -> int:
        """Serve the channel's routes on a free port of 127.0.0.1 and run its courier, as
        `supportbot serve` does; returns the port."""
        runner = await listen(web_app(app, channel.routes()), "127.0.0.1", 0)
        self._runners.append(runner)
        courier = Courier(app, channel.name, channel.deliver)
        self.couriers.append(courier)
        self._tasks.append(asyncio.create_task(courier.run_forever()))
        return bound_port(runner)

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        for runner in self._runners:
            await runner.cleanup()
