"""Dates and times in a message: explicit and relative days, weekdays (this, next, next week),
week numbers, clock times, parts of the day, in every language the bot speaks (weekday and
month names from Babel, the other words from the understanding files). Where a human would ask
("next Wednesday", an English "3/12"), every candidate day is kept."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from datetime import date, timedelta

from bot.nlu.clock_time import clock_time
from bot.nlu.lexicon import FOLD, Lexicon
from bot.nlu.weekdays import from_weekday, weekday_in
from bot.nlu.when_words import Span, calendar_words, covered, first_of, named, scan
from handlers.base import WhenHint

DATE_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?\b")
DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
TOKEN = re.compile(
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\.?|\d{1,2}:\d{2}|[a-z0-9]+"
)
SLASH_IDIOMS = frozenset({"24/7", "24/365"})  # round the clock, not the 24th of July
ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})  # "3rd", "December 9th"
RELATIVE = (("day_after_tomorrow", 2), ("tomorrow", 1), ("today", 0))


def date_like(text: str) -> bool:
    return bool(DATE_ISO.search(text) or DATE_NUMERIC.search(text))


def when_tokens(text: str) -> list[str]:
    """Lower case, no diacritics; numbers keep their separators ("10.30", "3/12", "14:00")."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(FOLD))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    found = TOKEN.findall(plain)
    split: list[str] = []
    for token in found:  # "2pm", "11h", "3rd": the number and the word apart
        parts = (
            re.findall(r"^\d+(?=[a-z])|[a-z]+$", token) if re.match(r"^\d+[a-z]+$", token) else []
        )
        split.extend(parts or [token])
    return [t for i, t in enumerate(split) if not (t in ORDINAL_ENDINGS and split[i - 1].isdigit())]


def when(
    text: str, message: list[str], order: Sequence[str], lexicons: Sequence[Lexicon], today: date
) -> WhenHint | None:
    """`message` is kept for the callers; the numbers are read from `text` itself."""
    own = lexicons[0].words if lexicons else {}
    toks = when_tokens(text)
    spans = scan(toks, own, [lex.words for lex in lexicons[1:]])
    language = order[0] if order else ""
    written, used = _numeric_dates(toks, own, language, today)
    weekday_at = weekday_in(toks, order, own, covered(spans) | used)
    weekday = weekday_at[1] if weekday_at else None
    next_week = first_of(spans, "next_week") is not None
    explicit = written or _worded_dates(toks, order, today)
    days = _filtered(explicit, weekday)
    month = None
    if not days:
        days = _relative(spans, today) or _week_number(toks, own, weekday, today)
    if not days and weekday_at is not None:
        days = from_weekday(toks, weekday_at, own, today, next_week)
    if not days:
        month = _month(toks, own.get("month_before", frozenset()), order, today)
    moment, part = clock_time(toks, own, spans, used | _numbers_of_dates(toks, order))
    if not (days or weekday is not None or moment or part or next_week or month):
        return None
    day = days[0] if days else None
    if day is None and next_week:
        day = today + timedelta(days=7 - today.weekday())
    alternatives = tuple(days) if len(days) > 1 else ()
    shown_weekday = None if explicit else weekday
    return WhenHint(day, shown_weekday, moment, part, next_week, month, alternatives)


def _filtered(days: list[date], weekday: int | None) -> list[date]:
    """A reading that contradicts a weekday written next to it is dropped ("Wed 12/2")."""
    fitting = [d for d in days if weekday is None or d.weekday() == weekday]
    return sorted(set(fitting or days))


