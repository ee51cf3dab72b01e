"""Intents from the phrases under locales/<lang>/understanding.toml.

Each message is compared with every example phrase of every intent: tokens match when they
are equal, close (one or two typos) or share a long stem (inflection, compounds), words are
weighted by how rare they are among the examples, and the best example decides. Below the
threshold the answer is "unknown" and the bot shows its menu instead of guessing.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bot.nlu import entities
from bot.nlu.lexicon import CACHE_LIMIT, Lexicon, load_lexicon, match, tokens
from handlers.base import Entities

THRESHOLD = 0.5


@dataclass(frozen=True)
class Understood:
    intent: str
    confidence: float
    entities: Entities
    phrase_scores: Mapping[str, float] = field(default_factory=dict)
    clear: bool = True  # said in so many words (not guessed from a meeting type or "no access")


class Understanding:
    """Understands messages in every configured language."""

    threshold = THRESHOLD

    def __init__(
        self,
        lexicons: Mapping[str, Lexicon],
        languages: Sequence[str],
        intents: Collection[str] = (),
    ) -> None:
        self.lexicons = dict(lexicons)
        self.intents = frozenset(intents)
        self.languages = list(languages)
        self._names = entities.language_names(self.languages, self.lexicons)
        self._scores: dict[tuple[str, tuple[str, ...], bool], tuple[str, float]] = {}

    @classmethod
    def from_locales(
        cls,
        locales_dir: Path,
        languages: Sequence[str],
        meeting_types: Collection[str],
        intents: Collection[str],
    ) -> Understanding:
        """`intents`: what the capabilities answer; a phrase file naming another is refused."""
        lexicons = {
            lang: load_lexicon(locales_dir / lang / "understanding.toml", meeting_types, intents)
            for lang in languages
        }
        return cls(lexicons, languages, intents)

    def phrase_scores(self, text: str) -> dict[str, float]:
        message = tokens(text)
        return {lang: self._scored(lang, message)[1] for lang in self.lexicons}

    def _scored(
        self, language: str, message: list[str], tolerant: bool = True
    ) -> tuple[str, float]:
        """The best intent in one language; a turn asks twice (language, then intent).
        `tolerant`: typos and word endings count (else only the words as written)."""
        key = (language, tuple(message), tolerant)
        found = self._scores.get(key)
        if found is None:
            if len(self._scores) >= CACHE_LIMIT:
                self._scores.clear()
            lexicon = self.lexicons[language]
            found = self._scores[key] = self._best(lexicon, message, tolerant)
        return found

    def understand(
        self, text: str, language: str | None, today: date, expect: Collection[str] = ()
    ) -> Understood:
        """`expect`: the kinds of answer a pending step accepts (a bare number is then a count
        of participants, say)."""
        message = tokens(text)
        # Typos are forgiven in the buyer's language only: "Januar" is no Spanish "anular".
        scores = {
            lang: self._scored(lang, message, tolerant=lang == language or language is None)
            for lang in self.lexicons
        }
        order = [language] if language in self.lexicons else []
        order += [lang for lang in self.lexicons if lang not in order]
        best_lang = max(order, key=lambda lang: scores[lang][1] + (0.05 if lang == language else 0))
        said, confidence = scores[best_lang]
        lexicons = [self.lexicons[lang] for lang in order]
        found = entities.extract(text, message, lexicons, order, today, self._names, expect)
        intent, confidence = self._adjust(said, confidence, found)
        clear = intent == said and confidence >= self.threshold
        if found.affirm is not None and len(message) <= 2:
            intent = "unknown"  # "no", "ok": an answer, never a request ("no" is no "no access")
        bare_no = intent == "unknown" and found.affirm is False and "yes_no" not in expect
        if (found.stop or bare_no) and "stop" in self.intents:
            intent, confidence = "stop", 1.0  # or a "no" where no yes or no was asked
            clear = found.stop  # "abbrechen" is said in so many words, a bare "no" is not
        phrase_scores = {lang: self._scored(lang, message)[1] for lang in self.lexicons}
        return Understood(intent, round(confidence, 3), found, phrase_scores, clear)

    def _adjust(self, intent: str, confidence: float, found: Entities) -> tuple[str, float]:
        if found.no_access and confidence < self.threshold:
            return "escalate", self.threshold  # "nobody can log in to the admin portal"
        if found.meeting_type and (intent == "help" or confidence < self.threshold):
            return "book_meeting", max(confidence, self.threshold)  # "varaa aloituspalaveri"
        if confidence < self.threshold:
            if found.target_language and intent == "set_language":
                return intent, self.threshold
            return "unknown", confidence
        return intent, confidence

    @staticmethod
    def _best(lexicon: Lexicon, message: list[str], tolerant: bool) -> tuple[str, float]:
        if not message:
            return "unknown", 0.0
        if " ".join(message) in lexicon.exact:
            for intent, toks in lexicon.examples:
                if toks == tuple(message):
                    return intent, 1.0
        if tolerant:
            matched = {token: match(lexicon, token) for token in message}
        else:
            matched = {t: frozenset({t}) if t in lexicon.weight else frozenset() for t in message}
        words = set().union(*matched.values())
        candidates = sorted({n for w in words for n in lexicon.containing.get(w, ())})
        best = ("unknown", 0.0)
        for number in candidates:  # in the examples' order, so ties resolve as before
            intent, example = lexicon.examples[number]
            score = _similarity(lexicon, message, matched, example, lexicon.by_intent[intent])
            if score > best[1]:
                best = (intent, score)
        return best


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
