"""Slack (slack-bolt AsyncApp): events, button clicks and /support to Inbound; replies to Block Kit.

The adapter translates and holds the core; it makes no decisions of its own. Identities are
`<team>:<user>` (or `<team>:<channel>` for a staff team channel); an address is `<channel>` or
`<channel>|<thread_ts>`, the place a person last wrote from.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from bot.app import App
from bot.messages import Inbound, Message, Reply, split_text
from bot.outbox import Courier, Delivery
from bot.web import listen, web_app

CHANNEL = "slack"
EVENTS_PATH = "/slack/events"
TEXT_LIMIT = 3000  # characters in one Block Kit text object
BLOCKS_PER_MESSAGE = 50
BUTTONS_PER_BLOCK = 25
BUTTON_TEXT_LIMIT = 75
LOCALE_TTL = 3600.0
TURNS_AT_ONCE = 8
CHOICE_ACTION = re.compile(r"^choice-\d+$")

log = logging.getLogger(__name__)


# --- pure translation: Slack payloads to Inbound ----------------------------------------


def escape(text: str) -> str:
    """Slack's three control characters, in this order: nothing the user wrote becomes live."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def identity_of(team: str, user: str) -> str:
    return f"{team}:{user}"


def address_of(channel: str, thread_ts: str | None) -> str:
    return f"{channel}|{thread_ts}" if thread_ts else channel


def split_address(address: str) -> tuple[str, str | None]:
    channel, _, thread_ts = address.partition("|")
    return channel, thread_ts or None


def event_inbound(
    body: Mapping[str, Any], bot_user: str | None, hint: str | None
) -> Inbound | None:
    """A DM or a mention; None for what the bot should not answer (edits, bots, joins)."""
    event = body.get("event", {})
    if event.get("subtype") or event.get("bot_id") or not event.get("user"):
        return None
    is_mention = event.get("type") == "app_mention"
    if event.get("type") == "message" and event.get("channel_type") != "im":
        return None  # in channels the bot answers mentions only (they arrive as app_mention)
    team = body.get("team_id") or event.get("team", "")
    channel, text = event.get("channel", ""), unescape(event.get("text", ""))
    if bot_user:
        text = text.replace(f"<@{bot_user}>", "").strip()
    thread = event.get("thread_ts") or (event.get("ts") if is_mention else None)
    return Inbound(
        CHANNEL,
        identity_of(team, event["user"]),
        text=text,
        language_hint=hint,
        delivery_key=body.get("event_id"),
        address=address_of(channel, thread),
        reply_to=address_of(channel, event.get("thread_ts")) if event.get("thread_ts") else None,
        space=identity_of(team, channel) if is_mention else None,
    )


def action_inbound(body: Mapping[str, Any], hint: str | None) -> Inbound | None:
    """A button click on one of our choices."""
    actions = body.get("actions") or []
    if not actions or not CHOICE_ACTION.match(actions[0].get("action_id", "")):
        return None
    user = body.get("user", {})
    team = (body.get("team") or {}).get("id") or user.get("team_id", "")
    channel = (body.get("channel") or {}).get("id", "")
    message = body.get("message") or {}
    return Inbound(
        CHANNEL,
        identity_of(team, user.get("id", "")),
        choice=actions[0].get("value", ""),
        language_hint=hint,
        address=address_of(channel, message.get("thread_ts")),
    )


def command_inbound(body: Mapping[str, Any], dm_channel: str, hint: str | None) -> Inbound:
    """`/support` alone shows the menu; `/support <text>` is said to the bot."""
    text = unescape(body.get("text", "")).strip()
    user = identity_of(body.get("team_id", ""), body.get("user_id", ""))
    if not text:
        return Inbound(CHANNEL, user, choice="menu:help", language_hint=hint, address=dm_channel)
    return Inbound(CHANNEL, user, text=text, language_hint=hint, address=dm_channel)


# --- pure rendering: Reply to Block Kit --------------------------------------------------


@dataclass(frozen=True)
class SlackMessage:
    text: str
    blocks: list[dict[str, Any]]


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _button_label(label: str) -> str:
    return label if len(label) <= BUTTON_TEXT_LIMIT else label[: BUTTON_TEXT_LIMIT - 1] + "…"


def _button_blocks(reply: Reply) -> list[dict[str, Any]]:
    blocks = []
    for start in range(0, len(reply.choices), BUTTONS_PER_BLOCK):
        buttons = [
            {
                "type": "button",
                "action_id": f"choice-{start + offset}",
                "text": {"type": "plain_text", "text": _button_label(choice.label)},
                "value": choice.value,
            }
            for offset, choice in enumerate(reply.choices[start : start + BUTTONS_PER_BLOCK])
        ]
        # The block id carries the language, so a click can be acknowledged in it at once.
        blocks.append(
            {
                "type": "actions",
                "block_id": f"choices-{reply.language}-{start}",
                "elements": buttons,
            }
        )
    return blocks


