"""Ingest's batch writer: the store is locked only while a batch is written."""

from pathlib import Path

import duckdb
import pytest

from fixtures.analyses import peru_analysis, sudan_analysis
from fixtures.elsewhere import query_elsewhere
from kronika.errors import StoreError
from kronika.store import WriteResult, duck, open_store, open_writer


def test_another_process_can_query_between_batches(tmp_path: Path) -> None:
    path = tmp_path / "k.duckdb"
    with open_writer(path) as writer:
        assert writer.stored_ids([sudan_analysis().document.id]) == set()
        assert writer.write([sudan_analysis()]) == WriteResult(added=1, skipped=0)
        assert query_elsewhere(path) == "1"  # while the next batch would be analysed
        writer.write([peru_analysis()])
        assert writer.added == 2
    assert query_elsewhere(path) == "2"


def test_a_bad_path_fails_before_any_analysis(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        open_writer(tmp_path)


def test_a_full_disk_says_how_many_documents_are_kept(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "k.duckdb"
    writer = open_writer(path)
    writer.write([sudan_analysis()])

    def disk_full(conn: duckdb.DuckDBPyConnection, table: str, rows: list) -> None:
        raise duckdb.IOException("IO Error: No space left on device")

    monkeypatch.setattr(duck, "insert_rows", disk_full)
    with pytest.raises(StoreError) as caught:
        writer.write([peru_analysis()])
    message = str(caught.value)
    assert "No space left on device" in message
    assert "1 document(s) of this run are stored" in message
    monkeypatch.undo()
    with open_store(path, read_only=True) as store:
        assert len(store.documents()) == 1
