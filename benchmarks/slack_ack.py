"""Slack under a burst: time to the HTTP ack and to the reply, ours against a bare bolt echo.

Run: .venv/bin/python benchmarks/slack_ack.py [--events 500] [--senders 50] [--database URL]
     [--rate 25]

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
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from aiohttp import web  # noqa: E402
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request  # noqa: E402
from slack_bolt.async_app import AsyncApp  # noqa: E402
from slack_sdk.web.async_client import AsyncWebClient  # noqa: E402

from bot.app import App, build_app  # noqa: E402
from bot.clock import Clock  # noqa: E402
from bot.linking import link_account  # noqa: E402
from bot.settings import Settings  # noqa: E402
from storage import demo  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from tests.channels.slack_world import event_body  # noqa: E402
from tests.servers.slack import (  # noqa: E402
    BOT_TOKEN,
    SIGNING_SECRET,
    TEAM,
    FakeSlack,
    signed_headers,
)

QUESTIONS = {
    "de": "Wie viele Stunden haben wir noch übrig?",
    "fi": "Kuinka monta tuntia meillä on vielä jäljellä?",
    "es": "¿Qué incluye nuestro paquete?",
    "nb": "Hvor mange timer har vi igjen?",
    "en": "Which meetings have we booked?",
}


@dataclass
class Run:
    name: str
    acks: list[float] = field(default_factory=list)
    sent: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    replies: list[float] = field(default_factory=list)
    wall: float = 0.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] * 1000


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


async def prepare(url: str, senders: int) -> tuple[App, list[tuple[str, str]]]:
    await asyncio.to_thread(upgrade, url)  # Alembic runs its own event loop
    app = build_app(Settings(database_url=url), Clock())
    users = []
    async with app.unit() as uow:
        await demo.load(uow.repos, app.catalog, app.core.clock.now())
        for n in range(senders):
            customer = demo.CUSTOMERS[n % len(demo.CUSTOMERS)]
            user = f"U{n:04d}"
            await link_account(
                uow.repos, "slack", f"{TEAM}:{user}", app.core.clock.now(), buyer=customer.handle
            )
            users.append((user, QUESTIONS[customer.language]))
        await uow.commit()
    return app, users


async def burst(
    run: Run,
    url: str,
    fake: FakeSlack,
    users: list[tuple[str, str]],
    events: int,
    rate: float | None = None,
) -> None:
    """Every sender sends its share; with a rate, paced so that all together send `rate`/s."""
    per_sender = events // len(users)
    before = len(fake.calls)
    posted = len(fake.calls_to("chat.postMessage"))
    begin = time.perf_counter()

    async def sender(session: aiohttp.ClientSession, number: int, user: str, text: str) -> None:
        for n in range(per_sender):
            if rate:
                due = begin + (n * len(users) + number) / rate
                await asyncio.sleep(max(0.0, due - time.perf_counter()))
            raw = json.dumps(event_body(user, f"{text} ({n})"))  # no two messages alike
            headers = {"Content-Type": "application/json", **signed_headers(raw)}
            started = time.perf_counter()
            async with session.post(url, data=raw.encode(), headers=headers) as response:
                assert response.status == 200, response.status
            run.acks.append(time.perf_counter() - started)
            run.sent[f"D{user}"].append(started)

    started = time.perf_counter()
    connector = aiohttp.TCPConnector(limit=len(users))
    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(
            *(sender(session, n, user, text) for n, (user, text) in enumerate(users))
        )
    await fake.wait_for("chat.postMessage", posted + per_sender * len(users), 600)
    run.wall = time.perf_counter() - started
    arrivals: dict[str, list[float]] = defaultdict(list)
    for call in fake.calls[before:]:
        if call.method == "chat.postMessage":
            arrivals[call.args["channel"]].append(call.at)
    for channel, sent in run.sent.items():
        run.replies.extend(at - start for at, start in zip(arrivals[channel], sent, strict=True))


def report(runs: list[Run]) -> None:
    """One line per run, then ours against bare for each load (runs: bare ones, then ours)."""
    print(
        f"{'app, load':<24}{'events':>8}{'ack p50':>10}{'ack p99':>10}"
        f"{'reply p50':>11}{'reply p99':>11}{'events/s':>10}"
    )
    for run in runs:
        print(
            f"{run.name:<24}{len(run.acks):>8}{percentile(run.acks, 0.5):>8.1f}ms"
            f"{percentile(run.acks, 0.99):>8.1f}ms{percentile(run.replies, 0.5):>9.1f}ms"
            f"{percentile(run.replies, 0.99):>9.1f}ms{len(run.acks) / run.wall:>10.0f}"
        )
    half = len(runs) // 2
    for bare, ours in zip(runs[:half], runs[half:], strict=True):
        ack = percentile(ours.acks, 0.99) / percentile(bare.acks, 0.99)
        reply = percentile(ours.replies, 0.5) / percentile(bare.replies, 0.5)
        load = ours.name.split(", ", 1)[1]
        print(f"ours/bare ({load}): ack p99 {ack:.2f}x, reply p50 {reply:.2f}x")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def serving(command: list[str], env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    """Start a server process and wait until its port accepts connections."""
    process = subprocess.Popen(command, env={**os.environ, **env}, cwd=ROOT)
    for _ in range(600):
        try:
            _reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            return process
        except OSError:
            await asyncio.sleep(0.1)
    process.kill()
    raise RuntimeError(f"{command} did not start")


async def measure(
    name: str,
    server: subprocess.Popen[bytes],
    port: int,
    fake: FakeSlack,
    users: list[tuple[str, str]],
    events: int,
    rate: float | None,
) -> list[Run]:
    """The burst, then (with --rate) the same number of events paced below saturation."""
    url = f"http://127.0.0.1:{port}/slack/events"
    try:
        await burst(Run("warm-up"), url, fake, users, len(users))
        runs = [Run(f"{name}, burst")]
        await burst(runs[0], url, fake, users, events)
        if rate:
            runs.append(Run(f"{name}, {rate:g}/s"))
            await burst(runs[1], url, fake, users, events, rate)
        return runs
    finally:
        server.terminate()
        server.wait(30)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--senders", type=int, default=50)
    parser.add_argument("--database", help="a database URL (default: a new SQLite file)")
    parser.add_argument(
        "--rate",
        type=float,
        default=25.0,
        help="events/s of the paced run after the burst (0: none)",
    )
    parser.add_argument("--bare-echo", nargs=2, metavar=("API", "PORT"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.bare_echo:
        await bare_echo(options.bare_echo[0], int(options.bare_echo[1]))
        return
    folder = tempfile.TemporaryDirectory()
    url = options.database or f"sqlite:///{folder.name}/bench.sqlite3"
    app, users = await prepare(url, options.senders)
    await app.close()
    fake = FakeSlack()
    api = await fake.start()
    quiet = {"NO_PROXY": "127.0.0.1"}

    port = free_port()
    bare = await serving([sys.executable, __file__, "--bare-echo", api, str(port)], quiet, port)
    runs = await measure("bare echo", bare, port, fake, users, options.events, options.rate)
    port = free_port()
    settings = {
        **quiet,
        "SUPPORTBOT_DATABASE_URL": url,
        "SUPPORTBOT_PORT": str(port),
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_BASE_URL": api,
    }
    ours = await serving([sys.executable, "-m", "bot.cli", "serve", "slack"], settings, port)
    runs += await measure("supportbot", ours, port, fake, users, options.events, options.rate)
    report(runs)
    await fake.stop()
    folder.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
