"""Capabilities plug in: the core routes from the list it is given and names none of them."""

from __future__ import annotations

import re
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.clock import FixedClock
from bot.core.routing import Routing, RoutingError
from bot.settings import REPO_ROOT, Settings
from handlers import CAPABILITIES
from handlers.base import Capability, Entry, Outcome, Turn
from tests.chat import Chat, ids
from tests.plugins import echo


def _locales_with_echo(target: Path) -> Path:
    """The shipped locales plus what the throwaway capability says and understands."""
    shutil.copytree(REPO_ROOT / "locales", target)
    for language, texts in echo.TEXTS.items():
        lines = [f"{key} = {value}" for key, value in texts.items()]
        (target / language / "echo.ftl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        understanding = target / language / "understanding.toml"
        phrases = ", ".join(f'"{p}"' for p in echo.PHRASES[language])
        source = understanding.read_text(encoding="utf-8")
        source = re.sub(
            r"^\[intents\]$", f"[intents]\necho_back = [{phrases}]", source, count=1, flags=re.M
        )
        understanding.write_text(source, encoding="utf-8")
    return target


@pytest.fixture
async def echo_app(db_url: str, clock: FixedClock, tmp_path: Path) -> AsyncIterator[App]:
    settings = Settings(database_url=db_url, locales_dir=_locales_with_echo(tmp_path / "l"))
    built = build_app(settings, clock, capabilities=(*CAPABILITIES, echo.CAPABILITY))
    yield built
    await built.close()


@pytest.mark.parametrize(
    ("language", "buyer", "ask", "heard"),
    [
        ("en", "english", "Repeat after me, please", "You said (1): purple elephants"),
        ("de", "launch", "Sprich mir nach", "Sie sagten (1): purple elephants"),
    ],
)
async def test_a_capability_from_the_test_tree_is_chatted_with(
    echo_app: App, language: str, buyer: str, ask: str, heard: str
) -> None:
    """A capability declared outside handlers/ is understood, keeps its step, offers its own
    option, and stands in the menu and the chat commands: nothing in the core was changed."""
    chat = Chat(echo_app)(buyer)
    asked = await chat.say(ask)
    assert ids(asked) == ["echo-ask"] and asked.intent == "echo_back"
    said = await chat.say("purple elephants")
    assert said.text == heard and said.language == language
    again = await chat.pick("echo:again")
    assert ids(again) == ["echo-ask"]
    assert (await chat.say("green whales")).text.startswith(
        heard.replace("(1): purple elephants", "(2): green")
    )
    menu = await chat.choose("menu:help")
    assert "menu:echo_back" in [c.value for c in menu.choices]
    assert echo_app.core.routing.commands["echo"] == "echo_back"


async def test_the_step_is_stored_typed_and_survives_a_restart(
    echo_app: App, db_url: str, clock: FixedClock
) -> None:
    """The pending step lives in the database with its typed data: a new process goes on."""
    await Chat(echo_app)("english").say("please repeat what I write")
    later = build_app(echo_app.settings, clock, capabilities=(*CAPABILITIES, echo.CAPABILITY))
    try:
        said = await Chat(later)("english").say("still here")
        assert said.text == "You said (1): still here"
    finally:
        await later.close()


async def _nothing(turn: Turn) -> Outcome:
    return Outcome()


def test_two_capabilities_cannot_claim_the_same_intent() -> None:
    """Routing refuses a list where an intent, a command or a choice kind is claimed twice."""
    twin = Capability("twin", entries=(Entry("book_meeting", _nothing),))
    with pytest.raises(RoutingError, match="book_meeting"):
        Routing((*CAPABILITIES, twin))
    with pytest.raises(RoutingError, match="echo"):
        Routing((*CAPABILITIES, echo.CAPABILITY, echo.CAPABILITY))


def test_some_capability_must_answer_what_nobody_understood() -> None:
    """Without an answer for "unknown" the bot could not reply to an unclear message."""
    without_help = [c for c in CAPABILITIES if c.name != "help"]
    with pytest.raises(RoutingError, match="unknown"):
        Routing(without_help)


def test_the_menu_and_commands_come_from_the_list() -> None:
    """The menu is every menu entry in the list's order; commands are the entries' own."""
    routing = Routing(CAPABILITIES)
    assert [c.value for c in routing.menu()] == [
        "menu:package_info",
        "menu:hours_balance",
        "menu:book_meeting",
        "menu:list_bookings",
        "menu:cancel_booking",
        "menu:return_check",
        "menu:escalate",
        "menu:set_language",
    ]
    assert routing.commands == {
        "help": "help",
        "bookings": "list_bookings",
        "language": "set_language",
    }
