"""Periodic jobs of a running bot: housekeeping, and the live reload of locales and catalog."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from bot.app import App
from bot.core.notices import enqueue
from bot.i18n.reload import INTERVAL, Refusal, Reloader
from handlers.base import Message, Notice

log = logging.getLogger(__name__)

HOUSEKEEPING_SECONDS = 3600.0
KEEP_DELIVERY_IDS = timedelta(days=2)  # far longer than any platform redelivers


async def housekeeping(app: App) -> None:
    """Hourly: forget old delivery ids, and purge chat messages past the retention period."""
    while True:
        try:
            await tidy(app)
        except Exception:  # the next round tries again; serving goes on meanwhile
            log.exception("housekeeping failed")
        await asyncio.sleep(HOUSEKEEPING_SECONDS)


async def tidy(app: App) -> int:
    """One round of housekeeping; returns the chat messages purged."""
    now = app.core.clock.now()
    retention = timedelta(days=app.settings.transcript_retention_days)
    async with app.unit() as uow:
        await uow.repos.deliveries.forget(now - KEEP_DELIVERY_IDS)
        purged = await uow.repos.chats.purge_transcript(now - retention)
        if purged:
            uow.repos.audit.record(now, "system", "transcript.purge", "transcript", lines=purged)
        await uow.commit()
    if purged:
        log.info("purged %d chat messages older than %s", purged, retention)
    return purged


def reloader(app: App, interval: float = INTERVAL) -> Reloader:
    """Watches locales/ and the catalog: a good edit is swapped into the running core, a
    refused one is told to the admin contact."""

    async def refused(refusal: Refusal) -> None:
        await tell_admin(app, refusal)

    return Reloader(
        app.settings, app.intents, lambda: app.core.knowledge, app.swap, refused, interval
    )


async def tell_admin(app: App, refusal: Refusal) -> None:
    """The configured admin contact hears of a refused edit, in their language."""
    handle = app.settings.admin_contact
    if not handle:
        return
    async with app.unit() as uow:
        staff = await uow.repos.people.staff_by_handle(handle)
        if staff is None:
            log.error("the admin contact %s is no staff member", handle)
            return
        now = app.core.clock.now()
        message = Message(
            "admin-reload-refused", {"errors": refusal.errors, "first": refusal.first}
        )
        for identity in await uow.repos.accounts.of_staff(staff.id):
            enqueue(uow.repos, Notice(identity.id, (message,)), now)
        await uow.commit()
    app.core.announce_notices()
