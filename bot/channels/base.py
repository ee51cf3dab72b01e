"""What a chat platform is to the bot: a `ChannelKind` (what is known before it runs: its name,
how it names accounts, how it is served) and a running `Channel`, which translates the
platform's traffic to `Inbound` and `Reply` to the platform's own form, and nothing else."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from bot.app import App
from bot.core.notices import Delivery
from handlers.base import Message

if TYPE_CHECKING:  # for annotations only: the terminal chat need not import aiohttp (0.15 s)
    from aiohttp import web

# The values of `supportbot serve`'s options, by name (`socket_mode`, `webhook_url`).
ServeOptions = Mapping[str, str | bool | None]


class MissingSetting(Exception):
    """A setting the channel needs is not set; `name` is what the admin sets."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class PossiblyDelivered(Exception):
    """A send that failed in a way that may have reached the user (a timeout after sending):
    it is not repeated blindly into a duplicate, but logged and counted as done."""


@dataclass(frozen=True)
class Option:
    """A command-line option of `supportbot serve` that one channel reads."""

    flag: str  # --socket-mode
    help: str  # the Fluent id of its help text
    takes_value: bool = False

    @property
    def name(self) -> str:
        return self.flag.lstrip("-").replace("-", "_")


class Channel(Protocol):
    """A running channel: it holds the core, answers on its routes or connections between
    `start` and `stop`, and delivers notices that others left for its users."""

    name: str

    def routes(self) -> list[web.RouteDef]:
        """The HTTP endpoints it needs on the one server (none for a connection it opens)."""

    async def start(self) -> None:
        """Before the HTTP server is up: connect, register commands."""

    async def go(self, host: str, port: int) -> Message:
        """Once the HTTP server is up: start receiving; returns what the admin is told."""

    async def stop(self) -> None: ...

    async def deliver(self, delivery: Delivery) -> str | None:
        """Send one notice; returns a reference to the sent message (for replies to a case)."""


@dataclass(frozen=True)
class ChannelKind:
    """What the bot knows of a platform before any of it runs. `serve` is None for a channel
    that is not served over the network (the terminal); `invite_link` for a platform where
    accounts are linked through invitations; `configured` says whether its credentials are set."""

    name: str
    account_id: Callable[[str, str | None], str]
    serve: Callable[[App, ServeOptions], Channel] | None = None
    credentials: str = ""  # the setting that configures it (SLACK_BOT_TOKEN)
    options: tuple[Option, ...] = ()
    configured: Callable[[], bool] = lambda: False
    invite_link: Callable[[str], Awaitable[str]] | None = None


def plain_account(account: str, workspace: str | None) -> str:
    """Platforms whose account ids are unique on their own."""
    return account


def split_text(text: str, limit: int) -> list[str]:
    """Pieces within a channel's message length, split at line ends (or hard, inside one
    overlong line); nothing is lost but the line breaks between pieces."""
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:limit])
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            candidate = line
        current = candidate
    if current.strip():
        pieces.append(current)
    return pieces
