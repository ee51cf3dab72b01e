"""The `supportbot` command as a new user runs it: db upgrade, demo, chat, escalations.

Commands run in this process (tests/command.py); `serve` runs as a real process, since
listening on a port and stopping on a signal are what those tests prove."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
from pathlib import Path

import aiohttp
import pytest

from tests.bot.channels.slack_world import event_body
from tests.command import run
from tests.conftest import NOW
from tests.servers.slack import BOT_TOKEN, SIGNING_SECRET, TEAM, FakeSlack, signed_headers
from tests.servers.telegram import BOT_USERNAME, FakeTelegram, text_update
from tests.servers.telegram import TOKEN as TG_TOKEN


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environment = dict(os.environ)
    environment["SUPPORTBOT_DATABASE_URL"] = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    environment["XDG_DATA_HOME"] = str(tmp_path / "data")
    for name in list(environment):
        if name.startswith(("SLACK_", "SUPPORTBOT_SLACK_", "TELEGRAM_", "SUPPORTBOT_TELEGRAM_")):
            del environment[name]
    return environment


@pytest.fixture
def demo_db(env: dict[str, str]) -> dict[str, str]:
    assert run(env, "db", "upgrade").returncode == 0
    loaded = run(env, "demo", "--now", NOW.isoformat())
    assert loaded.returncode == 0, loaded.stderr
    assert "launch" in loaded.stdout
    return env


def test_scripted_chat_prints_one_json_object_per_reply(demo_db: dict[str, str]) -> None:
    """Piped input is one message a line; --json gives lang, intent, text, messages, choices."""
    script = "Ich möchte ein Kick-off-Meeting buchen\n1\nWie viele Stunden haben wir noch?\n"
    done = run(demo_db, "chat", "--as", "launch", "--json", "--now", NOW.isoformat(), stdin=script)
    assert done.returncode == 0, done.stderr
    replies = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["intent"] for r in replies] == ["book_meeting", "booking:slot", "hours_balance"]
    assert {r["lang"] for r in replies} == {"de"}
    assert replies[0]["messages"][0]["id"] == "booking-choose-slot"
    assert replies[0]["choices"][0]["value"].startswith("slot:")
    confirmed = replies[1]
    assert confirmed["messages"][0]["id"] == "booking-confirmed"
    invite = Path(confirmed["attachments"][0]["path"])
    assert invite.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert replies[2]["messages"][1]["args"]["left"] == 3.0


def test_plain_chat_numbers_the_choices(demo_db: dict[str, str]) -> None:
    """Without --json the reply text is printed with numbered choices."""
    done = run(demo_db, "chat", "--as", "english", "--now", NOW.isoformat(), stdin="help\n")
    assert done.returncode == 0, done.stderr
    assert "1) What my package includes" in done.stdout


def test_an_unknown_handle_is_told_how_to_get_linked(demo_db: dict[str, str]) -> None:
    """A handle that is no demo buyer gets the polite not-linked answer, not a traceback."""
    done = run(demo_db, "chat", "--as", "nobody", stdin="hello there, what is my package?\n")
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert "link" in done.stdout


def test_staff_answer_an_escalation_from_the_terminal(demo_db: dict[str, str]) -> None:
    """escalations list/show/reply/resolve: the buyer's next chat shows the answer."""
    run(demo_db, "chat", "--as", "english", stdin="I want to talk to a person please\n")
    listed = run(demo_db, "escalations", "list")
    assert "#1" in listed.stdout and "Northwind Wellness Ltd" in listed.stdout
    shown = run(demo_db, "escalations", "show", "1", "--as", "emma")
    assert "I want to talk to a person please" in shown.stdout
    assert (
        run(
            demo_db, "escalations", "reply", "1", "--as", "emma", "Hi Olivia, I'll call you at 3."
        ).returncode
        == 0
    )
    assert run(demo_db, "escalations", "resolve", "1", "--as", "emma").returncode == 0
    later = run(demo_db, "chat", "--as", "english", "--json", stdin="")
    texts = [json.loads(line)["text"] for line in later.stdout.splitlines()]
    assert any("I'll call you at 3." in t for t in texts)
    assert run(demo_db, "escalations", "reply", "1", "--as", "emma", "again").returncode == 1
    assert run(demo_db, "escalations", "show", "99").returncode == 1


def test_demo_if_missing_keeps_existing_data(demo_db: dict[str, str]) -> None:
    """make run loads the demo only once, so a restart keeps what the user did."""
    kept = run(demo_db, "demo", "--if-missing")
    assert kept.returncode == 0 and "already" in kept.stdout


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


