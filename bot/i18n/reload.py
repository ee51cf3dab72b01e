"""Live reload: saved edits to locales/ and the catalog reach the running bot within seconds.

An edit that fails the check is not loaded: the bot keeps the last good version, logs the
findings and tells whoever `on_refused` tells (the runtime notifies the admin contact).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.i18n.check import Problem, check_locales
from bot.i18n.knowledge import Knowledge, load_knowledge
from bot.nlu.lexicon import UnderstandingError
from bot.settings import Settings
from storage.catalog import CatalogError

log = logging.getLogger(__name__)

INTERVAL = 2.0


@dataclass(frozen=True)
class Refusal:
    """Why an edit was not loaded: the first problem, and how many errors in all."""

    errors: int
    first: str


class Reloader:
    """Watches the files the bot's knowledge comes from and hands on what passes the check."""

    def __init__(
        self,
        settings: Settings,
        intents: Collection[str],
        current: Callable[[], Knowledge],
        on_loaded: Callable[[Knowledge], None],
        on_refused: Callable[[Refusal], Awaitable[None]],
        interval: float = INTERVAL,
    ) -> None:
        self.settings, self.intents, self.current = settings, intents, current
        self.on_loaded, self.on_refused, self.interval = on_loaded, on_refused, interval
        self._seen = self._fingerprint()

    def _files(self) -> Iterator[Path]:
        settings = self.settings
        for language in settings.languages:
            yield from sorted((settings.locales_dir / language).glob("*"))
        yield from sorted(settings.catalog_dir.glob("*.toml"))

    def _fingerprint(self) -> tuple[tuple[str, int, int], ...]:
        stamps = []
        for path in self._files():
            try:
                stat = path.stat()
            except OSError:  # removed between listing and reading: the next look sees it
                continue
            stamps.append((str(path), stat.st_mtime_ns, stat.st_size))
        return tuple(stamps)

    async def run_forever(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            try:
                await self.check_once()
            except Exception:  # a reload must never take the bot down
                log.exception("reloading the locales and catalog failed")

    async def check_once(self) -> bool | None:
        """None if nothing changed; True if the edit was loaded; False if it was refused."""
        seen = self._fingerprint()
        if seen == self._seen:
            return None
        self._seen = seen
        outcome = await asyncio.to_thread(self._load)
        if isinstance(outcome, Refusal):
            log.error(
                "edit not loaded (%d errors; the bot keeps the last good version): %s",
                outcome.errors,
                outcome.first,
            )
            await self.on_refused(outcome)
            return False
        self.on_loaded(outcome)
        log.info("locales and catalog reloaded")
        return True

    def _load(self) -> Knowledge | Refusal:
        settings = self.settings
        problems = check_locales(
            settings.locales_dir, settings.languages, settings.reference_language, self.intents
        )
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            return Refusal(len(errors), self._describe(errors[0]))
        try:
            return load_knowledge(settings, self.intents)
        except CatalogError as error:
            first = error.problems[0]
            return Refusal(len(error.problems), f"{first.file}: {first.entry}: {first.reason}")
        except UnderstandingError as error:
            return Refusal(1, f"{error.file}: {error.key}: {error.reason}")

    def _describe(self, problem: Problem) -> str:
        text = self.current().translator.format(self.settings.admin_language, problem.message)
        return f"{problem.file}:{problem.line}: {text}"
