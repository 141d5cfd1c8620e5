"""Every export format writes files that read back, atomically, with the promised content."""

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from fixtures.analyses import samples
from kronika.errors import UsageError
from kronika.export import FORMATS, export
from kronika.export.atomic import atomic_path
from kronika.export.gdelt import COLUMNS
from kronika.store import Store
from kronika.store.schema import TABLES


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file with a header."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_parquet_writes_one_readable_file_per_table(filled: Store, tmp_path: Path) -> None:
    paths = export(filled, "parquet", tmp_path / "out")
    assert [p.name for p in paths] == [f"{t}.parquet" for t in TABLES]
    events = pq.read_table(tmp_path / "out" / "events.parquet")
    assert events.num_rows == 4
    assert "evidence_text" in events.column_names


def test_csv_writes_one_file_per_table_with_header(filled: Store, tmp_path: Path) -> None:
    export(filled, "csv", tmp_path)
    with (tmp_path / "documents.csv").open(encoding="utf-8", newline="") as handle:
        documents = list(csv.DictReader(handle))
    assert len(documents) == 3
    assert {d["text"] for d in documents} == {a.document.text for a in samples()}


def test_jsonl_is_the_output_contract(filled: Store, tmp_path: Path) -> None:
    (path,) = export(filled, "jsonl", tmp_path)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    expected = {a.document.id: json.loads(json.dumps(a.to_dict())) for a in samples()}
    assert {line["document"]["id"]: line for line in lines} == expected


def test_gdelt_holds_asserted_events_by_default(filled: Store, tmp_path: Path) -> None:
    (path,) = export(filled, "gdelt", tmp_path)
    rows = read_tsv(path)
    assert list(rows[0]) == list(COLUMNS)
    assert {r["Factuality"] for r in rows} == {"asserted"}
    shelling = next(r for r in rows if r["Actor1Code"] == "SDNMIL")
    assert shelling["SQLDATE"] == "20240506"
    assert shelling["Actor2Name"] == "Rapid Support Forces"
    assert (shelling["EventCode"], shelling["EventRootCode"], shelling["QuadClass"]) == (
        "18", "18", "4")
    assert shelling["ActionGeo_Lat"] == "13.63"
    assert shelling["Evidence"] == "army shelled El Fasher"
    protest = next(r for r in rows if r["Actor1Code"] == "PERCVL")
    assert protest["NumMentions"] == "2"
    assert protest["SQLDATE"] == "20240201"  # no event date: the published date


def test_gdelt_can_hold_every_factuality(filled: Store, tmp_path: Path) -> None:
    (path,) = export(filled, "gdelt", tmp_path, factuality=None)
    assert sorted(r["Factuality"] for r in read_tsv(path)) == ["asserted"] * 3 + ["negated"]


def test_plover_records_use_plover_field_names(filled: Store, tmp_path: Path) -> None:
    (path,) = export(filled, "plover", tmp_path, factuality=None)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 4
    denied = next(r for r in records if r["factuality"] == "negated")
    assert denied["context"] == ["negation"]
    assert denied["recipient"] == []
    assert denied["source"][0]["code"] == "SDN" and denied["source"][0]["sector"] == "REB"
    shelling = next(r for r in records if r["event"] == ["ASSAULT"] and r["event_loc"])
    assert shelling["date"] == "2024-05-06"
    assert shelling["event_loc"]["cc3"] == "SDN"
    assert shelling["text_info"]["start"] < shelling["text_info"]["end"]
    assert shelling["event_text"] == ["army shelled El Fasher"]


def test_an_unknown_format_lists_the_valid_ones(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="unknown export format 'xml'") as caught:
        export(filled, "xml", tmp_path)
    assert caught.value.hint == "choose one of " + ", ".join(FORMATS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_leave_no_temporary_files(filled: Store, tmp_path: Path, fmt: str) -> None:
    paths = export(filled, fmt, tmp_path / "out")
    assert sorted((tmp_path / "out").iterdir()) == sorted(paths)


def test_a_failed_write_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "events.gdelt.tsv"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), atomic_path(target) as temporary:
        temporary.write_text("half")
        raise RuntimeError("interrupted")
    assert target.read_text() == "old\n"
    assert list(tmp_path.iterdir()) == [target]
