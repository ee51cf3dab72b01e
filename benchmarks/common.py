"""What the channel benchmarks share: a database of linked users, server processes, paced or
burst load, and the report of ack and reply times for ours against a bare library echo."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.admin.linking import link_account  # noqa: E402
from bot.app import build_app  # noqa: E402
from bot.clock import Clock  # noqa: E402
from bot.settings import Settings  # noqa: E402
from storage import demo  # noqa: E402
from storage.migrate import upgrade  # noqa: E402

QUESTIONS = {
    "de": "Wie viele Stunden bleiben uns noch?",
    "fi": "Kuinka monta tuntia meillä on vielä jäljellä?",
    "es": "¿Qué incluye nuestro paquete?",
    "nb": "Hvor mange timer gjenstår for oss nå?",
    "en": "Which meetings have we booked?",
}


@dataclass(frozen=True)
class Sender:
    account: str  # the channel's id of the user
    chat: str  # where the bot's replies to them arrive at the fake
    question: str


@dataclass
class Run:
    name: str
    acks: list[float] = field(default_factory=list)
    sent: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    replies: list[float] = field(default_factory=list)
    wall: float = 0.0

    def pair(self, arrivals: dict[str, list[float]]) -> None:
        """The n-th reply in a chat answers the n-th message sent to it."""
        for chat, sent in self.sent.items():
            self.replies.extend(at - start for at, start in zip(arrivals[chat], sent, strict=True))


Send = Callable[[Sender, int], Awaitable[None]]


async def prepare(url: str, channel: str, accounts: list[tuple[str, str]]) -> list[Sender]:
    """Migrate, load the demo, link each account to a demo buyer (in turn); (account, chat)."""
    await asyncio.to_thread(upgrade, url)  # Alembic runs its own event loop
    app = build_app(Settings(database_url=url), Clock())
    senders = []
    async with app.unit() as uow:
        await demo.load(uow.repos, app.catalog, app.core.clock.now())
        for n, (account, chat) in enumerate(accounts):
            customer = demo.CUSTOMERS[n % len(demo.CUSTOMERS)]
            now = app.core.clock.now()
            await link_account(uow.repos, channel, account, now, buyer=customer.handle)
            senders.append(Sender(account, chat, QUESTIONS[customer.language]))
        await uow.commit()
    await app.close()
    return senders


async def load(
    run: Run, senders: list[Sender], per_sender: int, rate: float | None, send: Send
) -> None:
    """Every sender sends its share, the next as soon as the last was acked; with a rate,
    paced so that all of them together send `rate` messages a second."""
    begin = time.perf_counter()

    async def sender(number: int, who: Sender) -> None:
        for n in range(per_sender):
            if rate:
                due = begin + (n * len(senders) + number) / rate
                await asyncio.sleep(max(0.0, due - time.perf_counter()))
            started = time.perf_counter()
            await send(who, n)
            run.acks.append(time.perf_counter() - started)
            run.sent[who.chat].append(started)

    await asyncio.gather(*(sender(n, who) for n, who in enumerate(senders)))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] * 1000


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
        reply99 = percentile(ours.replies, 0.99) / percentile(bare.replies, 0.99)
        kind = ours.name.split(", ", 1)[1]
        print(f"ours/bare ({kind}): ack p99 {ack:.2f}x, reply p50 {reply:.2f}x, p99 {reply99:.2f}x")


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
