"""`supportbot serve` as an admin starts it: a real process that listens on a port, answers
Slack and Telegram, and stops on a signal; and the settings it names when one is missing."""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import socket
import sys
from asyncio.subprocess import PIPE
from collections.abc import AsyncIterator

import aiohttp
import pytest

from tests.bot.channels.slack_world import event_body
from tests.command import run
from tests.servers.slack import BOT_TOKEN, SIGNING_SECRET, TEAM, FakeSlack, signed_headers
from tests.servers.telegram import BOT_USERNAME, FakeTelegram
from tests.servers.telegram import TOKEN as TG_TOKEN
from tests.servers.telegram_updates import text_update


@pytest.mark.parametrize(
    ("given", "mode", "missing"),
    [
        ({}, [], "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, [], "SLACK_SIGNING_SECRET"),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, ["--socket-mode"], "SLACK_APP_TOKEN"),
        ({}, ["telegram"], "TELEGRAM_BOT_TOKEN"),
        (
            {"TELEGRAM_BOT_TOKEN": "1:x"},
            ["telegram", "--webhook-url", "https://x"],
            "TELEGRAM_WEBHOOK_SECRET",
        ),
    ],
)
def test_serve_names_the_missing_setting(
    demo_db: dict[str, str], given: dict[str, str], mode: list[str], missing: str
) -> None:
    """Start-up stops with the setting's name, not a traceback."""
    channel = [] if mode[:1] == ["telegram"] else ["slack"]
    done = run({**demo_db, **given}, "serve", *channel, *mode)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert missing in done.stderr


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.asynccontextmanager
async def serving(
    env: dict[str, str],
    *args: str,
    lines: int = 1,
    logged: list[str] | None = None,
    verbose: bool = False,
) -> AsyncIterator[list[str]]:
    """`supportbot serve ARGS` as a process; yields what it printed once every channel is up,
    and stops it with Ctrl-C (SIGINT) as an admin would. `logged` collects its stderr."""
    command = [
        *("-X", "faulthandler"),  # a stop that hangs shows where (SIGABRT dumps every thread)
        *("-m", "bot.admin.cli", *(["--verbose"] if verbose else []), "serve", *args),
    ]
    server = await asyncio.create_subprocess_exec(
        sys.executable, *command, env=env, stdout=PIPE, stderr=PIPE
    )
    assert server.stdout is not None and server.stderr is not None
    errors = server.stderr

    stderr: list[str] = [] if logged is None else logged

    async def drain() -> None:
        async for line in errors:
            stderr.append(line.decode(errors="replace"))

    reader = asyncio.create_task(drain())
    try:
        banner = [(await asyncio.wait_for(server.stdout.readline(), 60)).decode()]
        banner += [
            (await asyncio.wait_for(server.stdout.readline(), 60)).decode()
            for _ in range(lines - 1)
        ]
        yield banner
    finally:
        server.send_signal(signal.SIGINT)
        try:
            stopped = await asyncio.wait_for(server.wait(), 30)
        except TimeoutError:
            server.send_signal(signal.SIGABRT)
            await asyncio.wait_for(server.wait(), 10)
            await asyncio.wait_for(reader, 10)
            raise AssertionError("serve did not stop on SIGINT:\n" + "".join(stderr)) from None
        await asyncio.wait_for(reader, 10)
        assert stopped in (0, 130), "".join(stderr)


async def signed_dm(port: int, user: str, text: str) -> None:
    """A Slack DM event, signed, posted to the bot's events endpoint."""
    body = json.dumps(event_body(user, text))
    headers = {"Content-Type": "application/json", **signed_headers(body)}
    async with aiohttp.ClientSession() as session:
        url = f"http://127.0.0.1:{port}/slack/events"
        async with session.post(url, data=body, headers=headers) as response:
            assert response.status == 200


def _serve_env(
    base: dict[str, str], port: int, *, slack: str, telegram: str | None = None
) -> dict[str, str]:
    """`serve` on `port` against the fake Slack (and Telegram) API at those addresses."""
    env = {
        **base,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_BASE_URL": slack,
        "SUPPORTBOT_PORT": str(port),
        "NO_PROXY": "127.0.0.1",
    }
    if telegram is not None:
        env |= {"TELEGRAM_BOT_TOKEN": TG_TOKEN, "TELEGRAM_API_BASE_URL": telegram}
    return env


async def test_serve_slack_answers_a_signed_dm(demo_db: dict[str, str]) -> None:
    """`supportbot serve slack` as an admin starts it: it listens on the configured port,
    answers /healthz, and a DM from a linked user is answered through the Slack Web API."""
    assert (
        await asyncio.to_thread(
            run, demo_db, "link", "slack", "--team", TEAM, "--user", "U1", "--buyer", "launch"
        )
    ).returncode == 0
    fake, port = FakeSlack(), free_port()
    env = _serve_env(demo_db, port, slack=await fake.start())
    try:
        async with serving(env, "slack") as (banner,):
            assert f"http://127.0.0.1:{port}/slack/events" in banner
            async with (
                aiohttp.ClientSession() as session,
                session.get(f"http://127.0.0.1:{port}/healthz") as health,
            ):
                assert health.status == 200
            await signed_dm(port, "U1", "Wie viele Stunden bleiben uns noch?")
            (reply,) = await fake.wait_for("chat.postMessage", 1, timeout=30)
            assert reply["channel"] == "DU1"
    finally:
        await fake.stop()


async def test_serve_telegram_polls_and_an_invitation_links_a_user(demo_db: dict[str, str]) -> None:
    """An admin creates an invitation (the bot's name comes from getMe), starts `supportbot
    serve telegram`; the user opens the link and is welcomed as the buyer."""
    fake = FakeTelegram()
    api = await fake.start()
    env = {
        **demo_db,
        "TELEGRAM_BOT_TOKEN": TG_TOKEN,
        "TELEGRAM_API_BASE_URL": api,
        "NO_PROXY": "127.0.0.1",
    }
    created = await asyncio.to_thread(
        run, env, "invite", "--customer", "english", "--name", "Noah Quinn", "--ttl", "2d"
    )
    assert created.returncode == 0, created.stderr
    link = created.stdout.strip().split()[-1]
    assert link.startswith(f"https://t.me/{BOT_USERNAME}?start=")
    code = link.split("start=")[1]
    assert len(code) >= 32 and code.replace("-", "").replace("_", "").isalnum()
    env["SUPPORTBOT_PORT"] = "0"
    try:
        async with serving(env, "telegram") as (banner,):
            assert f"@{BOT_USERNAME}" in banner
            await fake.push(text_update(4242, f"/start {code}", language="en"))
            (welcome,) = await fake.wait_for("sendMessage", 1, timeout=30)
            assert welcome["text"].startswith("Welcome, Noah Quinn!")
    finally:
        await fake.stop()


async def test_serve_runs_slack_and_telegram_in_one_process(demo_db: dict[str, str]) -> None:
    """With both channels configured, `supportbot serve` answers a Slack DM and a Telegram
    message from the same process (one event loop, one HTTP server)."""
    assert (
        await asyncio.to_thread(
            run, demo_db, "link", "slack", "--team", TEAM, "--user", "U1", "--buyer", "launch"
        )
    ).returncode == 0
    assert (
        await asyncio.to_thread(
            run, demo_db, "link", "telegram", "--user", "4343", "--buyer", "english"
        )
    ).returncode == 0
    slack, telegram, port = FakeSlack(), FakeTelegram(), free_port()
    env = _serve_env(demo_db, port, slack=await slack.start(), telegram=await telegram.start())
    try:
        async with serving(env, lines=2):  # one line per channel
            await signed_dm(port, "U1", "Wie viele Stunden bleiben uns noch?")
            asked = "How many hours are still left for us?"
            await telegram.push(text_update(4343, asked, language="en"))
            (in_slack,) = await slack.wait_for("chat.postMessage", 1, timeout=30)
            (in_telegram,) = await telegram.wait_for("sendMessage", 1, timeout=30)
            assert in_slack["channel"] == "DU1" and int(in_telegram["chat_id"]) == 4343
    finally:
        await slack.stop()
        await telegram.stop()


async def test_serve_refuses_malformed_bodies_without_a_traceback(demo_db: dict[str, str]) -> None:
    """Against a running `serve` (Slack over HTTP and a Telegram webhook, logging verbosely):
    unsigned garbage gets 401, signed garbage 400, a webhook body that is no update 400; the
    log holds no traceback and never the Telegram token."""
    slack, telegram, port = FakeSlack(), FakeTelegram(), free_port()
    env = _serve_env(demo_db, port, slack=await slack.start(), telegram=await telegram.start())
    env["TELEGRAM_WEBHOOK_SECRET"] = "hook-secret"
    base, logged = f"http://127.0.0.1:{port}", []
    hook = {"X-Telegram-Bot-Api-Secret-Token": "hook-secret", "Content-Type": "application/json"}
    try:
        hooked = ("--webhook-url", f"{base}/telegram/webhook")
        async with (
            serving(env, *hooked, lines=2, logged=logged, verbose=True),
            aiohttp.ClientSession() as web,
        ):
            for body in ("not json", "[]", "payload=%7Bbroken"):
                unsigned = {"X-Slack-Signature": "v0=00", "X-Slack-Request-Timestamp": "1"}
                async with web.post(f"{base}/slack/events", data=body, headers=unsigned) as got:
                    assert got.status == 401
                signed = {"Content-Type": "application/json", **signed_headers(body)}
                async with web.post(f"{base}/slack/events", data=body, headers=signed) as got:
                    assert got.status == 400
            for body in ("not json", "[]", "{}", '{"update_id": 1, "message": 5}'):
                async with web.post(f"{base}/telegram/webhook", data=body, headers=hook) as got:
                    assert got.status == 400
    finally:
        await slack.stop()
        await telegram.stop()
    assert not [line for line in logged if "Traceback" in line], logged
    assert not [line for line in logged if TG_TOKEN in line]
    assert any("refused" in line for line in logged)
