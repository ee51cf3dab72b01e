"""The `supportbot` command as a new user runs it: db upgrade, demo, chat, escalations."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import NOW


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environment = dict(os.environ)
    environment["SUPPORTBOT_DATABASE_URL"] = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    environment["XDG_DATA_HOME"] = str(tmp_path / "data")
    return environment


def run(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


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
