"""`supportbot locales check`: everything an edit of locales/ can break, with file and line.

English (the reference) is where every message is born; each other language must have the
same messages with the same variables, the plural forms CLDR says it needs, references that
resolve, no empty values, and enough example phrases for every intent it should understand.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale, UnknownLocaleError

from bot.i18n.translator import Entry, entries
from handlers.base import Message

PLURAL_CATEGORIES = frozenset({"zero", "one", "two", "few", "many", "other"})
MIN_EXAMPLES = 5  # phrases an intent needs in a language for the bot to recognise it there


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    severity: str  # error | warning
    code: str
    args: dict[str, str | int] = field(default_factory=dict)

    @property
    def message(self) -> Message:
        return Message(f"check-{self.code}", self.args)


def check_locales(
    locales_dir: Path, languages: Sequence[str], reference: str, intents: Collection[str]
) -> list[Problem]:
    """Every problem of every language, the reference's own first; `intents` are those the
    capabilities answer, each needing example phrases in every language."""
    found = {lang: _load(locales_dir / lang) for lang in languages}
    problems = [p for lang in languages for p in found[lang][1]]
    english = found[reference][0] if reference in found else {}
    for lang in languages:
        messages = found[lang][0]
        problems += _references(messages)
        problems += _empty(messages.values())
        problems += _plurals(lang, messages.values())
        if lang != reference:
            problems += _against_reference(locales_dir / lang, messages, english)
        problems += _understanding(locales_dir / lang, intents)
    return problems


def _load(directory: Path) -> tuple[dict[str, Entry], list[Problem]]:
    if not directory.is_dir():
        return {}, [Problem(str(directory), 0, "error", "folder-missing")]
    messages: dict[str, Entry] = {}
    problems = []
    for path in sorted(directory.glob("*.ftl")):
        found, junk = entries(path)
        problems += [
            Problem(j.file, j.line, "error", "syntax", {"reason": j.message}) for j in junk
        ]
        for entry in found:
            if entry.id in messages:
                first = messages[entry.id]
                where = f"{first.file}:{first.line}"
                problems.append(_at(entry, "error", "duplicate", where=where))
            messages[entry.id] = entry
    return messages, problems


def _at(entry: Entry, severity: str, code: str, **args: str | int) -> Problem:
    return Problem(entry.file, entry.line, severity, code, {"id": entry.id, **args})


def _against_reference(
    directory: Path, messages: dict[str, Entry], english: dict[str, Entry]
) -> list[Problem]:
    problems = []
    for message_id, original in english.items():
        entry = messages.get(message_id)
        if entry is None:
            target = str(directory / Path(original.file).name)
            where = f"{original.file}:{original.line}"
            problems.append(
                Problem(target, 0, "error", "missing", {"id": message_id, "where": where})
            )
            continue
        if entry.variables != original.variables:
            problems.append(_variables(entry, original))
        if entry.text == original.text and re.search(r"[^\W\d_]{3}", _plain(entry.text)):
            problems.append(_at(entry, "warning", "untranslated"))
    for message_id, entry in messages.items():
        if message_id not in english:
            problems.append(_at(entry, "error", "extra"))
    return problems


def _plain(text: str) -> str:
    return re.sub(r"\{[^{}]*\}", "", text)


def _variables(entry: Entry, original: Entry) -> Problem:
    missing = ", ".join(f"${v}" for v in sorted(original.variables - entry.variables)) or "–"
    extra = ", ".join(f"${v}" for v in sorted(entry.variables - original.variables)) or "–"
    return _at(entry, "error", "variables", missing=missing, extra=extra)


def _references(messages: dict[str, Entry]) -> list[Problem]:
    return [
        _at(entry, "error", "reference", target=target)
        for entry in messages.values()
        for target in sorted(entry.references)
        if target not in messages
    ]


def _empty(messages: Iterable[Entry]) -> list[Problem]:
    return [_at(entry, "error", "empty") for entry in messages if entry.empty]


def _plurals(language: str, messages: Iterable[Entry]) -> list[Problem]:
    """A selector over plural categories must have every category CLDR gives the language."""
    needed = _plural_categories(language)
    problems = []
    for entry in messages:
        for selector in entry.selectors:
            named = selector.keys & PLURAL_CATEGORIES
            if not named - {"other"} or not selector.keys <= PLURAL_CATEGORIES | _numbers(
                selector.keys
            ):
                continue
            missing = sorted(needed - selector.keys)
            if missing:
                problems.append(
                    Problem(
                        entry.file,
                        selector.line,
                        "error",
                        "plural",
                        {"id": entry.id, "missing": ", ".join(missing)},
                    )
                )
    return problems


def _numbers(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in keys if re.fullmatch(r"-?\d+(\.\d+)?", k))


def _plural_categories(language: str) -> frozenset[str]:
    try:
        return frozenset(Locale.parse(language).plural_form.tags) | {"other"}
    except (UnknownLocaleError, ValueError):
        return frozenset({"other"})


def _understanding(directory: Path, intents: Collection[str]) -> list[Problem]:
    """Every intent needs enough example phrases in the language, or the bot won't hear it."""
    path = directory / "understanding.toml"
    if not directory.is_dir():
        return []
    if not path.is_file():
        return [Problem(str(path), 0, "error", "file-missing")]
    source = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        at = re.search(r"line (\d+)", str(error))
        return [
            Problem(
                str(path),
                int(at.group(1)) if at else 0,
                "error",
                "syntax",
                {"reason": str(error)},
            )
        ]
    problems = []
    for intent in intents:
        if intent == "unknown":
            continue
        count = _examples(data, intent)
        if count < MIN_EXAMPLES:
            line = _line_of_key(source, intent)
            args: dict[str, str | int] = {"intent": intent, "count": count, "needed": MIN_EXAMPLES}
            problems.append(Problem(str(path), line, "error", "examples", args))
    return problems


def _examples(data: dict[str, object], intent: str) -> int:
    """Example phrases of an intent: under [intents], or in a table of its own ([stop])."""
    for found in (data.get("intents"), data.get(intent)):
        if isinstance(found, dict):
            phrases = found.get(intent if found is data.get("intents") else "phrases")
            if isinstance(phrases, list) and phrases:
                return len(phrases)
    return 0


def _line_of_key(source: str, key: str) -> int:
    for number, line in enumerate(source.splitlines(), start=1):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return number
    return 0
