"""The store behind the API: opened once, one query at a time."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kronika import aggregates
from kronika.errors import UsageError
from kronika.store import Store, open_store


class Backend:
    """The open store, one query at a time (a DuckDB connection is not shared by threads)."""

    def __init__(self, store: Store, token: str | None) -> None:
        self.store = store
        self.token = token or None
        self.lock = threading.Lock()
        aggregates.materialise(store)

    @contextmanager
    def use(self) -> Iterator[Store]:
        """The store, held for this thread until the block ends."""
        with self.lock:
            yield self.store


def open_backend(db: str | Path, token: str | None) -> Backend:
    """The store opened read-write when writes are allowed, read-only otherwise."""
    path = Path(db)
    if not token and not path.exists():
        raise UsageError(f"{db}: no such database", hint="create it with 'kronika ingest'")
    return Backend(open_store(path, read_only=not token), token)
