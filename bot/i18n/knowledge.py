"""What the bot knows from files: its texts, its understanding, language evidence and the
catalog. Loaded once at start, and again whole by a live reload."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from bot.i18n.translator import Translator
from bot.nlu.language import LanguageDetector
from bot.nlu.matching import Understanding
from bot.settings import Settings
from storage.catalog import Catalog, load_catalog


@dataclass(frozen=True)
class Knowledge:
    translator: Translator
    detector: LanguageDetector
    understanding: Understanding
    catalog: Catalog


def build_translator(settings: Settings) -> Translator:
    return Translator.from_directory(
        settings.locales_dir, settings.languages, settings.reference_language
    )


def load_knowledge(
    settings: Settings, intents: Collection[str], translator: Translator | None = None
) -> Knowledge:
    """Everything from the files; a translator already loaded is used as it is (the Fluent
    files are parsed once per start)."""
    catalog = load_catalog(settings.catalog_dir)
    return Knowledge(
        translator=translator or build_translator(settings),
        detector=LanguageDetector.from_locales(settings.locales_dir, settings.languages),
        understanding=Understanding.from_locales(
            settings.locales_dir,
            settings.languages,
            catalog.meeting_type_keys(),
            intents,
            catalog.after_hours(),
        ),
        catalog=catalog,
    )
