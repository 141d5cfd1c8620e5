"""Counts and ratios of the scoring module, with exact numbers."""

from collections import Counter

import pytest

from kronika.eval.score import Accuracy, Confusion, LabelScores, Score, combine, headline


def test_score_ratios_exact() -> None:
    score = Score(tp=3, fp=1, fn=2)
    assert score.precision == pytest.approx(0.75)
    assert score.recall == pytest.approx(0.6)
    assert score.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert score.errors == 3


def test_score_safe_on_zero() -> None:
    empty = Score()
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)
    assert Score(tp=0, fp=2, fn=0).f1 == 0.0


def test_scores_add_up() -> None:
    assert Score(1, 2, 3) + Score(4, 5, 6) == Score(5, 7, 9)


def test_score_to_dict_rounds() -> None:
    assert Score(1, 2, 0).to_dict() == {
        "tp": 1, "fp": 2, "fn": 0, "precision": 0.3333, "recall": 1.0, "f1": 0.5,
    }


def test_accuracy_counts() -> None:
    accuracy = Accuracy()
    for right in (True, False, True, True):
        accuracy.add(right)
    assert (accuracy.correct, accuracy.total, accuracy.value) == (3, 4, 0.75)
    assert Accuracy().value == 0.0


def test_label_scores_micro_and_macro() -> None:
    labels = LabelScores()
    labels["ASSAULT"].tp += 2          # f1 1.0
    labels["PROTEST"].fn += 1          # f1 0.0
    assert labels.micro == Score(2, 0, 1)
    assert labels.macro_f1 == pytest.approx(0.5)
    merged = labels + LabelScores({"PROTEST": Score(1, 0, 0)})
    assert merged.labels["PROTEST"] == Score(1, 0, 1)
    assert labels.labels["PROTEST"] == Score(0, 0, 1)  # adding does not mutate


def test_confusion_accuracy_and_matrix() -> None:
    confusion = Confusion()
    confusion.add("asserted", "asserted")
    confusion.add("asserted", "reported")
    confusion.add("future", "future")
    assert confusion.accuracy == Accuracy(2, 3)
    assert confusion.to_dict()["matrix"] == {
        "asserted": {"asserted": 1, "reported": 1}, "future": {"future": 1},
    }
    assert (confusion + confusion).pairs == Counter(
        {("asserted", "asserted"): 2, ("asserted", "reported"): 2, ("future", "future"): 2}
    )


def test_combine_adds_measures_by_name() -> None:
    total = combine([
        {"claims": Score(1, 0, 1), "genre": Accuracy(1, 1)},
        {"claims": Score(0, 1, 0)},
        {"genre": Accuracy(0, 1)},
    ])
    assert total == {"claims": Score(1, 1, 1), "genre": Accuracy(1, 2)}
    assert headline(total["claims"]) == pytest.approx(0.5)
    assert headline(total["genre"]) == 0.5
