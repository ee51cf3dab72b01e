"""Live reload: saved edits to locales/ and the catalog reach the running bot within seconds.

An edit that fails the check is not loaded: the bot keeps the last good version, logs the
findings and tells the configured admin contact (through the outbox, in their language).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.app import App, Knowledge, load_knowledge
from bot.conversation import enqueue
from bot.locales_check import Problem, check_locales
from bot.messages import Message
from bot.understanding import UnderstandingError
from handlers.base import Notice
from storage.catalog import CatalogError

log = logging.getLogger(__name__)

INTERVAL = 2.0


@dataclass(frozen=True)
class Refusal:
    """Why an edit was not loaded: the first problem, and how many errors in all."""

    errors: int
    first: str


class Reloader:
    """Watches the files the bot's knowledge comes from and swaps in what passes the check."""

    def __init__(self, app: App, interval: float = INTERVAL) -> None:
        self.app, self.interval = app, interval
        self._seen = self._fingerprint()

    def _files(self) -> Iterator[Path]:
        settings = self.app.settings
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
            await self._refuse(outcome)
            return False
        self._swap(outcome)
        log.info("locales and catalog reloaded")
        return True

    def _load(self) -> Knowledge | Refusal:
        settings = self.app.settings
        problems = check_locales(
            settings.locales_dir, settings.languages, settings.reference_language
        )
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            return Refusal(len(errors), self._describe(errors[0]))
        try:
            return load_knowledge(settings)
        except CatalogError as error:
            first = error.problems[0]
            return Refusal(len(error.problems), f"{first.file}: {first.entry}: {first.reason}")
        except UnderstandingError as error:
            return Refusal(1, f"{error.file}: {error.key}: {error.reason}")

    def _describe(self, problem: Problem) -> str:
        text = self.app.translator.format(self.app.settings.admin_language, problem.message)
        return f"{problem.file}:{problem.line}: {text}"

    def _swap(self, known: Knowledge) -> None:
        core = self.app.core
        core.translator = self.app.translator = known.translator
        core.detector, core.understanding = known.detector, known.understanding
        core.catalog = self.app.catalog = known.catalog

    async def _refuse(self, refusal: Refusal) -> None:
        log.error(
            "edit not loaded (%d errors; the bot keeps the last good version): %s",
            refusal.errors,
            refusal.first,
        )
        handle = self.app.settings.admin_contact
        if not handle:
            return
        async with self.app.unit() as uow:
            staff = await uow.repos.people.staff_by_handle(handle)
            if staff is None:
                log.error("the admin contact %s is no staff member", handle)
                return
            now = self.app.core.clock.now()
            message = Message(
                "admin-reload-refused", {"errors": refusal.errors, "first": refusal.first}
            )
            for identity in await uow.repos.accounts.of_staff(staff.id):
                enqueue(uow.repos, Notice(identity.id, (message,)), now)
            await uow.commit()
        self.app.core.announce_notices()
