"""Turn attribution spans into Claim records whose speakers are resolved to actors, and the
author's own assessments of an opinion piece into claims of the author."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from kronika.actors.resolve import ActorIndex
from kronika.claims.genre import AUTHORED, GenreCues, assessments
from kronika.claims.spans import ClaimSpan
from kronika.nlp import doc_text
from kronika.records import Claim, Document, Evidence, content_id


def speaker_actor(doc: Doc, span: ClaimSpan, index: ActorIndex) -> str | None:
    """The actor id of a claim's speaker span: the actor of its head token, else of any token."""
    if span.speaker_start is None or span.speaker_end is None:
        return None
    if span.speaker_end <= span.speaker_start:
        return None  # spaCy's char_span raises on an empty span
    tokens = doc.char_span(span.speaker_start, span.speaker_end, alignment_mode="expand")
    if tokens is None:
        return None
    for token in [tokens.root, *tokens]:
        build = index.actor_of(token)
        if build is not None:
            return build.id
    return None


def to_claim(doc: Doc, doc_id: str, span: ClaimSpan, index: ActorIndex, text: str) -> Claim:
    """One Claim record; its evidence covers speaker, cue and content (``text`` is doc.text,
    passed in because Doc.text rebuilds the string on every access)."""
    offsets = [o for o in (span.speaker_start, span.speaker_end, span.cue_start, span.cue_end,
                           span.content_start, span.content_end) if o is not None]
    start, end = min(offsets), max(offsets)
    return Claim(
        id=content_id(doc_id, "claim", str(span.content_start), str(span.cue_start)),
        speaker=speaker_actor(doc, span, index),
        speaker_text=span.speaker_text(text),
        speaker_kind=span.speaker_kind,  # type: ignore[arg-type]
        cue=span.cue,
        content=span.content_text(text),
        content_start=span.content_start,
        content_end=span.content_end,
        direct=span.direct,
        speaker_start=span.speaker_start,
        speaker_end=span.speaker_end,
        cue_start=span.cue_start,
        cue_end=span.cue_end,
        evidence=Evidence(span.sentence, start, end, text[start:end]),
    )


def to_claims(doc: Doc, doc_id: str, spans: Sequence[ClaimSpan], index: ActorIndex) -> list[Claim]:
    """Claim records for every attribution span, in text order."""
    text = doc_text(doc)
    return [to_claim(doc, doc_id, s, index, text) for s in spans]


def author_actor(author: str | None, index: ActorIndex) -> str | None:
    """The actor id of the byline's author when the text mentions them by that name."""
    if not author:
        return None
    wanted = " ".join(author.lower().split())
    for actor in index.records():
        names = {actor.name.lower(), *(" ".join(m.text.lower().split()) for m in actor.mentions)}
        if wanted in names:
            return actor.id
    return None


def author_claims(
    doc: Doc, document: Document, claims: Sequence[Claim], index: ActorIndex,
    cues: GenreCues | None = None,
) -> list[Claim]:
    """In an opinion or analysis piece, each sentence with an evaluative cue that holds no
    attributed claim is the author's claim (speaker_kind "author"), in text order."""
    if document.genre not in AUTHORED:
        return []
    taken = [(c.evidence.start, c.evidence.end) for c in claims]
    speaker = author_actor(document.author, index)
    out = []
    for sent, cue in assessments(doc, cues):
        if any(s <= cue.start < e for s, e in taken):
            continue  # the cue is someone else's words: their claim names its own speaker
        start, end = line_of(document.text, sent.start_char, sent.end_char, cue.start)
        text = document.text[start:end]
        out.append(Claim(
            id=content_id(document.id, "claim", str(start), "author"),
            speaker=speaker, speaker_text=document.author, speaker_kind="author", cue=cue.text,
            content=text, content_start=start, content_end=end, direct=False,
            evidence=Evidence(cue.sentence, start, end, text),
        ))
    return out


def line_of(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The line of a sentence that holds offset ``at``: a heading the parser ran into the
    next sentence ("Trump's wrong strategy\nSince ...") is a sentence of its own."""
    line_start = text.rfind("\n", start, at) + 1 or start
    line_end = text.find("\n", at, end)
    line_end = end if line_end == -1 else line_end
    while line_end > line_start and text[line_end - 1].isspace():
        line_end -= 1
    return max(start, line_start), line_end
