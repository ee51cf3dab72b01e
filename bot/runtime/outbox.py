"""Delivering the outbox: one courier per channel, woken after a turn that left notices and
every few seconds for what other processes and the command line leave."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from bot.app import App
from bot.channels.base import PossiblyDelivered
from bot.core.notices import Delivery, confirm, lease

log = logging.getLogger(__name__)

Send = Callable[[Delivery], Awaitable[str | None]]


class Courier:
    """Delivers one channel's outbox: right after a turn (`wake`) and every few seconds."""

    def __init__(self, app: App, channel: str, send: Send, interval: float = 2.0) -> None:
        self.app, self.channel, self.send, self.interval = app, channel, send, interval
        self._wake = asyncio.Event()
        app.core.on_notices(self.wake)  # a turn left something for someone

    def wake(self) -> None:
        self._wake.set()

    async def deliver_pending(self) -> int:
        clock = self.app.core.clock
        deliveries = await lease(self.app.unit(), self.app.translator, self.channel, clock.now())
        for delivery in deliveries:
            try:
                sent = await self.send(delivery)
            except PossiblyDelivered:
                log.warning("outbox item %s may have arrived: not sent again", delivery.item_id)
                sent = None
            except Exception:  # the lease runs out and the item is sent again later
                log.exception("delivering outbox item %s failed", delivery.item_id)
                if delivery.last_attempt:
                    log.error(
                        "outbox item %s: giving up after %s attempts",
                        delivery.item_id,
                        delivery.attempt,
                    )
                continue
            await confirm(self.app.unit(), delivery, clock.now(), sent)
        return len(deliveries)

    async def run_forever(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.interval)
            self._wake.clear()
            try:
                await self.deliver_pending()
            except Exception:  # a database hiccup must not stop delivery; the next pass retries
                log.exception("outbox pass for %s failed", self.channel)
