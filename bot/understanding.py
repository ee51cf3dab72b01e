"""Intents and entities from the phrases under locales/<lang>/understanding.toml.

Each message is compared with every example phrase of every intent: tokens match when they
are equal, close (one or two typos) or share a long stem (inflection, compounds), words are
weighted by how rare they are among the examples, and the best example decides. Below the
threshold the answer is "unknown" and the bot shows its menu instead of guessing.
"""

from __future__ import annotations

import math
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names
from rapidfuzz import fuzz, process

INTENTS = (
    "package_info",
    "hours_balance",
    "book_meeting",
    "list_bookings",
    "cancel_booking",
    "return_check",
    "escalate",
    "help",
    "set_language",
    "unknown",
)
WORD_LISTS = (
    "yes",
    "no",
    "today",
    "tomorrow",
    "day_after_tomorrow",
    "next_week",
    "morning",
    "afternoon",
    "participants",
    "order",
    "time_before",
    "time_after",
    "pm",
)
THRESHOLD = 0.5
STEM = 5
TOKEN = re.compile(r"[a-z0-9]+")
FOLD = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "å": "a", "œ": "oe", "ð": "d", "þ": "th"})


class UnderstandingError(Exception):
    """A broken understanding file, with where and why."""

    def __init__(self, file: str, key: str, reason: str) -> None:
        super().__init__(f"{file}: {key}: {reason}")
        self.file, self.key, self.reason = file, key, reason


@dataclass(frozen=True)
class WhenHint:
    day: date | None
    weekday: int | None
    time: time | None
    part_of_day: str | None
    next_week: bool = False


@dataclass(frozen=True)
class Entities:
    meeting_type: str | None = None
    when: WhenHint | None = None
    order_ref: str | None = None
    participants: int | None = None
    target_language: str | None = None
    affirm: bool | None = None
    no_access: bool = False


@dataclass(frozen=True)
class Understood:
    intent: str
    confidence: float
    entities: Entities
    phrase_scores: Mapping[str, float] = field(default_factory=dict)


def normalise(text: str) -> str:
    """Lower case, no diacritics, words separated by single spaces."""
    folded = text.lower().translate(FOLD)
    stripped = "".join(
        ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch)
    )
    return " ".join(TOKEN.findall(stripped))


def tokens(text: str) -> list[str]:
    return normalise(text).split()


@dataclass
class Lexicon:
    """One language's phrases, prepared for matching."""

    examples: list[tuple[str, tuple[str, ...]]]  # (intent, tokens)
    meetings: list[tuple[str, tuple[str, ...]]]  # (meeting type, tokens)
    no_access: list[tuple[str, ...]]
    words: dict[str, frozenset[str]]
    weight: dict[str, float]
    vocabulary: list[str]
    exact: frozenset[str]
    by_intent: dict[str, frozenset[str]]
    # Words sharing their first STEM letters: the only candidates for the same stem.
    stems: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # For each word, the examples that contain it: only those can score above zero.
    containing: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # Tokens repeat across messages; what a token matches never changes for one lexicon.
    matches: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    likes: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    last_message: tuple[tuple[str, ...], frozenset[str]] = ((), frozenset())

    @cached_property
    def phrase_words(self) -> frozenset[str]:
        return frozenset(w for _k, phrase in self.meetings for w in phrase).union(*self.no_access)

    def match(self, token: str) -> frozenset[str]:
        """The vocabulary words a message token stands for (typo- and inflection-tolerant)."""
        return _match(self, token)


CACHE_LIMIT = 20_000


def _match(lexicon: Lexicon, token: str) -> frozenset[str]:
    known = lexicon.matches.get(token)
    if known is not None:
        return known
    found = {token} if token in lexicon.weight else set()
    if len(token) >= 4:
        cutoff = 85 if len(token) >= 8 else 82
        for word, _score, _i in process.extract(
            token, lexicon.vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff, limit=3
        ):
            found.add(word)
    if len(token) >= STEM:
        candidates = lexicon.stems.get(token[:STEM], ())
        found.update(w for w in candidates if _same_stem(w, token))
    if len(lexicon.matches) >= CACHE_LIMIT:
        lexicon.matches.clear()
    lexicon.matches[token] = frozenset(found)
    return lexicon.matches[token]


def _example_index(examples: Sequence[tuple[str, tuple[str, ...]]]) -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    for number, (_intent, example) in enumerate(examples):
        for word in set(example):
            index.setdefault(word, []).append(number)
    return {word: tuple(numbers) for word, numbers in index.items()}


