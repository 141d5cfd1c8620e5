"""Long documents in bounded pieces: every piece within the limit, every record's offsets
those of the whole document."""

from __future__ import annotations

import pytest

from kronika import pipeline
from kronika.chunks import split_text
from kronika.pipeline import analyze_documents
from kronika.records import Document
from test_robustness import check_contract

PARAGRAPHS = [
    "Russian forces shelled Kharkiv on Monday, Ukrainian officials said.",
    "Israel struck Rafah, and Hamas said it would respond.",
    '"We will not negotiate under fire," the Sudanese army said after the RSF attack.',
    "Kenya sent police to Haiti. Egypt hosted talks between Israel and Hamas in Cairo.",
]


@pytest.mark.parametrize(
    "text",
    [
        "\n\n".join(PARAGRAPHS * 20),
        " ".join(PARAGRAPHS * 20),  # one line
        "x" * 5000,  # no break at all
        "\n".join(w for p in PARAGRAPHS * 10 for w in p.split()),  # one word a line
    ],
)
@pytest.mark.parametrize("limit", [1000, 1500])
def test_pieces_are_bounded_and_cover_the_text(text: str, limit: int) -> None:
    pieces = split_text(text, limit)
    assert len(pieces) > 1
    for start, piece in pieces:
        assert 0 < len(piece) <= limit and text[start : start + len(piece)] == piece
    ends = [start + len(piece) for start, piece in pieces]
    # nothing but whitespace between two pieces, and pieces in order
    for end, (start, _) in zip(ends, pieces[1:], strict=False):
        assert end <= start and not text[end:start].strip()
    assert " ".join(p for _, p in pieces).split() == text.split() or "x" in text


def test_a_text_within_the_limit_is_one_piece() -> None:
    assert split_text("Chad left.", 1000) == [(0, "Chad left.")]


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Pieces of at most 1,000 characters; records the length of every text parsed."""
    monkeypatch.setenv("KRONIKA_CHUNK_CHARS", "1000")
    parsed: list[int] = []
    real = pipeline.analyze_doc

    def spy(doc, *args, **kwargs):
        parsed.append(len(doc.text))
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(pipeline, "analyze_doc", spy)
    return parsed


def test_a_long_document_is_analysed_in_pieces_with_document_offsets(small_pieces) -> None:
    text = "\n\n".join(PARAGRAPHS * 8)
    analysis = next(analyze_documents([Document.from_text(text, published="2025-03-04")]))
    assert len(small_pieces) >= len(text) // 1000 and max(small_pieces) <= 1000
    check_contract(analysis)  # every span slices the whole text to its own text
    assert analysis.document.text == text
    ids = [e.id for e in analysis.events] + [c.id for c in analysis.claims]
    assert len(ids) == len(set(ids))
    # records come from every part of the document, sentence numbers rise with offsets
    assert max(c.content_start for c in analysis.claims) > len(text) - 1000
    mentions = sorted((m for a in analysis.actors for m in a.mentions), key=lambda m: m.start)
    assert [m.sentence for m in mentions] == sorted(m.sentence for m in mentions)
    assert [p.order for p in analysis.positions] == list(range(len(analysis.positions)))


def test_pieces_find_what_the_whole_document_finds(small_pieces, monkeypatch) -> None:
    text = "\n\n".join(PARAGRAPHS * 8)
    doc = Document.from_text(text, published="2025-03-04")
    pieces = next(analyze_documents([doc]))
    monkeypatch.setenv("KRONIKA_CHUNK_CHARS", "2000000")
    whole = next(analyze_documents([doc]))

    def found(a):
        events = {(e.type, e.trigger, e.trigger_start) for e in a.events}
        claims = {(c.content_start, c.content) for c in a.claims}
        return events | claims | {a.id for a in a.actors}

    # the parser sees less context at the cuts, so a record may differ there, not more
    same = found(pieces) & found(whole)
    assert len(same) >= 0.9 * max(len(found(pieces)), len(found(whole)))
