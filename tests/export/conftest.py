"""Export test fixtures: a store file holding the shared hand-built analyses."""

import sys
from pathlib import Path

import pytest

# The analyses live in tests/fixtures, shared with the store and query tests.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fixtures.analyses import samples  # noqa: E402
from kronika.store import open_store  # noqa: E402


@pytest.fixture
def filled(tmp_path: Path):
    """A store file with the three sample documents, closed after the test."""
    with open_store(tmp_path / "k.duckdb") as store:
        store.write(samples())
        yield store
