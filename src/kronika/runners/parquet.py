"""The Spark runner's output: Parquet chunks committed by manifest, and loading them into a store.

Layout of an output directory (local path or any URI pyarrow opens: ``hdfs://``, ``s3://``):

    OUT/documents/month=2025-01/<batch>.parquet     one file per table, month and chunk
    OUT/events/month=__HIVE_DEFAULT_PARTITION__/... documents without a publication date
    OUT/_manifests/<batch>.json                     the commit record of one chunk

Commit protocol (exactly once by document id). A worker analyses a chunk of documents, writes
each table's rows to a hidden temporary name (``.tmp-...``; Spark and Hive readers skip names
starting with ``.`` or ``_``) and renames it to its final name; only then does it write the
chunk's manifest, also through a temporary name and a rename. A chunk exists when its manifest
does: the manifest lists the chunk's files and document ids. A run first reads every manifest,
skips the documents they list, and deletes data files no manifest lists (what a killed job
left behind). A run writes its id to ``OUT/_run`` before reading the manifests, and a worker
commits a chunk only while that file still names its run: a straggler of a killed job (Spark's
Python workers leave the driver's process group, and can outlive it) stops at its next chunk
instead of committing documents the new run is analysing again. Batch names carry the run,
partition, task attempt and chunk, so no two attempts write the same file; a retried task skips
what its earlier attempts committed. One job at a time may write to a directory.

The tables have the store's columns and types (the Arrow schema is read from the store's own
DDL), so :func:`load_into_store` is a plain insert, skipping documents already stored.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from urllib.parse import urlparse

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from kronika.errors import StoreError, UsageError
from kronika.records import Analysis, iso_date
from kronika.store.duck import Store, quote, utc_now
from kronika.store.rows import Row, analysis_rows
from kronika.store.schema import MIGRATIONS, TABLES

MANIFESTS = "_manifests"
RUN = "_run"  # the id of the run that owns the directory: only it may commit
# Hive's name for a partition whose value is null: Spark reads it back as a null month.
NO_MONTH = "__HIVE_DEFAULT_PARTITION__"


@dataclass(frozen=True)
class Manifest:
    """The commit record of one chunk: its files (relative to the root) and document ids."""

    batch: str
    files: tuple[str, ...]
    doc_ids: tuple[str, ...]

    def to_json(self) -> str:
        return json.dumps({"batch": self.batch, "files": list(self.files),
                           "doc_ids": list(self.doc_ids)})

    @classmethod
    def from_json(cls, text: str, where: str) -> Manifest:
        try:
            raw = json.loads(text)
            return cls(str(raw["batch"]), tuple(raw["files"]), tuple(raw["doc_ids"]))
        except (ValueError, KeyError, TypeError) as error:
            raise StoreError(f"{where}: not a kronika chunk manifest ({error})") from error


@lru_cache(maxsize=1)
def table_schemas() -> dict[str, pa.Schema]:
    """The Arrow schema of every store table, read from the store's own DDL."""
    conn = duckdb.connect()
    try:
        for migration in MIGRATIONS:
            conn.execute(migration.sql)
        return {t: conn.sql(f"SELECT * FROM {quote(t)} LIMIT 0").arrow().schema
                for t in TABLES}
    finally:
        conn.close()


def month_of(published: str | None) -> str:
    """The partition value of a publication date: ``YYYY-MM``, or Hive's null."""
    day = iso_date(published)
    return f"{day:%Y-%m}" if day else NO_MONTH


def normalise_uri(path: str) -> str:
    """An absolute local path, or the URI unchanged (pyarrow needs one or the other)."""
    if urlparse(path).scheme in ("", "file"):
        return posixpath.abspath(path.removeprefix("file://").removeprefix("file:"))
    return path


