"""Claims: who said (or believes) what, found with cue words, quotations and dependency rules.

``extract_claims(doc)`` returns one :class:`ClaimSpan` per attribution, in text order, with
character offsets into ``doc.text``. The author of an opinion piece as a speaker is decided
later by the pipeline; here a claim always has a cue in the text.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kronika.claims.attribution import (
    colon_claim,
    noun_claim,
    phrase_claims,
    signed_claim,
    verb_claim,
)
from kronika.claims.context import make_context
from kronika.claims.cues import CueLexicon, default_lexicon, load_lexicon
from kronika.claims.quotes import Quote, find_quotes
from kronika.claims.spans import ClaimSpan

__all__ = ["ClaimSpan", "CueLexicon", "Quote", "extract_claims", "find_quotes", "load_lexicon"]


def extract_claims(doc: Doc, lexicon: CueLexicon | None = None) -> list[ClaimSpan]:
    """Every attribution of a parsed document, in order of content, without duplicates."""
    ctx = make_context(doc, lexicon or default_lexicon())
    found: list[ClaimSpan] = []
    # a source phrase starts with its first word: most tokens need no phrase check
    starts = {p[0] for p in ctx.lexicon.phrases if p}
    every = any(not p for p in ctx.lexicon.phrases)
    for token in doc:
        if every or token.lower_ in starts:
            found.extend(phrase_claims(ctx, token))
        for rule in (verb_claim, noun_claim, colon_claim):
            claim = rule(ctx, token)
            if claim is not None:
                found.append(claim)
    for n in range(len(ctx.quotes)):
        signed = signed_claim(ctx, n)
        if signed is not None:
            found.append(signed)
    unique = {(c.cue_start, c.content_start, c.content_end): c for c in found}
    return sorted(unique.values(), key=lambda c: (c.content_start, c.cue_start or 0))
