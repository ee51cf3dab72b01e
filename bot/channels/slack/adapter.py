"""Slack (slack-bolt AsyncApp): holds the core, turns events, button clicks and /support into
turns and replies into Web API calls. It makes no decisions of its own."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from bot.app import App
from bot.channels.base import MissingSetting, ServeOptions
from bot.channels.slack.translate import (
    CHANNEL,
    CHOICE_ACTION,
    action_inbound,
    address_of,
    command_inbound,
    event_inbound,
    identity_of,
    picked_blocks,
    refusal,
    render,
    split_address,
)
from bot.core.messages import Inbound, Reply
from bot.core.notices import Delivery
from bot.settings import vendor_name
from handlers.base import Message

EVENTS_PATH = "/slack/events"
LOCALE_TTL = 3600.0
TURNS_AT_ONCE = 8

log = logging.getLogger(__name__)


class SlackSettings(BaseSettings):
    """Slack's credentials, under the names Slack's own documentation uses (SUPPORTBOT_SLACK_*
    works too)."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    bot_token: SecretStr | None = Field(
        default=None, validation_alias=vendor_name("SLACK_BOT_TOKEN")
    )
    signing_secret: SecretStr | None = Field(
        default=None, validation_alias=vendor_name("SLACK_SIGNING_SECRET")
    )
    app_token: SecretStr | None = Field(
        default=None, validation_alias=vendor_name("SLACK_APP_TOKEN")
    )
    api_base_url: str = Field(
        default="https://slack.com/api/", validation_alias=vendor_name("SLACK_API_BASE_URL")
    )


def _required(value: SecretStr | None, name: str) -> str:
    if value is None or not value.get_secret_value():
        raise MissingSetting(name)
    return value.get_secret_value()


@dataclass(frozen=True)
class SlackConfig:
    bot_token: str
    signing_secret: str | None
    api_base_url: str
    app_token: str | None = None  # Socket Mode: Slack pushes over a WebSocket


def configured() -> bool:
    token = SlackSettings().bot_token
    return token is not None and bool(token.get_secret_value())


