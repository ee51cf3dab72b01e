"""The composition root: settings, storage, what the bot knows and the capabilities, wired into
the core that every channel holds."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass

from bot.clock import Clock
from bot.core.routing import Routing
from bot.core.turn import Core
from bot.i18n.knowledge import Knowledge, load_knowledge
from bot.i18n.translator import Translator
from bot.settings import Settings
from handlers import CAPABILITIES
from handlers.base import Capability, Limits
from storage.catalog import Catalog
from storage.db import AsyncEngine, create_engine, session_factory
from storage.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)
HEALTH_TIMEOUT = 5.0


@dataclass
class App:
    settings: Settings
    engine: AsyncEngine
    core: Core

    @property
    def translator(self) -> Translator:
        return self.core.knowledge.translator

    @property
    def catalog(self) -> Catalog:
        return self.core.knowledge.catalog

    @property
    def intents(self) -> list[str]:
        return self.core.routing.intents

    def unit(self) -> UnitOfWork:
        return self.core.units()

    def swap(self, knowledge: Knowledge) -> None:
        """Texts, understanding and catalog reloaded: the next turn uses them."""
        self.core.knowledge = knowledge

    async def healthy(self) -> bool:
        """True while the database answers (for /healthz)."""
        try:
            async with self.unit() as uow:
                await asyncio.wait_for(uow.repos.ping(), HEALTH_TIMEOUT)
            return True
        except Exception as error:
            log.warning("health check: database unreachable (%s)", type(error).__name__)
            return False

    async def close(self) -> None:
        await self.engine.dispose()


def intents_of(capabilities: Sequence[Capability]) -> list[str]:
    return Routing(capabilities).intents


def knowledge_for(settings: Settings, translator: Translator | None = None) -> Knowledge:
    """What the bot knows, for the capabilities it has."""
    return load_knowledge(settings, intents_of(CAPABILITIES), translator)


def open_storage(settings: Settings) -> tuple[AsyncEngine, Callable[[], UnitOfWork]]:
    """The database alone, for admin commands that need no texts or understanding."""
    engine = create_engine(settings.database_url.get_secret_value())
    sessions = session_factory(engine)
    return engine, lambda: UnitOfWork(sessions)


@contextlib.asynccontextmanager
async def database(settings: Settings) -> AsyncIterator[UnitOfWork]:
    """One unit of work on the database alone (admin commands); the engine is disposed after."""
    engine, units = open_storage(settings)
    try:
        async with units() as uow:
            yield uow
    finally:
        await engine.dispose()


def build_app(
    settings: Settings,
    clock: Clock,
    knowledge: Knowledge | None = None,
    capabilities: Sequence[Capability] = CAPABILITIES,
) -> App:
    routing = Routing(capabilities)
    known = knowledge or load_knowledge(settings, routing.intents)
    engine, units = open_storage(settings)
    core = Core(
        units=units,
        knowledge=known,
        routing=routing,
        clock=clock,
        limits=Limits(
            slots_offered=settings.slots_offered,
            booking_horizon_days=settings.booking_horizon_days,
            transcript_lines=settings.transcript_in_escalation,
            booking_max_days=settings.booking_max_days,
            booking_lead_days=settings.booking_lead_days,
            case_quiet_seconds=settings.case_quiet_seconds,
        ),
        max_chars=settings.max_message_chars,
        fallback_language=settings.reference_language,
    )
    return App(settings, engine, core)
