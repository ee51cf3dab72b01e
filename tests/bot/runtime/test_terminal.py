"""The terminal chat: opened in a terminal it greets the buyer with what it can do."""

from __future__ import annotations

import io

from bot.app import App
from bot.channels.console import Console
from bot.runtime.terminal import run


class Terminal(io.StringIO):
    """Typed lines, as from a person at a terminal."""

    def isatty(self) -> bool:
        return True


async def test_a_terminal_chat_opens_with_a_greeting_and_the_menu(
    app: App, tmp_path: object
) -> None:
    """Before anything is typed, the buyer is greeted by name and shown what the bot can do;
    a number typed then picks from that menu."""
    out = io.StringIO()
    console = Console(app, "launch", as_json=False, out=out)
    await run(console, Terminal("1\n"))
    shown = out.getvalue()
    greeting, rest = shown.split("1) ", 1)
    assert "Lena Krüger" in greeting and "Oura Launch-Kit" in rest


async def test_a_piped_chat_does_not_greet(app: App) -> None:
    """One message a line from a pipe (scripts, one process a turn): replies only."""
    out = io.StringIO()
    console = Console(app, "launch", as_json=False, out=out)
    await run(console, io.StringIO("Hilfe\n"))
    assert out.getvalue().count("Lena Krüger") == 1
