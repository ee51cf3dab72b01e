"""The terminal: lines in (a number picks an option shown), replies out as text or JSON."""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from bot.app import App
from bot.channels.base import ChannelKind, plain_account
from bot.core.messages import Inbound, Json, Reply, encode_arg
from bot.core.notices import take_pending
from handlers.base import Message

log = logging.getLogger(__name__)

CHANNEL = "console"
KIND = ChannelKind(name=CHANNEL, account_id=plain_account)  # run by `supportbot chat`


def reply_json(reply: Reply, saved: list[Path]) -> dict[str, Json]:
    return {
        "lang": reply.language,
        "intent": reply.intent,
        "text": reply.text,
        "messages": [
            {"id": m.id, "args": {k: encode_arg(v) for k, v in m.args.items()}}
            for m in reply.messages
        ],
        "choices": [{"value": c.value, "label": c.label} for c in reply.choices],
        "attachments": [
            {"filename": a.filename, "media_type": a.media_type, "path": str(path)}
            for a, path in zip(reply.attachments, saved, strict=True)
        ],
    }


@dataclass
class Console:
    """Holds the core; turns lines into Inbound values and replies into lines."""

    app: App
    handle: str
    as_json: bool
    out: TextIO = sys.stdout
    attachments_dir: Path = field(default_factory=lambda: Path.cwd())

    def to_inbound(self, line: str) -> Inbound:
        """A line as typed: the core reads a number as the option shown with it."""
        return Inbound(CHANNEL, self.handle, text=line.rstrip("\n"))

    async def greet(self) -> None:
        """Open the chat as /start would: a greeting and what the bot can do."""
        for reply in await self.app.core.handle_turn(Inbound(CHANNEL, self.handle, command="help")):
            self.show(reply)

    async def say(self, line: str) -> None:
        for reply in await self.app.core.handle_turn(self.to_inbound(line)):
            self.show(reply)
        await self.deliver()

    async def deliver(self) -> int:
        """Show what staff sent meanwhile (answers, a claim, the resolution). A database that
        fails (or was never set up) does not end the chat: it is logged, the next turn or poll
        tries again, and each turn answers with its own apology."""
        unit = self.app.unit()
        now = self.app.core.clock.now()
        try:
            pending = await take_pending(unit, self.app.translator, CHANNEL, self.handle, now)
        except Exception:
            log.exception("delivering staff messages failed")
            return 0
        for delivery in pending:
            self.show(delivery.reply)
        return len(pending)

    def show(self, reply: Reply) -> None:
        saved = [self._save(a.filename, a.content) for a in reply.attachments]
        if self.as_json:
            print(json.dumps(reply_json(reply, saved), ensure_ascii=False), file=self.out)
            return
        print(reply.text, file=self.out)
        for number, choice in enumerate(reply.choices, start=1):
            print(f"  {number}) {choice.label}", file=self.out)
        for path in saved:
            note = Message("console-attachment-saved", {"path": str(path)})
            print(self.app.translator.format(reply.language, note), file=self.out)
        print(file=self.out)

    def _save(self, name: str, content: bytes) -> Path:
        self.attachments_dir.mkdir(parents=True, exist_ok=True)
        path = self.attachments_dir / name
        path.write_bytes(content)
        return path
