"""The DuckDB store: one write connection, one transaction per batch, re-ingest is a no-op.

    with open_store("kronika.duckdb") as store:
        store.write(analyses)                 # WriteResult(added=..., skipped=...)
        store.events(actor="putin", since="2024-01-01")

Reads are thin wrappers over :mod:`kronika.query`, which holds the SQL.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import duckdb
import pandas as pd
import pyarrow as pa

from kronika import query
from kronika.errors import StoreError
from kronika.records import Analysis
from kronika.store.rows import Row, analysis_rows
from kronika.store.schema import MIGRATIONS, MIGRATIONS_TABLE, SCHEMA_VERSION, TABLES

MEMORY = ":memory:"
# No store open may fetch code: DuckDB otherwise downloads extensions over plain HTTP when a
# file or a query asks for one (a SQLite file asks for sqlite_scanner).
NO_EXTENSION_DOWNLOADS = {"autoinstall_known_extensions": False,
                          "autoload_known_extensions": False}
# DuckDB files carry this magic number at bytes 8-11 of their first block.
DUCKDB_MAGIC = b"DUCK"
SQLITE_MAGIC = b"SQLite format 3\x00"
# "Could not set lock on file ... Conflicting lock is held": a whole word, not "block".
LOCKED = re.compile(r"\block\b", re.IGNORECASE)
LOCK_RETRY_S = 0.2


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
        # After a failed INSERT (an I/O error, a full disk) the transaction is aborted and
        # unregistering fails too; that second error must not hide the first.
        with suppress(duckdb.Error):
            conn.unregister("kronika_rows")


def open_error(path: Path, error: Exception) -> StoreError:
    """A StoreError naming the path, with a hint chosen from DuckDB's reason."""
    reason = str(error)
    if "not a valid DuckDB database" in reason:
        return not_a_store(path, "not a DuckDB database")
    if "Corrupt database file" in reason or "checksum" in reason:
        return StoreError(f"{path}: the database file is damaged: {first_line(reason)}",
                          hint="restore it from a copy, or ingest into a new file")
    if LOCKED.search(reason):
        return StoreError(f"{path}: the database is locked by another process",
                          hint="close the other kronika process or wait for it to finish")
    if "does not exist" in reason:
        return StoreError(f"{path}: no such database", hint="run `kronika ingest` first")
    return StoreError(f"{path}: cannot open the database: {first_line(reason)}")


def first_line(reason: str) -> str:
    """DuckDB's message without the context lines it appends."""
    return reason.strip().splitlines()[0] if reason.strip() else reason


def not_a_store(path: Path, what: str) -> StoreError:
    """The error for a file that exists but holds something other than a kronika store."""
    return StoreError(f"{path}: not a kronika store ({what})",
                      hint="pass a .duckdb file created by kronika, or a new path")


def check_path(path: Path) -> None:
    """Fail early, with a clear message, on paths DuckDB would reject obscurely."""
    if path.is_dir():
        raise StoreError(f"{path}: is a directory",
                         hint="pass a file path such as kronika.duckdb")
    if not path.parent.is_dir():
        raise StoreError(f"{path}: the folder {path.parent} does not exist",
                         hint="create it first or choose another path")
    if path.exists():
        check_magic(path)


def check_magic(path: Path) -> None:
    """Refuse a file that is not DuckDB before DuckDB sees it (it would fetch a reader)."""
    try:
        with path.open("rb") as file:
            head = file.read(16)
    except OSError as error:
        raise StoreError(f"{path}: cannot read: {error.strerror or error}") from error
    if head.startswith(SQLITE_MAGIC):
        raise not_a_store(path, "a SQLite database")
    if head[8:12] != DUCKDB_MAGIC:
        raise not_a_store(path, "not a DuckDB database")


def connect(path: Path, read_only: bool, config: dict[str, Any] | None = None,
            wait: float = 0.0) -> duckdb.DuckDBPyConnection:
    """Open DuckDB on the path, translating failures into StoreError.

    ``wait`` seconds are spent retrying while another process holds the write lock, so a
    query and an ingest writing its next batch take turns instead of failing.
    """
    if str(path) != MEMORY:
        check_path(path)
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only,
                                  config={**NO_EXTENSION_DOWNLOADS, **(config or {})})
        except duckdb.Error as error:
            failure = open_error(path, error)
            if "locked" not in failure.message or time.monotonic() >= deadline:
                raise failure from error
        time.sleep(LOCK_RETRY_S)


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
        if error is None:
            self.close()
            return
        with suppress(StoreError):  # the error already on its way is the one to report
            self.close()

    def close(self) -> None:
        """Close the connection (DuckDB checkpoints the file); unusable afterwards."""
        try:
            self._conn.close()
        except duckdb.Error as error:
            raise StoreError(f"{self.path}: closing the database failed:"
                             f" {first_line(str(error))}") from error

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """BEGIN ... COMMIT, or ROLLBACK on any error so nothing partial remains."""
        self._conn.execute("BEGIN TRANSACTION")
        try:
            yield self._conn
        except BaseException:
            # After a fatal I/O error DuckDB has already aborted the transaction and ROLLBACK
            # fails too; the first error is the true one, so it is the one raised.
            with suppress(duckdb.Error):
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
                             f" {first_line(str(error))}") from error
        return WriteResult(added=len(new), skipped=len(batch) - len(new))

    # -- reads (SQL in kronika.query) ------------------------------------------------------

    def sql(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> pd.DataFrame:
        """Run one parameterised query and return its rows as a DataFrame."""
        try:
            return self._conn.execute(sql, params if params is not None else []).df()
        except duckdb.Error as error:
            raise StoreError(f"{self.path}: query failed: {first_line(str(error))}") from error

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


StoreT = TypeVar("StoreT", bound=Store)


def open_store(path: str | Path, *, read_only: bool = False, wait: float = 0.0) -> Store:
    """Open (creating and migrating unless read-only) the kronika store at path.

    ``wait``: seconds to keep retrying while another process holds the database's lock.
    """
    path = Path(path)
    return checked(Store(connect(path, read_only, wait=wait), path, read_only))


def checked(store: StoreT) -> StoreT:
    """The store once its schema is checked (read-only) or migrated; closed on failure."""
    try:
        if store.read_only:
            store.check_version()
        else:
            store.migrate()
    except duckdb.Error as error:
        # Reading the schema can be the first read of a damaged file: say so, in our terms.
        store.close()
        raise open_error(store.path, error) from error
    except BaseException:
        store.close()
        raise
    return store