class SlackChannel:
    """Holds the core: listeners turn Slack traffic into turns and replies into API calls."""

    name = CHANNEL

    def __init__(self, app: App, config: SlackConfig) -> None:
        self.app, self.config = app, config
        self.client = AsyncWebClient(
            token=config.bot_token, base_url=_with_slash(config.api_base_url)
        )
        self.client.retry_handlers.append(AsyncRateLimitErrorRetryHandler(max_retry_count=3))
        self.bolt = AsyncApp(
            client=self.client,
            signing_secret=config.signing_secret or "",
            request_verification_enabled=config.signing_secret is not None,
            logger=logging.getLogger("slack_bolt"),
        )
        self._locales: dict[str, tuple[str | None, float]] = {}
        self._dm_channels: dict[str, str] = {}
        # Turns in flight at once: more only queue for the database and slow the acks down.
        self._running = asyncio.Semaphore(TURNS_AT_ONCE)
        self._socket: AsyncSocketModeHandler | None = None
        self._register()

    @classmethod
    def from_settings(cls, app: App, options: ServeOptions) -> SlackChannel:
        settings = SlackSettings()
        token = _required(settings.bot_token, "SLACK_BOT_TOKEN")
        if options.get("socket_mode"):
            app_token = _required(settings.app_token, "SLACK_APP_TOKEN")
            return cls(app, SlackConfig(token, None, settings.api_base_url, app_token))
        secret = _required(settings.signing_secret, "SLACK_SIGNING_SECRET")
        return cls(app, SlackConfig(token, secret, settings.api_base_url))

    def _register(self) -> None:
        self.bolt.event("message")(self._on_event)
        self.bolt.event("app_mention")(self._on_event)
        self.bolt.action(CHOICE_ACTION)(self._on_action)
        self.bolt.command("/support")(self._on_command)
        self.bolt.error(self._on_error)

    # listeners -----------------------------------------------------------------------

    async def _on_event(self, body: dict[str, Any], context: dict[str, Any]) -> None:
        event = body.get("event", {})
        team = body.get("team_id", "")
        hint = await self._locale(team, event.get("user"))
        inbound = event_inbound(body, context.get("bot_user_id"), hint)
        if inbound is not None:
            await self._turn(inbound)

    async def _on_action(self, ack: AsyncAck, body: dict[str, Any]) -> None:
        """The buttons are retired only once the press was taken and its turn committed, so a
        stranger's press, a stale one or a failed turn leaves them to be pressed again."""
        await ack()
        user = body.get("user", {})
        team = (body.get("team") or {}).get("id") or user.get("team_id", "")
        inbound = action_inbound(body, await self._locale(team, user.get("id")))
        if inbound is None:
            return
        async with self._running:
            replies = await self.app.core.handle_turn(inbound)
        taken = next((reply for reply in replies if reply.took), None)
        if taken is not None:
            await self._retire_buttons(body, taken.language)
        await self._post_all(inbound, replies)

    async def _on_command(self, ack: AsyncAck, body: dict[str, Any]) -> None:
        await ack()
        team, user = body.get("team_id", ""), body.get("user_id", "")
        dm = await self._dm_channel(identity_of(team, user))
        await self._turn(command_inbound(body, dm, await self._locale(team, user)))

    async def _on_error(self, error: Exception, body: dict[str, Any]) -> None:
        log.error("slack request failed: %s (%s)", type(error).__name__, body.get("type"))

    # turns and sending ------------------------------------------------------------------

    async def _turn(self, inbound: Inbound) -> None:
        async with self._running:
            replies = await self.app.core.handle_turn(inbound)
        await self._post_all(inbound, replies)

    async def _post_all(self, inbound: Inbound, replies: list[Reply]) -> None:
        if inbound.address:
            channel, thread = split_address(inbound.address)
            for reply in replies:
                await self.post(channel, thread, reply)

    async def post(self, channel: str, thread_ts: str | None, reply: Reply) -> str | None:
        """Send one reply; returns the timestamp of its first message (a thread's root)."""
        first = None
        for message in render(reply):
            response = await self.client.chat_postMessage(
                channel=channel, thread_ts=thread_ts, text=message.text, blocks=message.blocks
            )
            first = first or str(response["ts"])
        for attachment in reply.attachments:
            await self.client.files_upload_v2(
                channel=channel,
                thread_ts=thread_ts,
                content=attachment.content,
                filename=attachment.filename,
                title=attachment.filename,
            )
        return first

    async def _retire_buttons(self, body: Mapping[str, Any], language: str) -> None:
        """Replace the clicked buttons by the pick, so a second click has nothing to press. The
        turn is done by now: if Slack refuses the update, the buttons stay (a second press is
        answered as stale) and nothing is lost."""
        action = body["actions"][0]
        label = str(action.get("text", {}).get("text", ""))
        note = self.app.translator.format(language, Message("choice-picked", {"label": label}))
        message, channel = body.get("message") or {}, (body.get("channel") or {}).get("id")
        if not message.get("ts") or not channel:
            return  # an ephemeral message: nothing to update
        try:
            await self.client.chat_update(
                channel=channel, ts=message["ts"], text=note, blocks=picked_blocks(message, note)
            )
        except SlackApiError as failed:
            log.warning("slack: buttons not retired (%s)", failed.response.get("error"))

    async def _locale(self, team: str, user: str | None) -> str | None:
        """The user's Slack locale (a hint only), cached for an hour."""
        if not user:
            return None
        key = identity_of(team, user)
        cached = self._locales.get(key)
        if cached and cached[1] > time.monotonic():
            return cached[0]
        try:
            found = await self.client.users_info(user=user, include_locale=True)
            profile: dict[str, Any] = found.get("user") or {}
            locale = str(profile["locale"]) if profile.get("locale") else None
        except Exception as error:  # a hint is optional: the turn goes on without it
            log.warning("users.info failed: %s", type(error).__name__)
            locale = None
        self._locales[key] = (locale, time.monotonic() + LOCALE_TTL)
        return locale

    async def _dm_channel(self, external_id: str) -> str:
        """Where to reach an identity: a channel id as is, a user through their DM."""
        target = external_id.partition(":")[2]
        if not target.startswith(("U", "W")):
            return target
        if external_id not in self._dm_channels:
            opened = await self.client.conversations_open(users=target)
            self._dm_channels[external_id] = str(opened["channel"]["id"])
        return self._dm_channels[external_id]

    async def deliver(self, delivery: Delivery) -> str | None:
        """A case's later messages go under its first one; a buyer's to where they last wrote."""
        if delivery.thread:
            channel, thread = split_address(delivery.thread)
        elif delivery.address and delivery.reply.escalation_id is None:
            channel, thread = split_address(delivery.address)
        else:
            channel, thread = await self._dm_channel(delivery.external_id), None
        ts = await self.post(channel, thread, delivery.reply)
        return address_of(channel, ts) if ts and not thread else None

    # serving ----------------------------------------------------------------------------

    def routes(self) -> list[web.RouteDef]:
        """POST /slack/events: events, interactivity and the slash command, bolt's convention.
        None in Socket Mode, where Slack pushes over the WebSocket instead."""
        if self.config.app_token:
            return []

        verifier = SignatureVerifier(self.config.signing_secret or "")

        async def dispatch(request: web.Request) -> web.Response:
            """The signature first (401), then the shape (400), then slack-bolt."""
            body, headers = await request.text(), request.headers
            status = refusal(verifier, body, headers, request.content_type)
            if status is not None:
                return web.Response(status=status)
            response = await self.bolt.async_dispatch(await to_bolt_request(request))
            return await to_aiohttp_response(response)

        return [web.post(EVENTS_PATH, dispatch)]

    async def start(self) -> None:
        if self.config.app_token:
            self._socket = await self.connect_socket_mode(self.config.app_token)

    async def go(self, host: str, port: int) -> Message:
        where = {"channel": "Slack", "host": host, "port": str(port)}
        if self._socket is not None:
            return Message("cli-serve-socket", where)
        return Message("cli-serve-listening", {**where, "path": EVENTS_PATH})

    async def stop(self) -> None:
        if self._socket is not None:
            await self._socket.close_async()  # type: ignore[no-untyped-call]  # untyped in slack_bolt
            self._socket = None

    async def connect_socket_mode(self, app_token: str) -> AsyncSocketModeHandler:
        """Socket Mode: Slack pushes over a WebSocket, no public URL needed."""
        handler = AsyncSocketModeHandler(self.bolt, app_token)
        await handler.connect_async()  # type: ignore[no-untyped-call]  # untyped in slack_bolt
        return handler


def _with_slash(url: str) -> str:
    """slack_sdk joins method names to the base URL: without the slash `/api` is lost."""
    return url if url.endswith("/") else url + "/"
