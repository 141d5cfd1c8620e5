"""Journalistic boilerplate (``data/boilerplate.csv``): the formulas of anonymous sourcing and
of unanswered requests ("who asked not to be named", "declined to comment", "could not be
reached for comment"). They tell how the reporter got (or did not get) the story, never what
anyone claims, so a cue inside one is no claim. Nor is one in an editor's note, the
publication's standing word to its readers about the article ("Editor's note: ..."), which
reports nothing of the story."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from kronika.errors import KnowledgeError
from kronika.lexicon import read_csv
from kronika.nlp import lower_lemmas

# words that may stand between the words of a formula: "respond to a request", "did not
# immediately respond", "asked that his name not be used", "emailed requests"
_SKIPPABLE = frozenset({"det", "poss", "amod", "advmod", "compound", "nummod"})
# how many words a formula may skip in all
_MAX_SKIPS = 3


@lru_cache(maxsize=1)
def formulas() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Opening lemma -> the word sequences that may follow it."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for row in read_csv("boilerplate.csv", ("verb", "words")):
        words = tuple(row.get("words", "").lower().split())
        if not words:
            raise KnowledgeError(f"boilerplate.csv: {row['verb']}: field 'words' is empty")
        found.setdefault(row["verb"].lower(), []).append(words)
    return {verb: tuple(seqs) for verb, seqs in found.items()}


def _matches(doc: Doc, start: int, words: tuple[str, ...]) -> int | None:
    """Index after the last word of a formula's words matched from token ``start`` on."""
    i, skips = start, 0
    for word in words:
        while i < len(doc) and not _is(doc[i], word):
            if doc[i].dep_ not in _SKIPPABLE or skips == _MAX_SKIPS:
                return None
            i, skips = i + 1, skips + 1
        if i == len(doc):
            return None
        i += 1
    return i


def _is(token: Token, word: str) -> bool:
    """True when a token is the word of a formula (by lemma or by form)."""
    return token.lemma_.lower() == word or token.lower_ == word


def boilerplate_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the boilerplate formulas of a document."""
    table = formulas()
    spans = []
    # the lemma list is built once per Doc: most words open no formula, and need no Token
    for i in (i for i, lemma in enumerate(lower_lemmas(doc)) if lemma in table):
        token = doc[i]
        for words in table[lower_lemmas(doc)[i]]:
            end = _matches(doc, token.i + 1, words)
            if end is not None:
                last = doc[end - 1]
                spans.append((token.idx, last.idx + len(last.text)))
                break
    return spans


# an editor's note opens its paragraph and runs to the next blank line (it may be wrapped)
_EDITORS_NOTE = re.compile(r"^[ \t\xa0]*editors?[’'`]?s?[’'`]? note:.*?(?=\n[ \t\xa0]*\n|\Z)",
                           re.I | re.M | re.S)


def editors_notes(text: str) -> list[tuple[int, int]]:
    """Character spans of the editor's notes of a text."""
    if "note" not in text.lower():
        return []
    return [(m.start(), m.end()) for m in _EDITORS_NOTE.finditer(text)]
