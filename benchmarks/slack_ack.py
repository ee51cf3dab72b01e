"""Slack under a burst: time to the HTTP ack and to the reply, ours against a bare bolt echo.

Run: .venv/bin/python benchmarks/slack_ack.py [--events 500] [--senders 50] [--rate 25]
     [--database URL]

One run measures both apps, one after the other, each in its own server process on 127.0.0.1:
a bare slack-bolt app that only echoes, and supportbot as `supportbot serve slack` starts it.
This process holds the fake Slack Web API (tests/servers/slack.py) and the load: `--senders`
concurrent senders, each a different linked Slack user, each sending its share of signed DM
events one after another (the next as soon as the previous one is acked), every text different.
Reply times pair the n-th reply in a DM with the n-th event sent to it (perf_counter is the
system's monotonic clock, the same in every process). Our pipeline does everything a real turn
does: signature check, users.info (cached), delivery dedupe, language, understanding, one
database transaction, rendering, chat.postMessage. After the burst, the same number of events
is sent again paced at `--rate` per second, below what either app can take, so that the reply
times show the work per event rather than the queue a burst builds up.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections import defaultdict
from typing import Any

import aiohttp
from aiohttp import web
from common import Run, Sender, free_port, load, prepare, report, serving
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from tests.bot.channels.slack_world import event_body
from tests.servers.slack import BOT_TOKEN, SIGNING_SECRET, TEAM, FakeSlack, signed_headers


async def bare_echo(api: str, port: int) -> None:
    """The baseline: a bolt app whose only listener echoes the text back (runs until killed)."""
    bolt = AsyncApp(
        client=AsyncWebClient(token=BOT_TOKEN, base_url=api), signing_secret=SIGNING_SECRET
    )

    @bolt.event("message")
    async def echo(event: dict[str, Any], client: AsyncWebClient) -> None:
        await client.chat_postMessage(channel=event["channel"], text=event["text"])

    async def dispatch(request: web.Request) -> web.Response:
        return await to_aiohttp_response(await bolt.async_dispatch(await to_bolt_request(request)))

    application = web.Application()
    application.add_routes([web.post("/slack/events", dispatch)])
    runner = web.AppRunner(application, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    await asyncio.Event().wait()


async def burst(
    run: Run, url: str, fake: FakeSlack, senders: list[Sender], events: int, rate: float | None
) -> None:
    per_sender = events // len(senders)
    before, posted = len(fake.calls), len(fake.calls_to("chat.postMessage"))
    connector = aiohttp.TCPConnector(limit=len(senders))
    async with aiohttp.ClientSession(connector=connector) as session:

        async def send(who: Sender, n: int) -> None:
            raw = json.dumps(event_body(who.account, f"{who.question} ({n})"))
            headers = {"Content-Type": "application/json", **signed_headers(raw)}
            async with session.post(url, data=raw.encode(), headers=headers) as response:
                assert response.status == 200, response.status

        started = time.perf_counter()
        await load(run, senders, per_sender, rate, send)
    await fake.wait_for("chat.postMessage", posted + per_sender * len(senders), 600)
    run.wall = time.perf_counter() - started
    arrivals: dict[str, list[float]] = defaultdict(list)
    for call in fake.calls[before:]:
        if call.method == "chat.postMessage":
            arrivals[call.args["channel"]].append(call.at)
    run.pair(arrivals)


async def measure(
    name: str, port: int, fake: FakeSlack, senders: list[Sender], events: int, rate: float
) -> list[Run]:
    """The burst, then (with a rate) the same number of events paced below saturation."""
    url = f"http://127.0.0.1:{port}/slack/events"
    await burst(Run("warm-up"), url, fake, senders, len(senders), None)
    runs = [Run(f"{name}, burst")]
    await burst(runs[0], url, fake, senders, events, None)
    if rate:
        runs.append(Run(f"{name}, {rate:g}/s"))
        await burst(runs[1], url, fake, senders, events, rate)
    return runs


async def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--senders", type=int, default=50)
    parser.add_argument("--rate", type=float, default=25.0, help="paced run's events/s (0: none)")
    parser.add_argument("--database", help="a database URL (default: a new SQLite file)")
    parser.add_argument("--bare-echo", nargs=2, metavar=("API", "PORT"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.bare_echo:
        await bare_echo(options.bare_echo[0], int(options.bare_echo[1]))
        return
    folder = tempfile.TemporaryDirectory()
    url = options.database or f"sqlite:///{folder.name}/bench.sqlite3"
    users = [f"U{n:04d}" for n in range(options.senders)]
    senders = await prepare(url, "slack", [(f"{TEAM}:{u}", f"D{u}") for u in users])
    senders = [Sender(s.account.split(":")[1], s.chat, s.question) for s in senders]
    fake = FakeSlack()
    api = await fake.start()
    quiet = {"NO_PROXY": "127.0.0.1"}
    runs: list[Run] = []
    port = free_port()
    bare = await serving([sys.executable, __file__, "--bare-echo", api, str(port)], quiet, port)
    try:
        runs += await measure("bare echo", port, fake, senders, options.events, options.rate)
    finally:
        bare.terminate()
    port = free_port()
    settings = {
        **quiet,
        "SUPPORTBOT_DATABASE_URL": url,
        "SUPPORTBOT_PORT": str(port),
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_BASE_URL": api,
    }
    ours = await serving([sys.executable, "-m", "bot.admin.cli", "serve", "slack"], settings, port)
    try:
        runs += await measure("supportbot", port, fake, senders, options.events, options.rate)
    finally:
        ours.terminate()
    report(runs)
    await fake.stop()
    folder.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