def _stem_index(vocabulary: Sequence[str]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for word in vocabulary:
        if len(word) >= STEM:
            index.setdefault(word[:STEM], []).append(word)
    return {prefix: tuple(words) for prefix, words in index.items()}


def _same_stem(word: str, token: str) -> bool:
    """Inflections and compounds: "aloituspalaverin" is "aloituspalaveri", "buchung" "buchungen"."""
    shorter, longer = sorted((word, token), key=len)
    if len(shorter) < STEM:
        return False
    return longer.startswith(shorter[: max(STEM, len(shorter) - 1)])


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise UnderstandingError(str(path), "(file)", "missing") from error
    except tomllib.TOMLDecodeError as error:
        raise UnderstandingError(str(path), "(syntax)", str(error)) from error


def _phrases(data: Mapping[str, Any], section: str, path: Path) -> dict[str, list[str]]:
    table = data.get(section, {})
    if not isinstance(table, dict):
        raise UnderstandingError(str(path), section, "must be a table of lists of phrases")
    for key, phrases in table.items():
        if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
            raise UnderstandingError(str(path), f"{section}.{key}", "must be a list of strings")
    return table


def load_lexicon(path: Path, meeting_types: Sequence[str]) -> Lexicon:
    data = _load_toml(path)
    intents = _phrases(data, "intents", path)
    for intent in intents:
        if intent not in INTENTS:
            raise UnderstandingError(str(path), f"intents.{intent}", "unknown intent")
    meetings = _phrases(data, "meeting_types", path)
    for key in meetings:
        if key not in meeting_types:
            raise UnderstandingError(str(path), f"meeting_types.{key}", "not in the catalog")
    words = _phrases(data, "words", path)
    examples = [(i, tuple(tokens(p))) for i, ps in intents.items() for p in ps if tokens(p)]
    counts = Counter(t for _i, toks in examples for t in set(toks))
    total = max(len(examples), 1)
    weight = {t: math.log(1 + total / n) for t, n in counts.items()}
    return Lexicon(
        examples=examples,
        meetings=[(k, tuple(tokens(p))) for k, ps in meetings.items() for p in ps if tokens(p)],
        no_access=[tuple(tokens(p)) for p in _phrases(data, "no_access", path).get("phrases", [])],
        words={
            k: frozenset(normalise(p) for p in words.get(k, []) if normalise(p))
            for k in {*WORD_LISTS, *words}
        },
        weight=weight,
        vocabulary=sorted(weight),
        stems=_stem_index(sorted(weight)),
        containing=_example_index(examples),
        exact=frozenset(" ".join(toks) for _i, toks in examples),
        by_intent={
            i: frozenset(t for j, toks in examples if j == i for t in toks) for i in intents
        },
    )


class Understanding:
    """Understands messages in every configured language."""

    threshold = THRESHOLD

    def __init__(self, lexicons: Mapping[str, Lexicon], languages: Sequence[str]) -> None:
        self.lexicons = dict(lexicons)
        self.languages = list(languages)
        self._names = _language_names(self.languages, self.lexicons)
        self._scores: dict[tuple[str, tuple[str, ...]], tuple[str, float]] = {}

    @classmethod
    def from_locales(
        cls, locales_dir: Path, languages: Sequence[str], meeting_types: Sequence[str]
    ) -> Understanding:
        lexicons = {
            lang: load_lexicon(locales_dir / lang / "understanding.toml", meeting_types)
            for lang in languages
        }
        return cls(lexicons, languages)

    def phrase_scores(self, text: str) -> dict[str, float]:
        message = tokens(text)
        return {lang: self._scored(lang, message)[1] for lang in self.lexicons}

    def _scored(self, language: str, message: list[str]) -> tuple[str, float]:
        """The best intent in one language; a turn asks twice (language, then intent)."""
        key = (language, tuple(message))
        found = self._scores.get(key)
        if found is None:
            if len(self._scores) >= CACHE_LIMIT:
                self._scores.clear()
            found = self._scores[key] = self._best(self.lexicons[language], message)
        return found

    def understand(
        self, text: str, language: str | None, today: date, expect: str | None = None
    ) -> Understood:
        message = tokens(text)
        scores = {lang: self._scored(lang, message) for lang in self.lexicons}
        order = [language] if language in self.lexicons else []
        order += [lang for lang in self.lexicons if lang not in order]
        best_lang = max(order, key=lambda lang: scores[lang][1] + (0.05 if lang == language else 0))
        intent, confidence = scores[best_lang]
        entities = self._entities(text, message, order, today, expect)
        intent, confidence = self._adjust(intent, confidence, entities)
        phrase_scores = {lang: score for lang, (_i, score) in scores.items()}
        return Understood(intent, round(confidence, 3), entities, phrase_scores)

    def _adjust(self, intent: str, confidence: float, entities: Entities) -> tuple[str, float]:
        if confidence < self.threshold:
            if entities.meeting_type:
                return "book_meeting", self.threshold
            if entities.target_language and intent == "set_language":
                return intent, self.threshold
            if entities.no_access:
                return "escalate", self.threshold
            return "unknown", confidence
        return intent, confidence

    @staticmethod
    def _best(lexicon: Lexicon, message: list[str]) -> tuple[str, float]:
        if not message:
            return "unknown", 0.0
        if " ".join(message) in lexicon.exact:
            for intent, toks in lexicon.examples:
                if toks == tuple(message):
                    return intent, 1.0
        matched = {token: _match(lexicon, token) for token in message}
        words = set().union(*matched.values())
        candidates = sorted({n for w in words for n in lexicon.containing.get(w, ())})
        best = ("unknown", 0.0)
        for number in candidates:  # in the examples' order, so ties resolve as before
            intent, example = lexicon.examples[number]
            score = _similarity(lexicon, message, matched, example, lexicon.by_intent[intent])
            if score > best[1]:
                best = (intent, score)
        return best

    def _entities(
        self, text: str, message: list[str], order: list[str], today: date, expect: str | None
    ) -> Entities:
        lexicons = [self.lexicons[lang] for lang in order]
        return Entities(
            meeting_type=_meeting_type(lexicons, message),
            when=_when(text, message, order, lexicons, today),
            order_ref=_order_ref(text, message, lexicons),
            participants=_participants(message, lexicons, expect),
            target_language=self._target_language(message),
            affirm=_affirm(message, lexicons),
            no_access=any(_contains(lex, message, p) for lex in lexicons for p in lex.no_access),
        )

    def _target_language(self, message: list[str]) -> str | None:
        for token in message:
            for code, names in self._names.items():
                if any(token == n or (len(n) >= STEM and _same_stem(n, token)) for n in names):
                    return code
        return None


def _similarity(
    lexicon: Lexicon,
    message: list[str],
    matched: Mapping[str, frozenset[str]],
    example: tuple[str, ...],
    intent_words: frozenset[str],
) -> float:
    """How well one example is covered (recall), and how much of the message the intent's
    words explain (precision), weighted by rarity; their harmonic mean."""
    weight = lexicon.weight
    example_set = set(example)
    covered = {w for t in message for w in matched[t] & example_set}
    exact = set(message)
    # a word matched through a typo or an ending counts a little less than the word itself
    got = sum(weight[w] * (1.0 if w in exact else 0.9) for w in covered)
    recall = got / sum(weight[w] for w in example_set)
    counted = [t for t in message if not t.isdigit()]
    if not counted or not covered:
        return 0.0
    token_weight = {t: max((weight[w] for w in matched[t]), default=1.0) for t in counted}
    hit = sum(token_weight[t] for t in counted if matched[t] & intent_words)
    precision = hit / sum(token_weight.values())
    return 0.0 if recall + precision == 0 else 2 * recall * precision / (recall + precision)


def _contains(lexicon: Lexicon, message: list[str], phrase: tuple[str, ...]) -> bool:
    """Every word of the phrase is in the message (exactly, with a typo, or as a stem)."""
    return _like_words(lexicon, message).issuperset(phrase)


def _like_words(lexicon: Lexicon, message: list[str]) -> frozenset[str]:
    """The lexicon's phrase words that some token of the message stands for."""
    key = tuple(message)
    if lexicon.last_message[0] == key:
        return lexicon.last_message[1]
    found: set[str] = set()
    for token in message:
        known = lexicon.likes.get(token)
        if known is None:
            if len(lexicon.likes) >= CACHE_LIMIT:
                lexicon.likes.clear()
            vocabulary = lexicon.phrase_words
            known = lexicon.likes[token] = frozenset(w for w in vocabulary if _token_like(w, token))
        found |= known
    lexicon.last_message = (key, frozenset(found))
    return lexicon.last_message[1]


@lru_cache(maxsize=65536)
def _token_like(word: str, token: str) -> bool:
    if word == token:
        return True
    if len(word) >= 4 and len(token) >= 4 and fuzz.ratio(word, token) >= 85:
        return True
    return _same_stem(word, token)


def _meeting_type(lexicons: Sequence[Lexicon], message: list[str]) -> str | None:
    """The longest meeting phrase found, preferring the conversation's language."""
    words = set(message)
    for lexicon in lexicons:
        found = [
            (len(phrase), sum(w in words for w in phrase), sum(map(len, phrase)), key)
            for key, phrase in lexicon.meetings
            if _contains(lexicon, message, phrase)
        ]
        if found:
            return max(found)[-1]  # most words, then most of them exact, then longest
    return None


def _affirm(message: list[str], lexicons: Sequence[Lexicon]) -> bool | None:
    if not message or len(message) > 4:
        return None
    for lexicon in lexicons:
        if message[0] in lexicon.words["yes"]:
            return True
        if message[0] in lexicon.words["no"]:
            return False
    return None


ORDER_PATTERN = re.compile(r"\b([A-Za-z]{2,5}-?\d{3,})\b|#\s?(\d{3,})")


def _order_ref(text: str, message: list[str], lexicons: Sequence[Lexicon]) -> str | None:
    found = ORDER_PATTERN.search(text)
    if found:
        return (found.group(1) or found.group(2)).upper()
    for index, token in enumerate(message[:-1]):
        if any(token in lex.words["order"] for lex in lexicons) and message[index + 1].isdigit():
            return message[index + 1]
    numbers = [t for t in message if t.isdigit() and len(t) >= 4]
    return numbers[0] if len(numbers) == 1 and not _date_like(text) else None


def _participants(
    message: list[str], lexicons: Sequence[Lexicon], expect: str | None
) -> int | None:
    people = set().union(*(lex.words["participants"] for lex in lexicons))
    for index, token in enumerate(message):
        if token.isdigit() and index + 1 < len(message):
            following = message[index + 1]
            if any(_token_like(word, following) for word in people):
                return int(token)
    if expect == "participants":
        numbers = [int(t) for t in message if t.isdigit()]
        return numbers[0] if len(numbers) == 1 else None
    return None


# --- dates and times ------------------------------------------------------------------

DATE_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?\b")
DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
TIME_COLON = re.compile(r"\b(\d{1,2}):(\d{2})\b")


def _date_like(text: str) -> bool:
    return bool(DATE_ISO.search(text) or DATE_NUMERIC.search(text))


@lru_cache(maxsize=32)
def _calendar_words(language: str) -> tuple[dict[str, int], dict[str, int]]:
    """Weekday and month names (wide and abbreviated) from Babel, without diacritics."""
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return {}, {}
    days: dict[str, int] = {}
    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
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


def _when(
    text: str, message: list[str], order: list[str], lexicons: Sequence[Lexicon], today: date
) -> WhenHint | None:
    words = {k: set().union(*(lex.words[k] for lex in lexicons)) for k in WORD_LISTS}
    joined = f" {' '.join(message)} "
    day = _explicit_date(text, message, order, today)
    weekday = None
    next_week = _says(joined, words["next_week"])
    if day is None:
        day, weekday = _relative_day(message, order, words, today, next_week)
    moment = _time(text, message, words)
    part = "morning" if _says(joined, words["morning"]) else None
    part = "afternoon" if _says(joined, words["afternoon"]) else part
    if day is None and weekday is None and moment is None and part is None and not next_week:
        return None
    if day is None and next_week:
        day = today + timedelta(days=7 - today.weekday())
    return WhenHint(day, weekday, moment, part, next_week)


def _explicit_date(text: str, message: list[str], order: list[str], today: date) -> date | None:
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
        for neighbour in message[index + 1 : index + 3]:
            for lang in order:
                named = _named(neighbour, _calendar_words(lang)[1])
                if named:
                    return _resolve(int(token), named, None, today)
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
    order: list[str],
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
            weekday = _named(token, _calendar_words(lang)[0])
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


def _language_names(
    languages: Sequence[str], lexicons: Mapping[str, Lexicon]
) -> dict[str, set[str]]:
    """Each language's names in every language (Babel), plus the forms in the data files."""
    names: dict[str, set[str]] = {code: set() for code in languages}
    for code in languages:
        for lang in languages:
            try:
                name = Locale.parse(lang).languages.get(code)
            except (UnknownLocaleError, ValueError):
                name = None
            if name:
                names[code].update(t for t in tokens(name) if len(t) >= 4)
    for lexicon in lexicons.values():
        for code in languages:
            names[code].update(lexicon.words.get(f"language_{code}", frozenset()))
    return names