def test_link_and_unlink_a_slack_account(demo_db: dict[str, str]) -> None:
    """An admin links a Slack user to a buyer, a channel to a customer, and unlinks them;
    mistakes are refused with a reason."""
    linked = run(demo_db, "link", "slack", "--team", "T1", "--user", "U1", "--buyer", "launch")
    assert linked.returncode == 0 and "Nordlicht Gesundheit GmbH" in linked.stdout
    shared = run(
        demo_db, "link", "slack", "--team", "T1", "--channel", "C1", "--customer", "english"
    )
    assert shared.returncode == 0 and "Northwind Wellness Ltd" in shared.stdout
    assert run(demo_db, "unlink", "slack", "--team", "T1", "--user", "U1").returncode == 0
    telegram = run(demo_db, "link", "telegram", "--user", "4242", "--staff", "anna")
    assert telegram.returncode == 0 and "anna" in telegram.stdout
    assert "no longer linked" in run(demo_db, "unlink", "telegram", "--user", "4242").stdout
    again = run(demo_db, "unlink", "slack", "--team", "T1", "--user", "U1")
    assert "was not linked" in again.stdout
    no_team = run(demo_db, "link", "slack", "--user", "U1", "--buyer", "launch")
    assert no_team.returncode == 1 and "--team" in no_team.stderr
    unknown = run(demo_db, "link", "slack", "--team", "T1", "--user", "U1", "--buyer", "nobody")
    assert unknown.returncode == 1 and "nobody" in unknown.stderr
    wrong = run(demo_db, "link", "slack", "--team", "T1", "--user", "U1", "--customer", "english")
    assert wrong.returncode == 1 and "--channel" in wrong.stderr


async def test_serve_slack_answers_a_signed_dm(demo_db: dict[str, str]) -> None:
    """`supportbot serve slack` as an admin starts it: it listens on the configured port,
    answers /healthz, and a DM from a linked user is answered through the Slack Web API."""
    assert (
        await asyncio.to_thread(
            run, demo_db, "link", "slack", "--team", TEAM, "--user", "U1", "--buyer", "launch"
        )
    ).returncode == 0
    fake = FakeSlack()
    api = await fake.start()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        **demo_db,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_BASE_URL": api,
        "SUPPORTBOT_PORT": str(port),
        "NO_PROXY": "127.0.0.1",
    }
    server = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.admin.cli",
        "serve",
        "slack",
        env=env,
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert server.stdout is not None
        banner = (await asyncio.wait_for(server.stdout.readline(), 60)).decode()
        assert f"http://127.0.0.1:{port}/slack/events" in banner
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{port}/healthz") as health:
                assert health.status == 200
            body = json.dumps(event_body("U1", "Wie viele Stunden haben wir noch übrig?"))
            headers = {"Content-Type": "application/json", **signed_headers(body)}
            url = f"http://127.0.0.1:{port}/slack/events"
            async with session.post(url, data=body, headers=headers) as response:
                assert response.status == 200
        (reply,) = await fake.wait_for("chat.postMessage", 1, timeout=30)
        assert reply["channel"] == "DU1"
    finally:
        server.send_signal(signal.SIGINT)
        await asyncio.wait_for(server.wait(), 30)
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
    server = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.admin.cli",
        "serve",
        "telegram",
        env=env,
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert server.stdout is not None
        banner = (await asyncio.wait_for(server.stdout.readline(), 60)).decode()
        assert f"@{BOT_USERNAME}" in banner
        await fake.push(text_update(4242, f"/start {code}", language="en"))
        (welcome,) = await fake.wait_for("sendMessage", 1, timeout=30)
        assert welcome["text"].startswith("Welcome, Noah Quinn!")
    finally:
        server.send_signal(signal.SIGINT)
        await asyncio.wait_for(server.wait(), 30)
        await fake.stop()


