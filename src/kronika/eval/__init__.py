"""Scoring kronika against gold data: read gold lines, match, score, report."""

from kronika.eval.gold import GoldLine, read_gold
from kronika.eval.run import EvalReport, Miss, evaluate
from kronika.eval.score import Accuracy, Confusion, LabelScores, Score

__all__ = [
    "Accuracy", "Confusion", "EvalReport", "GoldLine", "LabelScores", "Miss", "Score",
    "evaluate", "read_gold",
]
