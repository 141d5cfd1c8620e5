"""Claims: who said (or believes) what, found with cue words, quotations and dependency rules.

``extract_claims(doc)`` returns one :class:`ClaimSpan` per attribution, in text order, with
character offsets into ``doc.text``. The author of an opinion piece as a speaker is decided
later by the pipeline; here a claim always has a cue in the text.
"""

from __future__ import annotations

from collections.abc import Iterable

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
    kept = [c for c in unique.values() if not _inner_attitude(c, unique.values())]
    kept = [c for c in kept if not _inside_quotation(c, kept)]
    return sorted(kept, key=lambda c: (c.content_start, c.cue_start or 0))


# cue kinds that state the speaker's own mind: inside someone's words they are part of what
# was said ("she said she thinks ...": one claim), not an attribution by the text
_ATTITUDES = frozenset({"belief", "intent", "stance", "naming"})


def _inside_quotation(claim: ClaimSpan, claims: Iterable[ClaimSpan]) -> bool:
    """True for a cue inside another speaker's quotation: the quoted words are that
    speaker's claim, whoever they in turn quote ('"People say, 'It doesn't matter,'" King
    said')."""
    if claim.cue_start is None:
        return False
    return any(
        other is not claim and other.direct
        and other.content_start <= claim.cue_start < other.content_end
        and not other.content_start <= claim.content_start < claim.content_end <= claim.cue_start
        for other in claims
    )


def _inner_attitude(claim: ClaimSpan, claims: Iterable[ClaimSpan]) -> bool:
    """True for a belief, wish or stance whose cue lies inside another claim's content.

    A reported speech act inside a claim ("X said Y told him that ...") is kept and chained
    (``via``); a thought or a stance inside one is what the outer speaker said or thought.
    """
    if claim.cue_kind not in _ATTITUDES or claim.cue_start is None:
        return False
    return any(
        other is not claim and other.content_start <= claim.cue_start < other.content_end
        and not other.content_start <= claim.content_start < claim.content_end <= claim.cue_start
        for other in claims
    )
