"""Ingest's view of a store: the write lock is held for one batch at a time.

DuckDB lets one process write a file, and no other process read it meanwhile. Ingest spends
most of its time analysing, so it opens the store for each batch and closes it again: a
query run during an ingest waits at most for one batch to be written, not for the whole run.

    with open_writer("kronika.duckdb") as writer:
        todo = [d for d in documents if d.id not in writer.stored_ids([d.id for d in documents])]
        writer.write(batch)                     # open, one transaction, close
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from kronika.errors import StoreError
from kronika.records import Analysis
from kronika.store.duck import Store, WriteResult, open_store

# How long a batch waits for queries (or another ingest) to let go of the file.
WRITE_WAIT_S = 60.0


class BatchWriter:
    """Writes batches of analyses, opening the store only while it writes one."""

    def __init__(self, path: str | Path, wait: float = WRITE_WAIT_S) -> None:
        self.path = Path(path)
        self.wait = wait
        self.added = 0  # documents this writer stored, told to the user if a write fails
        with self.opened():  # create and migrate now: a bad path fails before any analysis
            pass

    def __enter__(self) -> BatchWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        """Nothing stays open between batches, so there is nothing to close."""

    @contextmanager
    def opened(self) -> Iterator[Store]:
        """The store, open for writing for the length of the block."""
        with open_store(self.path, wait=self.wait) as store:
            yield store

    def stored_ids(self, doc_ids: Sequence[str]) -> set[str]:
        """The subset of these document ids already stored."""
        with self.opened() as store:
            return store.stored_ids(doc_ids)

    def write(self, analyses: Iterable[Analysis]) -> WriteResult:
        """Store one batch; a failure says how many documents earlier batches kept."""
        try:
            with self.opened() as store:
                result = store.write(analyses)
                self.added += result.added  # committed, even if closing fails below
        except StoreError as error:
            raise StoreError(f"{error.message}; {self.added} document(s) of this run are stored",
                             hint=error.hint) from error
        return result


def open_writer(path: str | Path, wait: float = WRITE_WAIT_S) -> BatchWriter:
    """A :class:`BatchWriter` on the store at path (created and migrated now)."""
    return BatchWriter(path, wait)
