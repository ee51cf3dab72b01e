"""Which language to answer in: detection restricted to our languages, and the policy.

The only module that imports langdetect. langdetect alone confuses short English and
Norwegian; the frequent words of each language (locales/<lang>/language.toml) and the bot's own
phrase data add evidence, and the conversation decides what a short message cannot.
"""

from __future__ import annotations

import math
import re
import tomllib
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
WORD_WEIGHT = 1.6
PHRASE_WEIGHT = 10.0
ENDING_WEIGHT = 0.3
FLOOR = 1e-2
SWITCH_CONFIDENCE = 0.9
SWITCH_WORDS = 3
FIRST_CONFIDENCE = 0.8
# One or two words ("ok", "vale", "hei hei"): the detector's guess is no evidence; only a
# phrase that one language alone has counts, else the conversation, hint and default decide.
SHORT_WORDS = 2
# langdetect is sure of itself on a few letters and often wrong ("call me a cab" is Spanish to
# it, at 0.99999): its evidence counts in full from this many letters, and in proportion below.
TRUSTED_LETTERS = 60


@dataclass(frozen=True)
class Detection:
    language: str | None
    confidence: float
    scores: Mapping[str, float]
    words: int = 0
    phrase_winner: str | None = None
    word_hits: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class LanguageChoice:
    language: str
    reason: str  # explicit | detected | conversation | hint | preference | default


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).lower()


class LanguageDetector:
    """langdetect restricted to our profiles, plus frequent-word and phrase evidence."""

    def __init__(
        self,
        languages: Sequence[str],
        profiles: Mapping[str, str],
        common_words: Mapping[str, frozenset[str]],
        endings: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.languages = list(languages)
        self.common_words = {lang: common_words.get(lang, frozenset()) for lang in languages}
        self.endings = {lang: (endings or {}).get(lang, ()) for lang in languages}
        self._profile_to_language = {}
        self._factory = DetectorFactory()
        texts = []
        for lang in self.languages:
            path = Path(PROFILES_DIRECTORY) / profiles.get(lang, lang)
            if path.is_file():
                texts.append(path.read_text(encoding="utf-8"))
                self._profile_to_language[profiles.get(lang, lang)] = lang
        if texts:
            self._factory.load_json_profile(texts)
        self._factory.set_seed(0)

    @classmethod
    def from_locales(cls, locales_dir: Path, languages: Sequence[str]) -> LanguageDetector:
        profiles, words, endings = {}, {}, {}
        for lang in languages:
            path = locales_dir / lang / "language.toml"
            data = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
            profiles[lang] = str(data.get("langdetect_profile", lang))
            words[lang] = frozenset(_fold(w) for w in data.get("common_words", []))
            endings[lang] = tuple(_fold(e) for e in data.get("word_endings", []))
        return cls(languages, profiles, words, endings)

    def _langdetect(self, text: str) -> dict[str, float]:
        if not self._profile_to_language:
            return {}
        detector = self._factory.create()
        detector.append(text)
        try:
            found = detector.get_probabilities()
        except LangDetectException:
            return {}
        return {self._profile_to_language[p.lang]: p.prob for p in found}

    def detect(self, text: str, phrase_scores: Mapping[str, float] | None = None) -> Detection:
        words = WORD.findall(_fold(text))
        if not words:
            return Detection(None, 0.0, {}, 0)
        probabilities = self._langdetect(text)
        phrases = phrase_scores or {}
        raw, word_hits = {}, {}
        trust = min(1.0, sum(map(len, words)) / TRUSTED_LETTERS)
        for lang in self.languages:
            hits: float = sum(1 for w in words if w in self.common_words[lang])
            hits += ENDING_WEIGHT * sum(1 for w in words if _ends(w, self.endings[lang]))
            word_hits[lang] = hits
            evidence = math.log(max(probabilities.get(lang, 0.0), FLOOR)) if probabilities else 0.0
            evidence *= trust
            raw[lang] = evidence + WORD_WEIGHT * hits + _phrase_evidence(phrases.get(lang, 0.0))
        top = max(raw.values())
        exps = {lang: math.exp(score - top) for lang, score in raw.items()}
        total = sum(exps.values())
        scores = {lang: value / total for lang, value in exps.items()}
        best = max(scores, key=lambda lang: scores[lang])
        winner = _phrase_winner(phrases)
        return Detection(best, scores[best], scores, len(words), winner, word_hits)

    def is_confident(self, detection: Detection, text: str) -> bool:
        """Enough to decide a first message: three words and a clear winner, or one or two
        words that only one language's phrases know (\"Hilfe\", not \"Hei\" or \"ok\")."""
        if detection.language is None:
            return False
        if detection.words > SHORT_WORDS:
            return detection.confidence >= FIRST_CONFIDENCE
        return detection.phrase_winner == detection.language and detection.confidence >= 0.5


def _phrase_evidence(score: float) -> float:
    """Only a good match with the bot's phrases is evidence; an exact one is strong."""
    return PHRASE_WEIGHT * max(0.0, (score - 0.5) / 0.5) ** 2


def _ends(word: str, endings: tuple[str, ...]) -> bool:
    """The word ends with one of the endings, or holds one of its single letters ("ø")."""
    letters, longer = _split_endings(endings)
    return word.endswith(longer) or any(letter in word for letter in letters)


@lru_cache(maxsize=64)
def _split_endings(endings: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(e for e in endings if len(e) == 1), tuple(endings)


def _phrase_winner(phrases: Mapping[str, float]) -> str | None:
    """The one language whose phrases match the text exactly (ties: none)."""
    exact = [lang for lang, score in phrases.items() if score >= 0.99]
    return exact[0] if len(exact) == 1 else None


ALIASES = {"no": "nb", "nn": "nb", "nob": "nb", "nno": "nb"}


def normalize_language_tag(tag: str | None, supported: Sequence[str]) -> str | None:
    """A platform's hint (`de-DE`, `nb_NO`, `no`, `pt-br`) as one of ours, or None."""
    if not tag:
        return None
    base = re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]
    base = ALIASES.get(base, base) if base not in supported else base
    return base if base in supported else None


def choose_language(
    detection: Detection,
    text: str,
    *,
    conversation: str | None,
    explicit: bool,
    hint: str | None,
    preference: str | None,
    default: str,
    detector_confident: bool,
) -> LanguageChoice:
    """Explicit choice > confident detection > the conversation > hint > preference > default.

    An established conversation only switches on clear evidence: several words, a high
    confidence, and the language's own frequent words agreeing (langdetect alone is
    overconfident on short text: it calls "Danke, passt gut!" Norwegian). A greeting like
    "Hei hei" is Finnish and Norwegian alike.
    """
    if explicit and conversation:
        return LanguageChoice(conversation, "explicit")
    detected = detection.language
    if conversation:
        clear = detection.words >= SWITCH_WORDS and detection.confidence >= SWITCH_CONFIDENCE
        hits = detection.word_hits
        lexical = hits.get(detected or "", 0.0) > hits.get(conversation, 0.0) if hits else True
        clear = clear and lexical
        if detected and detected != conversation and detector_confident and clear:
            return LanguageChoice(detected, "detected")
        return LanguageChoice(conversation, "conversation")
    if detected and detector_confident:
        return LanguageChoice(detected, "detected")
    if hint:
        return LanguageChoice(hint, "hint")
    if preference:
        return LanguageChoice(preference, "preference")
    return LanguageChoice(default, "default")
