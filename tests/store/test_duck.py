"""The DuckDB store: migrations, idempotent atomic writes, clear errors on bad paths."""

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from fixtures.analyses import peru_analysis, samples, sudan_analysis
from kronika.errors import StoreError
from kronika.store import SCHEMA_VERSION, Store, WriteResult, duck, open_store
from kronika.store.schema import MIGRATIONS, TABLES


def table_counts(store: Store) -> dict[str, int]:
    """Rows per data table."""
    return {t: int(store.sql(f"SELECT count(*) AS n FROM {t}")["n"][0]) for t in TABLES}


def test_new_store_records_its_migration(store: Store) -> None:
    rows = store.sql("SELECT version, description FROM migrations")
    assert rows["version"].tolist() == [m.version for m in MIGRATIONS]
    assert "documents" in rows["description"][0]


def test_reopening_applies_no_migration_twice(tmp_path: Path) -> None:
    open_store(tmp_path / "k.duckdb").close()
    with open_store(tmp_path / "k.duckdb") as store:
        assert store.applied_versions() == [m.version for m in MIGRATIONS]


def test_write_adds_every_record(store: Store) -> None:
    assert store.write(samples()) == WriteResult(added=3, skipped=0)
    counts = table_counts(store)
    assert counts["documents"] == 3
    assert counts["events"] == 4
    assert counts["event_mentions"] == 6  # the evidence plus the Cusco follow-up, twice
    assert counts["claims"] == 1 and counts["positions"] == 2
    assert counts["places"] == 1 and counts["place_mentions"] == 1


def test_writing_again_is_a_no_op(store: Store) -> None:
    store.write(samples())
    before = table_counts(store)
    assert store.write(samples()) == WriteResult(added=0, skipped=3)
    assert table_counts(store) == before


def test_a_document_repeated_in_one_batch_is_stored_once(store: Store) -> None:
    assert store.write([sudan_analysis(), sudan_analysis()]) == WriteResult(added=1, skipped=1)
    assert table_counts(store)["actors"] == 3


def test_has_reports_stored_documents(store: Store) -> None:
    analysis = sudan_analysis()
    assert not store.has(analysis.document.id)
    store.write([analysis])
    assert store.has(analysis.document.id)


def test_a_batch_failing_midway_leaves_earlier_data_and_nothing_of_itself(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.write([sudan_analysis()])
    before = table_counts(store)
    real_insert = duck.insert_rows

    def insert_then_fail(conn: duckdb.DuckDBPyConnection, table: str, rows: list) -> None:
        real_insert(conn, table, rows)
        if table == "events":  # documents, actors and mentions are already inserted
            raise duckdb.IOException("disk full")

    monkeypatch.setattr(duck, "insert_rows", insert_then_fail)
    with pytest.raises(StoreError, match="nothing of this batch was stored: .*disk full"):
        store.write([peru_analysis()])
    assert table_counts(store) == before
    assert not store.has(peru_analysis().document.id)


def test_a_bug_midway_rolls_back_and_propagates(store: Store,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(analysis, ingested_at):
        raise ValueError("bug")

    monkeypatch.setattr(duck, "analysis_rows", fail)
    with pytest.raises(ValueError, match="bug"):
        store.write([peru_analysis()])
    monkeypatch.undo()
    assert store.write([peru_analysis()]) == WriteResult(added=1, skipped=0)


def test_evidence_offsets_point_at_the_stored_text(filled: Store) -> None:
    for table in ("events", "claims", "positions"):
        rows = filled.sql(f'SELECT substring(d.text, t.start + 1, t."end" - t.start) AS cut,'
                          f" t.evidence_text FROM {table} t JOIN documents d ON d.id = t.doc_id")
        assert len(rows) > 0
        assert (rows["cut"] == rows["evidence_text"]).all()


def test_analysis_json_is_the_output_contract(store: Store) -> None:
    analysis = sudan_analysis()
    store.write([analysis])
    stored = store.sql("SELECT analysis_json FROM documents")["analysis_json"][0]
    assert json.loads(stored) == json.loads(json.dumps(analysis.to_dict()))


def test_partial_dates_are_null_in_date_columns(store: Store) -> None:
    store.write([peru_analysis(published="2024-03")])
    assert store.sql("SELECT published FROM documents")["published"].isna().all()


def test_a_text_file_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database\n" * 100)
    with pytest.raises(StoreError, match=f"^{path}: not a kronika store") as caught:
        open_store(path)
    assert caught.value.hint


def test_a_directory_is_not_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=f"^{tmp_path}: is a directory"):
        open_store(tmp_path)


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "absent" / "k.duckdb")


