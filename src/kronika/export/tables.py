"""Whole-table exports: one Parquet or CSV file per table (DuckDB COPY), and JSON Lines."""

from __future__ import annotations

from pathlib import Path

from kronika import query
from kronika.export.atomic import atomic_path, write_lines
from kronika.store import Store
from kronika.store.schema import TABLES

COPY_OPTIONS = {"parquet": "(FORMAT parquet)", "csv": "(FORMAT csv, HEADER)"}


def copy_tables(store: Store, out_dir: Path, fmt: str) -> list[Path]:
    """Every data table to ``<table>.<fmt>``, rows in a stable order."""
    written = []
    for table in TABLES:
        target = out_dir / f"{table}.{fmt}"
        with atomic_path(target) as temporary:
            # TABLES and COPY_OPTIONS are fixed names; the path travels as a parameter.
            store.sql(f'COPY (SELECT * FROM "{table}" ORDER BY ALL) TO ? {COPY_OPTIONS[fmt]}',
                      [str(temporary)])
        written.append(target)
    return written


def export_parquet(store: Store, out_dir: Path) -> list[Path]:
    """One Parquet file per table."""
    return copy_tables(store, out_dir, "parquet")


def export_csv(store: Store, out_dir: Path) -> list[Path]:
    """One CSV file (with a header row) per table."""
    return copy_tables(store, out_dir, "csv")


def export_jsonl(store: Store, out_dir: Path) -> list[Path]:
    """``documents.jsonl``: each document's analysis exactly as the output contract has it."""
    return [write_lines(out_dir / "documents.jsonl", query.analysis_json(store))]
