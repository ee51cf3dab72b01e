"""A fake Telegram Bot API on 127.0.0.1 (port 0): strict like Telegram, recording each call.

It rejects what Telegram rejects where the bot could go wrong: a wrong token, HTML with an
unescaped <, > or &, a text over 4,096 characters, callback_data over 64 bytes, getUpdates
while a webhook is set (409), and answers 429 with parameters.retry_after on demand. Updates
for polling are queued with `push`; getUpdates confirms them by offset, as Telegram does.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import re
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

TOKEN = "123456:TEST-token"
BOT_ID = 777
BOT_USERNAME = "supportbot_test_bot"
TAGS = r"b|strong|i|em|u|ins|s|strike|del|a|code|pre|tg-spoiler|span|blockquote|tg-emoji"
MARKUP = re.compile(rf"</?(?:{TAGS})(?:\s[^<>]*)?>|&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


class BadRequest(ValueError):
    pass


def parse_html(text: str) -> str:
    """The text Telegram would show, or BadRequest like Telegram's "can't parse entities"."""
    rest = MARKUP.sub("", text)
    for char in "<>&":
        if char in rest:
            raise BadRequest(f"Bad Request: can't parse entities: unexpected {char!r}")
    return html.unescape(re.sub(rf"</?(?:{TAGS})(?:\s[^<>]*)?>", "", text))


def check_keyboard(markup: object) -> None:
    if not markup:
        return
    data = json.loads(markup) if isinstance(markup, str) else markup
    for row in data.get("inline_keyboard", []):
        for button in row:
            value = button.get("callback_data")
            if value is not None and not 1 <= len(value.encode()) <= 64:
                raise BadRequest("Bad Request: BUTTON_DATA_INVALID")


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    at: float


