"""Understanding: intents and entities from the phrase data, in every language."""

from __future__ import annotations

import json
import shutil
from datetime import date, time
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from bot.admin.cli import main
from bot.app import intents_of
from bot.nlu.evaluation import evaluate, load_jsonl
from bot.nlu.lexicon import Lexicon, UnderstandingError, build_lexicon, tokens
from bot.nlu.likeness import match
from bot.nlu.matching import Understanding
from bot.settings import REPO_ROOT
from handlers import CAPABILITIES
from storage.catalog import load_catalog
from tests.phrases import ONSITE_SATURDAY, ONSITE_TUESDAY_10

LANGUAGES = ["en", "de", "fi", "es", "nb"]
MONDAY = date(2026, 11, 23)
INTENTS = intents_of(CAPABILITIES)


def _lexicon(phrases: dict[str, list[str]], words: dict[str, list[str]] | None = None) -> Lexicon:
    """A phrase file of a few lines, as an admin could write it."""
    data = {"intents": phrases, "words": words or {}}
    return build_lexicon(data, Path("understanding.toml"), (), INTENTS)


@pytest.mark.parametrize(
    ("language", "compound", "phrase", "parts"),
    [
        ("de", "Stundenguthaben?", "wie viele stunden haben wir", {"stunden"}),
        ("fi", "tuntikiintiö?", "montako tuntia kiintiössä", {"tuntia", "kiintiossa"}),
        ("nb", "restetimer?", "hvor mange timer", {"timer"}),
        # Spanish and English write no compounds, but a missing space makes one
        ("es", "horasdisponibles?", "horas disponibles", {"horas", "disponibles"}),
        ("en", "hoursremaining?", "hours remaining", {"hours", "remaining"}),
    ],
)
def test_a_compound_no_phrase_has_is_read_by_its_parts(
    nlu: Understanding, language: str, compound: str, phrase: str, parts: set[str]
) -> None:
    lexicon = _lexicon({"hours_balance": [phrase]})
    assert parts <= match(lexicon, tokens(compound)[0])
    assert nlu.understand(compound, language, MONDAY).intent == "hours_balance"


@pytest.mark.parametrize(
    ("infinitive", "plain"),
    [("umzutauschen", "umtauschen"), ("abzusagen", "absagen"), ("einzuplanen", "einplanen")],
)
def test_a_german_zu_infinitive_is_read_as_its_verb(
    nlu: Understanding, infinitive: str, plain: str
) -> None:
    """German alone puts "zu" inside a separable verb ("die Ringe umzutauschen"); the German
    phrase file's [words] separable and infix lists say so, and no other language has them."""
    german = nlu.lexicons["de"].words
    lexicon = _lexicon(
        {"return_check": [f"wir wollen {plain}"]},
        {"separable": sorted(german["separable"]), "infix": sorted(german["infix"])},
    )
    assert plain in match(lexicon, infinitive)
    assert all(not nlu.lexicons[lang].words["infix"] for lang in LANGUAGES if lang != "de")


@pytest.mark.parametrize(
    ("inflected", "phrase_word"),
    [("kitissä", "kitiin"), ("teamsissa", "teams"), ("päällikölläni", "päällikön")],
)
def test_a_finnish_case_ending_is_read_as_the_same_word(
    nlu: Understanding, inflected: str, phrase_word: str
) -> None:
    """Finnish inflects product names and roles by case ("Launch Kitissä" where a phrase says
    "Launch Kitiin"); the Finnish phrase file lists the case endings, no other language has any."""
    endings = sorted(nlu.lexicons["fi"].words["case_endings"])
    phrases = {"package_info": [f"mitä {phrase_word} sisältyy"]}
    lexicon = _lexicon(phrases, {"case_endings": endings})
    assert tokens(phrase_word)[0] in match(lexicon, tokens(inflected)[0])
    assert all(not nlu.lexicons[lang].words["case_endings"] for lang in LANGUAGES if lang != "fi")


