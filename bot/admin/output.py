"""What the command says, through Fluent in the admin's language; and who runs it (for the
audit trail)."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from typing import TypeAlias

from bot.app import App, build_app, knowledge_for
from bot.clock import Clock, parse_now
from bot.i18n.knowledge import build_translator
from bot.i18n.translator import Translator
from bot.settings import Settings
from handlers.base import Arg, Message


class Cli:
    """The command's settings and its voice: `say` to standard output, `fail` to standard
    error (returning the exit status 1)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.translator: Translator = build_translator(settings)
        self.language = settings.admin_language

    def t(self, message_id: str, **args: Arg) -> str:
        return self.translator.format(self.language, Message(message_id, args))

    def text(self, message: Message) -> str:
        return self.translator.format(self.language, message)

    def say(self, message_id: str, **args: Arg) -> None:
        print(self.t(message_id, **args), flush=True)

    def show(self, message: Message) -> None:
        print(self.text(message), flush=True)

    def fail(self, message_id: str, **args: Arg) -> int:
        print(self.t(message_id, **args), file=sys.stderr)
        return 1

    def refuse(self, message: Message) -> int:
        print(self.text(message), file=sys.stderr)
        return 1

    def app(self, now: str | None = None) -> App:
        """The whole bot, for commands that chat or act on cases (texts loaded only once)."""
        return build_app(self.settings, clock(now), knowledge_for(self.settings, self.translator))


def clock(now: str | None) -> Clock:
    return parse_now(now) if now else Clock()


def admin_actor() -> str:
    """Who runs an admin command, for the audit trail."""
    try:
        return f"admin:{getpass.getuser()}"
    except (KeyError, OSError):
        return "admin"


def dump_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


# A command group adds its subcommands to this and maps each name to its runner.
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
Runner: TypeAlias = Callable[[Cli, argparse.Namespace], int]
