"""Export test fixtures: a store file holding the shared hand-built analyses."""

from pathlib import Path

import pytest

# The analyses live in tests/fixtures, shared with the store and query tests.
from fixtures.analyses import samples
from kronika.store import open_store


@pytest.fixture
def filled(tmp_path: Path):
    """A store file with the three sample documents, closed after the test."""
    with open_store(tmp_path / "k.duckdb") as store:
        store.write(samples())
        yield store
