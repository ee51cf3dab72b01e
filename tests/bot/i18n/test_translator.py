"""Fluent texts: every locale complete, plurals and dates per language, failures never shown."""

from __future__ import annotations

import logging
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fluent.syntax import FluentParser, ast

from bot.i18n.translator import Translator, parse_file
from bot.settings import REPO_ROOT
from handlers.base import Message
from storage.catalog import load_catalog

LOCALES = REPO_ROOT / "locales"
LANGUAGES = ("en", "de", "fi", "es", "nb")


def _entries(language: str) -> dict[str, ast.Message]:
    found = {}
    for path in sorted((LOCALES / language).glob("*.ftl")):
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            assert not isinstance(entry, ast.Junk), f"{path}: {entry.content[:60]}"
            if isinstance(entry, ast.Message):
                found[entry.id.name] = entry
    return found


def _variables(node: object) -> set[str]:
    found: set[str] = set()

    def walk(item: object) -> None:
        if isinstance(item, ast.VariableReference):
            found.add(item.id.name)
        if isinstance(item, ast.BaseNode):
            for value in vars(item).values():
                for child in value if isinstance(value, list) else [value]:
                    walk(child)

    walk(node)
    return found


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_every_locale_has_the_same_ids_and_variables_as_english(language: str) -> None:
    """No message is missing or extra, and no variable of the English original is lost."""
    english, other = _entries("en"), _entries(language)
    assert sorted(set(english) ^ set(other)) == []
    lost = {k: _variables(v) - _variables(other[k]) for k, v in english.items()}
    assert {k: v for k, v in lost.items() if v} == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_catalog_key_has_its_texts(language: str) -> None:
    """Each package, meeting type and allowance in the catalog has a name in every language."""
    catalog = load_catalog()
    ids = set(_entries(language))
    for key, package in catalog.packages.items():
        assert {f"package-{key}", f"package-{key}-description"} <= ids
        assert {f"meeting-{m}" for m in package.meeting_types} <= ids
        assert {f"allowance-{a}" for a in package.spec.allowances} <= ids
        assert f"role-{package.spec.contact_role}" in ids


@pytest.fixture(scope="module")
def translator() -> Translator:
    return Translator.from_directory(LOCALES, LANGUAGES)


@pytest.mark.parametrize(
    ("language", "decimal"),
    [("en", "2.5"), ("de", "2,5"), ("fi", "2,5"), ("es", "2,5"), ("nb", "2,5")],
)
def test_hours_use_the_language_number_format(
    translator: Translator, language: str, decimal: str
) -> None:
    """Hours left are formatted with the language's decimal separator."""
    args = {"name": "X", "left": Decimal("2.5"), "granted": Decimal(4), "used": Decimal("1.5")}
    text = translator.format(language, Message("allowance-hours", args))
    assert decimal in text and "1" + decimal[1] + "5" in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "November 24, 2026"),
        ("de", "24. November 2026"),
        ("fi", "24. marraskuuta 2026"),
        ("es", "24 de noviembre de 2026"),
        ("nb", "24. november 2026"),
    ],
)
def test_dates_are_formatted_per_locale(
    translator: Translator, language: str, expected: str
) -> None:
    """A return deadline is written the way the language writes dates."""
    args = {
        "reference": "ORD-1",
        "received": date(2026, 10, 25),
        "deadline": date(2026, 11, 24),
        "days": 1,
    }
    assert expected in translator.format(language, Message("returns-eligible", args))


def test_finnish_plural_one_and_other(translator: Translator) -> None:
    """Finnish says 1 päivä but 2 päivää: plurals follow CLDR, not English."""

    def days(n: int) -> str:
        args = {
            "reference": "R",
            "received": date(2026, 10, 1),
            "deadline": date(2026, 10, 31),
            "days": n,
        }
        return translator.format("fi", Message("returns-expired", args))

    assert "1 päivä" in days(1) and "2 päivää" in days(2)


def test_a_missing_message_falls_back_to_english_and_is_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A message missing in one locale is shown in English, never as its id, and logged."""
    for language, text in (("en", "hello = Hello\nerror-text-missing = Sorry\n"), ("fi", "")):
        (tmp_path / language).mkdir()
        (tmp_path / language / "a.ftl").write_text(text)
    small = Translator.from_directory(tmp_path, ["en", "fi"])
    with caplog.at_level(logging.ERROR):
        assert small.format("fi", Message("hello")) == "Hello"
        assert small.format("fi", Message("nowhere")) == "Sorry"
    assert "hello missing in fi" in caplog.text and "nowhere missing in every locale" in caplog.text


def test_broken_entries_are_found_with_their_line(tmp_path: Path) -> None:
    """Fluent turns a broken entry into Junk silently; the parser wrapper reports its line."""
    path = tmp_path / "x.ftl"
    path.write_text("ok = fine\n\nbroken = { $x\nalso-ok = yes\n")
    _resource, findings = parse_file(path)
    assert [(f.line, Path(f.file).name) for f in findings] == [(3, "x.ftl")]


def test_nested_messages_and_lists_are_localized(translator: Translator) -> None:
    """A nested message renders in the same language, and a list is joined the language's way."""
    channels = (Message("channel-phone"), Message("channel-email"), Message("channel-chat"))
    german = translator.format("de", Message("package-channels", {"channels": channels}))
    assert " und " in german
    spanish = translator.format("es", Message("package-channels", {"channels": channels}))
    assert " y " in spanish


def test_times_are_shown_in_the_zone_they_are_given_in(translator: Translator) -> None:
    """A booking at 09:00 Berlin time reads 09:00 in German."""
    start = datetime(2026, 11, 24, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    text = translator.format("de", Message("booking-item", {"meeting": "M", "start": start}))
    assert "Dienstag, 24. November 2026" in text and "09:00" in text
