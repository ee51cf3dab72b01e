"""What keeps the bot within Telegram's rules: a chat's pace (the flood limit) and the bot
token out of every log line."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict, deque

PER_CHAT_BURST = 3  # messages one chat may get at once; then about one a second


class Pacer:
    """About one message a second per chat, after a short burst (Telegram's flood limit)."""

    def __init__(self, burst: int = PER_CHAT_BURST, period: float = 1.0) -> None:
        self.burst, self.period = burst, period
        self._sent: dict[str, deque[float]] = defaultdict(deque)
        self._locks: dict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def wait(self, chat: str) -> None:
        async with self._locks[chat]:
            sent = self._sent[chat]
            while sent and sent[0] < time.monotonic() - self.burst * self.period:
                sent.popleft()
            if len(sent) >= self.burst:
                await asyncio.sleep(sent[0] + self.burst * self.period - time.monotonic())
                sent.popleft()
            sent.append(time.monotonic())


class Redacted(logging.Filter):
    """The bot token is in every Bot API URL, and httpx logs URLs: whatever a record says, the
    token is replaced before any handler sees it, at every level."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        said = record.getMessage()
        if self.secret in said:
            record.msg, record.args = said.replace(self.secret, "<token>"), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self.secret in record.exc_text:
            record.exc_text = record.exc_text.replace(self.secret, "<token>")
        return True


# The loggers that see Bot API URLs or errors carrying them (a filter acts on its own logger's
# records only, so every one of them gets it).
URL_LOGGERS = ("httpx", "httpcore", "telegram", "bot.channels.telegram.adapter")


def redact_token(token: str) -> None:
    """Keep the token out of every log record of the loggers that could carry it."""
    known = list(logging.root.manager.loggerDict)
    names = {n for n in known if n.split(".")[0] in URL_LOGGERS} | set(URL_LOGGERS)
    for name in sorted(names):
        logger = logging.getLogger(name)
        if not any(isinstance(f, Redacted) and f.secret == token for f in logger.filters):
            logger.addFilter(Redacted(token))
