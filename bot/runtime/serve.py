"""`supportbot serve`: the chosen channels in one process and one event loop, one HTTP server
(the channels' endpoints and /healthz), a courier per channel, housekeeping and live reload."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence

from bot.app import App
from bot.channels.base import Channel
from bot.runtime import jobs
from bot.runtime.outbox import Courier
from bot.runtime.web import bound_port, listen, web_app
from handlers.base import Message

log = logging.getLogger(__name__)


async def serve(
    app: App,
    channels: Sequence[Channel],
    host: str,
    port: int,
    report: Callable[[Message], None],
    started: asyncio.Event | None = None,
) -> None:
    """Run until cancelled; `report` tells the admin what each channel listens on, `started`
    is set once every channel receives (port 0 picks a free port)."""
    async with contextlib.AsyncExitStack() as stack:
        stack.push_async_callback(app.close)
        tasks = [
            asyncio.create_task(jobs.housekeeping(app)),
            asyncio.create_task(jobs.reloader(app).run_forever()),
        ]
        for channel in channels:
            await channel.start()
            stack.push_async_callback(channel.stop)
            courier = Courier(app, channel.name, channel.deliver)
            tasks.append(asyncio.create_task(courier.run_forever()))
        routes = [route for channel in channels for route in channel.routes()]
        runner = await listen(web_app(app, routes), host, port)
        stack.push_async_callback(runner.cleanup)
        stack.push_async_callback(_finish, tasks)  # first out: nothing runs on a closed app
        for channel in channels:
            report(await channel.go(host, bound_port(runner)))
        if started is not None:
            started.set()
        await asyncio.Event().wait()


async def _finish(tasks: list[asyncio.Task[None]]) -> None:
    """Stop the couriers and jobs, and wait until they have."""
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