def _numeric_dates(
    toks: Sequence[str], own: Mapping[str, frozenset[str]], language: str, today: date
) -> tuple[list[date], frozenset[int]]:
    """ISO, "3.12.", "9.12.2026", "4/12" (day first; in English both ways when both are valid);
    an undotted "3.12" after a time word is a time, after "Version" or "Raum" nothing."""
    used: set[int] = set()
    for index, token in enumerate(toks):
        before = toks[index - 1] if index else ""
        after = toks[index + 1] if index + 1 < len(toks) else ""
        if token in SLASH_IDIOMS or (
            ("." in token or "/" in token) and before in own.get("labels", ())
        ):
            used.add(index)
            continue
        found = DATE_ISO.fullmatch(token)
        if found:
            day = _safe_date(int(found[1]), int(found[2]), int(found[3]))
            return ([day] if day else []), frozenset({*used, index})
        found = DATE_NUMERIC.fullmatch(token.rstrip("."))
        if not found:
            continue
        first, second, year = int(found[1]), int(found[2]), int(found[3]) if found[3] else None
        if "." in token and year is None and not token.endswith("."):
            cued = before in own.get("time_before", ()) or after in own.get("time_after", ())
            if cued or not 1 <= second <= 12:
                continue  # "klo 10.30", "16.30 Uhr": a time
        readings = [_resolve(first, second, year, today)]
        if "/" in token and language == "en":
            readings.append(_resolve(second, first, year, today))
        days = [d for d in readings if d is not None and d >= today]
        if days:
            return sorted(set(days)), frozenset({*used, index})
    return [], frozenset(used)


def _worded_dates(toks: Sequence[str], order: Sequence[str], today: date) -> list[date]:
    """ "3. Dezember", "3 de diciembre", "joulukuun 3.", "December 3rd 2027", "1 Dec"."""
    for index, token in enumerate(toks):
        if not token.isdigit() or not 1 <= int(token) <= 31:
            continue
        around = [*toks[index + 1 : index + 3], *toks[max(index - 1, 0) : index]]
        for place, neighbour in enumerate(around):
            for lang in order:
                month = named(neighbour, calendar_words(lang, lang == order[0])[1])
                if month:
                    day = _resolve(int(token), month, _year_after(toks, index, place), today)
                    return [day] if day else []
    return []


def _numbers_of_dates(toks: Sequence[str], order: Sequence[str]) -> frozenset[int]:
    """The day numbers of worded dates, which no clock time may take ("1. desember kl 15")."""
    months = calendar_words(order[0], True)[1] if order else {}
    found = set()
    for index, token in enumerate(toks):
        near = [*toks[index + 1 : index + 3], toks[index - 1] if index else ""]
        if token.isdigit() and any(n in months or named(n, months) for n in near if n):
            found.add(index)
    return frozenset(found)


def _relative(spans: Sequence[Span], today: date) -> list[date]:
    for kind, offset in RELATIVE:
        if first_of(spans, kind):
            return [today + timedelta(days=offset)]
    return []


def _week_number(
    toks: Sequence[str], own: Mapping[str, frozenset[str]], weekday: int | None, today: date
) -> list[date]:
    """ISO week numbers ("uke 49", "viikon 49", "KW 49"): its weekday, else its first day."""
    for index, token in enumerate(toks[:-1]):
        number = toks[index + 1]
        if token not in own.get("week", ()) or not number.isdigit() or not 1 <= int(number) <= 53:
            continue
        for year in (today.year, today.year + 1):
            try:
                day = date.fromisocalendar(year, int(number), (weekday or 0) + 1)
            except ValueError:
                continue
            if day >= today or (weekday is None and day + timedelta(days=6) >= today):
                return [max(day, today)]
    return []


def _month(
    toks: Sequence[str], before: Collection[str], order: Sequence[str], today: date
) -> date | None:
    """A month named without a day, from its first day (from today in this month): after a
    word such as "in", "im", "en", "i", or inflected ("maaliskuussa"), so that English "may"
    alone stays no date. A year may follow ("im März 2027")."""
    months = calendar_words(order[0], short=False)[1] if order else {}
    for index, token in enumerate(toks):
        number = named(token, months)
        after_word = index > 0 and toks[index - 1] in before
        if number is None or (token in months and not after_word):
            continue
        year = _year_after(toks, index, 2)
        if year is None:
            year = today.year + (1 if number < today.month else 0)
        return today if (year, number) == (today.year, today.month) else _safe_date(year, number, 1)
    return None


def _year_after(toks: Sequence[str], index: int, place: int) -> int | None:
    """A year written after the day and month: "15. Mai 2028", "December 3 2027"."""
    after = index + 2 + place if place < 2 else index + 1
    if after < len(toks) and toks[after].isdigit() and len(toks[after]) == 4:
        return int(toks[after])
    return None


def _resolve(day: int, month: int, year: int | None, today: date) -> date | None:
    """Without a year, the next such day on or after today (12 January is next year's)."""
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
