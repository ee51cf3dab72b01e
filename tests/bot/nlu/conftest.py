"""The understanding as the bot builds it from the shipped locales and catalog, once per module."""

from __future__ import annotations

import pytest

from bot.app import intents_of
from bot.nlu.matching import Understanding
from bot.settings import REPO_ROOT
from handlers import CAPABILITIES
from storage.catalog import load_catalog

LANGUAGES = ["en", "de", "fi", "es", "nb"]


@pytest.fixture(scope="module")
def nlu() -> Understanding:
    catalog = load_catalog()
    return Understanding.from_locales(
        REPO_ROOT / "locales",
        LANGUAGES,
        catalog.meeting_type_keys(),
        intents_of(CAPABILITIES),
        catalog.after_hours(),
    )
