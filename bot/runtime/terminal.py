"""`supportbot chat`: the terminal conversation, with staff answers shown while the buyer waits
and live reload of the texts."""

from __future__ import annotations

import asyncio
from typing import TextIO

from bot.channels.console import Console
from bot.runtime import jobs

POLL_SECONDS = 2.0


async def _poll(console: Console) -> None:
    """In a terminal, staff answers appear while the buyer is waiting at the prompt."""
    while True:
        await asyncio.sleep(POLL_SECONDS)
        if await console.deliver():  # a database hiccup is logged there; the next poll retries
            print("> ", end="", file=console.out, flush=True)


async def run(console: Console, source: TextIO) -> None:
    """Read until end of input; a terminal gets a prompt, a pipe one message a line."""
    interactive = source.isatty()
    if interactive:
        await console.greet()
    await console.deliver()
    poller = asyncio.create_task(_poll(console)) if interactive else None
    reloader = asyncio.create_task(jobs.reloader(console.app).run_forever())
    try:
        while True:
            if interactive:
                print("> ", end="", file=console.out, flush=True)
            line = await asyncio.to_thread(source.readline)
            if not line:
                break
            if interactive and not line.strip():
                continue
            await console.say(line)
    finally:
        helpers = [reloader] if poller is None else [reloader, poller]
        for task in helpers:
            task.cancel()
        await asyncio.gather(*helpers, return_exceptions=True)  # done before the app closes
