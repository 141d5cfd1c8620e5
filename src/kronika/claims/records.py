"""Turn attribution spans into Claim records whose speakers are resolved to actors, and the
author's own assessments of an opinion piece into claims of the author."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from kronika.actors.resolve import ActorIndex
from kronika.claims.coref import co_speakers, resolve_speakers
from kronika.claims.genre import AUTHORED, GenreCues, assessments
from kronika.claims.spans import ClaimSpan
from kronika.claims.stance import claim_stance
from kronika.nlp import doc_text
from kronika.records import Claim, Document, Evidence, content_id


def to_claim(doc_id: str, span: ClaimSpan, speaker: str | None, text: str,
             stance: tuple[str | None, str | None] = (None, None)) -> Claim:
    """One Claim record; its evidence covers speaker, cue and content (``text`` is doc.text,
    passed in because Doc.text rebuilds the string on every access); ``speaker`` is the
    resolved actor id."""
    offsets = [o for o in (span.speaker_start, span.speaker_end, span.cue_start, span.cue_end,
                           span.content_start, span.content_end) if o is not None]
    start, end = min(offsets), max(offsets)
    return Claim(
        id=content_id(doc_id, "claim", str(span.content_start), str(span.cue_start)),
        speaker=speaker,
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
        target=stance[0],
        stance=stance[1],  # type: ignore[arg-type]
    )


def to_claims(doc: Doc, doc_id: str, spans: Sequence[ClaimSpan], index: ActorIndex) -> list[Claim]:
    """Claim records for every attribution span, in text order."""
    text = doc_text(doc)
    speakers = resolve_speakers(doc, spans, index)
    claims = []
    for span, who in zip(spans, speakers, strict=True):
        cue = (span.cue_start, span.cue_end) if span.cue_start is not None else None
        stance = claim_stance(doc, cue, (span.content_start, span.content_end), who, index)
        claim = to_claim(doc_id, span, who, text, stance)
        also = co_speakers(doc, span, who, index)
        claims.append(replace(claim, co_speakers=also) if also else claim)
    return chained(claims)


def chained(claims: list[Claim]) -> list[Claim]:
    """Each claim whose cue lies inside another claim's content ("X said Y told him that
    ...") points at the innermost such claim with ``via``."""
    out = []
    for claim in claims:
        at = claim.cue_start if claim.cue_start is not None else claim.content_start
        hosts = [c for c in claims if c is not claim and c.content_start <= at < c.content_end
                 and not c.content_start <= claim.content_start < claim.content_end <= at]
        host = min(hosts, key=lambda c: c.content_end - c.content_start, default=None)
        out.append(replace(claim, via=host.id) if host is not None else claim)
    return out


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


def reported_spans(claims: Sequence[Claim]) -> list[tuple[int, int]]:
    """The contents of the claims of others than the author (their words, not the writer's)."""
    return [(c.content_start, c.content_end) for c in claims if c.speaker_kind != "author"]
