"""Turn attribution spans into Claim records whose speakers are resolved to actors."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from kronika.actors.resolve import ActorIndex
from kronika.claims.spans import ClaimSpan
from kronika.records import Claim, Evidence, content_id


def speaker_actor(doc: Doc, span: ClaimSpan, index: ActorIndex) -> str | None:
    """The actor id of a claim's speaker span: the actor of its head token, else of any token."""
    if span.speaker_start is None or span.speaker_end is None:
        return None
    tokens = doc.char_span(span.speaker_start, span.speaker_end, alignment_mode="expand")
    if tokens is None:
        return None
    for token in [tokens.root, *tokens]:
        build = index.actor_of(token)
        if build is not None:
            return build.id
    return None


def to_claim(doc: Doc, doc_id: str, span: ClaimSpan, index: ActorIndex) -> Claim:
    """One Claim record; its evidence covers speaker, cue and content."""
    offsets = [o for o in (span.speaker_start, span.speaker_end, span.cue_start, span.cue_end,
                           span.content_start, span.content_end) if o is not None]
    start, end = min(offsets), max(offsets)
    return Claim(
        id=content_id(doc_id, "claim", str(span.content_start), str(span.cue_start)),
        speaker=speaker_actor(doc, span, index),
        speaker_text=span.speaker_text(doc.text),
        speaker_kind=span.speaker_kind,  # type: ignore[arg-type]
        cue=span.cue,
        content=span.content_text(doc.text),
        content_start=span.content_start,
        content_end=span.content_end,
        direct=span.direct,
        evidence=Evidence(span.sentence, start, end, doc.text[start:end]),
    )


def to_claims(doc: Doc, doc_id: str, spans: Sequence[ClaimSpan], index: ActorIndex) -> list[Claim]:
    """Claim records for every attribution span, in text order."""
    return [to_claim(doc, doc_id, s, index) for s in spans]
