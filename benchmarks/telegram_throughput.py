"""Telegram through the webhook: time from update to reply, ours against a bare PTB echo.

Run: .venv/bin/python benchmarks/telegram_throughput.py [--updates 1000] [--chats 100]
     [--rate 25] [--database URL]

One run measures both apps, one after the other, each in its own server process on 127.0.0.1
behind the same kind of webhook endpoint (aiohttp, secret checked, update queued): a bare
python-telegram-bot Application whose only handler echoes, and supportbot as `supportbot serve
telegram --webhook-url …` starts it. This process holds the fake Bot API (tests/servers/
telegram.py) and the load: `--chats` linked private chats, each sending its share of updates,
the next as soon as the webhook answered; then the same again paced at `--rate` updates a
second overall. Reply times pair the n-th reply in a chat with the n-th update sent to it.
supportbot keeps Telegram's flood limit (a burst of 3, then about one message a second per
chat); the bare echo does not, so in the burst part of the difference is that limit.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections import defaultdict

import aiohttp
from aiohttp import web
from common import Run, Sender, free_port, load, prepare, report, serving
from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from tests.servers.telegram import TOKEN, FakeTelegram
from tests.servers.telegram_updates import text_update

SECRET = "benchmark-secret"
HEADER = "X-Telegram-Bot-Api-Secret-Token"


async def bare_echo(api: str, port: int) -> None:
    """The baseline: PTB with one handler that echoes, fed by a minimal webhook endpoint."""
    ptb = Application.builder().token(TOKEN).base_url(api).concurrent_updates(32).build()

    async def echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        await update.message.reply_text(update.message.text or "")

    ptb.add_handler(MessageHandler(filters.TEXT, echo))

    async def receive(request: web.Request) -> web.Response:
        if request.headers.get(HEADER) != SECRET:
            return web.Response(status=403)
        await ptb.update_queue.put(Update.de_json(await request.json(), ptb.bot))
        return web.Response()

    application = web.Application()
    application.add_routes([web.post("/telegram/webhook", receive)])
    runner = web.AppRunner(application, access_log=None)
    await runner.setup()
    async with ptb:
        await ptb.start()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        await asyncio.Event().wait()


async def flood(
    run: Run, url: str, fake: FakeTelegram, senders: list[Sender], updates: int, rate: float | None
) -> None:
    per_chat = updates // len(senders)
    before, sent = len(fake.calls), len(fake.calls_to("sendMessage"))
    connector = aiohttp.TCPConnector(limit=len(senders))
    async with aiohttp.ClientSession(connector=connector) as session:

        async def send(who: Sender, n: int) -> None:
            update = text_update(int(who.account), f"{who.question} ({n})", language=None)
            async with session.post(url, json=update, headers={HEADER: SECRET}) as response:
                assert response.status == 200, response.status

        started = time.perf_counter()
        await load(run, senders, per_chat, rate, send)
    await fake.wait_for("sendMessage", sent + per_chat * len(senders), 900)
    run.wall = time.perf_counter() - started
    arrivals: dict[str, list[float]] = defaultdict(list)
    for call in fake.calls[before:]:
        if call.method == "sendMessage":
            arrivals[str(call.args["chat_id"])].append(call.at)
    run.pair(arrivals)


async def measure(
    name: str, port: int, fake: FakeTelegram, senders: list[Sender], updates: int, rate: float
) -> list[Run]:
    url = f"http://127.0.0.1:{port}/telegram/webhook"
    await flood(Run("warm-up"), url, fake, senders, len(senders), rate or None)
    runs = [Run(f"{name}, burst")]
    await flood(runs[0], url, fake, senders, updates, None)
    if rate:
        runs.append(Run(f"{name}, {rate:g}/s"))
        await flood(runs[1], url, fake, senders, updates, rate)
    return runs


async def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--updates", type=int, default=1000)
    parser.add_argument("--chats", type=int, default=100)
    parser.add_argument("--rate", type=float, default=25.0, help="paced run's updates/s (0: none)")
    parser.add_argument("--database", help="a database URL (default: a new SQLite file)")
    parser.add_argument("--bare-echo", nargs=2, metavar=("API", "PORT"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.bare_echo:
        await bare_echo(options.bare_echo[0], int(options.bare_echo[1]))
        return
    folder = tempfile.TemporaryDirectory()
    url = options.database or f"sqlite:///{folder.name}/bench.sqlite3"
    chats = [str(700000 + n) for n in range(options.chats)]
    senders = await prepare(url, "telegram", [(chat, chat) for chat in chats])
    fake = FakeTelegram()
    api = await fake.start()
    quiet = {"NO_PROXY": "127.0.0.1"}
    runs: list[Run] = []
    port = free_port()
    bare = await serving([sys.executable, __file__, "--bare-echo", api, str(port)], quiet, port)
    try:
        runs += await measure("bare echo", port, fake, senders, options.updates, options.rate)
    finally:
        bare.terminate()
    port = free_port()
    settings = {
        **quiet,
        "SUPPORTBOT_DATABASE_URL": url,
        "SUPPORTBOT_PORT": str(port),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "TELEGRAM_API_BASE_URL": api,
    }
    command = [sys.executable, "-m", "bot.admin.cli", "serve", "telegram", "--webhook-url"]
    ours = await serving([*command, f"http://127.0.0.1:{port}/telegram/webhook"], settings, port)
    try:
        runs += await measure("supportbot", port, fake, senders, options.updates, options.rate)
    finally:
        ours.terminate()
    report(runs)
    await fake.stop()
    folder.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
