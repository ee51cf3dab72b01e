"""A separate process that picks booking slots on command, for the concurrency test."""

from __future__ import annotations

import asyncio
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Barrier

from bot.app import build_app
from bot.clock import FixedClock
from bot.core.messages import Inbound
from bot.settings import Settings


def serve(url: str, user: str, now: str, barrier: Barrier, pipe: Connection) -> None:
    asyncio.run(_serve(url, user, now, barrier, pipe))


async def _serve(url: str, user: str, now: str, barrier: Barrier, pipe: Connection) -> None:
    from datetime import datetime

    app = build_app(Settings(database_url=url), FixedClock(datetime.fromisoformat(now)))
    pipe.send("ready")
    while (choice := pipe.recv()) is not None:
        barrier.wait()  # both processes confirm their booking at the same moment
        replies = await app.core.handle_turn(Inbound("console", user, choice=choice))
        pipe.send([m.id for reply in replies for m in reply.messages])
    await app.close()
