"""Telegram as the bot sees it in tests: the real python-telegram-bot Application against a
fake Bot API, updates delivered by webhook (over HTTP, with the secret) or by polling."""

from __future__ import annotations

import asyncio
import html
import json
import time
from collections.abc import Awaitable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import aiohttp

from bot.admin.linking import invite
from bot.app import App
from bot.channels.telegram.adapter import (
    SECRET_HEADER,
    WEBHOOK_PATH,
    TelegramChannel,
    TelegramConfig,
)
from tests.bot.channels.hosting import Hosting
from tests.servers.telegram import TOKEN, FakeTelegram
from tests.servers.telegram_updates import press_update, text_update

SECRET = "webhook-secret-123"


@dataclass
class TelegramWorld:
    app: App
    mode: str = "webhook"
    timeout: float = 10.0
    fake: FakeTelegram = field(default_factory=FakeTelegram)
    bots: list[TelegramChannel] = field(default_factory=list)
    hosting: Hosting = field(default_factory=Hosting)
    urls: list[str] = field(default_factory=list)
    _session: aiohttp.ClientSession | None = None

    @property
    def bot(self) -> TelegramChannel:
        return self.bots[0]

    async def start(self) -> TelegramWorld:
        await self.fake.start()
        self._session = aiohttp.ClientSession()
        await self.add_worker(self.app)
        return self

    async def add_worker(self, app: App) -> TelegramChannel:
        config = TelegramConfig(TOKEN, self.fake.url + "/bot", SECRET, self.timeout)
        channel = TelegramChannel(app, config)
        await channel.start()
        port = await self.hosting.host(app, channel)
        self.urls.append(f"http://127.0.0.1:{port}{WEBHOOK_PATH}")
        if self.mode == "polling":
            await channel.start_polling()
        else:
            await channel.set_webhook(self.urls[-1])
        self.bots.append(channel)
        return channel

    async def stop(self) -> None:
        await self.hosting.stop()
        for channel in self.bots:
            await channel.stop()
        if self._session is not None:
            await self._session.close()
        await self.fake.stop()

    # an admin's invitations ----------------------------------------------------------------

    async def invitation(self, ttl: timedelta = timedelta(days=7), **who: str) -> str:
        async with self.app.unit() as uow:
            found, _person = await invite(uow.repos, self.app.core.clock.now(), ttl, **who)
            await uow.commit()
            return found.code

    async def linked(self, user_id: int, **who: str) -> None:
        """A user who opened a fresh invitation (the way every Telegram account is linked)."""
        code = await self.invitation(**who)
        await self.say(user_id, f"/start {code}")

    # what Telegram sends -------------------------------------------------------------------

    async def deliver(
        self, update: dict[str, Any], worker: int = 0, secret: str | None = SECRET
    ) -> int:
        """Hand an update to the bot: POST it to the webhook, or queue it for getUpdates."""
        if self.mode == "polling":
            await self.fake.push(update)
            return 200
        assert self._session is not None
        headers = {SECRET_HEADER: secret} if secret is not None else {}
        async with self._session.post(self.urls[worker], json=update, headers=headers) as response:
            return response.status

    async def say(
        self, user_id: int, text: str, count: int = 1, **options: str | None
    ) -> list[dict[str, Any]]:
        """A private message; returns what the bot sent to that chat in answer."""
        return await self.expect(
            user_id, self.deliver(text_update(user_id, text, **options)), count
        )

    async def press(self, user_id: int, sent: dict[str, Any], data: str) -> list[dict[str, Any]]:
        message = self.fake.messages[(int(sent["chat_id"]), int(sent["message_id"]))]
        assert data in buttons(sent), (data, buttons(sent))
        return await self.expect(user_id, self.deliver(press_update(user_id, message, data)))

    async def expect(
        self, chat: int, action: Awaitable[object], count: int = 1
    ) -> list[dict[str, Any]]:
        before = len(self.fake.sent_to(chat))
        await action
        return (await self.inbox(chat, before + count))[before:]

    async def inbox(self, chat: int, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while len(self.fake.sent_to(chat)) < count:
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"{chat}: {self.fake.sent_to(chat)}; {[c.method for c in self.fake.calls]}"
                )
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.05)
        return self.fake.sent_to(chat)


def buttons(sent: dict[str, Any]) -> list[str]:
    markup = sent.get("reply_markup")
    if not markup:
        return []
    data = json.loads(markup) if isinstance(markup, str) else markup
    return [button["callback_data"] for row in data["inline_keyboard"] for button in row]


def shown(sent: dict[str, Any]) -> str:
    """The text as the user sees it (HTML entities resolved)."""
    return html.unescape(sent["text"])
