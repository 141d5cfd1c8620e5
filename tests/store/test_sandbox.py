"""User SQL runs in a sandbox: one read query, no files, no network, no settings changes."""

import sqlite3
from pathlib import Path

import pytest

from fixtures.analyses import samples
from kronika.errors import StoreError, UsageError
from kronika.store import open_store
from kronika.store.sandbox import Sandbox, open_sandbox


@pytest.fixture
def box(tmp_path: Path):
    """A sandbox over a closed store file holding the sample documents."""
    with open_store(tmp_path / "k.duckdb") as store:
        store.write(samples())
    with open_sandbox(tmp_path / "k.duckdb") as opened:
        yield opened


@pytest.mark.parametrize("sql", [
    "SELECT count(*) AS n FROM documents",
    "WITH e AS (SELECT * FROM events) SELECT type FROM e",
    "FROM events SELECT type",
    "DESCRIBE events",
    "SUMMARIZE documents",
    "SHOW TABLES",
    "EXPLAIN SELECT * FROM events",
    "/* plan */ EXPLAIN ANALYZE SELECT * FROM events",
    "SELECT 1;",
])
def test_queries_run(box: Sandbox, sql: str) -> None:
    assert len(box.query(sql)) >= 1


# Each is refused before it runs (the statement check) or by the locked configuration.
ATTACKS = [
    "COPY (SELECT 'x') TO '{tmp}/copied.csv'",
    "COPY documents TO '{tmp}/copied.csv'",
    "EXPORT DATABASE '{tmp}/exported'",
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/proc/self/environ')",
    "SELECT * FROM read_blob('/etc/passwd')",
    "SELECT * FROM glob('/etc/*')",
    "SELECT * FROM '/etc/passwd'",
    "SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')",
    "SELECT * FROM 'https://example.com/x.parquet'",
    "INSTALL httpfs",
    "LOAD httpfs",
    "FORCE INSTALL httpfs FROM 'http://127.0.0.1:9'",
    "SET enable_external_access = true",
    "RESET enable_external_access",
    "PRAGMA enable_external_access = true",
    "SET autoinstall_known_extensions = true",
    "SELECT * FROM duckdb_secrets()",
    "ATTACH '{tmp}/other.duckdb' AS other",
    "ATTACH ':memory:' AS scratch",
    "CREATE TABLE evil AS SELECT 1",
    "DELETE FROM documents",
    "CALL pragma_version()",
    "EXPLAIN ANALYZE COPY (SELECT 1) TO '{tmp}/explained.csv'",
    "EXPLAIN COPY (SELECT 1) TO '{tmp}/explained.csv'",
    "SELECT 1; COPY (SELECT 'x') TO '{tmp}/second.csv'",
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_attacks_are_refused_and_touch_no_file(box: Sandbox, tmp_path: Path,
                                               attack: str) -> None:
    before = set(tmp_path.iterdir())
    with pytest.raises((UsageError, StoreError)) as caught:
        box.query(attack.format(tmp=tmp_path))
    assert "\n" not in str(caught.value)
    assert set(tmp_path.iterdir()) == before


def test_the_configuration_is_locked_before_anything_runs(box: Sandbox) -> None:
    settings = box.query("SELECT name, value FROM duckdb_settings() WHERE name IN"
                         " ('enable_external_access', 'autoinstall_known_extensions',"
                         " 'autoload_known_extensions', 'lock_configuration')")
    assert dict(zip(settings["name"], settings["value"], strict=True)) == {
        "enable_external_access": "false", "autoinstall_known_extensions": "false",
        "autoload_known_extensions": "false", "lock_configuration": "true"}


@pytest.mark.parametrize(("sql", "message"), [
    ("", "no statement"),
    ("   ", "no statement"),
    ("-- just a comment", "no statement"),
    ("SELECT 1; SELECT 2", "2 statements"),
    ("SELEC 1", "syntax error"),
    ("INSERT INTO documents (id) VALUES ('x')", "only queries"),
])
def test_what_is_not_one_query_is_a_usage_error(box: Sandbox, sql: str, message: str) -> None:
    with pytest.raises(UsageError, match=message) as caught:
        box.query(sql)
    assert "\n" not in str(caught.value)


def test_a_sqlite_file_is_not_a_kronika_store(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (a)")
    # DuckDB itself would try to download sqlite_scanner over HTTP to read it; the file is
    # refused before DuckDB sees it, and extension downloads are off for every store.
    for opener in (open_sandbox, open_store):
        with pytest.raises(StoreError, match=f"^{path}: not a kronika store"):
            opener(path)


@pytest.mark.parametrize("content", [b"", b"hello\n" * 1000, b"\x00" * 8192])
def test_a_file_that_is_not_duckdb_is_not_a_kronika_store(tmp_path: Path,
                                                         content: bytes) -> None:
    path = tmp_path / "k.duckdb"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not a kronika store"):
        open_sandbox(path)
