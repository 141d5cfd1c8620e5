"""The command line through Typer's runner: real files, a real DuckDB store, the real model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kronika.cli import app

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "article.txt"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, input: bytes | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def count(runner: CliRunner, db: Path, table: str) -> int:
    result = run(
        runner, "sql", "--db", db, "--format", "json", f"SELECT count(*) AS n FROM {table}"
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)[0]["n"]


def test_analyze_json_follows_the_output_contract(runner):
    result = run(runner, "analyze", EXAMPLE, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"document", "actors", "events", "claims", "positions", "places"}
    assert data["document"]["genre"] == "opinion"
    assert data["document"]["author"] == "Hana Mersal"
    text = EXAMPLE.read_text(encoding="utf-8").strip()
    for event in data["events"]:
        ev = event["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["text"]
    for actor in data["actors"]:
        for m in actor["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    names = {a["name"] for a in data["actors"]}
    assert {"Egypt", "Ethiopia"} <= names


def test_analyze_jsonl_gives_one_line_per_document(runner):
    result = run(runner, "analyze", FIXTURES, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == len(list(FIXTURES.glob("*.txt")))


def test_analyze_reads_stdin(runner):
    text = b"Sudanese troops shelled El Fasher on Monday, residents said."
    result = run(
        runner, "analyze", "-", "--format", "json", "--published", "2025-05-14", input=text
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["document"]["published"] == "2025-05-14"
    assert any(e["type"] == "ASSAULT" for e in data["events"])


def test_ingest_twice_changes_nothing(runner, tmp_path):
    db = tmp_path / "k.duckdb"
    first = run(runner, "ingest", FIXTURES, "--db", db)
    assert first.exit_code == 0, first.output
    counts = {t: count(runner, db, t) for t in ("documents", "events", "actors", "claims")}
    assert counts["documents"] == 6 and counts["events"] > 0
    second = run(runner, "ingest", FIXTURES, "--db", db)
    assert second.exit_code == 0, second.output
    assert "0 new" in second.stderr
    assert {t: count(runner, db, t) for t in counts} == counts


def test_ingest_with_two_workers_stores_the_same_as_one(runner, tmp_path):
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    assert run(runner, "ingest", FIXTURES, "--db", one).exit_code == 0
    assert run(runner, "ingest", FIXTURES, "--db", two, "--workers", "2").exit_code == 0
    query = "SELECT doc_id, type, source_code, target_code, factuality FROM events ORDER BY ALL"
    a = run(runner, "sql", "--db", one, "--format", "csv", query).stdout
    b = run(runner, "sql", "--db", two, "--format", "csv", query).stdout
    assert a == b and a.count("\n") > 5


def bad_inputs(tmp: Path) -> dict[str, tuple[Path, str]]:
    """Each bad input and the words its one-line error must contain."""
    files = {
        "empty": (tmp / "empty.txt", b"", "file is empty"),
        "binary": (tmp / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        "encoding": (
            tmp / "latin.txt",
            "Caf\xe9 talks in Bogot\xe1.".encode("latin-1"),
            "not valid UTF-8",
        ),
        "jsonl": (
            tmp / "broken.jsonl",
            b'{"text": oops\n',  # good lines beside it are kept: see test_cli_isolation
            "broken.jsonl:1",
        ),
    }
    for path, data, _ in files.values():
        path.write_bytes(data)
    out = {k: (p, msg) for k, (p, _, msg) in files.items()}
    out["missing"] = (tmp / "nowhere.txt", "no such file")
    return out


@pytest.mark.parametrize("case", ["empty", "binary", "encoding", "jsonl", "missing"])
def test_bad_input_is_one_line_error_and_keeps_the_store(runner, tmp_path, case):
    db = tmp_path / "k.duckdb"
    assert run(runner, "ingest", FIXTURES / "sudan_el_fasher_convoy.txt", "--db", db).exit_code == 0
    before = {t: count(runner, db, t) for t in ("documents", "events", "actors")}
    path, words = bad_inputs(tmp_path)[case]
    result = run(runner, "ingest", path, "--db", db)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("kronika: error:")]
    assert len(errors) == 1 and path.name in errors[0] and words in errors[0]
    assert {t: count(runner, db, t) for t in before} == before


def test_unknown_input_format_is_a_usage_error(runner, tmp_path):
    result = run(runner, "analyze", EXAMPLE, "--input-format", "pdf")
    assert result.exit_code == 2
    assert "pdf" in result.stderr


def test_unknown_option_is_a_usage_error(runner):
    result = run(runner, "analyze", EXAMPLE, "--colour", "red")
    assert result.exit_code == 2


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("store") / "k.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(FIXTURES), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def test_events_are_asserted_only_by_default(runner, stored):
    default = json.loads(run(runner, "events", "--db", stored, "--format", "json").stdout)
    every = json.loads(run(runner, "events", "--db", stored, "--all", "--format", "json").stdout)
    assert default and {e["factuality"] for e in default} == {"asserted"}
    assert len(every) > len(default)


def test_events_filter_by_country_and_type(runner, stored):
    rows = json.loads(
        run(
            runner, "events", "--db", stored, "--all", "--type", "assault", "--format", "json"
        ).stdout
    )
    assert rows and {r["type"] for r in rows} == {"ASSAULT"}
    rows = json.loads(
        run(
            runner, "events", "--db", stored, "--all", "--country", "SDN", "--format", "json"
        ).stdout
    )
    assert rows and all("SDN" in (r["source_country"], r["target_country"]) for r in rows)


def test_events_group_counts(runner, stored):
    result = run(runner, "events", "--db", stored, "--group", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].count(",") >= 4


def test_actors_and_their_mentions(runner, stored):
    actors = json.loads(run(runner, "actors", "--db", stored, "--format", "json").stdout)
    assert any(a["name"] == "Hamas" for a in actors)
    mentions = json.loads(
        run(
            runner, "actors", "--db", stored, "--name", "Hamas", "--mentions", "--format", "json"
        ).stdout
    )
    assert mentions and all("hamas" in m["name"].lower() for m in mentions)
    assert any(m["text"] == "Hamas" for m in mentions)


def test_claims_command(runner, stored):
    rows = json.loads(run(runner, "claims", "--db", stored, "--format", "json").stdout)
    assert rows and all(r["content"] for r in rows)


def test_factuality_option_rejects_unknown_values(runner, stored):
    result = run(runner, "events", "--db", stored, "--factuality", "maybe")
    assert result.exit_code == 2 and "maybe" in result.stderr


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl", "gdelt", "plover"])
def test_export_writes_files(runner, stored, tmp_path, fmt):
    result = run(runner, "export", "--db", stored, "--format", fmt, "--out", tmp_path / fmt)
    assert result.exit_code == 0, result.output
    files = list((tmp_path / fmt).iterdir())
    assert files and all(f.stat().st_size > 0 for f in files)


def test_query_commands_on_a_missing_db_fail_clearly(runner, tmp_path):
    result = run(runner, "events", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 2 and "none.duckdb" in result.stderr


PHOENIX = Path(__file__).resolve().parents[2] / "shared" / "dictionaries" / "phoenix"


@pytest.mark.skipif(not PHOENIX.exists(), reason="the shared Phoenix dictionaries are absent")
def test_phoenix_dictionaries_extend_the_knowledge(runner, tmp_path):
    text = tmp_path / "note.txt"
    text.write_text("Pierre Nkurunziza met Paul Kagame in Kigali on Monday.", encoding="utf-8")
    plain = json.loads(run(runner, "analyze", text, "--format", "json").stdout)
    result = run(runner, "analyze", text, "--format", "json", "--published", "2010-06-01",
                 "--actors", PHOENIX / "Phoenix.Countries.actors.txt",
                 "--agents", PHOENIX / "Phoenix.agents.txt")
    assert result.exit_code == 0, result.output
    coded = {a["name"]: a["code"] for a in json.loads(result.stdout)["actors"]}
    before = {a["name"]: a["code"] for a in plain["actors"]}
    burundi = [code for name, code in coded.items() if "Nkurunziza" in name]
    assert burundi and burundi[0].startswith("BDI")
    assert not any((c or "").startswith("BDI") for n, c in before.items() if "Nkurunziza" in n)


def test_a_bad_dictionary_is_a_clear_error(runner, tmp_path):
    bad = tmp_path / "mine.yaml"
    bad.write_text("actors:\n  - name: Someone\n    kind: wizard\n", encoding="utf-8")
    result = run(runner, "analyze", EXAMPLE, "--actors", bad)
    assert result.exit_code == 1
    assert "mine.yaml:3: kind: 'wizard'" in result.stderr


def test_positions_changes_lists_shifts_across_documents(runner, tmp_path):
    db = tmp_path / "changes.duckdb"
    first = tmp_path / "a.jsonl"
    first.write_text(
        '{"text": "Hungary supports new sanctions on Russia.", "published": "2025-01-10"}\n'
        '{"text": "Hungary opposes new sanctions on Russia.", "published": "2025-03-02"}\n',
        encoding="utf-8")
    assert run(runner, "ingest", first, "--db", db).exit_code == 0
    result = run(runner, "positions", "--db", db, "--changes", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["issue"], r["from_stance"], r["to_stance"]) for r in rows] == [
        ("sanctions", "supports", "opposes")]


def test_analyze_does_not_import_pandas():
    # pandas takes half a second to import: the analyze path must not need it (start-up).
    code = ("import sys; from kronika.cli import app; from kronika.runners import run; "
            "print('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