def render(reply: Reply) -> list[SlackMessage]:
    """Escaped mrkdwn sections within Block Kit's limits; buttons go with the last message."""
    sections = [_section(piece) for piece in split_text(escape(reply.text), TEXT_LIMIT)]
    buttons = _button_blocks(reply)
    room = BLOCKS_PER_MESSAGE - len(buttons)
    messages = []
    while len(sections) > room:
        batch, sections = sections[:BLOCKS_PER_MESSAGE], sections[BLOCKS_PER_MESSAGE:]
        messages.append(SlackMessage(_fallback(batch), batch))
    blocks = sections + buttons
    if blocks:
        messages.append(
            SlackMessage(_fallback(sections) or escape(reply.text)[:TEXT_LIMIT], blocks)
        )
    return messages


def _fallback(sections: Sequence[dict[str, Any]]) -> str:
    """The notification text of a message: its first section."""
    return str(sections[0]["text"]["text"]) if sections else ""


def picked_blocks(message: Mapping[str, Any], picked: str) -> list[dict[str, Any]]:
    """The clicked message without its buttons, with a note of the pick in their place."""
    kept = [block for block in message.get("blocks", []) if block.get("type") != "actions"]
    return [*kept, {"type": "context", "elements": [{"type": "mrkdwn", "text": escape(picked)}]}]


# --- the adapter -----------------------------------------------------------------------


@dataclass(frozen=True)
class SlackConfig:
    bot_token: str
    signing_secret: str | None
    api_base_url: str


class SlackChannel:
    """Holds the core: listeners turn Slack traffic into turns and replies into API calls."""

    def __init__(self, app: App, config: SlackConfig) -> None:
        self.app = app
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
        self.courier = Courier(app, CHANNEL, self._deliver)
        # Turns in flight at once: more only queue for the database and slow the acks down.
        self._running = asyncio.Semaphore(TURNS_AT_ONCE)
        app.core.on_notices(self.courier.wake)  # a turn left something for someone
        self._register()

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
        await ack()
        user = body.get("user", {})
        team = (body.get("team") or {}).get("id") or user.get("team_id", "")
        await self._retire_buttons(body)
        inbound = action_inbound(body, await self._locale(team, user.get("id")))
        if inbound is not None:
            await self._turn(inbound)

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

    async def _retire_buttons(self, body: Mapping[str, Any]) -> None:
        """Replace the clicked buttons by the pick, so a second click has nothing to press."""
        action = body["actions"][0]
        language = str(action.get("block_id", "choices-en")).split("-")[1]
        label = str(action.get("text", {}).get("text", ""))
        note = self.app.translator.format(language, Message("choice-picked", {"label": label}))
        message, channel = body.get("message") or {}, (body.get("channel") or {}).get("id")
        if not message.get("ts") or not channel:
            return  # an ephemeral message: nothing to update
        await self.client.chat_update(
            channel=channel, ts=message["ts"], text=note, blocks=picked_blocks(message, note)
        )

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

    # the outbox -------------------------------------------------------------------------

    async def _deliver(self, delivery: Delivery) -> str | None:
        """A case's later messages go under its first one; a buyer's to where they last wrote."""
        if delivery.thread:
            channel, thread = split_address(delivery.thread)
        elif delivery.address and delivery.reply.escalation_id is None:
            channel, thread = split_address(delivery.address)
        else:
            channel, thread = await self._dm_channel(delivery.external_id), None
        ts = await self.post(channel, thread, delivery.reply)
        return address_of(channel, ts) if ts and not thread else None

    async def deliver_pending(self) -> int:
        return await self.courier.deliver_pending()

    async def deliver_forever(self) -> None:
        await self.courier.run_forever()

    # serving ----------------------------------------------------------------------------

    def routes(self) -> list[web.RouteDef]:
        """POST /slack/events: events, interactivity and the slash command, bolt's convention."""

        async def dispatch(request: web.Request) -> web.Response:
            response = await self.bolt.async_dispatch(await to_bolt_request(request))
            return await to_aiohttp_response(response)

        return [web.post(EVENTS_PATH, dispatch)]

    async def serve_http(self, host: str, port: int) -> web.AppRunner:
        """This channel alone on host:port, with /healthz (tests, benchmarks)."""
        return await listen(web_app(self.app, self.routes()), host, port)

    async def connect_socket_mode(self, app_token: str) -> AsyncSocketModeHandler:
        """Socket Mode: Slack pushes over a WebSocket, no public URL needed."""
        handler = AsyncSocketModeHandler(self.bolt, app_token)
        await handler.connect_async()  # type: ignore[no-untyped-call]
        return handler


def _with_slash(url: str) -> str:
    """slack_sdk joins method names to the base URL: without the slash `/api` is lost."""
    return url if url.endswith("/") else url + "/"
