"""`supportbot nlu eval FILE` on a set for the date and time resolver (lines with `dates`)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from bot.admin.output import Cli
from bot.nlu.matching import Understanding
from bot.nlu.when_eval import REFERENCE_DAY, Reading, WhenReport, evaluate_when


def eval_when(
    cli: Cli,
    rows: Sequence[Mapping[str, object]],
    understanding: Understanding,
    as_json: bool,
    misses: bool = False,
) -> int:
    """Lines are read as sent on the set's reference day (or a line's own `today`); `misses`
    lists every line read otherwise."""
    report = evaluate_when(rows, understanding, REFERENCE_DAY)
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print(cli, report, misses)
    return 0


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def _show(found: Reading) -> str:
    """A reading in the set's own notation: dates, then the time or the part of the day."""
    dates = "|".join(found["dates"]) or "-"
    return f"{dates} {found['time'] or found['part'] or '-'}"


def _print(cli: Cli, report: WhenReport, misses: bool) -> None:
    cli.say("cli-nlu-when-overall", n=report["n"], accuracy=_pct(report["when_accuracy"]))
    for lang, row in report["per_language"].items():
        cli.say("cli-nlu-when-language", lang=lang, n=row["n"], accuracy=_pct(row["when_accuracy"]))
    for miss in report["misses"] if misses else []:
        cli.say(
            "cli-nlu-when-miss",
            text=miss["text"],
            expected=_show(miss["expected"]),
            got=_show(miss["got"]),
        )
