"""Accuracy of the date and time resolver on a labelled JSONL set (lines with a `dates` field):
each message goes through the real understanding, with its own language first, as in the bot."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import TypedDict

from bot.nlu.matching import Understanding
from handlers.base import WhenHint

REFERENCE_DAY = date(2026, 11, 23)  # the sets are written as sent on Monday 2026-11-23, 09:00


class Reading(TypedDict):
    """What a line says about when: the accepted dates, a time or a part of the day."""

    dates: list[str]
    time: str | None
    part: str | None
    ambiguous: bool


class WhenLanguageRow(TypedDict):
    n: int
    when_accuracy: float | None


class WhenMiss(TypedDict):
    lang: str
    text: str
    expected: Reading
    got: Reading


class WhenReport(TypedDict):
    n: int
    when_accuracy: float | None
    per_language: dict[str, WhenLanguageRow]
    misses: list[WhenMiss]


def is_when_set(rows: Sequence[Mapping[str, object]]) -> bool:
    """A set for the resolver: its lines carry accepted `dates`."""
    return bool(rows) and all("dates" in row for row in rows)


def reading(hint: WhenHint | None) -> Reading:
    """The resolver's answer in the set's terms: every candidate date when it is ambiguous."""
    if hint is None:
        return {"dates": [], "time": None, "part": None, "ambiguous": False}
    candidates = hint.alternatives or ((hint.day,) if hint.day else ())
    return {
        "dates": sorted(day.isoformat() for day in candidates),
        "time": hint.time.strftime("%H:%M") if hint.time else None,
        "part": None if hint.time else hint.part_of_day,
        "ambiguous": len(hint.alternatives) > 1,
    }


def expected(row: Mapping[str, object]) -> Reading:
    dates = row.get("dates")
    found = sorted(str(d) for d in dates) if isinstance(dates, list) else []
    moment, part = row.get("time"), row.get("part")
    return {
        "dates": found,
        "time": moment if isinstance(moment, str) else None,
        "part": part if isinstance(part, str) else None,
        "ambiguous": len(found) > 1,
    }


def matches(want: Reading, got: Reading) -> bool:
    """One accepted answer: one date of several is no match (the bot must ask which one), and
    a line without a date, time or part must get none."""
    return want == got


def row_day(row: Mapping[str, object], default: date) -> date:
    """The day a line was sent: its own `today` when it has one."""
    found = row.get("today")
    return date.fromisoformat(found) if isinstance(found, str) else default


def resolve(understanding: Understanding, row: Mapping[str, object], today: date) -> Reading:
    language = row.get("lang")
    text = str(row.get("text", ""))
    lang = language if isinstance(language, str) else None
    return reading(understanding.understand(text, lang, row_day(row, today)).entities.when)


def evaluate_when(
    rows: Iterable[Mapping[str, object]], understanding: Understanding, today: date
) -> WhenReport:
    """when_accuracy overall and per language, and every miss with what was expected."""
    hits: dict[str, int] = {}
    totals: dict[str, int] = {}
    misses: list[WhenMiss] = []
    for row in rows:
        lang = str(row.get("lang") or "-")
        want, got = expected(row), resolve(understanding, row, today)
        ok = matches(want, got)
        totals[lang] = totals.get(lang, 0) + 1
        hits[lang] = hits.get(lang, 0) + ok
        if not ok:
            text = str(row.get("text"))
            misses.append({"lang": lang, "text": text, "expected": want, "got": got})
    count = sum(totals.values())
    return {
        "n": count,
        "when_accuracy": sum(hits.values()) / count if count else None,
        "per_language": {
            lang: {"n": totals[lang], "when_accuracy": hits[lang] / totals[lang]}
            for lang in sorted(totals)
        },
        "misses": misses,
    }
