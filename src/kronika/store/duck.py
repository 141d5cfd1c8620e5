"""The DuckDB store: one write connection, one transaction per batch, re-ingest is a no-op.

    with open_store("kronika.duckdb") as store:
        store.write(analyses)                 # WriteResult(added=..., skipped=...)
        store.events(actor="putin", since="2024-01-01")

Reads are thin wrappers over :mod:`kronika.query`, which holds the SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from kronika import query
from kronika.errors import StoreError
from kronika.records import Analysis
from kronika.store.rows import Row, analysis_rows
from kronika.store.schema import MIGRATIONS, MIGRATIONS_TABLE, SCHEMA_VERSION, TABLES

MEMORY = ":memory:"


@dataclass(frozen=True)
class WriteResult:
    """How many documents a write added and how many it skipped as already stored."""

    added: int
    skipped: int


def quote(identifier: str) -> str:
    """A SQL identifier in double quotes (``end`` and ``order`` are keywords)."""
    return '"' + identifier.replace('"', '""') + '"'


def insert_rows(conn: duckdb.DuckDBPyConnection, table: str, rows: list[Row]) -> None:
    """Append rows to one table through Arrow (one statement, not one per row)."""
    if not rows:
        return
    columns = ", ".join(quote(c) for c in rows[0])
    conn.register("kronika_rows", pa.Table.from_pylist(rows))
    try:
        conn.execute(f"INSERT INTO {quote(table)} ({columns}) SELECT {columns} FROM kronika_rows")
    finally:
        conn.unregister("kronika_rows")


def open_error(path: Path, error: Exception) -> StoreError:
    """A StoreError naming the path, with a hint chosen from DuckDB's reason."""
    reason = str(error)
    if "not a valid DuckDB database" in reason:
        return StoreError(f"{path}: not a DuckDB database",
                          hint="pass a .duckdb file created by kronika, or a new path")
    if "lock" in reason.lower():
        return StoreError(f"{path}: the database is locked by another process",
                          hint="close the other kronika process or wait for it to finish")
    if "does not exist" in reason:
        return StoreError(f"{path}: no such database", hint="run `kronika ingest` first")
    return StoreError(f"{path}: cannot open the database: {reason}")


def check_path(path: Path) -> None:
    """Fail early, with a clear message, on paths DuckDB would reject obscurely."""
    if path.is_dir():
        raise StoreError(f"{path}: is a directory",
                         hint="pass a file path such as kronika.duckdb")
    if not path.parent.is_dir():
        raise StoreError(f"{path}: the folder {path.parent} does not exist",
                         hint="create it first or choose another path")


def connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Open DuckDB on the path, translating failures into StoreError."""
    if str(path) != MEMORY:
        check_path(path)
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as error:
        raise open_error(path, error) from error


class Store:
    """A kronika DuckDB database: idempotent batch writes and typed reads."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only

    # -- lifecycle -------------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection; the store cannot be used afterwards."""
        self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """BEGIN ... COMMIT, or ROLLBACK on any error so nothing partial remains."""
        self._conn.execute("BEGIN TRANSACTION")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- schema ----------------------------------------------------------------------------

    def applied_versions(self) -> list[int]:
        """Versions recorded in the migrations table, oldest first."""
        rows = self._conn.execute("SELECT version FROM migrations ORDER BY version").fetchall()
        return [version for (version,) in rows]

    def migrate(self) -> None:
        """Apply every migration not yet recorded, each in its own transaction."""
        self._conn.execute(MIGRATIONS_TABLE)
        applied = set(self.applied_versions())
        for migration in MIGRATIONS:
            if migration.version in applied:
                continue
            try:
                with self.transaction() as conn:
                    conn.execute(migration.sql)
                    conn.execute("INSERT INTO migrations VALUES (?, ?, ?)",
                                 [migration.version, migration.description, utc_now()])
            except duckdb.Error as error:
                raise StoreError(f"{self.path}: migration {migration.version} failed: {error}",
                                 hint="is this a database of another application?") from error
        if max(applied, default=0) > SCHEMA_VERSION:
            self.check_version()

    def check_version(self) -> None:
        """Refuse a database that is not a kronika store or is newer than this code."""
        try:
            versions = self.applied_versions()
        except duckdb.CatalogException as error:
            raise StoreError(f"{self.path}: not a kronika store (no migrations table)",
                             hint="create it with `kronika ingest`") from error
        if not versions or versions[-1] < SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {versions[-1] if versions else 0}"
                             f" is older than {SCHEMA_VERSION}",
                             hint="open it once without read-only to migrate it")
        if versions[-1] > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {versions[-1]} is newer than"
                             f" {SCHEMA_VERSION}", hint="upgrade kronika")

    # -- writes ----------------------------------------------------------------------------

    def has(self, doc_id: str) -> bool:
        """Whether a document with this id is stored."""
        found = self._conn.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone()
        return found is not None

    def stored_ids(self, doc_ids: Sequence[str]) -> set[str]:
        """The subset of these document ids already stored."""
        rows = self._conn.execute("SELECT id FROM documents WHERE list_contains(?, id)",
                                  [list(doc_ids)]).fetchall()
        return {doc_id for (doc_id,) in rows}

    def write(self, analyses: Iterable[Analysis]) -> WriteResult:
        """Store new documents in one transaction; already stored ids are skipped."""
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only", hint="open it without read_only")
        batch = list(analyses)
        try:
            with self.transaction() as conn:
                new = unique_new(batch, self.stored_ids([a.document.id for a in batch]))
                tables = batch_rows(new)
                for table in TABLES:
                    insert_rows(conn, table, tables[table])
        except duckdb.Error as error:
            raise StoreError(f"{self.path}: write failed, nothing of this batch was stored:"
                             f" {error}") from error
        return WriteResult(added=len(new), skipped=len(batch) - len(new))

    # -- reads (SQL in kronika.query) ------------------------------------------------------

    def sql(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> pd.DataFrame:
        """Run one parameterised query and return its rows as a DataFrame."""
        try:
            return self._conn.execute(sql, params if params is not None else []).df()
        except duckdb.Error as error:
            raise StoreError(f"{self.path}: query failed: {error}") from error

    def documents(self) -> pd.DataFrame:
        """One row per stored document with record counts (text left out)."""
        return query.documents(self)

    def events(self, actor: str | None = None, country: str | None = None,
               type: str | Sequence[str] | None = None, since: str | date | None = None,
               until: str | date | None = None,
               factuality: Sequence[str] | None = ("asserted",),
               limit: int | None = None) -> pd.DataFrame:
        """Events filtered as in :func:`kronika.query.events`."""
        return query.events(self, actor=actor, country=country, type=type, since=since,
                            until=until, factuality=factuality, limit=limit)

    def actors(self, name: str | None = None, country: str | None = None) -> pd.DataFrame:
        """Actors across documents, one row per actor_key."""
        return query.actors(self, name=name, country=country)

    def mentions(self, actor: str) -> pd.DataFrame:
        """Every mention of the actors matching an actor_key, name or code."""
        return query.mentions(self, actor)

    def claims(self, actor: str | None = None, since: str | date | None = None,
               until: str | date | None = None) -> pd.DataFrame:
        """Claims filtered by speaker and document date."""
        return query.claims(self, actor=actor, since=since, until=until)

    def positions(self, actor: str | None = None, issue: str | None = None) -> pd.DataFrame:
        """Positions in time order with a ``change`` flag per actor x issue."""
        return query.positions(self, actor=actor, issue=issue)

    def event_counts(self, by: Sequence[str] = query.DEFAULT_COUNT_BY,
                     asserted_only: bool = True) -> pd.DataFrame:
        """GDELT-style counts of events, mentions and documents."""
        return query.event_counts(self, by=by, asserted_only=asserted_only)


def utc_now() -> datetime:
    """Current UTC time without tzinfo, as a TIMESTAMP column stores it."""
    return datetime.now(UTC).replace(tzinfo=None)


def unique_new(batch: list[Analysis], stored: set[str]) -> list[Analysis]:
    """Analyses whose document is neither stored nor repeated earlier in the batch."""
    seen = set(stored)
    new = []
    for analysis in batch:
        if analysis.document.id not in seen:
            seen.add(analysis.document.id)
            new.append(analysis)
    return new


def batch_rows(analyses: list[Analysis]) -> dict[str, list[Row]]:
    """The rows of every analysis, gathered per table."""
    now = utc_now()
    tables: dict[str, list[Row]] = {table: [] for table in TABLES}
    for analysis in analyses:
        for table, rows in analysis_rows(analysis, now).items():
            tables[table].extend(rows)
    return tables


def open_store(path: str | Path, *, read_only: bool = False) -> Store:
    """Open (creating and migrating unless read-only) the kronika store at path."""
    path = Path(path)
    store = Store(connect(path, read_only), path, read_only)
    try:
        if read_only:
            store.check_version()
        else:
            store.migrate()
    except BaseException:
        store.close()
        raise
    return store
