"""A fake Slack Web API on 127.0.0.1 (port 0): validates each call like Slack, records it.

Strict where the bot could go wrong: the bearer token, required arguments, Block Kit limits,
updates of messages that exist, the three steps of files_upload_v2, and 429 with Retry-After
on demand. It also plays Slack's side of Socket Mode (apps.connections.open and a WebSocket).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import WSMsgType, web

TEAM = "T0TEAM"
BOT_USER = "U0BOT"
BOT_TOKEN = "xoxb-test-token"
APP_TOKEN = "xapp-test-token"
SIGNING_SECRET = "test-signing-secret"


def signed_headers(
    body: str, secret: str = SIGNING_SECRET, at: int | None = None
) -> dict[str, str]:
    """Headers Slack sends: v0 HMAC-SHA256 of `v0:<timestamp>:<exact body>`."""
    timestamp = str(int(time.time()) if at is None else at)
    base = f"v0:{timestamp}:{body}".encode()
    digest = hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": f"v0={digest}"}


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    at: float  # time.perf_counter() at arrival


class BlockKitError(ValueError):
    pass


def validate_blocks(blocks: list[dict[str, Any]]) -> None:
    """The Block Kit limits Slack enforces (answering invalid_blocks)."""
    if len(blocks) > 50:
        raise BlockKitError("more than 50 blocks")
    action_ids: set[str] = set()
    for block in blocks:
        if block.get("type") == "section" and len(block["text"]["text"]) > 3000:
            raise BlockKitError("section text over 3000 characters")
        if block.get("type") == "actions":
            if len(block["elements"]) > 25:
                raise BlockKitError("more than 25 elements in an actions block")
            for element in block["elements"]:
                if len(element["text"]["text"]) > 75:
                    raise BlockKitError("button text over 75 characters")
                if len(element.get("value", "")) > 2000:
                    raise BlockKitError("button value over 2000 characters")
                if element["action_id"] in action_ids:
                    raise BlockKitError("duplicate action_id")
                action_ids.add(element["action_id"])


@dataclass
class FakeSlack:
    locales: dict[str, str] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)
    messages: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    uploads: dict[str, bytes] = field(default_factory=dict)
    rate_limits: dict[str, list[int]] = field(default_factory=dict)
    delays: dict[str, float] = field(default_factory=dict)
    url: str = ""
    _ts: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _runner: web.AppRunner | None = None
    _socket: web.WebSocketResponse | None = None
    _socket_ready: asyncio.Event = field(default_factory=asyncio.Event)
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)

    async def start(self) -> str:
        application = web.Application()
        application.router.add_post("/api/{method}", self._api)
        application.router.add_get("/api/{method}", self._api)
        application.router.add_post("/upload/{file_id}", self._upload)
        application.router.add_get("/socket", self._websocket)
        self._runner = web.AppRunner(application, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]  # private in aiohttp
        self.url = f"http://127.0.0.1:{port}"
        return f"{self.url}/api/"

    async def stop(self) -> None:
        if self._socket is not None:
            await self._socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # what the tests look at -------------------------------------------------------------

    def calls_to(self, method: str) -> list[dict[str, Any]]:
        return [call.args for call in self.calls if call.method == method]

    async def wait_for(
        self, method: str, count: int = 1, timeout: float = 10.0
    ) -> list[dict[str, Any]]:
        """Wait until `count` successful calls of `method` arrived (the bot works after its ack)."""

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

    def rate_limit(self, method: str, retry_after: int, times: int = 1) -> None:
        self.rate_limits[method] = [retry_after] * times

    def posted_texts(self) -> list[str]:
        """Every text the bot made visible: message texts and the texts of their blocks."""
        texts = []
        for args in self.calls_to("chat.postMessage") + self.calls_to("chat.update"):
            texts.append(str(args.get("text", "")))
            for block in args.get("blocks", []):
                if block.get("type") == "section":
                    texts.append(block["text"]["text"])
        return texts

    # the Web API ------------------------------------------------------------------------

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args = await _arguments(request)
        token = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        token = token or str(args.get("token", ""))
        wanted = APP_TOKEN if method == "apps.connections.open" else BOT_TOKEN
        if token != wanted:
            return web.json_response({"ok": False, "error": "invalid_auth"})
        waits = self.rate_limits.get(method)
        if waits:
            retry_after = waits.pop(0)
            self.calls.append(Call(f"{method}#429", args, time.perf_counter()))
            return web.json_response(
                {"ok": False, "error": "ratelimited"},
                status=429,
                headers={"Retry-After": str(retry_after)},
            )
        if method in self.delays:
            await asyncio.sleep(self.delays[method])
        handler = getattr(self, "_" + method.replace(".", "_"), None)
        if handler is None:
            return web.json_response({"ok": False, "error": "unknown_method"})
        try:
            answer = handler(args)
        except (KeyError, BlockKitError, ValueError) as error:
            return web.json_response(
                {"ok": False, "error": "invalid_arguments", "detail": str(error)}
            )
        if answer.get("ok"):
            if method == "chat.postMessage":
                args["ts"] = answer["ts"]  # recorded with the message, so tests can click it
            await self._record(Call(method, args, time.perf_counter()))
        return web.json_response(answer)

    async def _record(self, call: Call) -> None:
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    def _auth_test(self, args: dict[str, Any]) -> dict[str, Any]:
        return {
            "ok": True,
            "team_id": TEAM,
            "user_id": BOT_USER,
            "bot_id": "B0BOT",
            "user": "supportbot",
        }

    def _chat_postMessage(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = args["channel"]
        if not args.get("text") and not args.get("blocks"):
            raise ValueError("no_text")
        blocks = args.get("blocks") or []
        validate_blocks(blocks)
        ts = f"{1_700_000_000 + next(self._ts)}.000100"
        message = {"ts": ts, "text": args.get("text", ""), "blocks": blocks}
        if args.get("thread_ts"):
            message["thread_ts"] = args["thread_ts"]
        self.messages[(channel, ts)] = message
        return {"ok": True, "channel": channel, "ts": ts, "message": message}

    def _chat_update(self, args: dict[str, Any]) -> dict[str, Any]:
        key = (args["channel"], args["ts"])
        if key not in self.messages:
            return {"ok": False, "error": "message_not_found"}
        validate_blocks(args.get("blocks") or [])
        self.messages[key].update(text=args.get("text", ""), blocks=args.get("blocks") or [])
        return {"ok": True, "channel": args["channel"], "ts": args["ts"]}

    def _conversations_open(self, args: dict[str, Any]) -> dict[str, Any]:
        user = str(args["users"]).split(",")[0]
        return {"ok": True, "channel": {"id": "D" + user}}

    def _users_info(self, args: dict[str, Any]) -> dict[str, Any]:
        user = {"id": args["user"], "team_id": TEAM, "name": args["user"].lower()}
        if (
            str(args.get("include_locale")).lower() in ("1", "true")
            and args["user"] in self.locales
        ):
            user["locale"] = self.locales[args["user"]]
        return {"ok": True, "user": user}

    def _files_getUploadURLExternal(self, args: dict[str, Any]) -> dict[str, Any]:
        if not args["filename"] or int(args["length"]) <= 0:
            raise ValueError("filename and length are required")
        file_id = f"F{uuid.uuid4().hex[:8].upper()}"
        self.uploads[file_id] = b""
        return {"ok": True, "upload_url": f"{self.url}/upload/{file_id}", "file_id": file_id}

    def _files_completeUploadExternal(self, args: dict[str, Any]) -> dict[str, Any]:
        files = args["files"] if isinstance(args["files"], list) else json.loads(args["files"])
        for item in files:
            if not self.uploads.get(item["id"]):
                return {"ok": False, "error": "file_not_found"}
        return {
            "ok": True,
            "files": [{"id": item["id"], "title": item.get("title")} for item in files],
        }

    def _apps_connections_open(self, args: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "url": self.url.replace("http://", "ws://") + "/socket"}

    async def _upload(self, request: web.Request) -> web.Response:
        file_id = request.match_info["file_id"]
        if file_id not in self.uploads:
            return web.Response(status=404)
        self.uploads[file_id] = await request.read()
        await self._record(Call("upload", {"file_id": file_id}, time.perf_counter()))
        return web.Response(text=f"OK - {len(self.uploads[file_id])}")

    # Socket Mode --------------------------------------------------------------------------

    async def _websocket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._socket = socket
        await socket.send_json({"type": "hello", "num_connections": 1})
        self._socket_ready.set()
        async for message in socket:
            if message.type == WSMsgType.TEXT:
                await self._record(
                    Call("socket.ack", json.loads(message.data), time.perf_counter())
                )
        return socket

    async def push(self, kind: str, payload: dict[str, Any]) -> str:
        """Send one envelope over Socket Mode; returns its id (the bot must ack it)."""
        await asyncio.wait_for(self._socket_ready.wait(), 10)
        assert self._socket is not None
        envelope_id = uuid.uuid4().hex
        await self._socket.send_json(
            {
                "envelope_id": envelope_id,
                "type": kind,
                "payload": payload,
                "accepts_response_payload": False,
            }
        )
        return envelope_id


async def _arguments(request: web.Request) -> dict[str, Any]:
    """slack_sdk sends JSON, form bodies or query strings, depending on the method."""
    args: dict[str, Any] = dict(parse_qsl(request.query_string))
    if request.content_type == "application/json":
        args.update(await request.json())
    elif request.can_read_body:
        args.update(parse_qsl((await request.read()).decode()))
    for key in ("blocks", "files"):
        if isinstance(args.get(key), str):
            args[key] = json.loads(args[key])
    return args
