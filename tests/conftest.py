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
