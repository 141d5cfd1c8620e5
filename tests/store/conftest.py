"""Store test fixtures: a fresh DuckDB file and the shared hand-built analyses."""

from pathlib import Path

import pytest

# The analyses live in tests/fixtures, shared with the query and export tests.
from fixtures.analyses import samples
from kronika.store import Store, open_store


@pytest.fixture
def store(tmp_path: Path):
    """An empty store in a real DuckDB file, closed after the test."""
    with open_store(tmp_path / "k.duckdb") as opened:
        yield opened


@pytest.fixture
def filled(store: Store) -> Store:
    """The store holding the three sample documents."""
    store.write(samples())
    return store