@dataclass
class FakeTelegram:
    calls: list[Call] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    webhook: str | None = None
    webhook_secret: str | None = None
    rate_limits: dict[str, list[int]] = field(default_factory=dict)
    delays: dict[str, float] = field(default_factory=dict)
    documents: dict[str, bytes] = field(default_factory=dict)
    messages: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    url: str = ""
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _runner: web.AppRunner | None = None
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)

    async def start(self) -> str:
        application = web.Application()
        application.router.add_route("*", "/bot{token}/{method}", self._api)
        self._runner = web.AppRunner(application, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]  # private in aiohttp
        self.url = f"http://127.0.0.1:{port}"
        return f"{self.url}/bot"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # what tests use ---------------------------------------------------------------------

    def calls_to(self, method: str) -> list[dict[str, Any]]:
        return [call.args for call in self.calls if call.method == method]

    async def wait_for(
        self, method: str, count: int = 1, timeout: float = 10.0
    ) -> list[dict[str, Any]]:
        async def enough() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: len(self.calls_to(method)) >= count)

        try:
            await asyncio.wait_for(enough(), timeout)
        except TimeoutError:
            raise AssertionError(
                f"{method}: {len(self.calls_to(method))} of {count} calls after {timeout}s; "
                f"calls: {[c.method for c in self.calls]}"
            ) from None
        return self.calls_to(method)

    def sent_to(self, chat: int) -> list[dict[str, Any]]:
        return [args for args in self.calls_to("sendMessage") if int(args["chat_id"]) == chat]

    async def push(self, update: dict[str, Any]) -> None:
        """Queue an update for getUpdates (polling)."""
        async with self._changed:
            self.updates.append(update)
            self._changed.notify_all()

    def rate_limit(self, method: str, retry_after: int, times: int = 1) -> None:
        self.rate_limits[method] = [retry_after] * times

    # the Bot API --------------------------------------------------------------------------

    async def _api(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != TOKEN:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        args = await _arguments(request, self.documents)
        waits = self.rate_limits.get(method)
        if waits:
            retry_after = waits.pop(0)
            await self._record(Call(f"{method}#429", args, time.perf_counter()))
            return _error(429, f"Too Many Requests: retry after {retry_after}", retry_after)
        handler = getattr(self, "_" + method, None)
        if handler is None:
            return _error(404, "Not Found: method not found")
        try:
            result = await handler(args)
        except BadRequest as error:
            await self._record(Call(f"{method}#400", args, time.perf_counter()))
            return _error(400, str(error))
        except _Conflict as error:
            return _error(409, str(error))
        if method != "getUpdates":
            await self._record(Call(method, args, time.perf_counter()))
        if method in self.delays:  # the work is done, only the answer is late (a timeout)
            await asyncio.sleep(self.delays[method])
        return web.json_response({"ok": True, "result": result})

    async def _record(self, call: Call) -> None:
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    async def _getMe(self, args: dict[str, Any]) -> dict[str, Any]:
        return _bot()

    async def _setMyCommands(self, args: dict[str, Any]) -> bool:
        commands = json.loads(args["commands"])
        if not all(re.fullmatch(r"[a-z0-9_]{1,32}", c["command"]) for c in commands):
            raise BadRequest("Bad Request: BOT_COMMAND_INVALID")
        return True

    async def _setWebhook(self, args: dict[str, Any]) -> bool:
        self.webhook, self.webhook_secret = args["url"], args.get("secret_token")
        return True

    async def _deleteWebhook(self, args: dict[str, Any]) -> bool:
        self.webhook = None
        return True

    async def _getUpdates(self, args: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook:
            raise _Conflict("Conflict: can't use getUpdates method while webhook is active")
        offset = int(args.get("offset") or 0)
        async with self._changed:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            wait = min(float(args.get("timeout") or 0), 0.5)
            if not self.updates and wait:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), wait)
        return [u for u in self.updates if u["update_id"] >= offset]

    async def _sendMessage(self, args: dict[str, Any]) -> dict[str, Any]:
        text = args["text"]
        shown = parse_html(text) if args.get("parse_mode") == "HTML" else text
        if not 1 <= len(shown) <= 4096:
            raise BadRequest(
                "Bad Request: message is too long"
                if shown
                else "Bad Request: message text is empty"
            )
        check_keyboard(args.get("reply_markup"))
        return self._message(int(args["chat_id"]), {"text": shown}, args)

    async def _sendDocument(self, args: dict[str, Any]) -> dict[str, Any]:
        document = args["document"]
        if document not in self.documents:
            raise BadRequest("Bad Request: wrong file identifier")
        return self._message(
            int(args["chat_id"]), {"document": {"file_id": document, "file_name": document}}, args
        )

    async def _editMessageReplyMarkup(self, args: dict[str, Any]) -> dict[str, Any]:
        key = (int(args["chat_id"]), int(args["message_id"]))
        if key not in self.messages:
            raise BadRequest("Bad Request: message to edit not found")
        check_keyboard(args.get("reply_markup"))
        self.messages[key]["reply_markup"] = args.get("reply_markup")
        return self.messages[key]

    async def _answerCallbackQuery(self, args: dict[str, Any]) -> bool:
        return bool(args["callback_query_id"])

    def _message(self, chat: int, content: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
        message_id = next(self._ids)
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat, "type": "private"},
            "from": _bot(),
            **content,
        }
        if args.get("reply_markup"):
            message["reply_markup"] = json.loads(args["reply_markup"])
        self.messages[(chat, message_id)] = message
        args["message_id"] = message_id  # recorded, so a test can press its buttons
        return message


class _Conflict(Exception):
    pass


def _bot() -> dict[str, Any]:
    return {"id": BOT_ID, "is_bot": True, "first_name": "supportbot", "username": BOT_USERNAME}


def _error(code: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=code)


async def _arguments(request: web.Request, documents: dict[str, bytes]) -> dict[str, Any]:
    """PTB posts form bodies (multipart with a file); JSON values arrive as strings."""
    args: dict[str, Any] = dict(request.query)
    if request.content_type == "application/json":
        args.update(await request.json())
    elif request.can_read_body:
        for key, value in (await request.post()).items():
            if isinstance(value, web.FileField):
                documents[value.filename] = value.file.read()
                args[key] = value.filename
            else:
                args[key] = value
    return args


# --- updates as Telegram sends them ------------------------------------------------------
