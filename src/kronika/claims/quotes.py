"""Quotation spans of a text, found on characters so that a quote may cross sentences.

Handles curly double quotes (“ ”), low-high quotes („ “), guillemets (« » and » «), straight
double quotes (") and single quotes (‘ ’, ') when they are not apostrophes. News convention
leaves a quote open at the end of a paragraph and reopens it on the next one; a quote still open
at a line break is therefore closed at the end of its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from kronika.nlp import doc_text

# opening mark -> the marks that may close it
_PAIRS: dict[str, str] = {"“": "”\"", "„": "“”", "«": "»", "»": "«", '"': '"”'}
_SINGLE_OPEN = "‘'"
_SINGLE_CLOSE = "’'"
# Every character the scan acts on, open or not: the others are skipped without a Python step.
_MARKS = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_PAIRS.values()) + "”"
                                    + _SINGLE_OPEN + _SINGLE_CLOSE + "\n") + "]")


@dataclass(frozen=True)
class Quote:
    """One quotation: ``start``/``end`` include the marks, ``inner_*`` exclude them.

    ``closed`` is False for a quotation left open at the end of its paragraph.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True


def _is_single_open(text: str, i: int) -> bool:
    """A single quote mark that opens: at the start or after a space or bracket, before a letter."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-") and not after.isspace()


def _is_single_close(text: str, i: int) -> bool:
    """A single quote mark that closes: after a non-space, not inside a word (not "don’t")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _doubled(text: str) -> str:
    """Read the two-character marks ``''`` and `````` as one double quote and a filler."""
    return text.replace("``", '"\x00').replace("''", '"\x00')


def _unclosed(text: str, start: int, stop: int) -> Quote:
    """A quotation left open: it runs to the last non-space character before ``stop``."""
    end = stop
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return Quote(start, end, _mark_end(text, start), end, closed=False)


def _mark_end(text: str, start: int) -> int:
    """Offset just after an opening mark (two characters for ``''``)."""
    return start + 2 if text[start + 1 : start + 2] == "\x00" else start + 1


def find_quotes(text: str) -> list[Quote]:
    """Top-level quotation spans of ``text`` in order (quotes nested inside are not listed)."""
    scan = _doubled(text)
    quotes: list[Quote] = []
    open_at: int | None = None
    closers = ""
    inner = 0  # curly quotations opened inside a straight one: their ” closes them, not it
    for mark in _MARKS.finditer(scan):
        i, ch = mark.start(), mark.group()
        if open_at is not None and scan[open_at] == '"' and ch in "“”":
            if ch == "“":
                inner += 1
                continue
            if inner:
                inner -= 1
                continue
        if open_at is None:
            inner = 0
            if ch in _PAIRS:
                open_at, closers = i, _PAIRS[ch]
            elif ch == "”" and _is_single_open(scan, i):
                # some sources type a right mark for the opening one: '” We will stay.”'
                open_at, closers = i, "”\""
            elif ch in _SINGLE_OPEN and _is_single_open(scan, i):
                open_at, closers = i, _SINGLE_CLOSE
        elif ch == "\n":
            # an unclosed quote runs to the end of its paragraph, never further
            quotes.append(_unclosed(scan, open_at, i))
            open_at = None
        elif ch in closers and (closers != _SINGLE_CLOSE or _is_single_close(scan, i)):
            end = _mark_end(scan, i)
            quotes.append(Quote(open_at, end, _mark_end(scan, open_at), i))
            open_at = None
    if open_at is not None:
        quotes.append(_unclosed(scan, open_at, len(scan)))
    return [q for q in quotes if q.inner_end > q.inner_start]


def quotes_of(doc: Doc) -> tuple[Quote, ...]:
    """The quotations of a Doc's text, found once per Doc (genre and claims both read them)."""
    cached = doc.user_data.get("kronika_quotes")
    if cached is None:
        cached = doc.user_data["kronika_quotes"] = tuple(find_quotes(doc_text(doc)))
    return cached
