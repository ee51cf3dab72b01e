"""CAPABILITIES: every capability the bot has, in menu order. The core, the menu, the help text
and the chat commands are built from this list; a new capability is a module and a line here."""

from __future__ import annotations

from handlers import (
    allowances,
    booking,
    escalation,
    help,
    language,
    package_info,
    returns,
    stop,
)
from handlers.base import Capability

CAPABILITIES: tuple[Capability, ...] = (
    help.CAPABILITY,
    package_info.CAPABILITY,
    allowances.CAPABILITY,
    booking.CAPABILITY,
    returns.CAPABILITY,
    escalation.CAPABILITY,
    language.CAPABILITY,
    stop.CAPABILITY,
)
