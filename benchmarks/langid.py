"""Language identification on a labelled JSONL set (default: ../shared/data/langid_tatoeba.jsonl).

Run: .venv/bin/python benchmarks/langid.py [FILE]
Prints accuracy overall, per length bucket and per language, the confusions, and speed, for
our detector and for langdetect restricted to the same profiles without word evidence.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT = ROOT.parent / "shared" / "data" / "langid_tatoeba.jsonl"
LANGUAGES = ["en", "de", "fi", "es", "nb"]


def bucket(text: str) -> str:
    words = len(text.split())
    return "1-2 words" if words <= 2 else "3-5 words" if words <= 5 else "6-12 words"


def measure(name: str, detect, rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    hits, per_bucket, per_lang, confusions = 0, Counter(), Counter(), Counter()
    totals_bucket, totals_lang = Counter(), Counter()
    start = time.perf_counter()
    for row in rows:
        got = detect(row["text"])
        totals_bucket[bucket(row["text"])] += 1
        totals_lang[row["lang"]] += 1
        if got == row["lang"]:
            hits += 1
            per_bucket[bucket(row["text"])] += 1
            per_lang[row["lang"]] += 1
        else:
            confusions[(row["lang"], got)] += 1
    micros = (time.perf_counter() - start) / len(rows) * 1e6
    print(f"\n{name}: {hits / len(rows):.1%} of {len(rows)}  ({micros:.0f} µs/call)")
    for key in sorted(totals_bucket):
        print(f"  {key:<11} {per_bucket[key] / totals_bucket[key]:.1%}")
    for key in LANGUAGES:
        if totals_lang[key]:
            print(f"  {key:<11} {per_lang[key] / totals_lang[key]:.1%}")
    print(
        "  confusions (expected -> got):",
        ", ".join(f"{a}->{b} {n}" for (a, b), n in confusions.most_common(8)),
    )


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    cold = time.perf_counter()
    from bot.nlu.language import LanguageDetector

    ours = LanguageDetector.from_locales(ROOT / "locales", LANGUAGES)
    ours.detect("warm up")
    cold_ms = (time.perf_counter() - cold) * 1e3
    print(f"cold start (import, construction, first call): {cold_ms:.0f} ms")
    plain = LanguageDetector(LANGUAGES, {"nb": "no"}, {})
    measure("supportbot detector (langdetect + words)", lambda t: ours.detect(t).language, rows)
    measure("langdetect restricted to the five profiles", lambda t: plain.detect(t).language, rows)


if __name__ == "__main__":
    main()
