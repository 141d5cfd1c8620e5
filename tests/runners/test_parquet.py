"""The Spark runner's Parquet output without Spark: chunk commits, leftovers, loading a store."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from fixtures.analyses import samples
from kronika.errors import UsageError
from kronika.runners.parquet import MANIFESTS, NO_MONTH, OutputDir, load_into_store, month_of
from kronika.store import open_store
from kronika.store.schema import TABLES


def table_rows(store, table: str) -> list[tuple]:
    """Every row of a table in a stable order, without the time of ingest."""
    exclude = " EXCLUDE (ingested_at)" if table == "documents" else ""
    frame = store.sql(f"SELECT *{exclude} FROM {table} ORDER BY ALL")
    return [tuple(None if pd.isna(v) else v for v in row) for row in frame.itertuples(index=False)]


@pytest.mark.parametrize(("published", "month"), [
    ("2024-03-15", "2024-03"),
    ("2024-03-15T10:00:00", "2024-03"),
    (None, NO_MONTH),
    ("2024-03", NO_MONTH),  # names no day: the store keeps no date either
])
def test_month_of(published, month):
    assert month_of(published) == month


def test_chunks_land_in_publication_months(tmp_path: Path):
    out = OutputDir(str(tmp_path))
    manifest = out.commit_chunk("b1", samples())
    months = {f.split("/")[1] for f in manifest.files}
    assert months == {"month=2024-05", "month=2024-02", "month=2024-03"}
    assert {f.split("/")[0] for f in manifest.files} == set(TABLES)
    assert out.committed_ids() == {a.document.id for a in samples()}


def test_loaded_rows_equal_a_direct_write(tmp_path: Path):
    OutputDir(str(tmp_path / "out")).commit_chunk("b1", samples())
    with open_store(tmp_path / "direct.duckdb") as direct, \
            open_store(tmp_path / "loaded.duckdb") as loaded:
        direct.write(samples())
        result = load_into_store(loaded, str(tmp_path / "out"))
        assert (result.added, result.skipped) == (3, 0)
        for table in TABLES:
            assert table_rows(loaded, table) == table_rows(direct, table), table


def test_loading_twice_is_a_no_op(tmp_path: Path):
    OutputDir(str(tmp_path / "out")).commit_chunk("b1", samples())
    with open_store(tmp_path / "k.duckdb") as store:
        load_into_store(store, str(tmp_path / "out"))
        before = {t: table_rows(store, t) for t in TABLES}
        result = load_into_store(store, str(tmp_path / "out"))
        assert (result.added, result.skipped) == (0, 3)
        assert {t: table_rows(store, t) for t in TABLES} == before


def test_a_document_in_two_chunks_is_stored_once(tmp_path: Path):
    out = OutputDir(str(tmp_path / "out"))
    out.commit_chunk("b1", samples()[:2])
    out.commit_chunk("b2", samples()[1:])
    with open_store(tmp_path / "k.duckdb") as store:
        result = load_into_store(store, str(tmp_path / "out"))
        assert (result.added, result.skipped) == (3, 1)
        assert len(store.sql("SELECT id FROM documents")) == 3


def test_a_chunk_without_manifest_is_neither_loaded_nor_kept(tmp_path: Path):
    out = OutputDir(str(tmp_path / "out"))
    first, *rest = samples()
    out.commit_chunk("b1", [first])
    killed = out.commit_chunk("b2", rest)
    (tmp_path / "out" / MANIFESTS / "b2.json").unlink()  # killed before its commit
    (tmp_path / "out" / "events" / ".tmp-half.parquet").write_bytes(b"PAR1")
    with open_store(tmp_path / "k.duckdb") as store:
        assert load_into_store(store, str(tmp_path / "out")).added == 1
    assert out.committed_ids() == {first.document.id}
    assert out.remove_uncommitted() == len(killed.files) + 1
    assert all(not (tmp_path / "out" / f).exists() for f in killed.files)
    assert out.remove_uncommitted() == 0


def test_undated_documents_get_the_null_partition(tmp_path: Path):
    undated = replace(samples()[0], document=replace(samples()[0].document, published=None))
    manifest = OutputDir(str(tmp_path)).commit_chunk("b1", [undated])
    assert all(f.split("/")[1] == f"month={NO_MONTH}" for f in manifest.files)


def test_a_folder_without_manifests_is_refused(tmp_path: Path):
    with open_store(tmp_path / "k.duckdb") as store, pytest.raises(UsageError, match="no kronika"):
        load_into_store(store, str(tmp_path))


def test_the_directory_names_the_run_that_owns_it(tmp_path: Path):
    out = OutputDir(str(tmp_path))
    assert out.owner() is None
    out.claim("run-1")
    out.claim("run-2")
    assert out.owner() == "run-2"


@pytest.mark.parametrize("args", [[], ["--parquet", "out", "articles/"]])
def test_ingest_takes_paths_or_parquet(args, tmp_path: Path):
    from typer.testing import CliRunner

    from kronika.cli import app

    result = CliRunner().invoke(app, ["ingest", *args, "--db", str(tmp_path / "k.duckdb")])
    assert result.exit_code == 2
    assert "pass input paths or --parquet DIR" in result.output