def test_read_only_needs_an_existing_kronika_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        open_store(tmp_path / "new.duckdb", read_only=True)
    duckdb.connect(str(tmp_path / "other.duckdb")).close()
    with pytest.raises(StoreError, match="not a kronika store"):
        open_store(tmp_path / "other.duckdb", read_only=True)


def test_read_only_store_reads_but_refuses_writes(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.duckdb") as store:
        store.write([sudan_analysis()])
    with open_store(tmp_path / "k.duckdb", read_only=True) as store:
        assert len(store.documents()) == 1
        with pytest.raises(StoreError, match="read-only"):
            store.write([peru_analysis()])


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.duckdb") as store:
        store.sql("INSERT INTO migrations VALUES (?, 'future', now())", [SCHEMA_VERSION + 1])
    with pytest.raises(StoreError, match="newer than"):
        open_store(tmp_path / "k.duckdb")


def test_a_store_locked_by_another_process_is_named(tmp_path: Path) -> None:
    path = tmp_path / "k.duckdb"
    open_store(path).close()
    script = (f"import duckdb, sys; c = duckdb.connect({str(path)!r});"
              " print('ready', flush=True); sys.stdin.read()")
    holder = subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match=f"^{path}: the database is locked"):
            open_store(path)
    finally:
        holder.communicate("")


def test_bad_sql_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="query failed"):
        store.sql("SELECT nope FROM documents")


def damaged_copy(tmp_path: Path, change) -> Path:
    """A store file holding the samples, then altered by ``change`` (bytes -> bytes)."""
    path = tmp_path / "k.duckdb"
    with open_store(path) as store:
        store.write(samples())
    path.write_bytes(change(path.read_bytes()))
    return path


@pytest.mark.parametrize("offset", [0, 4096, 8192])
def test_a_corrupted_header_is_damage_not_a_lock(tmp_path: Path, offset: int) -> None:
    path = damaged_copy(tmp_path, lambda b: b[:offset] + b"\xff" * 4096 + b[offset + 4096:])
    with pytest.raises(StoreError) as caught:
        open_store(path)
    assert "locked" not in str(caught.value)
    assert "damaged" in str(caught.value) or "not a kronika store" in str(caught.value)


def test_a_truncated_file_reports_its_io_error_not_the_rollback(tmp_path: Path) -> None:
    path = damaged_copy(tmp_path, lambda b: b[: len(b) // 2])
    with pytest.raises(StoreError) as caught, open_store(path) as store:
        store.write([replace(peru_analysis(), document=replace(
            peru_analysis().document, id="another"))])
    assert "ROLLBACK" not in str(caught.value)
    assert "Could not read" in str(caught.value) and "\n" not in str(caught.value)
def test_a_version_1_store_gains_the_acled_type_column(tmp_path: Path) -> None:
    from kronika.store.schema import MIGRATIONS

    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as conn:  # a store written before migration 2
        conn.execute("CREATE TABLE migrations (version INTEGER PRIMARY KEY, "
                     "description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)")
        conn.execute(MIGRATIONS[0].sql)
        conn.execute("INSERT INTO migrations VALUES (1, 'v1', now())")
    with open_store(path) as store:
        columns = store.sql("SELECT column_name FROM information_schema.columns "
                            "WHERE table_name = 'events'")["column_name"].tolist()
    assert columns[-1] == "acled_type"
