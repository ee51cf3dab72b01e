"""Dates and times in a message: explicit and relative days, weekdays, clock times, parts of
the day, in every language the bot speaks (weekday and month names from Babel)."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from datetime import date, time, timedelta
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names

from bot.nlu.lexicon import STEM, WORD_LISTS, Lexicon, normalise
from handlers.base import WhenHint

DATE_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?\b")
DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
TIME_COLON = re.compile(r"\b(\d{1,2}):(\d{2})\b")


def date_like(text: str) -> bool:
    return bool(DATE_ISO.search(text) or DATE_NUMERIC.search(text))


@lru_cache(maxsize=32)
def calendar_words(language: str, short: bool = True) -> tuple[dict[str, int], dict[str, int]]:
    """Weekday and month names from Babel, without diacritics; `short` adds the abbreviations,
    which only the message's own language may use (Finnish "to" is Thursday, English "to" not)."""
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return {}, {}
    days: dict[str, int] = {}
    months: dict[str, int] = {}
    for width in ("wide", "abbreviated") if short else ("wide",):
        for context in ("format", "stand-alone"):
            for number, name in get_day_names(width, context, locale).items():
                days.setdefault(normalise(name), number)
            for number, name in get_month_names(width, context, locale).items():
                months.setdefault(normalise(name), number)
    return days, months


def _named(token: str, names: Mapping[str, int]) -> int | None:
    if token in names:
        return names[token]
    for name, number in names.items():
        if len(name) >= STEM and len(token) >= STEM and token.startswith(name[:STEM]):
            return number
    return None


def when(
    text: str, message: list[str], order: Sequence[str], lexicons: Sequence[Lexicon], today: date
) -> WhenHint | None:
    words = {k: set().union(*(lex.words[k] for lex in lexicons)) for k in WORD_LISTS}
    # Parts of the day and clock words in the message's own language: German "am" is no "a.m."
    for key in ("morning", "afternoon", "pm", "time_before", "time_after", "next_week"):
        words[key] = set(lexicons[0].words[key]) if lexicons else set()
    joined = f" {' '.join(message)} "
    day = _explicit_date(text, message, order, today)
    weekday, month = None, None
    before = lexicons[0].words["month_before"] if lexicons else frozenset()
    next_week = _says(joined, words["next_week"])
    if day is None:
        day, weekday = _relative_day(message, order, words, today, next_week)
    if day is None:
        month = _month(message, before, order, today)
    moment = _time(text, message, words)
    part = "morning" if _says(joined, words["morning"]) else None
    part = "afternoon" if _says(joined, words["afternoon"]) else part
    if not (day or weekday is not None or moment or part or next_week or month):
        return None
    if day is None and next_week:
        day = today + timedelta(days=7 - today.weekday())
    return WhenHint(day, weekday, moment, part, next_week, month)


def _month(
    message: list[str], before: Collection[str], order: Sequence[str], today: date
) -> date | None:
    """A month named without a day, from its first day (from today in this month): after a
    word such as "in", "im", "en", "i", or inflected ("maaliskuussa"), so that English "may"
    alone stays no date. A year may follow ("im März 2027")."""
    months = calendar_words(order[0], short=False)[1] if order else {}
    for index, token in enumerate(message):
        number = _named(token, months)
        after_word = index > 0 and message[index - 1] in before
        if number is None or (token in months and not after_word):
            continue
        year = _year_after(message, index, 2)
        if year is None:
            year = today.year + (1 if number < today.month else 0)
        return today if (year, number) == (today.year, today.month) else _safe_date(year, number, 1)
    return None


def _explicit_date(text: str, message: list[str], order: Sequence[str], today: date) -> date | None:
    found = DATE_ISO.search(text)
    if found:
        return _safe_date(int(found[1]), int(found[2]), int(found[3]))
    for match in DATE_NUMERIC.finditer(text):
        if TIME_COLON.search(match.group(0)):
            continue
        year = int(match[3]) if match[3] else None
        if year is None and match.end() < len(text) and text[match.end() :].startswith(("h", ":")):
            continue
        day, month = int(match[1]), int(match[2])
        if not year and "." in match.group(0) and text[match.end() : match.end() + 1] != ".":
            continue  # "14.30" is a time; a date is written "24.11." or with its year
        return _resolve(day, month, year, today)
    for index, token in enumerate(message):
        if not token.isdigit() or int(token) > 31:
            continue
        # "3. Dezember", "3 de diciembre"; and the month first: "joulukuun 3.", "December 3"
        around = [*message[index + 1 : index + 3], *message[max(index - 1, 0) : index]]
        for place, neighbour in enumerate(around):
            for lang in order:
                named = _named(neighbour, calendar_words(lang, lang == order[0])[1])
                if named:
                    return _resolve(int(token), named, _year_after(message, index, place), today)
    return None


def _year_after(message: list[str], index: int, place: int) -> int | None:
    """A year written after the day and month: "15. Mai 2028", "December 3 2027"."""
    after = index + 2 + place if place < 2 else index + 1
    if after < len(message) and message[after].isdigit() and len(message[after]) == 4:
        return int(message[after])
    return None


def _resolve(day: int, month: int, year: int | None, today: date) -> date | None:
    if year is not None:
        return _safe_date(year + (2000 if year < 100 else 0), month, day)
    found = _safe_date(today.year, month, day)
    if found and found < today:
        found = _safe_date(today.year + 1, month, day)
    return found


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _says(joined: str, phrases: set[str]) -> bool:
    return any(f" {phrase} " in joined for phrase in phrases)


def _relative_day(
    message: list[str],
    order: Sequence[str],
    words: Mapping[str, set[str]],
    today: date,
    next_week: bool,
) -> tuple[date | None, int | None]:
    joined = f" {' '.join(message)} "
    for key, offset in (("day_after_tomorrow", 2), ("tomorrow", 1), ("today", 0)):
        if _says(joined, words[key]):
            return today + timedelta(days=offset), None
    for token in message:
        for lang in order:
            weekday = _named(token, calendar_words(lang, lang == order[0])[0])
            if weekday is not None:
                ahead = (weekday - today.weekday()) % 7 or 7
                if next_week:
                    ahead = 7 - today.weekday() + weekday
                return today + timedelta(days=ahead), weekday
    return None, None


def _time(text: str, message: list[str], words: Mapping[str, set[str]]) -> time | None:
    found = TIME_COLON.search(text)
    if found and int(found[1]) < 24 and int(found[2]) < 60:
        return time(int(found[1]), int(found[2]))
    compact = re.search(r"\b(\d{1,2})\s?(am|pm)\b", text.lower())
    if compact:
        hour = int(compact[1]) % 12 + (12 if compact[2] == "pm" else 0)
        return time(hour) if hour < 24 else None
    hours = re.search(r"\b(\d{1,2})\s?h(\d{2})?\b", text.lower())  # "16h", "16h30"
    if hours and int(hours[1]) < 24 and int(hours[2] or 0) < 60:
        return time(int(hours[1]), int(hours[2] or 0))
    for index, token in enumerate(message):
        if not token.isdigit() or int(token) > 23:
            continue
        before = message[index - 1] if index else ""
        after = message[index + 1] if index + 1 < len(message) else ""
        if before in words["time_before"] or after in words["time_after"]:
            minute = int(after) if after.isdigit() and len(after) == 2 and int(after) < 60 else 0
            hour = int(token) + (12 if after in words["pm"] and int(token) < 12 else 0)
            return time(hour, minute)
    return None
