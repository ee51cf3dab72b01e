"""The clock time or the part of the day a message asks for: "14 Uhr", "klo 10.30", "2pm",
"halb drei", "varttia vaille kolme", "las tres menos cuarto", "quarter past ten", "noon",
"por la tarde". A bare hour gets its business-hours reading (1–6 is the afternoon); a part of
the day counts only when no clock time is named."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import time

from bot.nlu.when_words import Span, numbers

PARTS = ("morning", "afternoon", "evening")
COLON = re.compile(r"^(\d{1,2}):(\d{2})$")
DOTTED = re.compile(r"^(\d{1,2})\.(\d{2})$")
AFTERNOON_FROM = 7  # a bare 1 to 6 is 13:00 to 18:00; 7 to 11 is in the morning
NEAR = 3  # a part of the day this close to an hour says which half of the day it is in


@dataclass(frozen=True)
class Clock:
    """An hour read at tokens [start, end): `exact` when it cannot be a 12-hour reading (13:00,
    2pm, a minute past the half of "halb drei" is already placed)."""

    start: int
    end: int
    hour: int
    minute: int
    exact: bool = False


def clock_time(
    toks: Sequence[str],
    words: Mapping[str, frozenset[str]],
    spans: Sequence[Span],
    skip: Collection[int],
) -> tuple[time | None, str | None]:
    """The time asked for, else the part of the day (morning, afternoon or evening)."""
    part_span = next((s for s in spans if s.kinds & set(PARTS)), None)
    part = next((p for p in PARTS if part_span and p in part_span.kinds), None)
    found = _first_clock(toks, words, skip)
    if found is None:
        noon = next((s for s in spans if "noon" in s.kinds), None)
        return (time(12), None) if noon else (None, part)
    hour, exact = found.hour, found.exact
    hour, exact = _meridiem(toks, found.end, words, hour, exact)
    near = part_span is not None and (
        0 <= part_span.start - found.end < NEAR or 0 <= found.start - part_span.end < NEAR
    )
    if not exact and near and part in ("afternoon", "evening") and hour < 12:
        hour, exact = hour + 12, True  # "a las 4 de la tarde", "7 in the evening"
    elif not exact and near and part == "morning":
        exact = True  # "um 6 Uhr morgens"
    if not exact and 0 < hour < AFTERNOON_FROM:
        hour += 12
    return (time(hour, found.minute) if hour < 24 else None), None


def _meridiem(
    toks: Sequence[str], end: int, words: Mapping[str, frozenset[str]], hour: int, exact: bool
) -> tuple[int, bool]:
    """a.m. and p.m. after the hour, in the message's language only ("um 4 am Donnerstag")."""
    for size in (2, 1):
        after = " ".join(toks[end : end + size])
        if after in words.get("pm", ()) and hour <= 12:
            return hour % 12 + 12, True
        if after in words.get("am", ()) and hour <= 12:
            return hour % 12, True
    return hour, exact or hour > 12 or hour == 0


def _first_clock(
    toks: Sequence[str], words: Mapping[str, frozenset[str]], skip: Collection[int]
) -> Clock | None:
    for index in range(len(toks)):
        if index in skip:
            continue
        found = (
            _spoken(toks, index, words)
            or _written(toks, index, words)
            or spoken_hour(toks, index, words)
        )
        if found is not None and not _counted(toks, found, words):
            return found
    return None


def _hour(token: str, named: Mapping[str, int], digits: bool = True) -> int | None:
    if digits and token.isdigit() and int(token) <= 24:
        return int(token)
    found = named.get(token)
    return found if found is not None and 1 <= found <= 12 else None


def _spoken(toks: Sequence[str], i: int, words: Mapping[str, frozenset[str]]) -> Clock | None:
    """Quarters and halves: "halb drei", "dreiviertel vier", "kvart over ti", "quarter to 3",
    "las tres menos cuarto"; "half" counts towards the next hour where the language says so."""
    named = numbers(words)
    at = [*toks[i : i + 3], "", "", ""]
    after = _hour(at[1], named) if at[1] else None
    if after is not None and 1 <= after <= 12:
        if at[0] in words.get("three_quarters", ()):
            return Clock(i, i + 2, (after - 1) or 12, 45)
        if at[0] in words.get("half_to", ()):
            return Clock(i, i + 2, (after - 1) or 12, 30)
    minutes = _minutes(at[0], words, named)
    hour = _hour(at[2], named) if at[2] else None
    if minutes and hour and hour <= 12 and at[1] in words.get("past", ()):
        return Clock(i, i + 3, hour, minutes)
    if minutes and hour and hour <= 12 and at[1] in words.get("to", ()):
        return Clock(i, i + 3, (hour - 1) or 12, 60 - minutes)
    cued = i > 0 and toks[i - 1] in words.get("time_before", ())
    first = _hour(at[0], named)
    minutes = _minutes(at[2], words, named)
    if cued and first and first <= 12 and minutes:  # "a las diez y cuarto"
        if at[1] in words.get("past", ()):
            return Clock(i, i + 3, first, minutes)
        if at[1] in words.get("to", ()):
            return Clock(i, i + 3, (first - 1) or 12, 60 - minutes)
    return None


def _minutes(token: str, words: Mapping[str, frozenset[str]], named: Mapping[str, int]) -> int:
    if token in words.get("quarter", ()):
        return 15
    if token in words.get("half", ()):
        return 30
    value = named.get(token, 0)
    return value if value in (5, 10, 20, 25) else 0


def _written(toks: Sequence[str], i: int, words: Mapping[str, frozenset[str]]) -> Clock | None:
    """ "14:00", "klo 10.30", "16.30 Uhr", "14h", "16h30", "2pm", "um 9", "klokka tolv"."""
    token = toks[i].rstrip(".")  # "klo 9.15." at the end of a sentence
    before = toks[i - 1] if i > 0 else ""
    after = toks[i + 1] if i + 1 < len(toks) else ""
    cued = before in words.get("time_before", ()) or after in words.get("time_after", ())
    colon = COLON.match(token) or (DOTTED.match(token) if cued else None)
    if colon:
        hour, minute = int(colon[1]), int(colon[2])
        ok = hour < 24 and minute < 60
        return Clock(i, i + 1, hour, minute, token.startswith("0")) if ok else None
    if not token.isdigit() or int(token) > 24 or len(token) > 2:
        return None
    if after == "h" and i + 2 < len(toks) and len(toks[i + 2]) == 2 and toks[i + 2].isdigit():
        minute = int(toks[i + 2])
        return Clock(i, i + 3, int(token), minute) if minute < 60 else None
    spoken_after = " ".join(toks[i + 1 : i + 3])
    meridiem = {*words.get("am", ()), *words.get("pm", ())}
    if cued or after in meridiem or spoken_after in meridiem:
        return Clock(i, i + 1, int(token), 0)
    return None


def spoken_hour(toks: Sequence[str], i: int, words: Mapping[str, frozenset[str]]) -> Clock | None:
    """An hour in words after a time word: "um zehn", "klokka tolv", "a la una", "at ten"."""
    if i == 0 or toks[i - 1] not in words.get("time_before", ()):
        return None
    hour = _hour(toks[i], numbers(words), digits=False)
    return Clock(i, i + 1, hour, 0) if hour else None


def _counted(toks: Sequence[str], found: Clock, words: Mapping[str, frozenset[str]]) -> bool:
    """ "für 25 Teilnehmer", "2 Stunden", "3 people": a number that counts is no time."""
    after = toks[found.end] if found.end < len(toks) else ""
    people = words.get("participants", frozenset()) | words.get("counts", frozenset())
    return after in people
