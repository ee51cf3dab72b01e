"""Telegram (python-telegram-bot): updates to Inbound; replies to HTML with inline keyboards.

The adapter translates and holds the core, like the Slack one. Identities are the Telegram
user id; an address is the private chat id; a reference to a message is `<chat>:<message_id>`.
"""

from __future__ import annotations

import asyncio
import hmac
import html
import logging
import time
from collections import defaultdict, deque
from dataclasses import dataclass, replace

from aiohttp import web
from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    ReplyParameters,
    Update,
)
from telegram import (
    Message as TelegramMessage,
)
from telegram.constants import ParseMode
from telegram.error import TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.app import App
from bot.messages import Inbound, Message, Reply, split_text
from bot.outbox import Courier, Delivery, PossiblyDelivered

CHANNEL = "telegram"
WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
TEXT_LIMIT = 4000  # characters of one message (Telegram's limit is 4096 after parsing)
COMMANDS = {"help": "menu:help", "language": "menu:set_language", "bookings": "menu:list_bookings"}
PER_CHAT_BURST = 3  # messages one chat may get at once; then about one a second
TURNS_AT_ONCE = 8  # turns at once: more only queue for the database and slow the acks
UPDATES_AT_ONCE = 256  # updates in flight: most of them wait for a chat's pacing, not the CPU

log = logging.getLogger(__name__)


# --- pure translation ------------------------------------------------------------------


def ref_of(chat_id: int | str, message_id: int | str) -> str:
    return f"{chat_id}:{message_id}"


def message_inbound(update: Update, text: str | None = None, choice: str | None = None) -> Inbound:
    """A private message (or a command) as the core sees it."""
    user, chat, message = update.effective_user, update.effective_chat, update.effective_message
    assert user is not None and chat is not None
    answered = message.reply_to_message if message else None
    return Inbound(
        CHANNEL,
        str(user.id),
        text=text,
        choice=choice,
        language_hint=user.language_code,
        delivery_key=str(update.update_id),
        address=str(chat.id),
        reply_to=ref_of(chat.id, answered.message_id) if answered else None,
        display_name=user.full_name,
    )


def update_inbound(update: Update) -> Inbound | None:
    """Text, a command, a button press or anything else in a private chat; None elsewhere."""
    chat = update.effective_chat
    if chat is None or chat.type != "private" or update.effective_user is None:
        return None
    if update.callback_query is not None:
        return message_inbound(update, choice=update.callback_query.data or "")
    message = update.effective_message
    text = message.text if message else None
    if text and text.startswith("/"):
        command, _, rest = text[1:].partition(" ")
        command = command.split("@", 1)[0].lower()
        if command == "start":
            code = rest.strip()
            if code:
                return replace(message_inbound(update), link_code=code)
            return message_inbound(update, choice="menu:help")
        if command in COMMANDS:
            return message_inbound(update, choice=COMMANDS[command])
    return message_inbound(update, text=text or "")


@dataclass(frozen=True)
class Outgoing:
    html: str
    keyboard: InlineKeyboardMarkup | None


def render(reply: Reply) -> list[Outgoing]:
    """Escaped HTML within Telegram's length; the keyboard (one button a row) goes last."""
    pieces = split_text(reply.text, TEXT_LIMIT) or ([""] if reply.choices else [])
    keyboard = None
    if reply.choices:
        keyboard = InlineKeyboardMarkup(
            [[InlineKeyboardButton(c.label, callback_data=c.value)] for c in reply.choices]
        )
    return [
        Outgoing(html.escape(piece, quote=False) or "…", keyboard if n == len(pieces) - 1 else None)
        for n, piece in enumerate(pieces)
    ]


# --- the adapter -----------------------------------------------------------------------


@dataclass(frozen=True)
class TelegramConfig:
    token: str
    api_base_url: str
    webhook_secret: str | None = None
    timeout: float = 10.0


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


class TelegramChannel:
    """Holds the core: PTB handlers turn updates into turns, replies into Bot API calls."""

    def __init__(self, app: App, config: TelegramConfig) -> None:
        self.app, self.config = app, config
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
        self.courier = Courier(app, CHANNEL, self._deliver)
        app.core.on_notices(self.courier.wake)  # a turn left something for someone
        self.ptb.add_handler(CallbackQueryHandler(self._on_press))
        self.ptb.add_handler(MessageHandler(filters.UpdateType.MESSAGE, self._on_message))
        self.ptb.add_error_handler(self._on_error)

    # handlers -----------------------------------------------------------------------------

    async def _on_message(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        inbound = update_inbound(update)
        if inbound is not None:
            await self._turn(inbound)

    async def _on_press(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        """Answer the press at once, and take the keyboard away so it cannot be pressed twice."""
        query = update.callback_query
        assert query is not None
        await query.answer()
        if isinstance(query.message, TelegramMessage):
            await query.message.edit_reply_markup(reply_markup=None)
        inbound = update_inbound(update)
        if inbound is not None:
            await self._turn(inbound)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error(
            "telegram update failed: %s", type(context.error).__name__, exc_info=context.error
        )

    async def _turn(self, inbound: Inbound) -> None:
        async with self._running:
            replies = await self.app.core.handle_turn(inbound)
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

    async def _deliver(self, delivery: Delivery) -> str | None:
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

    async def stop(self) -> None:
        if self.ptb.updater is not None and self.ptb.updater.running:
            await self.ptb.updater.stop()
        if self.ptb.running:
            await self.ptb.stop()
        await self.ptb.shutdown()

    async def register_commands(self) -> None:
        """/help, /language and /bookings, described in each language (setMyCommands)."""
        translator = self.app.translator
        for language in translator.languages:
            commands = [
                BotCommand(name, translator.format(language, Message(f"command-{name}")))
                for name in COMMANDS
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
        """POST /telegram/webhook: the secret is checked, then the update is queued (200)."""

        async def receive(request: web.Request) -> web.Response:
            given = request.headers.get(SECRET_HEADER, "")
            secret = self.config.webhook_secret or ""
            if not secret or not hmac.compare_digest(given.encode(), secret.encode()):
                return web.Response(status=403)
            try:
                update = Update.de_json(await request.json(), self.ptb.bot)
            except (ValueError, KeyError, TypeError):
                return web.Response(status=400)
            await self.ptb.update_queue.put(update)
            return web.Response(status=200)

        return [web.post(WEBHOOK_PATH, receive)]

    async def username(self) -> str:
        me = await self.ptb.bot.get_me()
        return me.username or ""


async def bot_username(token: str, api_base_url: str) -> str:
    """The bot's @username, for deep links (getMe)."""
    bot = Bot(token, base_url=api_base_url.rstrip("/"))
    async with bot:
        me = await bot.get_me()
    return me.username or ""
