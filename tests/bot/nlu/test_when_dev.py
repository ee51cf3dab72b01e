"""Every line of the shared date and time set (../shared/data/when_dev.jsonl) resolves as its
accepted answers say, through the real understanding with the line's language first."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bot.nlu.matching import Understanding
from bot.nlu.when_eval import REFERENCE_DAY, expected, matches, resolve

# tests/bot/nlu/ → the repository → the folder beside it that holds the shared data
DEV_SET = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "when_dev.jsonl"
LANGUAGES = ["en", "de", "fi", "es", "nb"]


def _cases() -> list[object]:
    """One case per line, named by language and place ("de-07"); a missing file is one failing
    case rather than none, so that a lost data set cannot pass unnoticed."""
    if not DEV_SET.is_file():
        return [pytest.param(None, id="when_dev-missing")]
    seen: Counter[str] = Counter()
    cases: list[object] = []
    for line in DEV_SET.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            seen[row["lang"]] += 1
            cases.append(pytest.param(row, id=f"{row['lang']}-{seen[row['lang']]:02d}"))
    return cases


@pytest.mark.parametrize("row", _cases())
def test_when_dev_line(nlu: Understanding, row: dict[str, object] | None) -> None:
    """Dates and time (or part of the day) as accepted; an ambiguous line keeps every date."""
    if row is None:
        pytest.fail(f"the date and time set is missing: {DEV_SET}")
    want, got = expected(row), resolve(nlu, row, REFERENCE_DAY)
    assert matches(want, got), f"{row['text']!r}: expected {want}, got {got}"
