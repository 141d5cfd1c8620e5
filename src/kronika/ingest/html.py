"""HTML -> ``Document`` through trafilatura: the article text without navigation and boilerplate.

``Document.text`` is the extracted text (paragraphs on their own lines), so offsets point into
it, not into the HTML. Title, author, date and URL come from the page's metadata (meta tags,
JSON-LD, ``<time>``); a field the page lacks is filled from the extracted text like a plain
article. ``Document.source`` is the input name (the path), ``Document.url`` the page's canonical
URL when it declares one. The date is read from the page's markup only, never guessed from
a copyright line. A page whose extracted text has no line of at least six words (nothing but a
menu or a caption) raises ``MalformedInputError``.
"""

from __future__ import annotations

from kronika.errors import MalformedInputError
from kronika.ingest.documents import from_text
from kronika.ingest.metadata import normalise_date
from kronika.records import Document

# Fewer words than this on every line is a menu or a caption, not an article.
_MIN_PROSE_WORDS = 6


def parse_html(html: str, name: str, *, source: str | None = None) -> Document:
    """The article of one HTML page; ``name`` labels errors, ``source`` defaults to it."""
    import trafilatura  # slow to import (lxml, htmldate); only HTML input needs it

    extracted = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        # Dates from markup only: the extensive search turns a "© 2024" footer into 2024-01-01.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (getattr(extracted, "text", None) or "").strip()
    if not has_prose(text):
        raise MalformedInputError(
            f"{name}: no article text found in HTML",
            hint="save the article page itself, or pass its text with --format text",
        )
    # Page metadata is best effort: an unreadable date is dropped, not an error.
    published = extracted.date and normalise_date(extracted.date)
    return from_text(
        text,
        source=source or name,
        title=extracted.title or None,
        author=extracted.author or None,
        published=published or None,
        url=extracted.url or None,
        name=name,
    )


def has_prose(text: str) -> bool:
    """True when at least one line reads like a sentence rather than a menu item."""
    return any(len(line.split()) >= _MIN_PROSE_WORDS for line in text.split("\n"))
