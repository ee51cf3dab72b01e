"""Terminal chat, the embedded default: choices by number, or one message a line from a pipe."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from bot.app import App
from bot.messages import Inbound, Message, Reply, encode_arg
from bot.outbox import take_pending
from bot.reload import Reloader

CHANNEL = "console"
log = logging.getLogger(__name__)


def reply_json(reply: Reply, saved: list[Path]) -> dict[str, Any]:
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
    choices: list[str] = field(default_factory=list)

    def to_inbound(self, line: str) -> Inbound:
        picked = line.strip()
        if picked.isdigit() and 1 <= int(picked) <= len(self.choices):
            return Inbound(CHANNEL, self.handle, choice=self.choices[int(picked) - 1])
        return Inbound(CHANNEL, self.handle, text=line.rstrip("\n"))

    async def say(self, line: str) -> None:
        for reply in await self.app.core.handle_turn(self.to_inbound(line)):
            self.show(reply)
        await self.deliver()

    async def deliver(self) -> int:
        """Show what staff sent meanwhile (answers, a claim, the resolution)."""
        unit = self.app.unit()
        now = self.app.core.clock.now()
        pending = await take_pending(unit, self.app.translator, CHANNEL, self.handle, now)
        for delivery in pending:
            self.show(delivery.reply)
        return len(pending)

    def show(self, reply: Reply) -> None:
        saved = [self._save(a.filename, a.content) for a in reply.attachments]
        if reply.choices or reply.text:
            self.choices = [c.value for c in reply.choices]
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


POLL_SECONDS = 2.0


async def _poll(console: Console) -> None:
    """In a terminal, staff answers appear while the buyer is waiting at the prompt."""
    while True:
        await asyncio.sleep(POLL_SECONDS)
        try:
            if await console.deliver():
                print("> ", end="", file=console.out, flush=True)
        except Exception:  # a database hiccup must not end the chat; the next poll retries
            log.exception("delivering staff messages failed")


async def run(console: Console, source: TextIO) -> None:
    """Read until end of input; a terminal gets a prompt, a pipe one message a line."""
    interactive = source.isatty()
    await console.deliver()
    poller = asyncio.create_task(_poll(console)) if interactive else None
    reloader = asyncio.create_task(Reloader(console.app).run_forever())
    try:
        while True:
            if interactive:
                print("> ", end="", file=console.out, flush=True)
            line = await asyncio.to_thread(source.readline)
            if not line:
                break
            if interactive and not line.strip():
                continue
            await console.say(line)
    finally:
        reloader.cancel()
        if poller is not None:
            poller.cancel()
