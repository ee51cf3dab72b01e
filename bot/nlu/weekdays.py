"""Weekdays in a message: which one is meant ("Mon thru Wed" is a range, not a day), and which
date it names: the next one; that day of next week; or both when "next Wednesday" is said."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date, timedelta
from itertools import pairwise

from bot.nlu.when_words import calendar_words, named

SHORT = 2  # "Mo", "ke", "so": such abbreviations count only next to a number ("ke 2.12.")
DAY_OF_MONTH_AHEAD = 62  # "Monday the 30th": the next 30th that is a Monday, within two months


def _day_of(token: str, order: Sequence[str], names: Mapping[str, int]) -> int | None:
    found = named(token, names, typos=True)
    if found is not None:
        return found
    for lang in order[1:]:
        found = named(token, calendar_words(lang, short=False)[0])
        if found is not None:
            return found
    return None


def weekday_in(
    toks: Sequence[str],
    order: Sequence[str],
    own: Mapping[str, frozenset[str]],
    taken: Collection[int],
) -> tuple[int, int] | None:
    """The first weekday (its place and number) that is no part of a range or a phrase."""
    names = calendar_words(order[0])[0] if order else {}
    wide = calendar_words(order[0], short=False)[0] if order else {}
    ranges = own.get("range", frozenset())
    found: list[tuple[int, int]] = []
    for index, token in enumerate(toks):
        if index in taken or token.isdigit() or not token.isalpha():
            continue
        number = _day_of(token, order, names)
        if number is None:
            continue
        if len(token) <= SHORT and token not in wide and not _next_to_number(toks, index):
            continue
        found.append((index, number))
    in_range: set[int] = set()
    for (first, _a), (second, _b) in pairwise(found):
        between = toks[first + 1 : second]
        if not between or (len(between) == 1 and between[0] in ranges):
            in_range.update((first, second))
    return next((item for item in found if item[0] not in in_range), None)


def _next_to_number(toks: Sequence[str], index: int) -> bool:
    near = [toks[i] for i in (index - 1, index + 1) if 0 <= i < len(toks)]
    return any(t[:1].isdigit() for t in near)


def from_weekday(
    toks: Sequence[str],
    found: tuple[int, int],
    own: Mapping[str, frozenset[str]],
    today: date,
    next_week: bool,
) -> list[date]:
    """ "Wednesday", "this Wednesday": the next one; "Wednesday next week": that of next week;
    "next Wednesday": both (for Monday they are the same day); "Monday the 30th": that day."""
    index, weekday = found
    ahead = today + timedelta(days=(weekday - today.weekday()) % 7 or 7)
    following = today + timedelta(days=7 - today.weekday() + weekday)
    if next_week:
        return [following]
    before = toks[index - 1] if index else ""
    after = " ".join(toks[index + 1 : index + 3])
    said_next = before in own.get("next_before", ()) or any(
        after == p or after.startswith(p + " ") for p in own.get("next_after", ())
    )
    if said_next:
        return sorted({ahead, following})
    day_of_month = _day_of_month(toks, index, own)
    if day_of_month is not None:
        for offset in range(DAY_OF_MONTH_AHEAD):
            day = today + timedelta(days=offset)
            if day.day == day_of_month and day.weekday() == weekday:
                return [day]
    return [ahead]


def _day_of_month(toks: Sequence[str], index: int, own: Mapping[str, frozenset[str]]) -> int | None:
    """ "Monday the 30th", "lunes 30": a number right after the weekday that is no time."""
    place = index + 1
    if place < len(toks) and toks[place] in own.get("day_before", ()):
        place += 1
    if place >= len(toks) or not toks[place].isdigit() or not 1 <= int(toks[place]) <= 31:
        return None
    after = toks[place + 1] if place + 1 < len(toks) else ""
    if (
        after in own.get("time_after", ())
        or after in own.get("pm", ())
        or after in own.get("am", ())
    ):
        return None
    return int(toks[place])
