"""The query, sql and export commands over a store of hand-built analyses (no model needed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from fixtures.analyses import samples
from fixtures.elsewhere import query_elsewhere
from kronika.cli import app
from kronika.store import open_store


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "k.duckdb"
    with open_store(path) as store:
        store.write(samples())
    return path


def run(runner: CliRunner, *args: object):
    return runner.invoke(app, [str(a) for a in args])


def one_line_error(result) -> str:
    """The error line of a failed command, checked to be the only line on stderr."""
    assert result.exit_code != 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kronika: error: "), result.stderr
    return lines[0]


@pytest.mark.parametrize("sql", ["", "SELECT 1; SELECT 2", "SELEC 1",
                                 "COPY (SELECT 'x') TO '{tmp}/copied.csv'",
                                 "SELECT * FROM read_text('/proc/self/environ')",
                                 "INSTALL httpfs", "ATTACH '{tmp}/a.duckdb'"])
def test_sql_refuses_with_one_line(runner, db, tmp_path, sql) -> None:
    result = run(runner, "sql", "--db", db, sql.format(tmp=tmp_path))
    one_line_error(result)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.duckdb"]


def test_sql_on_a_sqlite_file_says_not_a_kronika_store(runner, tmp_path) -> None:
    import sqlite3

    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (a)")
    assert "not a kronika store" in one_line_error(run(runner, "sql", "--db", path, "SELECT 1"))


MARKUP = "SELECT '[/]' AS a, '[/bold] [link=http://evil.example]x[/link]' AS b"


def test_sql_table_shows_markup_as_text(runner, db) -> None:
    result = run(runner, "sql", "--db", db, MARKUP)
    assert result.exit_code == 0, result.output
    assert "[/]" in result.stdout and "[link=http://evil.example]x[/link]" in result.stdout


def test_sql_table_shows_terminal_escapes_as_placeholders(runner, db) -> None:
    result = run(runner, "sql", "--db", db,
                 "SELECT chr(27) || '[2J' AS a, chr(27) || ']52;c;eA==' || chr(7) AS b")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "␛[2J" in result.stdout


def test_csv_to_a_terminal_shows_escapes_as_placeholders(monkeypatch, capsys) -> None:
    import io

    import pandas as pd

    from kronika import cli

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdout", Terminal())
    cli.emit(pd.DataFrame({"title": ["\x1b]8;;http://evil\x1b\\x", "ok"]}), cli.Format.csv, "t")
    written = cli.sys.stdout.getvalue()
    assert "\x1b" not in written and "␛]8;;http://evil" in written


FORMULA = """SELECT '=HYPERLINK("http://evil.example","x")' AS title, '@SUM(A1)' AS b, 1 AS n"""


def test_csv_output_neutralises_formulas_unless_asked(runner, db) -> None:
    safe = run(runner, "sql", "--db", db, "--format", "csv", FORMULA)
    assert safe.exit_code == 0, safe.output
    assert safe.stdout.splitlines()[1].startswith("\"'=HYPERLINK(")
    assert ",'@SUM(A1),1" in safe.stdout
    raw = run(runner, "sql", "--db", db, "--format", "csv", "--csv-formulas", FORMULA)
    assert raw.stdout.splitlines()[1].startswith('"=HYPERLINK(')


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    from dataclasses import replace

    from fixtures.analyses import sudan_analysis

    analysis = sudan_analysis()
    title = '=HYPERLINK("http://evil.example","click")'
    path = tmp_path / "hostile.duckdb"
    with open_store(path) as store:
        store.write([replace(analysis, document=replace(analysis.document, title=title))])
    return path


def test_csv_export_neutralises_formulas_unless_asked(runner, hostile_db, tmp_path) -> None:
    assert run(runner, "export", "--db", hostile_db, "--format", "csv",
               "--out", tmp_path / "safe").exit_code == 0
    assert "'=HYPERLINK(" in (tmp_path / "safe" / "documents.csv").read_text()
    assert run(runner, "export", "--db", hostile_db, "--format", "csv", "--csv-formulas",
               "--out", tmp_path / "raw").exit_code == 0
    raw = (tmp_path / "raw" / "documents.csv").read_text()
    assert '"=HYPERLINK(' in raw and "'=HYPERLINK(" not in raw


def test_query_tables_of_hostile_data_do_not_crash(runner, tmp_path) -> None:
    from dataclasses import replace

    from fixtures.analyses import sudan_analysis

    analysis = sudan_analysis()
    actors = tuple(replace(a, name="[/bold]" + a.name) for a in analysis.actors)
    path = tmp_path / "markup.duckdb"
    with open_store(path) as store:
        store.write([replace(analysis, actors=actors)])
    for command in ("events", "actors", "claims"):
        result = run(runner, command, "--db", path)
        assert result.exit_code == 0, result.output
        assert "[/bold]" in result.stdout


def test_export_refuses_to_overwrite_without_force(runner, db, tmp_path) -> None:
    out = tmp_path / "out"
    assert run(runner, "export", "--db", db, "--format", "gdelt", "--out", out).exit_code == 0
    (out / "events.gdelt.tsv").write_text("mine\n")
    line = one_line_error(run(runner, "export", "--db", db, "--format", "gdelt", "--out", out))
    assert "already exists" in line and "--force" in line
    assert (out / "events.gdelt.tsv").read_text() == "mine\n"
    forced = run(runner, "export", "--db", db, "--format", "gdelt", "--out", out, "--force")
    assert forced.exit_code == 0, forced.output
    assert (out / "events.gdelt.tsv").read_text().startswith("GLOBALEVENTID")


def test_export_names_existing_per_table_files(runner, db, tmp_path) -> None:
    (tmp_path / "documents.csv").write_text("keep\n")
    line = one_line_error(run(runner, "export", "--db", db, "--format", "csv",
                              "--out", tmp_path))
    assert "documents.csv" in line
    assert (tmp_path / "documents.csv").read_text() == "keep\n"


@pytest.mark.parametrize(("out", "message"), [
    ("{tmp}/file.txt", "is a file"),
    ("{tmp}/file.txt/sub", "cannot create the folder"),
    ("/proc/kronika-export", "cannot create the folder"),
    ("", "--out is empty"),
    ("  ", "--out is empty"),
])
def test_export_to_an_impossible_out_is_one_line(runner, db, tmp_path, out, message) -> None:
    (tmp_path / "file.txt").write_text("x")
    line = one_line_error(run(runner, "export", "--db", db, "--format", "jsonl",
                              "--out", out.format(tmp=tmp_path)))
    assert message in line
    assert (tmp_path / "file.txt").read_text() == "x"


@pytest.mark.parametrize("fmt", ["jsonl", "gdelt", "plover"])
def test_export_to_stdout_for_one_file_formats(runner, db, tmp_path, fmt) -> None:
    result = run(runner, "export", "--db", db, "--format", fmt, "--out", "-")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()
    assert not (Path.cwd() / "-").exists()


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_to_stdout_of_per_table_formats_is_a_usage_error(runner, db, fmt) -> None:
    result = run(runner, "export", "--db", db, "--format", fmt, "--out", "-")
    assert result.exit_code == 2
    assert "one file per table" in one_line_error(result)



def test_ingest_lets_queries_run_while_it_analyses(runner, tmp_path, monkeypatch) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Article {name}. Farmers protested in Cusco.")
    db = tmp_path / "k.duckdb"
    seen: list[str] = []

    def analyse_slowly(documents, **options):
        for i, analysis in enumerate(samples()[: len(documents)]):
            if i:  # the previous batch is written; this document is being analysed
                seen.append(query_elsewhere(db))
            yield analysis

    monkeypatch.setattr("kronika.runners.run", analyse_slowly)
    monkeypatch.setenv("KRONIKA_BATCH_SIZE", "1")
    result = run(runner, "ingest", tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt",
                 "--db", db)
    assert result.exit_code == 0, result.output
    assert seen == ["1", "2"]


def test_ingest_on_a_full_disk_says_what_was_kept(runner, tmp_path, monkeypatch) -> None:
    import duckdb

    from kronika.store import duck

    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"Article {name}. Farmers protested in Cusco.")
    real_insert = duck.insert_rows
    writes: list[str] = []

    def fill_the_disk(conn, table, rows) -> None:
        if table == "documents":
            writes.append(table)
        if len(writes) > 1:
            raise duckdb.IOException("IO Error: No space left on device")
        real_insert(conn, table, rows)

    monkeypatch.setattr("kronika.runners.run",
                        lambda documents, **options: iter(samples()[: len(documents)]))
    monkeypatch.setattr(duck, "insert_rows", fill_the_disk)
    monkeypatch.setenv("KRONIKA_BATCH_SIZE", "1")
    db = tmp_path / "k.duckdb"
    line = one_line_error(run(runner, "ingest", tmp_path / "a.txt", tmp_path / "b.txt",
                              "--db", db))
    assert "No space left on device" in line and "1 document(s) of this run are stored" in line
    monkeypatch.undo()
    with open_store(db, read_only=True) as store:
        assert len(store.documents()) == 1
