"""The words of dates and times in a message: phrases from the understanding files (longest
first, so "pasado mañana" is not "mañana" and "Guten Morgen" is a greeting, not tomorrow), and
weekday and month names from Babel."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names
from rapidfuzz import fuzz

from bot.nlu.lexicon import STEM, normalise

TYPO_LENGTH = 7  # shorter words must be exact: "morgens" is no typo of "morgen"
TYPO_RATIO = 85
# The kinds of phrase a message is read for; other languages' day words count only exactly.
OWN_KINDS = (
    "today",
    "tomorrow",
    "day_after_tomorrow",
    "next_week",
    "morning",
    "afternoon",
    "evening",
    "noon",
    "greeting",
)
SHARED_KINDS = ("today", "tomorrow", "day_after_tomorrow", "greeting")


@dataclass(frozen=True)
class Span:
    """Message tokens [start, end) that form one phrase, and the lists it belongs to."""

    start: int
    end: int
    kinds: frozenset[str]


@lru_cache(maxsize=65536)
def like(word: str, token: str) -> bool:
    """The token is the word, or a typo of it when both are long enough to tell."""
    if word == token:
        return True
    long_enough = min(len(word), len(token)) >= TYPO_LENGTH
    return long_enough and fuzz.ratio(word, token) >= TYPO_RATIO


def _phrases(
    own: Mapping[str, frozenset[str]], others: Sequence[Mapping[str, frozenset[str]]]
) -> dict[tuple[str, ...], tuple[frozenset[str], bool]]:
    """Each phrase with its kinds and whether typos count (only in the message's language)."""
    found: dict[tuple[str, ...], tuple[set[str], bool]] = {}
    for words in others:
        for kind in SHARED_KINDS:
            for phrase in words.get(kind, ()):
                found.setdefault(tuple(phrase.split()), (set(), False))[0].add(kind)
    for kind in OWN_KINDS:
        for phrase in own.get(kind, ()):
            key = tuple(phrase.split())
            kinds = found.get(key, (set(), True))[0]
            found[key] = (kinds | {kind}, True)
    return {key: (frozenset(kinds), fuzzy) for key, (kinds, fuzzy) in found.items()}


@dataclass(frozen=True)
class _Index:
    """The phrases by their first word; those whose first word may carry a typo apart."""

    by_first: dict[str, list[tuple[tuple[str, ...], frozenset[str], bool]]]
    typo_first: list[tuple[tuple[str, ...], frozenset[str], bool]]


_INDEXES: dict[tuple[int, ...], tuple[tuple[object, ...], _Index]] = {}


def _index(
    own: Mapping[str, frozenset[str]], others: Sequence[Mapping[str, frozenset[str]]]
) -> _Index:
    """Built once per set of word lists (kept with them, so an id is never mistaken)."""
    key = (id(own), *map(id, others))
    known = _INDEXES.get(key)
    if (
        known is not None
        and known[0][0] is own
        and all(a is b for a, b in zip(known[0][1:], others, strict=True))
    ):
        return known[1]
    by_first: dict[str, list[tuple[tuple[str, ...], frozenset[str], bool]]] = {}
    typo_first: list[tuple[tuple[str, ...], frozenset[str], bool]] = []
    for phrase, (kinds, fuzzy) in _phrases(own, others).items():
        by_first.setdefault(phrase[0], []).append((phrase, kinds, fuzzy))
        if fuzzy and len(phrase[0]) >= TYPO_LENGTH:
            typo_first.append((phrase, kinds, fuzzy))
    if len(_INDEXES) >= 64:
        _INDEXES.clear()
    index = _Index(by_first, typo_first)
    _INDEXES[key] = ((own, *others), index)
    return index


def scan(
    message: Sequence[str],
    own: Mapping[str, frozenset[str]],
    others: Sequence[Mapping[str, frozenset[str]]] = (),
) -> list[Span]:
    """The day and part-of-day phrases of a message, left to right, the longest at each place."""
    index_ = _index(own, others)
    spans: list[Span] = []
    index = 0
    while index < len(message):
        token = message[index]
        candidates = index_.by_first.get(token, [])
        if len(token) >= TYPO_LENGTH:
            candidates = [*candidates, *index_.typo_first]
        best: tuple[int, int, frozenset[str]] | None = None  # (length, exact words, kinds)
        for phrase, kinds, fuzzy in candidates:
            window = message[index : index + len(phrase)]
            if len(window) < len(phrase):
                continue
            pairs = list(zip(phrase, window, strict=True))
            if all(like(w, t) if fuzzy else w == t for w, t in pairs):
                score = (len(phrase), sum(w == t for w, t in pairs), kinds)
                if best is None or score[:2] > best[:2]:
                    best = score  # the longest phrase, then the one with fewest typos
        if best is None:
            index += 1
            continue
        spans.append(Span(index, index + best[0], best[2]))
        index += best[0]
    return spans


def first_of(spans: Sequence[Span], *kinds: str) -> Span | None:
    return next((s for s in spans if s.kinds & set(kinds)), None)


def covered(spans: Sequence[Span]) -> frozenset[int]:
    """The token positions inside a phrase (a weekday or number there is part of it)."""
    return frozenset(i for span in spans for i in range(span.start, span.end))


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


_PREFIXES: dict[int, tuple[Mapping[str, int], dict[str, int]]] = {}


def _prefixes(names: Mapping[str, int]) -> dict[str, int]:
    """The first STEM letters of each long name, once per table (kept with it, so an id is
    never mistaken): the first name wins, as a scan in order would find it."""
    known = _PREFIXES.get(id(names))
    if known is not None and known[0] is names:
        return known[1]
    found: dict[str, int] = {}
    for name, number in names.items():
        if len(name) >= STEM:
            found.setdefault(name[:STEM], number)
    if len(_PREFIXES) >= 256:
        _PREFIXES.clear()
    _PREFIXES[id(names)] = (names, found)
    return found


def named(token: str, names: Mapping[str, int], typos: bool = False) -> int | None:
    """A name, its inflection ("torstaina", "perjantaiksi") or, with `typos`, a misspelling of
    a full name ("Mitwoch", "thrusday")."""
    if token in names:
        return names[token]
    if len(token) >= STEM:
        number = _prefixes(names).get(token[:STEM])
        if number is not None:
            return number
    if typos and len(token) >= STEM + 1:
        scored = [(fuzz.ratio(name, token), n) for name, n in names.items() if len(name) > STEM]
        best = max(scored, default=(0.0, 0))
        if best[0] >= TYPO_RATIO - 5:
            return best[1]  # the closest: "thrusday" is Thursday, though close to Tuesday too
    return None


def numbers(words: Mapping[str, frozenset[str]], key: str = "clock_numbers") -> dict[str, int]:
    """A list of "<value> <word> <word>…" entries ("3 drei"), as word → value."""
    found: dict[str, int] = {}
    for entry in words.get(key, ()):
        value, *names = entry.split()
        if value.isdigit():
            found.update(dict.fromkeys(names, int(value)))
    return found
