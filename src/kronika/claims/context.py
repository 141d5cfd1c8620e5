"""What every attribution rule reads: the doc, its quotations, sentence numbers, the lexicon.

Also the character-span helpers the rules share; every span is a pair of offsets into
``doc.text``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kronika.claims.cues import CueLexicon
from kronika.claims.quotes import Quote, quotes_of
from kronika.nlp import doc_text, sentence_index, sentences

_TRIM = " \t\r\n\xa0,;:—–-"
_OPEN_MARKS = "“„«‘\"'"
_CLOSE_MARKS = "”»’\"'"


@dataclass(frozen=True)
class Context:
    """What every rule needs: the doc, its quotations and sentence numbers, the lexicon."""

    doc: Doc
    quotes: tuple[Quote, ...]
    sentence_of: tuple[int, ...]
    sentences: tuple[Span, ...]
    lexicon: CueLexicon
    text: str  # Doc.text rebuilds the string on every access: read it once


def make_context(doc: Doc, lexicon: CueLexicon) -> Context:
    """Precompute quotations and the sentence index of every token."""
    return Context(doc, quotes_of(doc), tuple(sentence_index(doc)), sentences(doc), lexicon,
                   doc_text(doc))


def close_quote(text: str, start: int, end: int) -> int:
    """End of a span that opens a short quotation but stops before its closing mark
    (``were “Mostly False.”``): the mark, and the full stop or comma inside it, belong in."""
    inner = text[start:end]
    curly = inner.count("“") > inner.count("”")
    straight = inner.count('"') % 2 == 1
    if not (curly or straight):
        return end
    stop = end
    while stop < len(text) and stop - end < 2 and text[stop] in ".,!?":
        stop += 1
    if stop < len(text) and text[stop] in ("”" if curly else '"'):
        return stop + 1
    return end


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding spaces, commas, dashes and unpaired quotation marks."""
    while True:
        old = (start, end)
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        inner = text[start:end]
        if inner and inner[0] in _OPEN_MARKS and not any(m in inner[1:] for m in _CLOSE_MARKS):
            start += 1
        # end > start: a lone mark that both opens and closes (') must not be dropped twice
        if (inner and end > start and inner[-1] in _CLOSE_MARKS
                and not any(m in inner[:-1] for m in _OPEN_MARKS)):
            end -= 1
        if (start, end) == old:
            return start, end


def token_span(tokens: list[Token]) -> tuple[int, int]:
    """Character span from the first to the last of some tokens."""
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def subtree_span(token: Token) -> tuple[int, int]:
    """Character span of a token's whole subtree."""
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)


def only_punct(text: str) -> bool:
    """True when a stretch of text holds nothing but spaces and punctuation."""
    return all(not ch.isalnum() for ch in text)


def quoted_share(ctx: Context, start: int, end: int) -> float:
    """Share of a span's characters that lie inside quotation marks."""
    if end <= start:
        return 0.0
    inside = sum(max(0, min(end, q.end) - max(start, q.start)) for q in ctx.quotes)
    return inside / (end - start)


def enclosing_quote(ctx: Context, start: int, end: int) -> Quote | None:
    """The quotation that holds most of a span, if it holds at least half of it."""
    for q in ctx.quotes:
        if max(0, min(end, q.end) - max(start, q.start)) * 2 >= end - start > 0:
            return q
    return None


def inside_quote(ctx: Context, token: Token) -> Quote | None:
    """The quotation a token stands in, if any."""
    return next((q for q in ctx.quotes if q.start < token.idx < q.end), None)
