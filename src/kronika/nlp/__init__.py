"""The one place kronika loads spaCy: one pipeline per process, model name from settings."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from kronika import settings
from kronika.errors import UsageError

# Components no kronika stage reads: skipping them is free speed.
UNUSED_COMPONENTS = ("lemmatizer_trainable",)


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Language:
    """Load the spaCy pipeline named by ``model`` (default: the ``model`` setting) once."""
    name = model or settings.get("model")
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise UsageError(
            f"spaCy model {name!r} cannot be loaded",
            hint="install it with pip or set KRONIKA_MODEL to an installed pipeline",
        ) from exc
    nlp.max_length = max(nlp.max_length, int(settings.get("max_chars")) + 1)
    return nlp
