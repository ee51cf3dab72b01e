"""Telegram (python-telegram-bot): holds the core; PTB handlers turn updates into turns, and
replies into Bot API calls. Updates arrive by webhook or by polling."""

from __future__ import annotations

import asyncio
import hmac
import logging
from dataclasses import dataclass

from aiohttp import web
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict
from telegram import Bot, BotCommand, InputFile, ReplyParameters, Update
from telegram import Message as TelegramMessage
from telegram.constants import ParseMode
from telegram.error import TelegramError, TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.app import App
from bot.channels.base import MissingSetting, PossiblyDelivered, ServeOptions
from bot.channels.telegram.guards import Pacer, redact_token
from bot.channels.telegram.translate import CHANNEL, ref_of, render, update_inbound, update_of
from bot.core.messages import Inbound, Reply
from bot.core.notices import Delivery
from bot.settings import vendor_name
from handlers.base import Message

WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
TURNS_AT_ONCE = 8  # turns at once: more only queue for the database and slow the acks
UPDATES_AT_ONCE = 256  # updates in flight: most of them wait for a chat's pacing, not the CPU

log = logging.getLogger(__name__)


class TelegramSettings(BaseSettings):
    """Telegram's settings, under Telegram's names (SUPPORTBOT_TELEGRAM_* works too).
    TELEGRAM_API_BASE_URL: a self-hosted Bot API server, or a test one."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    bot_token: SecretStr | None = Field(
        default=None, validation_alias=vendor_name("TELEGRAM_BOT_TOKEN")
    )
    webhook_secret: SecretStr | None = Field(
        default=None, validation_alias=vendor_name("TELEGRAM_WEBHOOK_SECRET")
    )
    api_base_url: str = Field(
        default="https://api.telegram.org/bot",
        validation_alias=vendor_name("TELEGRAM_API_BASE_URL"),
    )
    bot_username: str | None = Field(
        default=None, validation_alias=vendor_name("TELEGRAM_BOT_USERNAME")
    )

    def token(self) -> str:
        if self.bot_token is None or not self.bot_token.get_secret_value():
            raise MissingSetting("TELEGRAM_BOT_TOKEN")
        return self.bot_token.get_secret_value()


def configured() -> bool:
    token = TelegramSettings().bot_token
    return token is not None and bool(token.get_secret_value())


@dataclass(frozen=True)
class TelegramConfig:
    token: str
    api_base_url: str
    webhook_secret: str | None = None
    timeout: float = 10.0
    webhook_url: str | None = None  # receive by webhook at this public address, else poll


class TelegramChannel:
    """Holds the core: PTB handlers turn updates into turns, replies into Bot API calls."""

    name = CHANNEL

    def __init__(self, app: App, config: TelegramConfig) -> None:
        self.app, self.config = app, config
        redact_token(config.token)
        base = config.api_base_url.rstrip("/")
        self.ptb = (
            Application.builder()
            .token(config.token)
            .base_url(base)
            .base_file_url(base.rsplit("/", 1)[0] + "/file/bot")
            .rate_limiter(AIORateLimiter(max_retries=3))
            .concurrent_updates(UPDATES_AT_ONCE)
            .read_timeout(config.timeout)
            .write_timeout(config.timeout)
            .build()
        )
        self.pacer = Pacer()
        self._running = asyncio.Semaphore(TURNS_AT_ONCE)
        self.ptb.add_handler(CallbackQueryHandler(self._on_press))
        self.ptb.add_handler(MessageHandler(filters.UpdateType.MESSAGE, self._on_message))
        self.ptb.add_error_handler(self._on_error)

    @classmethod
    def from_settings(cls, app: App, options: ServeOptions) -> TelegramChannel:
        settings = TelegramSettings()
        token, webhook = settings.token(), options.get("webhook_url")
        if not webhook:
            return cls(app, TelegramConfig(token, settings.api_base_url))
        secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
        if not secret:
            raise MissingSetting("TELEGRAM_WEBHOOK_SECRET")
        config = TelegramConfig(token, settings.api_base_url, secret, webhook_url=str(webhook))
        return cls(app, config)

    @property
    def commands(self) -> list[str]:
        return list(self.app.core.routing.commands)

    # handlers -----------------------------------------------------------------------------

    async def _on_message(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        inbound = update_inbound(update, self.commands)
        if inbound is not None:
            await self._turn(inbound)

    async def _on_press(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        """Answer the press at once; take the keyboard away only once the press was taken and
        its turn committed (a failed or stale press leaves it to be pressed again)."""
        query = update.callback_query
        assert query is not None
        await query.answer()
        inbound = update_inbound(update, self.commands)
        if inbound is None:
            return
        async with self._running:
            replies = await self.app.core.handle_turn(inbound)
        if any(reply.took for reply in replies) and isinstance(query.message, TelegramMessage):
            try:
                await query.message.edit_reply_markup(reply_markup=None)
            except TelegramError as failed:
                log.warning("telegram: keyboard not removed (%s)", type(failed).__name__)
        await self._post_all(inbound, replies)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error(
            "telegram update failed: %s", type(context.error).__name__, exc_info=context.error
        )

    async def _turn(self, inbound: Inbound) -> None:
        async with self._running:
            replies = await self.app.core.handle_turn(inbound)
        await self._post_all(inbound, replies)

    async def _post_all(self, inbound: Inbound, replies: list[Reply]) -> None:
        for reply in replies:
            await self.post(inbound.address or inbound.user_id, reply)

    # sending -----------------------------------------------------------------------------

    async def post(self, chat: str, reply: Reply, under: str | None = None) -> str | None:
        """Send one reply (under an earlier message, for a case's thread); returns its ref."""
        first = None
        answer_to = (
            ReplyParameters(int(under.split(":")[1]), allow_sending_without_reply=True)
            if under
            else None
        )
        for outgoing in render(reply):
            await self.pacer.wait(chat)
            sent = await self.ptb.bot.send_message(
                int(chat),
                outgoing.html,
                parse_mode=ParseMode.HTML,
                reply_markup=outgoing.keyboard,
                reply_parameters=answer_to,
            )
            first = first or ref_of(chat, sent.message_id)
        for attachment in reply.attachments:
            await self.pacer.wait(chat)
            document = InputFile(attachment.content, filename=attachment.filename)
            await self.ptb.bot.send_document(int(chat), document)
        return first

    async def deliver(self, delivery: Delivery) -> str | None:
        chat = delivery.address or delivery.external_id
        try:
            return await self.post(chat, delivery.reply, under=delivery.thread)
        except TimedOut as timeout:  # it may have arrived: sending again could duplicate it
            raise PossiblyDelivered from timeout

    # serving -----------------------------------------------------------------------------

    async def start(self) -> None:
        await self.ptb.initialize()
        await self.ptb.start()
        await self.register_commands()

    async def go(self, host: str, port: int) -> Message:
        """Updates start to flow only once the HTTP server is up (a webhook needs it)."""
        bot = await self.username()
        if self.config.webhook_url:
            await self.set_webhook(self.config.webhook_url)
            where = {"host": host, "port": str(port), "path": WEBHOOK_PATH}
            return Message(
                "cli-serve-telegram-webhook", {"bot": bot, "url": self.config.webhook_url, **where}
            )
        await self.start_polling()
        return Message("cli-serve-telegram-polling", {"bot": bot})

    async def stop(self) -> None:
        if self.ptb.updater is not None and self.ptb.updater.running:
            await self.ptb.updater.stop()
        if self.ptb.running:
            await self.ptb.stop()
        await self.ptb.shutdown()

    async def register_commands(self) -> None:
        """The bot's chat commands, described in each language (setMyCommands)."""
        translator = self.app.translator
        for language in translator.languages:
            commands = [
                BotCommand(name, translator.format(language, Message(f"command-{name}")))
                for name in self.commands
            ]
            code = None if language == translator.reference else language
            await self.ptb.bot.set_my_commands(commands, language_code=code)

    async def start_polling(self) -> None:
        await self.ptb.bot.delete_webhook()
        assert self.ptb.updater is not None
        await self.ptb.updater.start_polling(timeout=10)

    async def set_webhook(self, url: str) -> None:
        await self.ptb.bot.set_webhook(url, secret_token=self.config.webhook_secret)

    def routes(self) -> list[web.RouteDef]:
        """POST /telegram/webhook: the secret is checked, then the update is queued (200).
        None without a webhook secret (polling)."""
        if not self.config.webhook_secret:
            return []

        async def receive(request: web.Request) -> web.Response:
            given = request.headers.get(SECRET_HEADER, "")
            secret = self.config.webhook_secret or ""
            if not secret or not hmac.compare_digest(given.encode(), secret.encode()):
                return web.Response(status=403)
            update = update_of(await request.text(), self.ptb.bot)
            if update is None:
                log.warning("telegram: a webhook body that is no update was refused")
                return web.Response(status=400)
            await self.ptb.update_queue.put(update)
            return web.Response(status=200)

        return [web.post(WEBHOOK_PATH, receive)]

    async def username(self) -> str:
        me = await self.ptb.bot.get_me()
        return me.username or ""


async def invite_link(code: str) -> str:
    """The deep link that opens the bot with an invitation code (the bot's name from
    TELEGRAM_BOT_USERNAME, else from Telegram: getMe)."""
    settings = TelegramSettings()
    name = settings.bot_username or await bot_username(settings.token(), settings.api_base_url)
    return f"https://t.me/{name}?start={code}"


async def bot_username(token: str, api_base_url: str) -> str:
    """The bot's @username, for deep links (getMe)."""
    bot = Bot(token, base_url=api_base_url.rstrip("/"))
    async with bot:
        me = await bot.get_me()
    return me.username or ""
