"""One failing file, record or document never costs the others: it is reported on stderr,
the rest is stored, and the exit status is 1; ``--strict`` stops at the first failure."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kronika import pipeline
from kronika.cli import app

GOOD = {
    "a.txt": "Kenya sent police to Haiti.",
    "c.txt": "Chad closed its border with Sudan.",
}
POISON = "Poisonville attacked Portugal."
SLOW = "Slowtown attacked Spain."


def run(*args: object, input: bytes | None = None):
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def stored_sources(db: Path) -> list[str]:
    result = run("sql", "--db", db, "--format", "json", "SELECT source FROM documents")
    return sorted(Path(r["source"]).name for r in json.loads(result.stdout))


def folder(tmp_path: Path, **extra: str) -> Path:
    top = tmp_path / "in"
    top.mkdir()
    for name, text in {**GOOD, **extra}.items():
        (top / name).write_text(text, encoding="utf-8")
    return top


@pytest.fixture
def poisoned(monkeypatch: pytest.MonkeyPatch):
    """Analysis fails on the poison text and spins for a minute on the slow one."""
    real = pipeline.extract_events

    def stage(doc, *args, **kwargs):
        if "Poisonville" in doc.text:
            raise OverflowError("date value out of range")
        if "Slowtown" in doc.text:
            started = time.monotonic()
            while time.monotonic() - started < 60:  # a stage that spins: burns its CPU budget
                pass
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_events", stage)


def test_an_empty_file_is_reported_and_the_directory_stored(tmp_path: Path) -> None:
    db = tmp_path / "k.duckdb"
    result = run("ingest", folder(tmp_path, **{"b.txt": ""}), "--db", db)
    assert result.exit_code == 1
    assert f"kronika: error: {tmp_path / 'in' / 'b.txt'}: file is empty" in result.stderr
    assert stored_sources(db) == ["a.txt", "c.txt"]


def test_a_bad_jsonl_line_is_reported_and_the_file_stored(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [json.dumps({"text": GOOD["a.txt"]}), "[" * 100_000, json.dumps({"text": SLOW})]
    path.write_text("\n".join(rows))
    db = tmp_path / "k.duckdb"
    result = run("ingest", path, "--db", db)
    assert result.exit_code == 1
    assert f"kronika: error: {path}:2: invalid JSON (nested too deeply)" in result.stderr
    assert stored_sources(db) == ["feed.jsonl:1", "feed.jsonl:3"]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_document_that_fails_is_reported_and_skipped(tmp_path, poisoned, workers) -> None:
    db = tmp_path / "k.duckdb"
    result = run("ingest", folder(tmp_path, **{"b.txt": POISON}), "--db", db, "-w", workers)
    assert result.exit_code == 1
    assert (
        f"kronika: error: {tmp_path / 'in' / 'b.txt'}: analysis failed "
        "(OverflowError: date value out of range)"
    ) in result.stderr
    assert stored_sources(db) == ["a.txt", "c.txt"]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_document_past_its_time_budget_is_skipped(
    tmp_path, poisoned, monkeypatch, workers
) -> None:
    monkeypatch.setenv("KRONIKA_DOC_TIMEOUT", "1")
    db = tmp_path / "k.duckdb"
    result = run("ingest", folder(tmp_path, **{"b.txt": SLOW}), "--db", db, "-w", workers)
    assert result.exit_code == 1
    message = f"{tmp_path / 'in' / 'b.txt'}: analysis took more than 1 s of processor time"
    assert message in result.stderr
    assert stored_sources(db) == ["a.txt", "c.txt"]


def test_strict_stops_at_the_first_failure(tmp_path, poisoned) -> None:
    db = tmp_path / "k.duckdb"
    result = run("ingest", folder(tmp_path, **{"b.txt": ""}), "--db", db, "--strict")
    assert result.exit_code == 1
    assert "b.txt: file is empty" in result.stderr
    assert not db.exists() or stored_sources(db) == []


def test_analyze_reports_a_failed_document_and_prints_the_others(tmp_path, poisoned) -> None:
    result = run("analyze", folder(tmp_path, **{"b.txt": POISON}), "--format", "jsonl")
    assert result.exit_code == 1
    printed = [json.loads(line)["document"]["source"] for line in result.stdout.splitlines()]
    assert [Path(p).name for p in printed] == ["a.txt", "c.txt"]
    assert "b.txt: analysis failed (OverflowError" in result.stderr


def test_a_dateline_in_year_one_is_analysed(tmp_path: Path) -> None:
    # regression: 'on Sunday' resolved against 0001-01-01 raised OverflowError
    path = tmp_path / "old.txt"
    path.write_text("0001-01-01\n\nChad attacked Niger on Sunday. Mali attacked Niger on Monday.")
    result = run("analyze", path, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["document"]["published"] is None


def test_published_must_be_a_date() -> None:
    result = run("analyze", "-", "--published", "garbage", input=b"Chad attacked Niger.")
    assert result.exit_code == 2
    assert "--published: not a date: 'garbage'" in result.stderr


def test_published_is_normalised() -> None:
    result = run("analyze", "-", "-f", "json", "--published", "4 March 2025", input=b"Chad left.")
    assert json.loads(result.stdout)["document"]["published"] == "2025-03-04"


def test_json_output_is_plain_json_serialisation(monkeypatch) -> None:
    # regression: rich's print_json highlighted the text token by token, ~50x slower than
    # serialising the records
    from rich.console import Console

    def refuse(*args, **kwargs):
        raise AssertionError("print_json used")

    monkeypatch.setattr(Console, "print_json", refuse)
    result = run("analyze", "-", "--format", "json", input=b"Chad attacked Niger.")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["events"][0]["type"] == "ASSAULT"
