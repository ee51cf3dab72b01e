"""Which language to answer in: detection restricted to ours, and the conversation's policy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.nlu.language import Detection, LanguageDetector, choose_language, normalize_language_tag
from bot.settings import REPO_ROOT

LANGUAGES = ["en", "de", "fi", "es", "nb"]
TATOEBA = REPO_ROOT.parent / "shared" / "data" / "langid_tatoeba.jsonl"


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector.from_locales(REPO_ROOT / "locales", LANGUAGES)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Could you tell me how many training hours we still have?", "en"),
        ("Könnten Sie mir sagen, wie viele Schulungsstunden wir noch haben?", "de"),
        ("Voisitko kertoa, montako koulutustuntia meillä on vielä jäljellä?", "fi"),
        ("¿Podrías decirme cuántas horas de formación nos quedan?", "es"),
        ("Kan du si hvor mange opplæringstimer vi har igjen?", "nb"),
    ],
)
def test_clear_sentences_are_detected(detector: LanguageDetector, text: str, language: str) -> None:
    """A full support sentence is recognised, confidently, in each of the five languages."""
    found = detector.detect(text)
    assert found.language == language
    assert detector.is_confident(found, text)


def test_detection_is_deterministic() -> None:
    """Two detectors give the same scores for the same text (langdetect's seed is fixed)."""
    first = LanguageDetector.from_locales(REPO_ROOT / "locales", LANGUAGES)
    second = LanguageDetector.from_locales(REPO_ROOT / "locales", LANGUAGES)
    for text in ("Hei", "ok", "Termin morgen", "kiitos paljon", "takk"):
        assert first.detect(text) == second.detect(text)


def test_nothing_to_detect_in_digits_and_emoji(detector: LanguageDetector) -> None:
    """Digits, emoji and punctuation carry no language."""
    found = detector.detect("12345 🙂 !!")
    assert (found.language, found.confidence) == (None, 0.0)


def test_ambiguous_greetings_are_not_confident(detector: LanguageDetector) -> None:
    """ "Hei" is Finnish and Norwegian: detection alone must not decide it."""
    scores = {"fi": 1.0, "nb": 1.0}
    assert not detector.is_confident(detector.detect("Hei", scores), "Hei")


def test_phrase_evidence_decides_a_single_word(detector: LanguageDetector) -> None:
    """A word that only one language's phrases know ("apua") is that language."""
    found = detector.detect("apua", {"fi": 1.0, "en": 0.0})
    assert found.language == "fi" and detector.is_confident(found, "apua")


def _choice(detection: Detection, text: str, **kwargs: object) -> str:
    defaults: dict[str, object] = {
        "conversation": None,
        "explicit": False,
        "hint": None,
        "preference": None,
        "default": "en",
    }
    defaults.update(kwargs)
    return choose_language(
        detection, text, detector_confident=detection.confidence > 0.8, **defaults
    ).language  # type: ignore[arg-type]


def test_an_explicit_choice_wins_over_detection(detector: LanguageDetector) -> None:
    """After "answer in German", a clear Spanish message is still answered in German."""
    text = "¿Podrías decirme cuántas horas de formación nos quedan?"
    assert _choice(detector.detect(text), text, conversation="de", explicit=True) == "de"


def test_a_short_message_keeps_the_conversation(detector: LanguageDetector) -> None:
    """Two Norwegian-looking words do not flip a Finnish conversation."""
    for text in ("Hei hei", "Hei takk", "ok takk"):
        assert _choice(detector.detect(text), text, conversation="fi") == "fi"


def test_a_clear_long_message_switches(detector: LanguageDetector) -> None:
    """A full German sentence in an English conversation switches to German."""
    text = "Könnten Sie mir bitte sagen, wie viele Stunden wir noch haben?"
    assert _choice(detector.detect(text), text, conversation="en") == "de"


def test_an_unsure_first_message_falls_back_in_order() -> None:
    """Hint first, then the buyer's preference, then the customer's default."""
    unsure = Detection("nb", 0.5, {"nb": 0.5, "fi": 0.5}, 1)
    assert _choice(unsure, "Hei", hint="fi", preference="de") == "fi"
    assert _choice(unsure, "Hei", preference="de") == "de"
    assert _choice(unsure, "Hei", default="es") == "es"


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("de-DE", "de"),
        ("nb_NO", "nb"),
        ("no", "nb"),
        ("nn", "nb"),
        ("pt-br", None),
        ("", None),
        (None, None),
        ("EN", "en"),
    ],
)
def test_platform_hints_are_normalised(tag: str | None, expected: str | None) -> None:
    """Slack and Telegram locales map onto our languages, unknown ones to nothing."""
    assert normalize_language_tag(tag, LANGUAGES) == expected


def test_a_sixth_language_needs_no_code(tmp_path: Path) -> None:
    """Swedish from a temporary locales folder: a language.toml and its langdetect profile."""
    (tmp_path / "sv").mkdir()
    (tmp_path / "sv" / "language.toml").write_text('common_words = ["och", "inte", "jag"]\n')
    detector = LanguageDetector.from_locales(tmp_path, ["en", "sv"])
    assert detector.detect("Jag vill inte boka ett möte i dag, tack").language == "sv"


def test_context_free_accuracy_on_the_public_benchmark(detector: LanguageDetector) -> None:
    """At least 98% on ../shared/data/langid_tatoeba.jsonl (restricted langdetect: 94.9%)."""
    assert TATOEBA.is_file(), f"benchmark file missing: {TATOEBA}"
    rows = [json.loads(line) for line in TATOEBA.read_text(encoding="utf-8").splitlines()]
    hits = sum(detector.detect(row["text"]).language == row["lang"] for row in rows)
    assert hits / len(rows) >= 0.98


def test_a_short_german_thanks_does_not_flip_to_norwegian(detector: LanguageDetector) -> None:
    """langdetect calls "Danke, passt gut!" Norwegian; a German conversation stays German."""
    text = "Danke, passt gut!"
    found = detector.detect(text)
    assert _choice(found, text, conversation="de") == "de"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("call me a cab", "en"),  # langdetect alone: Spanish
        ("sag mir mehr", "de"),  # langdetect alone: Norwegian
        ("a ver si hay hueco", "es"),
        ("vi ses i morgen", "nb"),
        ("me tullaan huomenna", "fi"),
    ],
)
def test_a_few_words_are_told_by_their_words_not_by_langdetects_certainty(
    detector: LanguageDetector, text: str, language: str
) -> None:
    """On a few letters langdetect is often wrong and always sure; its evidence counts in
    proportion to the letters, so the language's own frequent words decide."""
    assert detector.detect(text).language == language
