"""Text + metadata -> ``Document``, and de-duplication of one run.

``Document.id`` is always the content hash of the normalised text (``records.content_id``), so
re-ingesting the same article is a no-op whatever its file name or the user's own id. Fields the
caller passes win; fields left out are filled from the text itself (``metadata.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import get_args

from kronika.errors import MalformedInputError
from kronika.ingest.decode import normalise_text, replace_surrogates
from kronika.ingest.metadata import extract_metadata, normalise_date
from kronika.records import Document, Genre

GENRES: tuple[str, ...] = get_args(Genre)


def from_text(
    text: str,
    *,
    source: str | None = None,
    title: str | None = None,
    author: str | None = None,
    published: str | None = None,
    url: str | None = None,
    genre: str | None = None,
    name: str | None = None,
) -> Document:
    """A document from text; ``name`` labels error messages (default: source, else "<text>")."""
    name = name or source or "<text>"
    text = normalise_text(text, name)
    # metadata from JSON may hold lone surrogates too, which no output can encode
    source, title, author, published, url, genre = (
        replace_surrogates(v) if isinstance(v, str) else v
        for v in (source, title, author, published, url, genre)
    )
    found = extract_metadata(text)
    return Document.from_text(
        text,
        source=source,
        title=title or found.title,
        author=author or found.author,
        published=check_published(published, name) or found.published,
        genre=check_genre(genre, name) or found.genre,
        url=url,
    )


def check_published(value: str | None, name: str) -> str | None:
    """A given publication date as ISO YYYY-MM-DD; an unreadable one is an error."""
    if value is None:
        return None
    iso = normalise_date(value)
    if iso is None:
        raise MalformedInputError(
            f'{name}: invalid "published" date {value!r}',
            hint="use an explicit date such as 2025-03-04 or 4 March 2025",
        )
    return iso


def check_genre(value: str | None, name: str) -> str | None:
    """A given genre, checked against the genres of the record schema."""
    if value is None or value in GENRES:
        return value
    raise MalformedInputError(
        f'{name}: unknown "genre" {value!r}', hint="use one of " + ", ".join(GENRES)
    )


def dedupe(documents: Iterable[Document]) -> Iterator[Document]:
    """Each distinct text once, in first-seen order (ids are content hashes)."""
    seen: set[str] = set()
    for document in documents:
        if document.id not in seen:
            seen.add(document.id)
            yield document
