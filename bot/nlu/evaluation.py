"""Accuracy of language detection, intents and meeting types on a labelled JSONL set."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import TypedDict, cast

from bot.nlu.matching import Understanding

Detect = Callable[[str, Mapping[str, float]], str | None]
FIELDS = ("language", "intent", "meeting_type")
# The labelled sets call everything that is no capability "unknown": small talk, and thanks and
# goodbye on their own. The bot answers a greeting with its menu and thanks with a short close,
# neither of which is a capability's answer.
OUT_OF_SCOPE = {"thanks": "unknown", "greeting": "unknown", "out_of_scope": "unknown"}


class Row(TypedDict, total=False):
    text: str
    lang: str
    intent: str
    meeting_type: str


class LanguageRow(TypedDict):
    n: int
    language_accuracy: float | None
    intent_accuracy: float | None
    meeting_type_accuracy: float | None


class IntentRow(TypedDict):
    n: int
    accuracy: float | None


class Confusion(TypedDict):
    field: str
    expected: str
    got: str
    count: int


class Miss(TypedDict):
    text: str
    lang: str
    field: str
    expected: str
    got: str


class Report(TypedDict):
    n: int
    language_accuracy: float | None
    intent_accuracy: float | None
    meeting_type_accuracy: float | None
    per_language: dict[str, LanguageRow]
    per_intent: dict[str, IntentRow]
    confusions: list[Confusion]
    misses: list[Miss]


def load_jsonl(path: Path) -> list[Row]:
    """Rows of {"text", "lang"?, "intent"?, "meeting_type"?}; a bad line names its number."""
    rows: list[Row] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"line {number}: {error.msg}") from error
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise ValueError(f'line {number}: an object with a "text" string is needed')
        rows.append(cast(Row, row))  # checked: an object with a text
    return rows


def _ratio(hits: int, total: int) -> float | None:
    return hits / total if total else None


class _Tally:
    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.totals: Counter[str] = Counter()

    def add(self, field: str, ok: bool) -> None:
        self.totals[field] += 1
        self.hits[field] += ok

    def accuracy(self, field: str) -> float | None:
        return _ratio(self.hits[field], self.totals[field])


def evaluate(
    rows: Iterable[Row], understanding: Understanding, detect: Detect, today: date
) -> Report:
    """Accuracy overall, per language and per intent, for whichever labels the rows carry."""
    overall = _Tally()
    per_language: defaultdict[str, _Tally] = defaultdict(_Tally)
    per_intent: defaultdict[str, _Tally] = defaultdict(_Tally)
    confusions: Counter[tuple[str, str, str]] = Counter()
    misses: list[Miss] = []
    count = 0
    for row in rows:
        count += 1
        text = str(row["text"])
        detected = detect(text, understanding.phrase_scores(text))
        language = row.get("lang") or detected
        understood = understanding.understand(text, language, today)
        got = {
            "language": detected,
            "intent": OUT_OF_SCOPE.get(understood.intent, understood.intent),
            "meeting_type": understood.entities.meeting_type,
        }
        want = {
            "language": row.get("lang"),
            "intent": row.get("intent"),
            "meeting_type": row.get("meeting_type"),
        }
        for field in FIELDS:
            if want[field] is None:
                continue
            ok = got[field] == want[field]
            overall.add(field, ok)
            per_language[str(language)].add(field, ok)
            if field == "intent":
                per_intent[str(want[field])].add("intent", ok)
            if not ok:
                confusions[(field, str(want[field]), str(got[field]))] += 1
                expected, found = str(want[field]), str(got[field])
                misses.append(
                    Miss(text=text, lang=str(language), field=field, expected=expected, got=found)
                )
    return _report(count, overall, per_language, per_intent, confusions, misses)


def _report(
    count: int,
    overall: _Tally,
    per_language: Mapping[str, _Tally],
    per_intent: Mapping[str, _Tally],
    confusions: Counter[tuple[str, str, str]],
    misses: list[Miss],
) -> Report:
    return {
        "misses": misses,
        "n": count,
        "language_accuracy": overall.accuracy("language"),
        "intent_accuracy": overall.accuracy("intent"),
        "meeting_type_accuracy": overall.accuracy("meeting_type"),
        "per_language": {
            lang: {
                "n": max(t.totals.values(), default=0),
                "language_accuracy": t.accuracy("language"),
                "intent_accuracy": t.accuracy("intent"),
                "meeting_type_accuracy": t.accuracy("meeting_type"),
            }
            for lang, t in sorted(per_language.items())
        },
        "per_intent": {
            intent: {"n": t.totals["intent"], "accuracy": t.accuracy("intent")}
            for intent, t in sorted(per_intent.items())
        },
        "confusions": [
            {"field": f, "expected": e, "got": g, "count": n}
            for (f, e, g), n in confusions.most_common()
        ],
    }