def test_invitation_mistakes_are_refused(demo_db: dict[str, str]) -> None:
    """Unknown people, a missing name and a bad duration: a reason each, nothing created."""
    env = {**demo_db, "TELEGRAM_BOT_USERNAME": "somebot"}
    assert "nobody" in run(env, "invite", "--buyer", "nobody").stderr
    assert "--name" in run(env, "invite", "--customer", "english").stderr
    assert "7x" in run(env, "invite", "--buyer", "launch", "--ttl", "7x").stderr
    made = run(env, "invite", "--staff", "anna", "--ttl", "12h")
    assert made.returncode == 0 and "https://t.me/somebot?start=" in made.stdout


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
    slack, telegram = FakeSlack(), FakeTelegram()
    slack_api, telegram_api = await slack.start(), await telegram.start()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        **demo_db,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_BASE_URL": slack_api,
        "TELEGRAM_BOT_TOKEN": TG_TOKEN,
        "TELEGRAM_API_BASE_URL": telegram_api,
        "SUPPORTBOT_PORT": str(port),
        "NO_PROXY": "127.0.0.1",
    }
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.admin.cli", "serve", env=env, stdout=asyncio.subprocess.PIPE
    )
    try:
        assert server.stdout is not None
        for _ in range(2):  # one line per channel
            await asyncio.wait_for(server.stdout.readline(), 60)
        body = json.dumps(event_body("U1", "Wie viele Stunden haben wir noch übrig?"))
        headers = {"Content-Type": "application/json", **signed_headers(body)}
        async with aiohttp.ClientSession() as session:
            url = f"http://127.0.0.1:{port}/slack/events"
            async with session.post(url, data=body, headers=headers) as response:
                assert response.status == 200
        await telegram.push(text_update(4343, "How many hours do we have left?", language="en"))
        (in_slack,) = await slack.wait_for("chat.postMessage", 1, timeout=30)
        (in_telegram,) = await telegram.wait_for("sendMessage", 1, timeout=30)
        assert in_slack["channel"] == "DU1" and int(in_telegram["chat_id"]) == 4343
    finally:
        server.send_signal(signal.SIGINT)
        await asyncio.wait_for(server.wait(), 30)
        await slack.stop()
        await telegram.stop()


def test_export_erase_and_the_audit_trail(demo_db: dict[str, str], tmp_path: Path) -> None:
    """An admin exports a buyer to a file, erases them (only with --yes), and `audit` lists
    who did each of it, with the staff answer given in the terminal."""
    run(demo_db, "chat", "--as", "english", stdin="I want to talk to a person please\n")
    assert run(demo_db, "escalations", "reply", "1", "--as", "emma", "On it.").returncode == 0
    assert (
        run(
            demo_db, "link", "slack", "--team", "T1", "--user", "U9", "--buyer", "english"
        ).returncode
        == 0
    )
    target = tmp_path / "olivia.json"
    exported = run(demo_db, "buyer", "export", "english", "--output", str(target))
    assert exported.returncode == 0, exported.stderr
    data = json.loads(target.read_text(encoding="utf-8"))
    assert {a["channel"] for a in data["accounts"]} == {"console", "slack"}
    refused = run(demo_db, "buyer", "erase", "english")
    assert refused.returncode == 1 and "--yes" in refused.stderr
    erased = run(demo_db, "buyer", "erase", "english", "--yes")
    assert erased.returncode == 0 and "2 chat accounts" in erased.stdout
    trail = run(demo_db, "audit").stdout.splitlines()
    actions = [line.split(" · ")[1:3] for line in trail]
    assert [a for _actor, a in actions] == [
        "escalation.reply",
        "link",
        "buyer.export",
        "buyer.erase",
    ]
    assert actions[0][0] == "staff:emma" and actions[1][0].startswith("admin")
    assert run(demo_db, "buyer", "export", "english").returncode == 1  # no such handle any more
    remains = json.loads(run(demo_db, "buyer", "export", "6").stdout)  # by number: anonymised
    assert (
        remains["buyer"]["name"] == "" and remains["accounts"] == [] and remains["messages"] == []
    )


def test_a_contacts_absence_and_hours_from_the_command_line(demo_db: dict[str, str]) -> None:
    """An admin sets Anna's hours and absence; while she is away, Lena's request goes to the
    team; bad input is refused with a reason; `list` shows the data."""
    now = NOW.isoformat()
    done = run(
        demo_db,
        "contact",
        "anna",
        "--hours",
        "mon-thu 08:00-16:00, fri 08:00-12:00",
        "--away",
        "2026-11-20",
        "2026-11-30",
    )
    assert (
        done.returncode == 0 and "fri 08:00-12:00" in done.stdout and "Nov 30, 2026" in done.stdout
    )
    assert run(demo_db, "contact", "anna", "--hours", "always").returncode == 1
    assert run(demo_db, "contact", "anna", "--away", "2026-12-02", "2026-12-01").returncode == 1
    assert run(demo_db, "contact", "anna", "--zone", "Mars/Base").returncode == 1
    run(
        demo_db,
        "chat",
        "--as",
        "launch",
        "--now",
        now,
        stdin="Ich möchte bitte mit einem Menschen sprechen\n",
    )
    assert "Oura Customer Success" in run(demo_db, "escalations", "list").stdout
    assert "Not away." in run(demo_db, "contact", "anna", "--back").stdout
    listed = run(demo_db, "list", "customers").stdout
    assert "launch · Nordlicht Gesundheit GmbH · de · contact anna" in listed
    assert run(demo_db, "list", "buyers", "--customer", "prolite").stdout.startswith(
        "prolite · Aino Korhonen"
    )