@pytest.mark.parametrize(
    ("language", "phrase", "word", "short"),
    [
        ("nb", "vis menyen", "vits", "vis"),
        ("en", "can you help", "cane", "can"),
        ("de", "wir brauchen hilfe", "wirt", "wir"),
        ("fi", "en ole varma", "olet", "ole"),
        ("es", "mis reservas", "mise", "mis"),
    ],
)
def test_a_short_word_is_no_typo_of_another(
    language: str, phrase: str, word: str, short: str
) -> None:
    """A word of three letters is too short to be misspelt as one of four: Norwegian "vits"
    (a joke) is no "vis" (show)."""
    assert fuzz.ratio(word, short) >= 82  # as close as a typo of a longer word may be
    assert short not in match(_lexicon({"help": [phrase]}), word)


@pytest.mark.parametrize(
    ("language", "text", "meeting"),
    [
        ("en", "pls book the deploymnet meeting", "deployment"),
        ("de", "softwareschulung buchen bitte", "software_training"),
        ("de", "Kick-off-Meeting buchen", "kickoff"),
        ("fi", "varaa kayttoonottopalaveri", "deployment"),
        ("es", "reservar reunion de implementacion", "deployment"),
        ("nb", "bestille arlig statusmote", "status_meeting"),
    ],
)
def test_typos_and_missing_diacritics_are_understood(
    nlu: Understanding, language: str, text: str, meeting: str
) -> None:
    """Lower case, no diacritics and a typo still find the intent and the meeting type."""
    found = nlu.understand(text, language, MONDAY)
    assert (found.intent, found.entities.meeting_type) == ("book_meeting", meeting)


@pytest.mark.parametrize(
    ("language", "text", "day", "moment"),
    [
        ("en", "tomorrow at 2pm", date(2026, 11, 24), time(14)),
        ("de", "übermorgen um 10 Uhr", date(2026, 11, 25), time(10)),
        ("fi", "torstaina klo 13.30", date(2026, 11, 26), time(13, 30)),
        ("es", "el viernes a las 9", date(2026, 11, 27), time(9)),
        ("nb", "på tirsdag kl 15", date(2026, 11, 24), time(15)),
        ("de", "am 3.12. um 14:00", date(2026, 12, 3), time(14)),
        ("es", "el 2 de diciembre", date(2026, 12, 2), None),
        ("fi", "2026-12-01", date(2026, 12, 1), None),
    ],
)
def test_dates_and_times_resolve_against_today(
    nlu: Understanding, language: str, text: str, day: date, moment: time | None
) -> None:
    """Relative days, weekday names (from Babel), dates and times in each language."""
    when = nlu.understand(text, language, MONDAY).entities.when
    assert when is not None and (when.day, when.time) == (day, moment)


@pytest.mark.parametrize(
    ("language", "text", "month"),
    [
        ("en", "sometime in January", date(2027, 1, 1)),
        ("de", "Anfang Februar 2027", date(2027, 2, 1)),
        ("fi", "huhtikuussa", date(2027, 4, 1)),
        ("es", "durante junio", date(2027, 6, 1)),
        ("nb", "i november", MONDAY),  # this month: from today on
        ("en", "may we book a meeting", None),  # "may" alone is no month
        ("es", "marzo", None),
    ],
)
def test_a_month_alone_is_a_wish_from_its_first_day(
    nlu: Understanding, language: str, text: str, month: date | None
) -> None:
    when = nlu.understand(text, language, MONDAY).entities.when
    assert (when.month if when else None) == month
    assert when is None or when.day is None


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("en", "training for 45 users", 45),
        ("de", "für 30 Nutzer", 30),
        ("fi", "40 käyttäjää", 40),
        ("es", "para 25 usuarios", 25),
        ("nb", "for 12 brukere", 12),
    ],
)
def test_participant_counts(nlu: Understanding, language: str, text: str, count: int) -> None:
    """A number with a word for users or participants is a participant count."""
    assert nlu.understand(text, language, MONDAY).entities.participants == count


