"""Text -> Document: content-hash ids, explicit fields over extracted ones, de-duplication."""

from __future__ import annotations

import pytest

from kronika.errors import EmptyInputError, MalformedInputError
from kronika.ingest import dedupe, from_text
from kronika.records import content_id

TEXT = (
    "Kenya deploys police to Nairobi ahead of protest\n"
    "June 24, 2025\n"
    "By Wanjiru Mwangi\n"
    "Police sealed off roads around parliament on Tuesday, according to witnesses."
)


def test_id_is_content_hash_of_normalised_text() -> None:
    document = from_text(TEXT.replace("\n", "\r\n") + "\n\n")
    assert document.text == TEXT
    assert document.id == content_id(TEXT)
    assert from_text(TEXT).id == document.id


def test_missing_fields_are_extracted_from_text() -> None:
    document = from_text(TEXT, source="kenya.txt")
    assert document.source == "kenya.txt"
    assert document.title == "Kenya deploys police to Nairobi ahead of protest"
    assert document.author == "Wanjiru Mwangi"
    assert document.published == "2025-06-24"
    assert document.genre == "news"
    assert document.language == "en"


def test_given_fields_win_and_are_normalised() -> None:
    document = from_text(
        TEXT,
        title="Own title",
        author="Desk",
        published="25 June 2025",
        genre="analysis",
        url="https://example.org/k",
    )
    assert (document.title, document.author, document.published, document.genre) == (
        "Own title",
        "Desk",
        "2025-06-25",
        "analysis",
    )
    assert document.url == "https://example.org/k"


def test_invalid_published_names_the_input() -> None:
    with pytest.raises(MalformedInputError) as info:
        from_text(TEXT, source="kenya.txt", published="last Tuesday")
    assert info.value.message == "kenya.txt: invalid \"published\" date 'last Tuesday'"


def test_unknown_genre() -> None:
    with pytest.raises(MalformedInputError) as info:
        from_text(TEXT, genre="satire")
    assert info.value.message == "<text>: unknown \"genre\" 'satire'"


def test_blank_text() -> None:
    with pytest.raises(EmptyInputError) as info:
        from_text("  \n ", source="blank")
    assert info.value.message == "blank: contains only whitespace"


def test_dedupe_keeps_first_of_each_text() -> None:
    first = from_text(TEXT, source="a.txt")
    again = from_text(TEXT + "\r\n", source="b.txt")
    other = from_text("Another article about talks in Nairobi.", source="c.txt")
    assert [d.source for d in dedupe([first, again, other])] == ["a.txt", "c.txt"]
