"""A throwaway channel, declared here in the test tree exactly as one under bot/channels/ is:
people post JSON to /loopback/messages and get the replies back in the answer; notices for
them are kept in a list. It needs no vendor library and no line of `serve`."""

from __future__ import annotations

from aiohttp import web

from bot.app import App
from bot.channels.base import ChannelKind, ServeOptions, plain_account
from bot.core.messages import Inbound, Reply
from bot.core.notices import Delivery
from handlers.base import Message

NAME = "loopback"
PATH = "/loopback/messages"


def _json(reply: Reply) -> dict[str, object]:
    return {"text": reply.text, "choices": [c.value for c in reply.choices]}


class LoopbackChannel:
    name = NAME

    def __init__(self, app: App, prefix: str) -> None:
        self.app, self.prefix = app, prefix
        self.delivered: list[Delivery] = []
        self.started = self.stopped = False

    @classmethod
    def from_settings(cls, app: App, options: ServeOptions) -> LoopbackChannel:
        return cls(app, str(options.get("prefix") or ""))

    def routes(self) -> list[web.RouteDef]:
        async def receive(request: web.Request) -> web.Response:
            body = await request.json()
            inbound = Inbound(
                NAME, str(body["user"]), text=body.get("text"), choice=body.get("choice")
            )
            replies = await self.app.core.handle_turn(inbound)
            return web.json_response([_json(reply) for reply in replies])

        return [web.post(PATH, receive)]

    async def start(self) -> None:
        self.started = True

    async def go(self, host: str, port: int) -> Message:
        where = {"channel": "Loopback", "host": host, "port": str(port), "path": PATH}
        return Message("cli-serve-listening", where)

    async def stop(self) -> None:
        self.stopped = True

    async def deliver(self, delivery: Delivery) -> str | None:
        self.delivered.append(delivery)
        return f"{delivery.external_id}:{len(self.delivered)}"


KIND = ChannelKind(
    name=NAME, account_id=plain_account, serve=LoopbackChannel.from_settings, credentials="none"
)
