"""evaluate() end to end with a stand-in analyzer (the pipeline is tested elsewhere)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from kronika.errors import UsageError
from kronika.eval.gold import GoldLine
from kronika.eval.run import evaluate, to_document
from kronika.records import Analysis, Document, Event, Evidence


def protest_event(text: str) -> Event:
    """A PROTEST event spanning the whole text."""
    return Event(
        id="e", type="PROTEST", mode=None, cameo="14", quad_class=None, goldstein=None,
        source=None, target=None, source_country=None, target_country=None, source_code=None,
        target_code=None, location=None, date=None, factuality="asserted",
        factuality_cue=None, attributed_to=None, trigger="marched", confidence=1.0,
        evidence=Evidence(0, 0, len(text), text), acled_type="Protests: Peaceful protest",
    )


def protests_everywhere(documents: Iterable[Document]) -> Iterator[Analysis]:
    """Stand-in analyzer: one PROTEST event per document."""
    for document in documents:
        yield Analysis(document, events=(protest_event(document.text),))


def gold_file(tmp_path: Path) -> Path:
    """Three CASE-style lines: one right, one false alarm, one unscored."""
    folder = tmp_path / "case"
    folder.mkdir()
    rows = [
        {"id": "1", "text": "Farmers marched on Delhi.", "tasks": ["event_type"],
         "acled_subtype": "PEACE_PROTEST", "plover_types": ["PROTEST"]},
        {"id": "2", "text": "A cyclone hit Odisha.", "tasks": ["event_type"],
         "acled_subtype": "NATURAL_DISASTER", "plover_types": []},
        {"id": "3", "text": "Gangs clashed in Port-au-Prince.", "tasks": ["event_type"],
         "acled_subtype": "OTHER", "plover_types": None},
    ]
    path = folder / "case.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_evaluate_scores_and_lists_misses(tmp_path: Path) -> None:
    report = evaluate([gold_file(tmp_path)], analyzer=protests_everywhere)
    (dataset,) = report.datasets
    assert (dataset.name, dataset.lines, report.documents) == ("case", 3, 3)
    assert dataset.measures["event_type.accuracy"].to_dict()["accuracy"] == 0.5
    assert dataset.measures["event_type.no_event"].total == 1
    disaster, other = report.worst(5)
    assert (disaster.id, disaster.expected) == (
        "2", ("ACLED NATURAL_DISASTER (got PEACE_PROTEST)", "NATURAL_DISASTER: no event"))
    assert (other.id, other.expected) == ("3", ("ACLED OTHER (got PEACE_PROTEST)",))
    measures = report.to_dict()["datasets"][0]["measures"]
    assert measures["event_type.lines"]["fp"] == 1
    # One of three lines right; PEACE_PROTEST (support 1) has P 1/3, R 1: weighted F1 .5/3.
    assert measures["event_type.acled"]["weighted"]["f1"] == round(0.5 / 3, 4)
    # Over the ACLED labels only, the two other gold labels are not counted: F1 .5 on 1 line.
    assert measures["event_type.acled_25"]["weighted"]["f1"] == 0.5
    assert report.table().row_count == 5


def test_evaluate_filters_tasks_and_rejects_unknown(tmp_path: Path) -> None:
    path = gold_file(tmp_path)
    assert evaluate([path], tasks=["claims"], analyzer=protests_everywhere).documents == 0
    with pytest.raises(UsageError, match="unknown task 'sentiment'"):
        evaluate([path], tasks=["sentiment"], analyzer=protests_everywhere)


def test_documents_keep_the_exact_gold_text() -> None:
    line = GoldLine(id="x", text="  Kenya recalled its envoy.\r\n", published="2023-05-02",
                    tasks=("events",), where="gold.jsonl:1")
    document = to_document(line)
    assert document.text == line.text  # gold offsets point into this text
    assert document.published == "2023-05-02"