class OutputDir:
    """One output directory on any filesystem pyarrow can open."""

    def __init__(self, uri: str) -> None:
        self.uri = normalise_uri(uri)
        try:
            self.fs, self.root = pafs.FileSystem.from_uri(self.uri)
        except (pa.ArrowInvalid, OSError) as error:
            raise UsageError(f"{uri}: cannot open this output location: {error}") from error

    def path(self, relative: str) -> str:
        return posixpath.join(self.root, relative)

    def _files(self, relative: str) -> list[pafs.FileInfo]:
        selector = pafs.FileSelector(self.path(relative), allow_not_found=True, recursive=True)
        return [f for f in self.fs.get_file_info(selector) if f.type == pafs.FileType.File]

    def manifests(self, prefix: str = "") -> Iterator[Manifest]:
        """Every committed chunk whose batch name starts with ``prefix``, in batch order."""
        for info in sorted(self._files(MANIFESTS), key=lambda f: f.path):
            name = info.base_name
            if name.startswith(prefix) and name.endswith(".json") and not name.startswith("."):
                with self.fs.open_input_stream(info.path) as stream:
                    yield Manifest.from_json(stream.read().decode("utf-8"), info.path)

    def committed_ids(self, prefix: str = "") -> set[str]:
        """Ids of the documents in committed chunks (of batches starting with ``prefix``)."""
        return {doc_id for manifest in self.manifests(prefix) for doc_id in manifest.doc_ids}

    def claim(self, run_id: str) -> None:
        """Make ``run_id`` the only run allowed to commit here."""
        payload = run_id.encode("utf-8")
        self.write_atomically(RUN, lambda p: self._write_bytes(p, payload))

    def owner(self) -> str | None:
        """The run allowed to commit, or None before any run."""
        try:
            with self.fs.open_input_stream(self.path(RUN)) as stream:
                return stream.read().decode("utf-8")
        except FileNotFoundError:
            return None

    def remove_uncommitted(self) -> int:
        """Delete data and temporary files that no manifest lists (a killed job's leftovers)."""
        listed = {self.path(f) for m in self.manifests() for f in m.files}
        removed = 0
        for table in (*TABLES, MANIFESTS):
            for info in self._files(table):
                temporary = info.base_name.startswith(".tmp-")
                if temporary or (table != MANIFESTS and info.path not in listed):
                    self.fs.delete_file(info.path)
                    removed += 1
        return removed

    def write_atomically(self, relative: str, write: Callable[[str], object]) -> None:
        """Write through a hidden temporary name in the same folder, then rename."""
        final = self.path(relative)
        folder, name = posixpath.split(final)
        self.fs.create_dir(folder, recursive=True)
        temporary = posixpath.join(folder, f".tmp-{name}")
        write(temporary)
        self.fs.move(temporary, final)

    def commit_chunk(self, batch: str, analyses: Iterable[Analysis]) -> Manifest:
        """Write one chunk's tables, then its manifest: the chunk exists from that moment."""
        analyses = list(analyses)
        files = [self._write_table(batch, table, month, rows)
                 for (table, month), rows in chunk_tables(analyses, utc_now()).items()]
        manifest = Manifest(batch, tuple(files), tuple(a.document.id for a in analyses))
        payload = manifest.to_json().encode("utf-8")
        self.write_atomically(f"{MANIFESTS}/{batch}.json", lambda p: self._write_bytes(p, payload))
        return manifest

    def _write_bytes(self, path: str, payload: bytes) -> None:
        with self.fs.open_output_stream(path) as stream:
            stream.write(payload)

    def _write_table(self, batch: str, table: str, month: str, rows: list[Row]) -> str:
        relative = f"{table}/month={month}/{batch}.parquet"
        arrow = pa.Table.from_pylist(rows, schema=table_schemas()[table])
        self.write_atomically(relative, lambda p: pq.write_table(arrow, p, filesystem=self.fs))
        return relative

    def read_table(self, relative: str) -> pa.Table:
        """One committed data file, with the store's schema."""
        return pq.read_table(self.path(relative), filesystem=self.fs,
                             schema=table_schemas()[relative.split("/", 1)[0]])


def chunk_tables(analyses: list[Analysis], now: datetime) -> dict[tuple[str, str], list[Row]]:
    """Rows per (table, month) of the documents' publication months, every table present for
    each month that has documents (an empty file keeps the layout regular)."""
    tables: dict[tuple[str, str], list[Row]] = {}
    for analysis in analyses:
        month = month_of(analysis.document.published)
        for table, rows in analysis_rows(analysis, now).items():
            tables.setdefault((table, month), []).extend(rows)
    return tables


@dataclass(frozen=True)
class LoadResult:
    """Documents a Parquet load added and skipped (already stored)."""

    added: int
    skipped: int


def load_into_store(store: Store, uri: str) -> LoadResult:
    """Insert every committed chunk of a Spark output directory; stored documents are skipped.

    One transaction per chunk: a failure leaves whole chunks stored and none half-stored.
    """
    out = OutputDir(uri)
    if not out.fs.get_file_info(out.path(MANIFESTS)).type == pafs.FileType.Directory:
        raise UsageError(f"{uri}: no kronika Spark output here (no {MANIFESTS} folder)",
                         hint="pass the --out directory of `kronika spark`")
    added = skipped = 0
    for manifest in out.manifests():
        new = set(manifest.doc_ids) - store.stored_ids(list(manifest.doc_ids))
        skipped += len(manifest.doc_ids) - len(new)
        if new:
            insert_chunk(store, out, manifest, new)
            added += len(new)
    return LoadResult(added, skipped)


def insert_chunk(store: Store, out: OutputDir, manifest: Manifest, new: set[str]) -> None:
    """The rows of one chunk's new documents, in one transaction, tables in write order."""
    wanted = pa.array(sorted(new), pa.string())
    by_table = sorted(manifest.files, key=lambda f: TABLES.index(f.split("/", 1)[0]))
    try:
        with store.transaction() as conn:
            for relative in by_table:
                table = relative.split("/", 1)[0]
                rows = out.read_table(relative)
                key = "id" if table == "documents" else "doc_id"
                rows = rows.filter(pc.is_in(rows[key], value_set=wanted))
                if rows.num_rows:
                    insert_arrow(conn, table, rows)
    except duckdb.Error as error:
        raise StoreError(f"{store.path}: loading chunk {manifest.batch} failed, nothing of it"
                         f" was stored: {error}") from error


def insert_arrow(conn: duckdb.DuckDBPyConnection, table: str, rows: pa.Table) -> None:
    """Append an Arrow table whose columns are the store table's."""
    columns = ", ".join(quote(c) for c in rows.column_names)
    conn.register("kronika_chunk", rows)
    try:
        conn.execute(f"INSERT INTO {quote(table)} ({columns}) SELECT {columns} FROM kronika_chunk")
    finally:
        conn.unregister("kronika_chunk")

