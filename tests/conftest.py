"""Shared test fixtures: the real spaCy pipeline and kronika's analyses, loaded once."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kronika.nlp import load_nlp

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real English pipeline, loaded once per test session (the same one kronika uses)."""
    return load_nlp()


@pytest.fixture(scope="session")
def article_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A DuckDB store of the fixture articles and the hostile (XSS) one, analysed once."""
    from kronika.ingest import read_paths
    from kronika.runners import run
    from kronika.store import open_store

    path = tmp_path_factory.mktemp("served") / "articles.duckdb"
    documents = list(read_paths([str(FIXTURES / "articles"), str(FIXTURES / "web")]))
    with open_store(path) as store:
        store.write(run(documents, workers=1))
    return path
