"""kronika: political events, claims and positions from news text, traceable to the character.

>>> import kronika
>>> a = kronika.analyze("Russian forces shelled Kharkiv on Monday.", published="2025-08-22")
>>> [e.type for e in a.events]
['ASSAULT']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kronika.records import Analysis, Document

__all__ = ["Analysis", "Document", "analyze", "analyze_many", "open_store", "__version__"]
__version__ = "0.1.0"


def analyze(text: str, **meta: Any) -> Analysis:
    """Analyse one text; ``meta`` may give published, title, author, source, url, genre."""
    from kronika.ingest import from_text
    from kronika.pipeline import analyze_documents

    return next(analyze_documents([from_text(text, name="<text>", **meta)]))


def analyze_many(documents: Iterable[Document], *, workers: int = 1) -> Iterator[Analysis]:
    """Analyse many documents, in order, with ``workers`` processes."""
    from kronika.runners import run

    return run(documents, workers=workers)


def open_store(path: str, *, read_only: bool = False):
    """Open (or create) a DuckDB store; see kronika.store.Store for its query helpers."""
    from kronika.store import open_store as _open

    return _open(path, read_only=read_only)
