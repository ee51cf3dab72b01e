"""The `supportbot` command as a new user runs it: db upgrade, demo, chat, escalations.

Commands run in this process (tests/command.py); test_serving.py starts `serve` as a real
process."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from fluent.syntax import ast

from bot.i18n import translator
from tests.command import run
from tests.conftest import NOW


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


def test_a_chat_on_a_database_never_set_up_apologises_and_goes_on(
    env: dict[str, str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Without `db upgrade` every turn gets the apology in the language of the buyer's words,
    the cause is logged, and the chat reads on to the end of its input."""
    empty = {**env, "SUPPORTBOT_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"}
    script = "Ich brauche bitte Hilfe\nWie viele Stunden haben wir noch?\n"
    done = run(empty, "chat", "--as", "launch", "--json", stdin=script)
    assert done.returncode == 0, done.stderr
    replies = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["messages"][0]["id"] for r in replies] == ["turn-error", "turn-error"]
    assert {r["lang"] for r in replies} == {"de"}
    assert "delivering staff messages failed" in caplog.messages


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


def test_invitation_mistakes_are_refused(demo_db: dict[str, str]) -> None:
    """Unknown people, a missing name and a bad duration: a reason each, nothing created."""
    env = {**demo_db, "TELEGRAM_BOT_USERNAME": "somebot"}
    assert "nobody" in run(env, "invite", "--buyer", "nobody").stderr
    assert "--name" in run(env, "invite", "--customer", "english").stderr
    assert "7x" in run(env, "invite", "--buyer", "launch", "--ttl", "7x").stderr
    made = run(env, "invite", "--staff", "anna", "--ttl", "12h")
    assert made.returncode == 0 and "https://t.me/somebot?start=" in made.stdout


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
    assert "2 undelivered notices that quoted or named them were removed" in erased.stdout
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
        stdin="Ich möchte bitte mit einem echten Menschen reden\n",
    )
    assert "Oura Customer Success" in run(demo_db, "escalations", "list").stdout
    assert "Not away." in run(demo_db, "contact", "anna", "--back").stdout
    listed = run(demo_db, "list", "customers").stdout
    assert "launch · Nordlicht Gesundheit GmbH · de · contact anna" in listed
    assert run(demo_db, "list", "buyers", "--customer", "prolite").stdout.startswith(
        "prolite · Aino Korhonen"
    )


def test_a_chat_parses_each_fluent_file_once(
    demo_db: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Start-up reads the texts once: the command's own output and the bot share them."""
    parsed: Counter[str] = Counter()
    original = translator.parse_file

    def counting(path: Path) -> tuple[ast.Resource, list[translator.Finding]]:
        parsed[path.name + "@" + path.parent.name] += 1
        return original(path)

    monkeypatch.setattr(translator, "parse_file", counting)
    done = run(demo_db, "chat", "--as", "english", stdin="help\n")
    assert done.returncode == 0 and "What my package includes" in done.stdout
    assert parsed and set(parsed.values()) == {1}, parsed


def test_staff_act_only_on_their_own_providers_cases(demo_db: dict[str, str]) -> None:
    """Fredrik (CloudCare) cannot claim an Oura case, Anna cannot take Emma's: each is told why
    in their own language, nothing changes and the attempt is in the audit trail. An empty
    reply is refused. The team inbox of the provider may act."""
    run(demo_db, "chat", "--as", "english", stdin="I want to talk to a person please\n")
    other = run(demo_db, "escalations", "claim", "1", "--as", "fredrik")
    assert other.returncode == 1
    assert "gjelder en kunde hos en annen leverandør" in other.stdout
    colleague = run(demo_db, "escalations", "reply", "1", "--as", "anna", "Hallo")
    assert colleague.returncode == 1 and "Emma Brown" in colleague.stdout
    empty = run(demo_db, "escalations", "reply", "1", "--as", "emma", "  ")
    assert empty.returncode == 1 and "empty reply" in empty.stdout
    assert run(demo_db, "escalations", "show", "1").stdout.endswith("Status: open\n")
    trail = run(demo_db, "audit", "--limit", "10").stdout
    assert "staff:fredrik" in trail and "escalation.claim-refused" in trail
    assert "escalation.reply-refused" in trail
    assert run(demo_db, "escalations", "claim", "1", "--as", "oura-team").returncode == 0


def test_case_times_are_shown_in_the_contacts_zone(demo_db: dict[str, str]) -> None:
    """A case opened at 08:00 UTC for a Berlin contact is listed at 09:00, with --as and
    without (an admin sees each case in its contact's zone)."""
    run(demo_db, "chat", "--as", "launch", "--now", NOW.isoformat(), stdin="Mensch bitte\n")
    assert NOW.hour == 8 and NOW.utcoffset() is not None
    for args in ((), ("--as", "anna")):
        listed = run(demo_db, "escalations", "list", *args).stdout
        assert "#1" in listed and ("9:00" in listed or "09:00" in listed), listed
