"""Reading gold JSON Lines: typed records and errors that name file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kronika.errors import MalformedInputError, MissingInputError
from kronika.eval.gold import read_gold

TEXT = "Myanmar's junta said it had detained 40 protesters in Yangon."


def write(tmp_path: Path, *lines: object) -> Path:
    """A JSONL file with one line per object (strings are written as they are)."""
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    return path


def test_reads_events_claims_and_line_types(tmp_path: Path) -> None:
    path = write(tmp_path, {
        "id": "a", "text": TEXT, "published": "2021-03-01", "tasks": ["events", "claims"],
        "events": [{"type": "COERCE", "source_text": "Myanmar's junta", "factuality": "asserted"}],
        "claims": [{"speaker": "Myanmar's junta", "content": "it had detained 40 protesters",
                    "content_span": {"start": 21, "end": 50}}],
        "plover_types": ["COERCE"],
    })
    (gold,) = read_gold(path)
    assert gold.where == f"{path}:1"
    assert gold.events[0].plover_types == ("COERCE",)  # derived from the type
    assert gold.claims[0].content_span.text == "it had detained 40 protesters"
    assert gold.plover_types == ("COERCE",)


def test_limit_and_blank_lines(tmp_path: Path) -> None:
    row = {"text": TEXT, "tasks": ["genre"], "genre": "news"}
    path = write(tmp_path, row, "", row, row)
    assert len(list(read_gold(path, limit=2))) == 2


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", ":2: not valid JSON"),
        ('["a list"]', ":2: a gold line must be a JSON object"),
        (json.dumps({"tasks": ["events"]}), ":2: field 'text' must be a str"),
        (json.dumps({"text": TEXT, "tasks": ["sentiment"]}), ":2: unknown task 'sentiment'"),
        (json.dumps({"text": TEXT, "tasks": ["claims"], "claims": [
            {"speaker": None, "content": "x", "content_span": {"start": 5, "end": 500}}]}),
         ":2: claims[0].content_span: span offsets 5..500 outside the text"),
    ],
)
def test_bad_lines_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = write(tmp_path, {"text": TEXT, "tasks": []}, line)
    with pytest.raises(MalformedInputError) as err:
        list(read_gold(path))
    assert str(err.value).startswith(f"{path}{message}")


def test_empty_reversed_content_span_leaves_the_claim_out(tmp_path: Path) -> None:
    path = write(tmp_path, {"text": TEXT, "tasks": ["claims"], "claims": [
        {"speaker": "junta", "content": "", "content_span": {"start": 9, "end": 3, "text": ""}}]})
    assert next(read_gold(path)).claims == ()


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MissingInputError, match="no such gold file"):
        list(read_gold(tmp_path / "absent.jsonl"))


def test_reads_side_spans_penta_and_side_actors(tmp_path: Path) -> None:
    path = write(tmp_path, {
        "text": TEXT, "tasks": ["dyad_spans", "events"], "penta": 4,
        "spans": [{"label": "SOURCE", "start": 0, "end": 15}],
        "events": [{"type": "COERCE", "sources": [{"actorText": "Myanmar", "code": "MMR",
                                                    "sector": "MIL"}], "targets": []}],
    })
    (gold,) = read_gold(path)
    assert gold.penta == 4 and gold.sides[0].span.text == "Myanmar's junta"
    assert gold.events[0].sources[0].code == "MMR" and gold.events[0].targets == ()


def test_side_span_without_a_known_label_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, {"text": TEXT, "tasks": ["dyad_spans"],
                            "spans": [{"label": "AGENT", "start": 0, "end": 7}]})
    with pytest.raises(MalformedInputError, match=r"gold.jsonl:1: spans\[0\]: a side span"):
        list(read_gold(path))
