"""`supportbot nlu eval`: runs bot.nlu_eval on a JSONL file and reports through Fluent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.app import build_translator
from bot.language import LanguageDetector
from bot.nlu_eval import evaluate, load_jsonl
from bot.understanding import Understanding
from storage.catalog import load_catalog

if TYPE_CHECKING:
    from bot.cli import Cli


def run_eval(cli: Cli, path: Path, as_json: bool) -> int:
    from bot.clock import Clock

    settings = cli.settings
    build_translator(settings)
    try:
        rows = load_jsonl(path)
    except (OSError, ValueError) as error:
        return cli.fail("cli-nlu-bad-file", file=str(path), reason=str(error))
    catalog = load_catalog(settings.catalog_dir)
    understanding = Understanding.from_locales(
        settings.locales_dir, settings.languages, catalog.meeting_type_keys()
    )
    detector = LanguageDetector.from_locales(settings.locales_dir, settings.languages)

    def detect(text: str, scores: Any) -> str | None:
        return detector.detect(text, scores).language

    report = evaluate(rows, understanding, detect, Clock().now().date())
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    _print_report(cli, report)
    return 0


def _pct(value: object) -> str:
    return "-" if value is None else f"{float(value) * 100:.1f}%"  # type: ignore[arg-type]


def _print_report(cli: Cli, report: dict[str, Any]) -> None:
    cli.say(
        "cli-nlu-overall",
        n=report["n"],
        language=_pct(report["language_accuracy"]),
        intent=_pct(report["intent_accuracy"]),
        meeting=_pct(report["meeting_type_accuracy"]),
    )
    for lang, row in sorted(report["per_language"].items()):
        cli.say(
            "cli-nlu-language",
            lang=lang,
            n=row["n"],
            language=_pct(row["language_accuracy"]),
            intent=_pct(row["intent_accuracy"]),
            meeting=_pct(row["meeting_type_accuracy"]),
        )
    for intent, row in sorted(report["per_intent"].items()):
        cli.say("cli-nlu-intent", intent=intent, n=row["n"], accuracy=_pct(row["accuracy"]))
    for item in report["confusions"][:15]:
        cli.say(
            "cli-nlu-confusion",
            field=item["field"],
            expected=str(item["expected"]),
            got=str(item["got"]),
            count=item["count"],
        )
