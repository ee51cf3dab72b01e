"""Slack as the bot sees it in tests: a fake Web API, signed inbound requests of real shapes.

`SlackWorld` starts the real adapter (slack-bolt AsyncApp behind aiohttp) on 127.0.0.1:0 and
sends it what Slack would send; the fake records what the bot called in return.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
import uuid
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import aiohttp

from bot.admin.linking import link_account, link_space
from bot.app import App
from bot.channels.slack.adapter import EVENTS_PATH, SlackChannel, SlackConfig
from bot.channels.slack.translate import escape
from handlers.base import Arg, Message
from tests.bot.channels.hosting import Hosting
from tests.servers.slack import BOT_TOKEN, BOT_USER, SIGNING_SECRET, TEAM, FakeSlack, signed_headers


def event_body(
    user: str,
    text: str,
    *,
    channel: str | None = None,
    kind: str = "message",
    channel_type: str = "im",
    event_id: str | None = None,
    thread_ts: str | None = None,
    ts: str | None = None,
) -> dict[str, Any]:
    """An Events API `event_callback`, shaped like Slack's (message.im or app_mention)."""
    ts = ts or f"{time.time():.6f}"
    event: dict[str, Any] = {
        "type": kind,
        "channel": channel or f"D{user}",
        "user": user,
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "team": TEAM,
        "client_msg_id": str(uuid.uuid4()),
    }
    if kind == "message":
        event["channel_type"] = channel_type
    if thread_ts:
        event["thread_ts"] = thread_ts
    return {
        "token": "legacy-verification-token",
        "team_id": TEAM,
        "api_app_id": "A0APP",
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{uuid.uuid4().hex[:10].upper()}",
        "event_time": int(time.time()),
        "authorizations": [{"team_id": TEAM, "user_id": BOT_USER, "is_bot": True}],
    }


def click_body(user: str, channel: str, message: dict[str, Any], value: str) -> dict[str, Any]:
    """A `block_actions` payload for the button with this value in a posted message."""
    for block in message["blocks"]:
        for button in block.get("elements", []) if block.get("type") == "actions" else []:
            if button["value"] == value:
                action = {
                    **button,
                    "block_id": block["block_id"],
                    "action_ts": f"{time.time():.6f}",
                }
                return {
                    "type": "block_actions",
                    "team": {"id": TEAM, "domain": "test"},
                    "user": {"id": user, "team_id": TEAM, "username": user.lower()},
                    "api_app_id": "A0APP",
                    "container": {
                        "type": "message",
                        "message_ts": message["ts"],
                        "channel_id": channel,
                    },
                    "channel": {"id": channel, "name": "directmessage"},
                    "message": {**message, "type": "message", "user": BOT_USER},
                    "response_url": "http://127.0.0.1:9/unused",
                    "trigger_id": "1.2.3",
                    "actions": [action],
                }
    raise AssertionError(f"no button {value!r} in {message['blocks']}")


def buttons(message: dict[str, Any]) -> list[str]:
    return [
        button["value"]
        for block in message.get("blocks", [])
        if block.get("type") == "actions"
        for button in block["elements"]
    ]


def text_of(message: dict[str, Any]) -> str:
    return "\n".join(
        block["text"]["text"]
        for block in message.get("blocks", [])
        if block.get("type") == "section"
    )


