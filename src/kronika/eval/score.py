"""Counts and the numbers derived from them: precision, recall, F1, accuracy, confusion.

Every count class is a small mutable dataclass that adds up with ``+`` so that per-line results
aggregate into per-dataset results without any bookkeeping outside this module. Every ratio is
safe on zero: an empty denominator gives 0.0, never an exception.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


def ratio(numerator: float, denominator: float) -> float:
    """``numerator / denominator``, or 0.0 when there is nothing to divide by."""
    return numerator / denominator if denominator else 0.0


@dataclass
class Score:
    """True positives, false positives and false negatives of one measure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Share of predictions that were right."""
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        """Share of gold items that were found."""
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def errors(self) -> int:
        """How many predictions or gold items were wrong."""
        return self.fp + self.fn

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, Any]:
        """Counts and ratios, ratios rounded to four places."""
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Accuracy:
    """Right answers out of scored items."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        """Share of scored items that were right."""
        return ratio(self.correct, self.total)

    @property
    def errors(self) -> int:
        """How many scored items were wrong."""
        return self.total - self.correct

    def add(self, right: bool) -> None:
        """Count one scored item."""
        self.total += 1
        self.correct += int(right)

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    def to_dict(self) -> dict[str, Any]:
        """Counts and the accuracy rounded to four places."""
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass
class LabelScores:
    """One ``Score`` per label, with micro and macro averages."""

    labels: dict[str, Score] = field(default_factory=dict)

    def __getitem__(self, label: str) -> Score:
        return self.labels.setdefault(label, Score())

    @property
    def micro(self) -> Score:
        """All labels pooled into one count."""
        return sum(self.labels.values(), Score())

    @property
    def macro_f1(self) -> float:
        """Unweighted mean of the per-label F1 scores."""
        return ratio(sum(s.f1 for s in self.labels.values()), len(self.labels))

    def __add__(self, other: LabelScores) -> LabelScores:
        merged = LabelScores({k: Score(v.tp, v.fp, v.fn) for k, v in self.labels.items()})
        for label, score in other.labels.items():
            merged.labels[label] = merged[label] + score
        return merged

    def to_dict(self) -> dict[str, Any]:
        """Micro, macro and per-label numbers."""
        return {
            "micro": self.micro.to_dict(),
            "macro_f1": round(self.macro_f1, 4),
            "labels": {k: v.to_dict() for k, v in sorted(self.labels.items())},
        }


@dataclass
class SubtypeScores(LabelScores):
    """Single-label classification scores (one gold and at most one predicted label per
    item), headlined by the support-weighted F1 as in CASE 2021 task 2."""

    def __add__(self, other: LabelScores) -> SubtypeScores:
        return SubtypeScores(LabelScores.__add__(self, other).labels)

    def weighted(self) -> tuple[float, float, float]:
        """Precision, recall and F1 of each label weighted by its gold support."""
        support = {k: s.tp + s.fn for k, s in self.labels.items()}
        total = sum(support.values())
        return (ratio(sum(support[k] * s.precision for k, s in self.labels.items()), total),
                ratio(sum(support[k] * s.recall for k, s in self.labels.items()), total),
                ratio(sum(support[k] * s.f1 for k, s in self.labels.items()), total))

    def to_dict(self) -> dict[str, Any]:
        """Micro, macro, weighted and per-label numbers."""
        precision, recall, f1 = self.weighted()
        return {**super().to_dict(), "weighted": {"precision": round(precision, 4),
                                                  "recall": round(recall, 4), "f1": round(f1, 4)}}


@dataclass
class Confusion:
    """Counts of (gold label, predicted label) pairs."""

    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, gold: str, predicted: str) -> None:
        """Count one compared item."""
        self.pairs[(gold, predicted)] += 1

    @property
    def accuracy(self) -> Accuracy:
        """Pairs whose labels agree out of all pairs."""
        right = sum(n for (g, p), n in self.pairs.items() if g == p)
        return Accuracy(right, sum(self.pairs.values()))

    def __add__(self, other: Confusion) -> Confusion:
        return Confusion(self.pairs + other.pairs)

    def to_dict(self) -> dict[str, Any]:
        """Nested ``{gold: {predicted: n}}`` with the accuracy."""
        matrix: dict[str, dict[str, int]] = {}
        for (gold, predicted), n in sorted(self.pairs.items()):
            matrix.setdefault(gold, {})[predicted] = n
        return {**self.accuracy.to_dict(), "matrix": matrix}


Measure = Score | Accuracy | LabelScores | SubtypeScores | Confusion


def combine(results: Iterable[Mapping[str, Measure]]) -> dict[str, Measure]:
    """Add up per-line measures that share a name into one measure per name."""
    total: dict[str, Measure] = {}
    for result in results:
        for name, measure in result.items():
            total[name] = total[name] + measure if name in total else measure  # type: ignore[operator]
    return total


def headline(measure: Measure) -> float:
    """The one number shown for a measure: F1, accuracy or micro F1."""
    if isinstance(measure, Score):
        return measure.f1
    if isinstance(measure, Accuracy):
        return measure.value
    if isinstance(measure, SubtypeScores):
        return measure.weighted()[2]
    if isinstance(measure, LabelScores):
        return measure.micro.f1
    return measure.accuracy.value
