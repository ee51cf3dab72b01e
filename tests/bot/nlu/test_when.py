"""The date and time resolver on sentences of our own: false friends give no date, time or part
of the day; "next <weekday>" keeps both days; the scoring and the command report it."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest

from bot.admin.cli import main
from bot.nlu.matching import Understanding
from bot.nlu.when_eval import evaluate_when
from handlers.base import WhenHint

LANGUAGES = ["en", "de", "fi", "es", "nb"]
MONDAY = date(2026, 11, 23)


def _when(nlu: Understanding, language: str, text: str) -> WhenHint | None:
    return nlu.understand(text, language, MONDAY).entities.when


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Guten Abend, wir brauchen einen Rückruf."),
        ("de", "Guten Morgen, die Lizenz für Standort 7 läuft ab."),
        ("fi", "Hyvää huomenta, tilaus 4711 on kesken."),
        ("fi", "Hyvää iltaa, versio 2.15 kaatuu."),
        ("es", "Buenas noches, somos 8 personas en la sede 2."),
        ("es", "Buenos días, la versión 4.11 falla."),
        ("nb", "God kveld, vi er 6 brukere på kontor 5."),
        ("nb", "God morgen, jeg ringte i morges om ordre 3301."),
        ("en", "Good evening, I am the admin of site 4 with 9 users."),
        ("en", "May I ask about ticket 2210? We offer 24/7 coverage."),
    ],
)
def test_false_friends_name_no_time(nlu: Understanding, language: str, text: str) -> None:
    """Greetings, "I am", "May I", counts, IDs and versions are no date, time or part."""
    assert _when(nlu, language, text) is None


@pytest.mark.parametrize(
    ("language", "text", "moment"),
    [
        ("de", "Geht es um 5 am Dienstag?", time(17)),
        ("de", "Ein Termin von 3 Stunden, am Dienstag um 8 Uhr", time(8)),
        ("fi", "Tapaaminen kestää 3 tuntia, tiistaina klo 8", time(8)),
        ("es", "Somos 5 personas, el martes a las 8", time(8)),
        ("nb", "Det tar 3 timer, tirsdag kl 8", time(8)),
        ("en", "We are 5 people, Tuesday at 8", time(8)),
    ],
)
def test_counts_leave_the_time_alone(
    nlu: Understanding, language: str, text: str, moment: time
) -> None:
    """A number that counts is passed over; German "am" (on) is no a.m."""
    when = _when(nlu, language, text)
    assert when is not None and (when.day, when.time) == (date(2026, 11, 24), moment)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Passt Ihnen nächsten Samstag?"),
        ("fi", "Sopiiko ensi lauantaina?"),
        ("es", "¿Les va bien el sábado que viene?"),
        ("nb", "Passer det neste lørdag?"),
        ("en", "Does next Saturday suit you?"),
    ],
)
def test_next_weekday_keeps_both_days(nlu: Understanding, language: str, text: str) -> None:
    """ "next Saturday" is this week's or next week's: both are kept, the earlier is `day`."""
    when = _when(nlu, language, text)
    assert when is not None and when.ambiguous
    assert when.alternatives == (date(2026, 11, 28), date(2026, 12, 5))
    assert when.day == date(2026, 11, 28)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "nächsten Montag"),
        ("fi", "ensi maanantaina"),
        ("es", "el próximo lunes"),
        ("nb", "neste mandag"),
        ("en", "next Monday"),
    ],
)
def test_next_monday_said_on_a_monday_is_one_day(
    nlu: Understanding, language: str, text: str
) -> None:
    when = _when(nlu, language, text)
    assert when is not None and not when.ambiguous and when.day == date(2026, 11, 30)


@pytest.mark.parametrize(
    ("language", "text", "day", "moment", "part"),
    [
        ("de", "Samstag nächster Woche um halb elf", date(2026, 12, 5), time(10, 30), None),
        (
            "fi",
            "seuraavan viikon lauantaina varttia vaille kaksi",
            date(2026, 12, 5),
            time(13, 45),
            None,
        ),
        (
            "es",
            "el sábado de la semana que viene a las dos y media",
            date(2026, 12, 5),
            time(14, 30),
            None,
        ),
        ("nb", "lørdag i neste uke kvart over elleve", date(2026, 12, 5), time(11, 15), None),
        ("en", "Saturday next week at twenty past one", date(2026, 12, 5), time(13, 20), None),
        ("nb", "i kveld", MONDAY, None, "evening"),
        ("es", "el martes por la noche", date(2026, 11, 24), None, "evening"),
        ("en", "Tuesday at 7 in the evening", date(2026, 11, 24), time(19), None),
    ],
)
def test_next_week_and_spoken_times(
    nlu: Understanding, language: str, text: str, day: date, moment: time | None, part: str | None
) -> None:
    when = _when(nlu, language, text)
    assert when is not None and (when.day, when.time, when.part_of_day) == (day, moment, part)


def test_english_slash_dates_keep_both_valid_readings(nlu: Understanding) -> None:
    """5/6 is 6 May or 5 June; 6/25 only 25 June; "Fri 4/12" only the Friday (4 December)."""
    both = _when(nlu, "en", "is 5/6 ok?")
    assert both is not None and both.alternatives == (date(2027, 5, 6), date(2027, 6, 5))
    one = _when(nlu, "en", "is 6/25 ok?")
    assert one is not None and (one.day, one.alternatives) == (date(2027, 6, 25), ())
    fri = _when(nlu, "en", "Fri 4/12 at 10")
    assert fri is not None and (fri.day, fri.alternatives) == (date(2026, 12, 4), ())
    spanish = _when(nlu, "es", "el 5/6 a las 10")
    assert spanish is not None and (spanish.day, spanish.alternatives) == (date(2027, 6, 5), ())


def test_evaluate_when_scores_and_lists_misses(nlu: Understanding) -> None:
    rows = [
        {
            "lang": "en",
            "text": "Friday at 3",
            "dates": ["2026-11-27"],
            "time": "15:00",
            "part": None,
        },
        {
            "lang": "de",
            "text": "Freitag um 3",
            "dates": ["2026-11-27"],
            "time": "03:00",
            "part": None,
        },
    ]
    report = evaluate_when(rows, nlu, MONDAY)
    assert report["when_accuracy"] == 0.5
    assert report["per_language"]["en"] == {"n": 1, "when_accuracy": 1.0}
    assert [m["text"] for m in report["misses"]] == ["Freitag um 3"]
    assert report["misses"][0]["got"]["time"] == "15:00"


def test_nlu_eval_command_detects_a_date_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`supportbot nlu eval FILE --json` on lines with `dates` reports the resolver."""
    path = tmp_path / "when.jsonl"
    row = {"lang": "fi", "text": "ensi lauantaina", "dates": ["2026-11-28", "2026-12-05"]}
    path.write_text(json.dumps({**row, "time": None, "part": None}) + "\n", encoding="utf-8")
    assert main(["nlu", "eval", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["when_accuracy"] == 1.0 and report["misses"] == []
    assert report["per_language"] == {"fi": {"n": 1, "when_accuracy": 1.0}}
    assert main(["nlu", "eval", str(path)]) == 0
    assert "100.0%" in capsys.readouterr().out
