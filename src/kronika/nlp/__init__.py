"""The one place kronika loads spaCy: one pipeline per process, model name from settings."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

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


def sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token, computed once per Doc (doc.sents is a linear scan)."""
    cached = doc.user_data.get("kronika_sent_index")
    if cached is None:
        cached = [0] * len(doc)
        for n, sent in enumerate(doc.sents):
            cached[sent.start : sent.end] = [n] * (sent.end - sent.start)
        doc.user_data["kronika_sent_index"] = cached
    return cached


def entities_of(doc: Doc, label: str) -> list[Span]:
    """Entities with one label, computed once per Doc (doc.ents builds a new tuple each time)."""
    key = f"kronika_ents_{label}"
    if key not in doc.user_data:
        doc.user_data[key] = [e for e in doc.ents if e.label_ == label]
    return doc.user_data[key]
