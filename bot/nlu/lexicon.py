"""One language's phrases (locales/<lang>/understanding.toml), prepared for matching: words
weighted by rarity, and the typo- and inflection-tolerant ways a message token stands for one."""

from __future__ import annotations

import math
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

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
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "last",
    "option",
    "follow_up",
    "month_before",
    "urgent",
    "evening",
    "noon",
    "greeting",
    "next_before",
    "next_after",
    "week",
    "range",
    "day_before",
    "labels",
    "counts",
    "am",
    "clock_numbers",
    "quarter",
    "half",
    "half_to",
    "three_quarters",
    "past",
    "to",
    "separable",
    "infix",
    "case_endings",
)
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")
STEM = 5
BASE = 3  # the shortest word left when a case ending is taken off
TOKEN = re.compile(r"[a-z0-9]+")
FOLD = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "å": "a", "œ": "oe", "ð": "d", "þ": "th"})


class UnderstandingError(Exception):
    """A broken understanding file, with where and why."""

    def __init__(self, file: str, key: str, reason: str) -> None:
        super().__init__(f"{file}: {key}: {reason}")
        self.file, self.key, self.reason = file, key, reason


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
    stop: list[tuple[str, ...]]
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
        found = frozenset(w for _k, phrase in self.meetings for w in phrase)
        return found.union(*self.no_access, *self.stop)

    @cached_property
    def example_weight(self) -> list[float]:
        """Each example's summed word weight: what a message would have to cover in full."""
        return [sum(self.weight[w] for w in set(example)) for _i, example in self.examples]

    @cached_property
    def unseen(self) -> float:
        """The weight of a word no example has: an average word (a rare one would let any
        unknown word sink a clear request; a common one would let it pass unnoticed)."""
        return sum(self.weight.values()) / max(len(self.weight), 1)

    @cached_property
    def phrase_list(self) -> list[str]:
        """The phrase words of four letters or more: the only ones a typo can stand for."""
        return sorted(w for w in self.phrase_words if len(w) >= 4)

    @cached_property
    def bases(self) -> dict[str, frozenset[str]]:
        """The words of each base, where the language's case endings are listed ("kitissä",
        "kitiin" and "kitin" are all "kit")."""
        index: dict[str, set[str]] = {}
        if not self.words["case_endings"]:
            return {}
        for word in self.vocabulary:
            for base in {word} | self.bases_of(word):  # "teams" is the base of "teamsissa"
                index.setdefault(base, set()).add(word)
        return {base: frozenset(words) for base, words in index.items()}

    def bases_of(self, word: str) -> set[str]:
        """The word without each of the case endings it may carry, where BASE letters remain."""
        return {
            word[: -len(ending)]
            for ending in self.words["case_endings"]
            if word.endswith(ending) and len(word) - len(ending) >= BASE
        }

    @cached_property
    def phrase_stems(self) -> dict[str, tuple[str, ...]]:
        return _stem_index(sorted(self.phrase_words))


CACHE_LIMIT = 20_000


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


def _load_toml(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise UnderstandingError(str(path), "(file)", "missing") from error
    except tomllib.TOMLDecodeError as error:
        raise UnderstandingError(str(path), "(syntax)", str(error)) from error


def _phrases(data: Mapping[str, object], section: str, path: Path) -> dict[str, list[str]]:
    table = data.get(section, {})
    if not isinstance(table, dict):
        raise UnderstandingError(str(path), section, "must be a table of lists of phrases")
    found: dict[str, list[str]] = {}
    for key, phrases in table.items():
        if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
            raise UnderstandingError(str(path), f"{section}.{key}", "must be a list of strings")
        found[str(key)] = [str(p) for p in phrases]
    return found


def load_lexicon(path: Path, meeting_types: Collection[str], known: Collection[str]) -> Lexicon:
    """One language's understanding file; `known` are the intents the capabilities answer."""
    return build_lexicon(_load_toml(path), path, meeting_types, known)


def build_lexicon(
    data: Mapping[str, object], path: Path, meeting_types: Collection[str], known: Collection[str]
) -> Lexicon:
    intents = _phrases(data, "intents", path)
    for intent in intents:
        if intent not in known:
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
    named = [(k, tuple(tokens(p))) for k, ps in meetings.items() for p in ps if tokens(p)]
    # A meeting's name says which meeting, not what to do with it ("cancel the training" is
    # no closer to "one more training" than "book a session" is): it weighs like a common word.
    common = min(weight.values(), default=1.0)
    for word in {t for _k, toks in named for t in toks} & weight.keys():
        weight[word] = common
    return Lexicon(
        examples=examples,
        meetings=named,
        no_access=[tuple(tokens(p)) for p in _phrases(data, "no_access", path).get("phrases", [])],
        stop=[tuple(tokens(p)) for p in _phrases(data, "stop", path).get("phrases", [])],
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
