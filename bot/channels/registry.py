"""The chat platforms the bot can use; a new channel is a module and one line here.

Each entry names the module whose `KIND` describes the channel. A module is imported when its
channel is used: Slack's and Telegram's libraries take about half a second to import, which
every other command (and the terminal chat) would otherwise pay at start.
"""

from __future__ import annotations

import importlib

from bot.channels.base import ChannelKind

BUILT_IN = {
    "console": "bot.channels.console",
    "slack": "bot.channels.slack",
    "telegram": "bot.channels.telegram",
}

_extra: dict[str, ChannelKind] = {}


def names() -> list[str]:
    return [*BUILT_IN, *_extra]


def register(kind: ChannelKind) -> None:
    """Add a channel that lives outside this package (a plug-in, a test's)."""
    if kind.name in BUILT_IN:
        raise ValueError(f"channel {kind.name!r} exists already")
    _extra[kind.name] = kind


def unregister(name: str) -> None:
    _extra.pop(name, None)


def kind(name: str) -> ChannelKind:
    if name in _extra:
        return _extra[name]
    found = importlib.import_module(BUILT_IN[name]).KIND
    if not isinstance(found, ChannelKind) or found.name != name:
        raise TypeError(f"{BUILT_IN[name]}.KIND does not describe the channel {name!r}")
    return found


def kinds() -> list[ChannelKind]:
    return [kind(name) for name in names()]


def served() -> list[ChannelKind]:
    """The channels `supportbot serve` can run."""
    return [k for k in kinds() if k.serve is not None]
