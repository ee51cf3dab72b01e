"""`supportbot nlu eval FILE`: accuracy of language, intent and meeting type on a labelled set."""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from pathlib import Path

from bot.admin.nlu_when import eval_when
from bot.admin.output import Cli, Commands, Runner
from bot.app import knowledge_for
from bot.clock import Clock
from bot.nlu.evaluation import Report, evaluate, load_jsonl
from bot.nlu.when_eval import is_when_set


def add_parsers(commands: Commands, cli: Cli) -> None:
    t = cli.t
    nlu = commands.add_parser("nlu", help=t("cli-nlu"), description=t("cli-nlu"))
    nlu_commands = nlu.add_subparsers(dest="nlu_command", required=True, metavar="ACTION")
    evaluate_ = nlu_commands.add_parser("eval", help=t("cli-nlu-eval"))
    evaluate_.add_argument("file", type=Path, help=t("cli-nlu-file"))
    evaluate_.add_argument("--json", action="store_true", help=t("cli-json"))
    evaluate_.add_argument("--misses", action="store_true", help=t("cli-nlu-misses"))


def _eval(cli: Cli, args: argparse.Namespace) -> int:
    try:
        rows = load_jsonl(args.file)
    except (OSError, ValueError) as error:
        return cli.fail("cli-nlu-bad-file", file=str(args.file), reason=str(error))
    known = knowledge_for(cli.settings, cli.translator)
    if is_when_set(rows):  # a set for the date and time resolver
        return eval_when(cli, rows, known.understanding, args.json, args.misses)

    def detect(text: str, scores: Mapping[str, float]) -> str | None:
        return known.detector.detect(text, scores).language

    report = evaluate(rows, known.understanding, detect, Clock().now().date())
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    _print_report(cli, report)
    for miss in report["misses"] if args.misses else []:
        cli.say("cli-nlu-miss", **miss)
    return 0


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def _print_report(cli: Cli, report: Report) -> None:
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
    for intent, found in sorted(report["per_intent"].items()):
        cli.say("cli-nlu-intent", intent=intent, n=found["n"], accuracy=_pct(found["accuracy"]))
    for item in report["confusions"][:15]:
        cli.say(
            "cli-nlu-confusion",
            field=item["field"],
            expected=item["expected"],
            got=item["got"],
            count=item["count"],
        )


COMMANDS: dict[str, Runner] = {"nlu": _eval}