def test_a_bare_number_counts_only_when_asked_for(nlu: Understanding) -> None:
    """ "45" is a participant count only while the bot is asking for one."""
    assert nlu.understand("45", "de", MONDAY).entities.participants is None
    assert nlu.understand("45", "de", MONDAY, expect={"participants"}).entities.participants == 45


@pytest.mark.parametrize(
    ("language", "text", "target"),
    [
        ("en", "please answer in German", "de"),
        ("de", "antworte auf Finnisch", "fi"),
        ("fi", "vastaa englanniksi", "en"),
        ("es", "habla noruego", "nb"),
        ("nb", "svar på spansk", "es"),
    ],
)
def test_language_requests(nlu: Understanding, language: str, text: str, target: str) -> None:
    """A request to switch names its language in any of ours."""
    found = nlu.understand(text, language, MONDAY)
    assert (found.intent, found.entities.target_language) == ("set_language", target)


@pytest.mark.parametrize(
    ("language", "yes", "no"),
    [
        ("en", "yes", "no"),
        ("de", "ja", "nein"),
        ("fi", "kyllä", "ei"),
        ("es", "sí", "no"),
        ("nb", "ja", "nei"),
    ],
)
def test_yes_and_no(nlu: Understanding, language: str, yes: str, no: str) -> None:
    """Short answers to a confirmation are understood as yes or no."""
    assert nlu.understand(yes, language, MONDAY).entities.affirm is True
    assert nlu.understand(no, language, MONDAY).entities.affirm is False


def test_order_references(nlu: Understanding) -> None:
    """ORD-1234, #1234 and "order 1234" are order references."""
    for text, ref in (
        ("return ORD-1042?", "ORD-1042"),
        ("Bestellung #1042", "1042"),
        ("tilaus 1042", "1042"),
    ):
        assert nlu.understand(text, None, MONDAY).entities.order_ref == ref


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "one more training session for the 2nd team wed at 11", "book_meeting"),
        ("en", "cancel the training on friday", "cancel_booking"),
        ("de", "wieviel zeit für schulungen haben wir noch?", "hours_balance"),
        ("de", "noch eine Schulung für das zweite Team am Mittwoch um 11", "book_meeting"),
        ("de", "storniere noch eine schulung", "cancel_booking"),
        ("fi", "vielä yksi koulutus toiselle tiimille keskiviikkona klo 11", "book_meeting"),
        ("fi", "peru vielä yksi koulutus", "cancel_booking"),
        ("es", "cancela otra formación", "cancel_booking"),
        ("nb", "ett kurs til for team 2 onsdag kl 11", "book_meeting"),
    ],
)
def test_a_meeting_name_says_which_meeting_not_what_to_do(
    nlu: Understanding, language: str, text: str, intent: str
) -> None:
    """ "training" in "cancel the training" must not make "one more training" a cancellation:
    the words of a meeting's name weigh like common words; the verb decides."""
    assert nlu.understand(text, language, MONDAY).intent == intent


@pytest.mark.parametrize("text", ["", "   ", "asdf qwer zxcv", "🙂🙂🙂", "1234 5678"])
def test_gibberish_is_unknown(nlu: Understanding, text: str) -> None:
    """The bot does not guess: no phrase close enough means unknown."""
    assert nlu.understand(text, "en", MONDAY).intent == "unknown"


def test_a_broken_file_names_file_and_key(tmp_path: Path) -> None:
    """A bad entry in understanding.toml is reported with its file and key."""
    shutil.copytree(REPO_ROOT / "locales" / "en", tmp_path / "en")
    path = tmp_path / "en" / "understanding.toml"
    path.write_text(path.read_text().replace("book_meeting = [", "book_meetin = ["))
    with pytest.raises(UnderstandingError) as caught:
        Understanding.from_locales(tmp_path, ["en"], load_catalog().meeting_type_keys(), INTENTS)
    assert caught.value.key == "intents.book_meetin" and caught.value.file.endswith(".toml")


