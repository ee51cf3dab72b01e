"""The one HTTP server of `supportbot serve`: the channels' endpoints and GET /healthz."""

from __future__ import annotations

from collections.abc import Iterable

from aiohttp import web

from bot.app import App


def web_app(app: App, routes: Iterable[web.RouteDef]) -> web.Application:
    async def healthz(_request: web.Request) -> web.Response:
        ok = await app.healthy()
        return web.json_response(
            {"database": "ok" if ok else "unreachable"}, status=200 if ok else 503
        )

    application = web.Application()
    application.add_routes([web.get("/healthz", healthz), *routes])
    return application


async def listen(application: web.Application, host: str, port: int) -> web.AppRunner:
    """Serve on host:port (port 0 picks a free one: see `bound_port`); the caller cleans up."""
    runner = web.AppRunner(application, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner


def bound_port(runner: web.AppRunner) -> int:
    return int(runner.addresses[0][1])
