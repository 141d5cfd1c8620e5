"""Store test fixtures: a fresh DuckDB file and the shared hand-built analyses."""

import sys
from pathlib import Path

import pytest

# The analyses live in tests/fixtures, shared with the query and export tests.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fixtures.analyses import samples  # noqa: E402
from kronika.store import Store, open_store  # noqa: E402


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
