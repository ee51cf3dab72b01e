"""A small intent classifier trained at start-up from the example phrases of one language.

Multinomial naive Bayes over word and character n-grams (complement form, which copes with
intents of very different sizes). It learns in one counting pass, so adding a phrase to
understanding.toml teaches it without any file of weights, and it needs no library: pure
Python trains five languages' phrases in well under the start-up budget (see
benchmarks/nlu.py). Character n-grams carry it over inflections, compounds and typos that no
example spells out ("Schulungsstunden", "varauksemme").
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

SMOOTHING = 0.3
CHAR_SIZES = (3, 4, 5)


def features(message: Sequence[str]) -> Counter[str]:
    """Words, word pairs and the character n-grams of each word (marked at its edges)."""
    found: Counter[str] = Counter(f"w:{token}" for token in message if not token.isdigit())
    found.update(f"b:{a}_{b}" for a, b in itertools.pairwise(message))
    for token in message:
        if token.isdigit():
            continue
        padded = f"<{token}>"
        for size in CHAR_SIZES:
            found.update(f"c:{padded[i : i + size]}" for i in range(len(padded) - size + 1))
    return found


class Classifier:
    """Scores every intent of one language for a message; `probabilities` sum to one."""

    def __init__(self, examples: Iterable[tuple[str, Sequence[str]]]) -> None:
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        for intent, message in examples:
            self.counts[intent].update(_normalised(features(message)))
        self.intents = sorted(self.counts)
        self.total: Counter[str] = Counter()
        for found in self.counts.values():
            self.total.update(found)
        size = len(self.total)
        mass = sum(self.total.values())
        # Complement naive Bayes: an intent's weight for a feature is how rare the feature is
        # among every OTHER intent's examples, -log((total - own + a) / rest), normalised by
        # its sum over the vocabulary so that long lists do not dominate. The sum is computed
        # from the intent's own features only: the others share one term.
        shared = sum(math.log(n + SMOOTHING) for n in self.total.values())
        self.rest: dict[str, float] = {}
        self.norm: dict[str, float] = {}
        for intent in self.intents:
            own = self.counts[intent]
            rest = math.log(mass - sum(own.values()) + SMOOTHING * size)
            logs = shared + sum(
                math.log(self.total[f] - n + SMOOTHING) - math.log(self.total[f] + SMOOTHING)
                for f, n in own.items()
            )
            self.rest[intent], self.norm[intent] = rest, (size * rest - logs) or 1.0
        self.sharpness = size**0.5
        self._weights: dict[str, tuple[float, ...]] = {}

    def _weights_of(self, feature: str) -> tuple[float, ...]:
        """The feature's weight for each intent (in `intents` order), worked out once."""
        known = self._weights.get(feature)
        if known is None:
            total = self.total[feature]
            known = self._weights[feature] = tuple(
                (self.rest[i] - math.log(total - self.counts[i][feature] + SMOOTHING))
                / self.norm[i]
                for i in self.intents
            )
        return known

    def probabilities(self, message: Sequence[str]) -> dict[str, float]:
        """Each intent's share, softened into probabilities (a flat spread when nothing known)."""
        found = {f: n for f, n in _normalised(features(message)).items() if f in self.total}
        if not found or not self.intents:
            return {intent: 1 / max(len(self.intents), 1) for intent in self.intents}
        sums = [0.0] * len(self.intents)
        for feature, amount in found.items():
            for place, weight in enumerate(self._weights_of(feature)):
                sums[place] += weight * amount
        return _softmax(dict(zip(self.intents, sums, strict=True)), self.sharpness)


def _normalised(found: Mapping[str, int]) -> dict[str, float]:
    """Dampened counts (log), scaled to unit length: a long message weighs like a short one."""
    damped = {f: math.log1p(n) for f, n in found.items()}
    length = math.sqrt(sum(v * v for v in damped.values())) or 1.0
    return {f: v / length for f, v in damped.items()}


def _softmax(scores: Mapping[str, float], sharpness: float) -> dict[str, float]:
    top = max(scores.values())
    exps = {k: math.exp((v - top) * sharpness) for k, v in scores.items()}
    total = sum(exps.values())
    return {k: v / total for k, v in exps.items()}