def test_a_sixth_language_from_data_only(tmp_path: Path) -> None:
    """Swedish phrases in a temporary folder are understood with no code change."""
    (tmp_path / "sv").mkdir()
    (tmp_path / "sv" / "understanding.toml").write_text(
        '[intents]\nbook_meeting = ["boka ett möte", "jag vill boka"]\nhelp = ["hjälp"]\n'
        '[words]\ntomorrow = ["i morgon"]\n'
    )
    nlu = Understanding.from_locales(tmp_path, ["sv"], [], INTENTS)
    found = nlu.understand("jag vill boka ett mote i morgon", "sv", MONDAY)
    assert found.intent == "book_meeting" and found.entities.when is not None
    assert found.entities.when.day == date(2026, 11, 24)


def test_evaluate_reports_each_label(nlu: Understanding) -> None:
    """The report counts language, intent and meeting type only where labelled."""
    rows = [
        {
            "text": "Kick-off-Meeting buchen",
            "lang": "de",
            "intent": "book_meeting",
            "meeting_type": "kickoff",
        },
        {"text": "Hilfe", "lang": "de", "intent": "help"},
        {"text": "what's in my package", "lang": "fi", "intent": "package_info"},
    ]
    report = evaluate(rows, nlu, lambda text, scores: "de", MONDAY)
    assert report["n"] == 3
    assert report["language_accuracy"] == pytest.approx(2 / 3)
    assert report["intent_accuracy"] == 1.0 and report["meeting_type_accuracy"] == 1.0
    assert report["per_intent"]["help"] == {"n": 1, "accuracy": 1.0}
    assert report["confusions"] == [
        {"field": "language", "expected": "fi", "got": "de", "count": 1}
    ]


def test_a_malformed_line_is_named(tmp_path: Path) -> None:
    """load_jsonl says which line is broken."""
    path = tmp_path / "x.jsonl"
    path.write_text('{"text": "ok"}\n{broken\n')
    with pytest.raises(ValueError, match="line 2"):
        load_jsonl(path)


def test_nlu_eval_command_on_our_set(capsys: pytest.CaptureFixture[str]) -> None:
    """`supportbot nlu eval --json` gives the documented keys, and our set stays accurate."""
    assert (
        main(["nlu", "eval", str(REPO_ROOT / "tests" / "data" / "nlu_eval.jsonl"), "--json"]) == 0
    )
    report = json.loads(capsys.readouterr().out)
    assert {
        "language_accuracy",
        "intent_accuracy",
        "meeting_type_accuracy",
        "per_language",
        "per_intent",
        "confusions",
        "misses",
    } <= set(report)
    assert set(report["per_language"]) == set(LANGUAGES)
    assert report["language_accuracy"] >= 0.95 and report["intent_accuracy"] >= 0.85


def test_misses_are_listed_one_per_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--misses` names each message understood wrongly, with what was expected and found."""
    path = tmp_path / "x.jsonl"
    lines = [
        {"text": "Wie viele Stunden haben wir noch?", "lang": "de", "intent": "hours_balance"},
        {"text": "Wie viele Stunden haben wir noch?", "lang": "de", "intent": "return_check"},
    ]
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n")
    assert main(["nlu", "eval", str(path), "--misses"]) == 0
    listed = [line for line in capsys.readouterr().out.splitlines() if line.startswith("[de]")]
    assert listed == [
        "[de] intent: expected return_check, got hours_balance: Wie viele Stunden haben wir noch?"
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_onsite_visit_at_a_weekend_is_the_after_hours_kind(
    nlu: Understanding, language: str
) -> None:
    """The catalog's onsite visit within working hours (Mon–Fri 08–18) has an after-hours
    twin: a Saturday is that one, a Tuesday at 10 is not."""
    today = date(2026, 11, 23)
    saturday = nlu.understand(ONSITE_SATURDAY[language], language, today)
    tuesday = nlu.understand(ONSITE_TUESDAY_10[language], language, today)
    assert saturday.entities.meeting_type == "onsite_outside_hours"
    assert tuesday.entities.meeting_type == "onsite_working_hours"
    assert saturday.intent == tuesday.intent == "book_meeting"