@dataclass
class SlackWorld:
    app: App
    fake: FakeSlack = field(default_factory=FakeSlack)
    bots: list[SlackChannel] = field(default_factory=list)
    hosting: Hosting = field(default_factory=Hosting)
    urls: list[str] = field(default_factory=list)
    _session: aiohttp.ClientSession | None = None
    _seen: dict[str, int] = field(default_factory=dict)
    _ts: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def bot(self) -> SlackChannel:
        return self.bots[0]

    @property
    def url(self) -> str:
        return self.urls[0]

    async def start(self) -> SlackWorld:
        await self.fake.start()
        await self.add_worker(self.app)
        self._session = aiohttp.ClientSession()
        return self

    async def add_worker(self, app: App) -> SlackChannel:
        """Another bot process (its own App and engine) on the same database."""
        channel = SlackChannel(app, SlackConfig(BOT_TOKEN, SIGNING_SECRET, self.fake.url + "/api/"))
        port = await self.hosting.host(app, channel)
        self.bots.append(channel)
        self.urls.append(f"http://127.0.0.1:{port}{EVENTS_PATH}")
        return channel

    async def stop(self) -> None:
        await self.hosting.stop()
        if self._session is not None:
            await self._session.close()
        await self.fake.stop()

    # linking, as an admin would -----------------------------------------------------------

    async def link(self, user: str, buyer: str | None = None, staff: str | None = None) -> None:
        async with self.app.unit() as uow:
            now = self.app.core.clock.now()
            await link_account(uow.repos, "slack", f"{TEAM}:{user}", now, buyer=buyer, staff=staff)
            await uow.commit()

    async def share(self, channel: str, customer: str) -> None:
        async with self.app.unit() as uow:
            await link_space(
                uow.repos, "slack", f"{TEAM}:{channel}", customer, self.app.core.clock.now()
            )
            await uow.commit()

    # sending what Slack sends ----------------------------------------------------------------

    async def post(
        self,
        body: str,
        content_type: str,
        headers: dict[str, str] | None = None,
        worker: int = 0,
    ) -> tuple[int, str]:
        assert self._session is not None
        sent = {"Content-Type": content_type, **(headers or signed_headers(body))}
        async with self._session.post(
            self.urls[worker], data=body.encode(), headers=sent
        ) as response:
            return response.status, await response.text()

    async def send_event(self, body: dict[str, Any], worker: int = 0, **headers: str) -> int:
        raw = json.dumps(body)
        status, _ = await self.post(
            raw, "application/json", {**signed_headers(raw), **headers}, worker
        )
        return status

    async def dm(self, user: str, text: str, **options: str) -> list[dict[str, Any]]:
        """A direct message; returns the bot's messages in answer."""
        return await self.expect(self.send_event(event_body(user, text, **options)))

    async def click(self, user: str, message: dict[str, Any], value: str) -> list[dict[str, Any]]:
        body = click_body(user, message["channel"], message, value)
        raw = urlencode({"payload": json.dumps(body)})
        return await self.expect(self.post(raw, "application/x-www-form-urlencoded"))

    async def command(
        self, user: str, text: str = "", trigger_id: str | None = None
    ) -> tuple[int, str]:
        """/support as Slack posts it: each invocation has its own trigger id, a retry the same."""
        form = {
            "token": "legacy",
            "team_id": TEAM,
            "team_domain": "test",
            "channel_id": "C0GENERAL",
            "channel_name": "general",
            "user_id": user,
            "user_name": user.lower(),
            "command": "/support",
            "text": text,
            "api_app_id": "A0APP",
            "response_url": "http://127.0.0.1:9/unused",
            "trigger_id": trigger_id or f"{uuid.uuid4().int % 10**12}.1.{uuid.uuid4().hex[:8]}",
        }
        return await self.post(urlencode(form), "application/x-www-form-urlencoded")

    async def expect(self, action: Awaitable[object], count: int = 1) -> list[dict[str, Any]]:
        """Run an action and return the messages it made the bot post (waits for `count`)."""
        before = len(self.fake.calls_to("chat.postMessage"))
        await action
        return await self.posts_after(before, count)

    async def posts_after(self, before: int, count: int = 1) -> list[dict[str, Any]]:
        await self.fake.wait_for("chat.postMessage", before + count)
        await asyncio.sleep(0.05)  # a reply of several messages arrives together
        return [self._message(args) for args in self.fake.calls_to("chat.postMessage")[before:]]

    def posts_to(self, channel: str) -> list[dict[str, Any]]:
        return [
            self._message(args)
            for args in self.fake.calls_to("chat.postMessage")
            if args["channel"] == channel
        ]

    async def inbox(self, channel: str, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        """Wait until `count` messages were posted to a channel (a DM: "D" + user); return them."""
        deadline = time.monotonic() + timeout
        while len(self.posts_to(channel)) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{channel}: {self.posts_to(channel)}")
            await asyncio.sleep(0.02)
        return self.posts_to(channel)

    def _message(self, args: dict[str, Any]) -> dict[str, Any]:
        """A posted message as Slack keeps it now (updates included), with channel and ts."""
        stored = self.fake.messages[(args["channel"], args["ts"])]
        return {**stored, "channel": args["channel"], "ts": args["ts"]}


def said(app: App, language: str, message_id: str, **args: Arg) -> str:
    """A message as the bot writes it to Slack (escaped)."""
    return escape(app.translator.format(language, Message(message_id, args)))
