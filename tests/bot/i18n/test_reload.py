"""Live reload: a running bot takes a good edit of locales/ without a restart and refuses a
broken one (keeping the last good texts and telling the admin contact); a sixth language
needs files and a settings entry, no code."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.clock import FixedClock
from bot.core.messages import Inbound
from bot.i18n.check import check_locales
from bot.runtime import jobs
from bot.settings import REPO_ROOT, Settings
from handlers.base import Message
from tests.bot.channels.slack_world import SlackWorld, text_of


@pytest.fixture
def locales(tmp_path: Path) -> Path:
    target = tmp_path / "locales"
    shutil.copytree(REPO_ROOT / "locales", target)
    return target


@pytest.fixture
async def editable(db_url: str, clock: FixedClock, locales: Path) -> AsyncIterator[App]:
    """A bot whose texts come from a folder the test may edit; Anna is the admin contact."""
    settings = Settings(database_url=db_url, locales_dir=locales, admin_contact="anna")
    built = build_app(settings, clock)
    yield built
    await built.close()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


async def menu_text(world: SlackWorld, user: str) -> str:
    before = len(world.posts_to(f"D{user}"))
    await world.command(user)
    return text_of((await world.inbox(f"D{user}", before + 1))[-1])


async def test_a_saved_edit_reaches_the_running_bot(editable: App, locales: Path) -> None:
    """The admin changes the German greeting; within the reload interval /support shows it."""
    world = await SlackWorld(editable).start()
    reloader = asyncio.create_task(jobs.reloader(editable, 0.1).run_forever())
    try:
        await world.link("U1LENA", buyer="launch")
        assert (await menu_text(world, "U1LENA")).startswith("Hallo Lena Krüger!")
        edit(
            locales / "de" / "core.ftl",
            "help-menu = Hallo { $name }!",
            "help-menu = Guten Tag, { $name }!",
        )
        for _ in range(50):
            await asyncio.sleep(0.1)
            if editable.translator.format("de", Message("help-menu", {"name": "x"})).startswith(
                "Guten"
            ):
                break
        assert (await menu_text(world, "U1LENA")).startswith("Guten Tag, Lena Krüger!")
    finally:
        reloader.cancel()
        await world.stop()


async def test_a_broken_edit_keeps_the_old_texts_and_tells_the_admin(
    editable: App, locales: Path
) -> None:
    """A syntax error in a saved file: nothing is loaded, buyers keep the last good text, and
    the admin contact (Anna, in Slack) gets the finding with file and line, in German."""
    world = await SlackWorld(editable).start()
    try:
        await world.link("U1LENA", buyer="launch")
        await world.link("U2ANNA", staff="anna")
        reloader = jobs.reloader(editable)
        edit(
            locales / "de" / "core.ftl",
            "help-menu = Hallo { $name }!",
            "help-menu = Hallo { $name !",
        )
        assert await reloader.check_once() is False
        assert (await menu_text(world, "U1LENA")).startswith("Hallo Lena Krüger!")
        (notice,) = await world.inbox("DU2ANNA", 1)
        assert "core.ftl:" in text_of(notice) and text_of(notice).startswith("Die geänderten Texte")
        edit(
            locales / "de" / "core.ftl",
            "help-menu = Hallo { $name !",
            "help-menu = Moin { $name }!",
        )
        assert await reloader.check_once() is True
        assert (await menu_text(world, "U1LENA")).startswith("Moin Lena Krüger!")
        assert await reloader.check_once() is None  # nothing changed since
    finally:
        await world.stop()


async def test_a_broken_catalog_edit_is_refused(
    db_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    """The same for the catalog: a package with a broken file keeps the old catalog."""
    catalog = tmp_path / "catalog"
    shutil.copytree(REPO_ROOT / "storage" / "catalog", catalog)
    built = build_app(Settings(database_url=db_url, catalog_dir=catalog), clock)
    try:
        reloader = jobs.reloader(built)
        before = built.catalog
        (catalog / "oura.toml").write_text("[provider\nkey = ", encoding="utf-8")
        assert await reloader.check_once() is False
        assert built.catalog is before and built.core.knowledge.catalog is before
    finally:
        await built.close()


async def test_a_sixth_language_needs_files_and_a_setting_only(
    db_url: str, clock: FixedClock, locales: Path
) -> None:
    """Swedish from a folder and a settings entry: the bot answers a Swedish buyer in Swedish,
    and the locale check is satisfied (English copied in would only warn)."""
    shutil.copytree(locales / "en", locales / "sv")
    edit(locales / "sv" / "core.ftl", "help-menu = Hello { $name }!", "help-menu = Hej { $name }!")
    for language in ("en", "de", "fi", "es", "nb", "sv"):
        with (locales / language / "languages.ftl").open("a", encoding="utf-8") as names:
            names.write("language-sv = Svenska\n")
    settings = Settings(
        database_url=db_url, locales_dir=locales, languages=["en", "de", "fi", "es", "nb", "sv"]
    )
    built = build_app(settings, clock)
    try:
        async with built.unit() as uow:
            buyer = await uow.repos.people.buyer_by_handle("english")
            assert buyer is not None
            buyer.preferred_language = "sv"
            await uow.commit()
        (reply,) = await built.core.handle_turn(Inbound("console", "english", choice="menu:help"))
        assert reply.language == "sv" and reply.text.startswith("Hej Olivia Bennett!")
        problems = check_locales(locales, settings.languages, "en", built.intents)
        assert [p for p in problems if p.severity == "error"] == []
    finally:
        await built.close()
