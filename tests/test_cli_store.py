"""The query, sql and export commands over a store of hand-built analyses (no model needed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from fixtures.analyses import samples
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
