"""Intents from the phrases under locales/<lang>/understanding.toml.

Each message is compared with every example phrase of every intent: tokens match when they
are equal, close (one or two typos) or share a long stem (inflection, compounds), words are
weighted by how rare they are among the examples, and the best example decides. Below the
threshold the answer is "unknown" and the bot shows its menu instead of guessing.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from bot.nlu import entities
from bot.nlu.lexicon import CACHE_LIMIT, Lexicon, load_lexicon, tokens
from bot.nlu.likeness import match
from bot.nlu.when_words import calendar_words
from handlers.base import Entities

THRESHOLD = 0.5
CLEAR_COVER = 0.5  # clear: the message says at least half of its closest example (by weight)
DATED = 0.1  # a day or time named: booking wins when this close to the best request
# Requests that name a day as often as a booking does ("cancel tomorrow's meeting", a table
# for Friday): a day named is no evidence against them.
DATED_TOO = frozenset({"book_meeting", "cancel_booking", "out_of_scope"})
LIKELY = 0.25  # below the threshold, an intent this close is offered as a suggestion


@dataclass(frozen=True)
class Understood:
    intent: str
    confidence: float
    entities: Entities
    phrase_scores: Mapping[str, float] = field(default_factory=dict)
    clear: bool = True  # said in so many words (not guessed from a meeting type or "no access")
    likely: tuple[str, ...] = ()  # when unsure: the most likely intents, to offer


class Understanding:
    """Understands messages in every configured language."""

    threshold = THRESHOLD

    def __init__(
        self,
        lexicons: Mapping[str, Lexicon],
        languages: Sequence[str],
        intents: Collection[str] = (),
        after_hours: Mapping[str, str] | None = None,
    ) -> None:
        self.lexicons = dict(lexicons)
        self.after_hours = dict(after_hours or {})
        self.intents = frozenset(intents)
        self.languages = list(languages)
        self._names = entities.language_names(self.languages, self.lexicons)
        self._scores: dict[tuple[str, tuple[str, ...], bool], dict[str, float]] = {}
        self._covers: dict[tuple[str, tuple[str, ...], bool], dict[str, float]] = {}
        self._calendar = {lang: _calendar(lang, lex) for lang, lex in self.lexicons.items()}
        self._days = {lang: frozenset(calendar_words(lang, short=False)[0]) for lang in lexicons}
        self._nexts = {
            lang: frozenset(w for k in ("next_before", "next_after") for w in lex.words[k])
            for lang, lex in self.lexicons.items()
        }

    @classmethod
    def from_locales(
        cls,
        locales_dir: Path,
        languages: Sequence[str],
        meeting_types: Collection[str],
        intents: Collection[str],
        after_hours: Mapping[str, str] | None = None,
    ) -> Understanding:
        """`intents`: what the capabilities answer; a phrase file naming another is refused."""
        lexicons = {
            lang: load_lexicon(locales_dir / lang / "understanding.toml", meeting_types, intents)
            for lang in languages
        }
        return cls(lexicons, languages, intents, after_hours)

    def phrase_scores(self, text: str) -> dict[str, float]:
        """How near each language's phrases come to the text, word for word (evidence for the
        language: a typo forgiven in every language would make every language look near)."""
        return self._phrase_scores(tokens(text))

    def _phrase_scores(self, message: list[str]) -> dict[str, float]:
        return {
            lang: max(self._scored(lang, message, tolerant=False).values(), default=0.0)
            for lang in self.lexicons
        }

    def _scored(self, language: str, message: list[str], tolerant: bool = True) -> dict[str, float]:
        """Each intent's best example score in one language; a turn asks twice (language,
        then intent). `tolerant`: typos and word endings count (else only the words as written)."""
        key = (language, tuple(message), tolerant)
        found = self._scores.get(key)
        if found is None:
            if len(self._scores) >= CACHE_LIMIT:
                self._scores.clear()
                self._covers.clear()
            lexicon = self.lexicons[language]
            if " ".join(message) not in lexicon.exact:  # "um 15 Uhr" asks for nothing
                message = self._without_when(language, message)
            found, self._covers[key] = self._per_intent(lexicon, message, tolerant)
            self._scores[key] = found
        return found

    def covers(self, language: str, message: list[str], tolerant: bool, intent: str) -> float:
        """How much of the intent's closest example the message says (after `_scored`)."""
        return self._covers.get((language, tuple(message), tolerant), {}).get(intent, 0.0)

    def _without_when(self, language: str, message: list[str]) -> list[str]:
        """The message without the words that say when: day and month names, "today", "at"
        before a time, and "next" beside a day's name ("el próximo miércoles"), which is no
        "next meeting"."""
        calendar, days = self._calendar[language], self._days[language]
        nexts = self._nexts[language]
        kept = []
        for place, token in enumerate(message):
            beside = message[max(place - 1, 0) : place] + message[place + 1 : place + 2]
            if token in calendar or (token in nexts and any(t in days for t in beside)):
                continue
            kept.append(token)
        return kept

    def ranked(self, language: str, message: list[str], tolerant: bool) -> list[tuple[str, float]]:
        """Every intent near the message by its closest example, best first. (A classifier
        trained on the same phrases lost to this on every set: see benchmarks/nlu.py.)"""
        matched = self._scored(language, message, tolerant)
        return sorted(matched.items(), key=lambda item: -item[1])

    def understand(
        self, text: str, language: str | None, today: date, expect: Collection[str] = ()
    ) -> Understood:
        """`expect`: the kinds of answer a pending step accepts (a bare number is then a count
        of participants, say)."""
        message = tokens(text)
        # Typos are forgiven in the buyer's language only: "Januar" is no Spanish "anular".
        scores = {
            lang: max(
                self._scored(lang, message, tolerant=lang == language or language is None).values(),
                default=0.0,
            )
            for lang in self.lexicons
        }
        order = [language] if language in self.lexicons else []
        order += [lang for lang in self.lexicons if lang not in order]
        best_lang = max(order, key=lambda lang: scores[lang] + (0.05 if lang == language else 0))
        ranked = self.ranked(best_lang, message, best_lang == language or language is None)
        said, confidence = ranked[0] if ranked else ("unknown", 0.0)
        lexicons = [self.lexicons[lang] for lang in order]
        found = entities.extract(text, message, lexicons, order, today, self._names, expect)
        if found.meeting_type in self.after_hours and entities.after_hours(found.when):
            found = replace(found, meeting_type=self.after_hours[found.meeting_type])
        # Said in so many words, before any guess: sure, and most of an example said.
        tolerant = best_lang == language or language is None
        covered = self.covers(best_lang, message, tolerant, said)
        clear = confidence >= self.threshold and covered >= CLEAR_COVER
        booking = dict(ranked).get("book_meeting", 0.0)
        dated = found.when is not None and bool(found.when.day or found.when.time)
        if dated and said not in DATED_TOO and confidence - booking < DATED:
            said, confidence = "book_meeting", max(booking, min(confidence, self.threshold))
            clear = False  # a day or time named tips it to booking: a guess, not a request
        intent, confidence = self._adjust(said, confidence, found, [i for i, _s in ranked[:2]])
        clear = clear and intent == said
        if found.affirm is not None and len(message) <= 2:
            intent = "unknown"  # "no", "ok": an answer, never a request ("no" is no "no access")
        bare_no = intent == "unknown" and found.affirm is False and "yes_no" not in expect
        if (found.stop or bare_no) and "stop" in self.intents:
            intent, confidence = "stop", 1.0  # or a "no" where no yes or no was asked
            clear = found.stop  # "abbrechen" is said in so many words, a bare "no" is not
        likely = (
            tuple(i for i, score in ranked[:2] if score >= LIKELY) if intent == "unknown" else ()
        )
        if likely[:1] == ("out_of_scope",) and not expect:
            intent = "out_of_scope"  # nearest to what the bot does not do: say so, do nothing
        phrase_scores = self._phrase_scores(message)
        return Understood(intent, round(confidence, 3), found, phrase_scores, clear, likely)

    def _adjust(
        self, intent: str, confidence: float, found: Entities, near: Sequence[str]
    ) -> tuple[str, float]:
        """No access, said urgently, always means a person. Below the threshold, an entity can
        tell: a meeting named means booking one, no access or urgency a person; with the
        request among the two nearest, a language named means a switch and a day or time named
        a booking."""
        if found.no_access and found.urgent:  # "nobody gets into the portal, urgent!!"
            return "escalate", max(confidence, self.threshold)
        if (found.no_access or found.urgent) and confidence < self.threshold:
            return "escalate", self.threshold  # no request the bot knows, and a person needed
        if found.meeting_type and (intent == "help" or confidence < self.threshold):
            return "book_meeting", max(confidence, self.threshold)  # "varaa aloituspalaveri"
        if confidence < self.threshold:
            if found.target_language and "set_language" in near:
                return "set_language", self.threshold
            if found.when and "book_meeting" in near:  # "noch eine Schulung am Mittwoch um 11"
                return "book_meeting", self.threshold
            return "unknown", confidence
        return intent, confidence

    @staticmethod
    def _per_intent(
        lexicon: Lexicon, message: list[str], tolerant: bool
    ) -> tuple[dict[str, float], dict[str, float]]:
        """Each intent's best example score (intents without a near example are left out), and
        how much of that example the message covers."""
        if not message:
            return {}, {}
        if " ".join(message) in lexicon.exact:
            for intent, toks in lexicon.examples:
                if toks == tuple(message):
                    return {intent: 1.0}, {intent: 1.0}
        if tolerant:
            matched = {token: match(lexicon, token) for token in message}
        else:
            matched = {t: frozenset({t}) if t in lexicon.weight else frozenset() for t in message}
        counted = [t for t in message if not t.isdigit()]
        if not counted:
            return {}, {}
        weight = lexicon.weight
        # A word matched through a typo or an ending counts a little less than the word itself.
        credit = {
            w: weight[w] * (1.0 if w in message else 0.9) for ws in matched.values() for w in ws
        }
        # a token weighs as the word it is, else as the rarest word it may stand for
        token_weight = {
            t: weight.get(t) or max((weight[w] for w in matched[t]), default=lexicon.unseen)
            for t in counted
        }
        total = sum(token_weight.values())
        # Each example's covered weight, gathered from the examples that hold each word.
        covered: dict[int, float] = {}
        for word, amount in credit.items():
            for number in lexicon.containing.get(word, ()):
                covered[number] = covered.get(number, 0.0) + amount
        precision: dict[str, float] = {}
        best: dict[str, float] = {}
        covers: dict[str, float] = {}  # how much of its best example each intent's score covers
        for number in sorted(covered):  # in the examples' order, so ties resolve as before
            intent = lexicon.examples[number][0]
            if intent not in precision:  # how much of the message the intent's words explain
                words = lexicon.by_intent[intent]
                precision[intent] = (
                    sum(token_weight[t] for t in counted if matched[t] & words) / total
                )
            recall = covered[number] / lexicon.example_weight[number]
            score = _harmonic(recall, precision[intent])
            if score > best.get(intent, 0.0):
                best[intent] = score
                covers[intent] = recall
        return best, covers


def _calendar(language: str, lexicon: Lexicon) -> frozenset[str]:
    """Words that say when, never what: weekdays and months (Babel), "today", "tomorrow",
    "at" before a time. A message's intent is read without them."""
    days, months = calendar_words(language, short=False)
    said = ("today", "tomorrow", "day_after_tomorrow", "time_before")
    return (
        frozenset(days)
        | frozenset(months)
        | {w for k in said for w in lexicon.words[k] if " " not in w}
    )


def _harmonic(recall: float, precision: float) -> float:
    """How well one example is covered (recall: its words the message has, by rarity) and how
    much of the message the intent explains (precision): their harmonic mean."""
    return 0.0 if recall + precision == 0 else 2 * recall * precision / (recall + precision)
