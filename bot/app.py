"""Composition root: builds the translator, understanding, storage and the core from settings."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass

from bot.clock import Clock
from bot.conversation import Core
from bot.i18n import Translator
from bot.language import LanguageDetector
from bot.settings import Settings
from bot.understanding import Understanding
from handlers.base import Limits
from storage.catalog import Catalog, load_catalog
from storage.db import AsyncEngine, create_engine, session_factory
from storage.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)
HEALTH_TIMEOUT = 5.0


@dataclass
class App:
    settings: Settings
    engine: AsyncEngine
    translator: Translator
    catalog: Catalog
    core: Core

    def unit(self) -> UnitOfWork:
        return self.core.units()

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


def build_translator(settings: Settings) -> Translator:
    return Translator.from_directory(
        settings.locales_dir, settings.languages, settings.reference_language
    )


@dataclass(frozen=True)
class Knowledge:
    """What the bot knows from files: texts, understanding, language evidence and the catalog."""

    translator: Translator
    detector: LanguageDetector
    understanding: Understanding
    catalog: Catalog


def load_knowledge(settings: Settings) -> Knowledge:
    catalog = load_catalog(settings.catalog_dir)
    return Knowledge(
        translator=build_translator(settings),
        detector=LanguageDetector.from_locales(settings.locales_dir, settings.languages),
        understanding=Understanding.from_locales(
            settings.locales_dir, settings.languages, catalog.meeting_type_keys()
        ),
        catalog=catalog,
    )


def open_storage(settings: Settings) -> tuple[AsyncEngine, Callable[[], UnitOfWork]]:
    """The database alone, for admin commands that need no texts or understanding."""
    engine = create_engine(settings.database_url.get_secret_value())
    sessions = session_factory(engine)
    return engine, lambda: UnitOfWork(sessions)


def build_app(settings: Settings, clock: Clock, knowledge: Knowledge | None = None) -> App:
    known = knowledge or load_knowledge(settings)
    engine, units = open_storage(settings)
    translator = known.translator
    catalog = known.catalog
    core = Core(
        units=units,
        translator=translator,
        detector=known.detector,
        understanding=known.understanding,
        catalog=catalog,
        clock=clock,
        limits=Limits(
            settings.slots_offered, settings.booking_horizon_days, settings.transcript_in_escalation
        ),
        max_chars=settings.max_message_chars,
        fallback_language=settings.reference_language,
    )
    return App(settings, engine, translator, catalog, core)
