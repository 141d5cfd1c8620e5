"""HTML -> Document through trafilatura, on a hand-written article page."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika.errors import MalformedInputError
from kronika.ingest import parse_html

PAGE = Path(__file__).parents[1] / "fixtures" / "html" / "ceasefire_talks.html"


@pytest.fixture(scope="module")
def page_document():
    """The fixture page parsed once."""
    return parse_html(PAGE.read_text(encoding="utf-8"), str(PAGE))


def test_metadata_comes_from_the_page(page_document) -> None:
    assert page_document.title == "Mediators push Israel and Hamas toward a new truce"
    assert page_document.author == "Miriam Haddad"
    assert page_document.published == "2025-02-11"
    assert page_document.url == "https://levant-ledger.example/world/2025/02/11/truce-talks"
    assert page_document.source == str(PAGE)


def test_text_is_the_article_without_boilerplate(page_document) -> None:
    text = page_document.text
    assert "Qatari and Egyptian mediators met Israeli and Hamas negotiators" in text
    assert "\u201cWe are closer than we were a week ago,\u201d" in text  # entities decoded
    assert "All rights reserved" not in text
    assert "<" not in text
    assert "Opinion" not in text  # the navigation menu


def test_date_is_not_guessed_from_a_copyright_line() -> None:
    html = (
        "<html><body><article><p>Talks in Cairo ended on Monday without an agreement, "
        "officials said.</p></article><footer><p>\u00a9 2024 Example News</p></footer>"
        "</body></html>"
    )
    assert parse_html(html, "cairo.html").published is None


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Only a title</title></head><body></body></html>",
        "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></body></html>",
        "<html><body><script>var talks = 1;</script></body></html>",
        "<<<>>>",
    ],
    ids=["title-only", "menu-only", "script-only", "garbage"],
)
def test_page_without_article_text(html: str) -> None:
    with pytest.raises(MalformedInputError) as info:
        parse_html(html, "empty.html")
    assert info.value.message == "empty.html: no article text found in HTML"
