"""Whole-table exports: one Parquet or CSV file per table (DuckDB COPY), and JSON Lines."""

from __future__ import annotations

from pathlib import Path

from kronika import query
from kronika.cells import sql_neutral_formula
from kronika.export.atomic import atomic_path
from kronika.store import Store
from kronika.store.duck import quote
from kronika.store.schema import TABLES

COPY_OPTIONS = {"parquet": "(FORMAT parquet)", "csv": "(FORMAT csv, HEADER)"}


def select_list(store: Store, table: str, formulas: bool) -> str:
    """The columns of a table, text ones neutralised as spreadsheet formulas unless asked."""
    columns = store.sql(f"DESCRIBE {quote(table)}")
    return ", ".join(
        quote(name) if formulas or kind != "VARCHAR"
        else f"{sql_neutral_formula(quote(name))} AS {quote(name)}"
        for name, kind in zip(columns["column_name"], columns["column_type"], strict=True))


def copy_tables(store: Store, out_dir: Path, fmt: str, formulas: bool = True) -> list[Path]:
    """Every data table to ``<table>.<fmt>``, rows in a stable order."""
    written = []
    for table in TABLES:
        target = out_dir / f"{table}.{fmt}"
        with atomic_path(target) as temporary:
            # Table and column names come from the schema; the path travels as a parameter.
            store.sql(f"COPY (SELECT {select_list(store, table, formulas)} FROM {quote(table)}"
                      f" ORDER BY ALL) TO ? {COPY_OPTIONS[fmt]}", [str(temporary)])
        written.append(target)
    return written


def jsonl_lines(store: Store) -> list[str]:
    """Each document's analysis exactly as the output contract has it, one per line."""
    return query.analysis_json(store)
