"""Long documents in bounded pieces: split, analyse each piece, merge back with offsets rebased.

Parsing and the stages need memory and time that grow faster than the text (about 3 KB per
character in one piece, and some stages are quadratic in a sentence or a paragraph), so a
document longer than the ``chunk_chars`` setting is cut into pieces of at most that many
characters and of about equal size: at the last paragraph break in the second half of each
window, else at a line break, a sentence end or a space, and only as a last resort inside a
word. Each piece keeps
whole paragraphs, which is the context the stages read (quotes and their speakers, pronouns,
the clause a date belongs to); the document's metadata (publication date, genre) goes with
every piece.

Every record of a piece is then moved to the document: character offsets by the piece's
start, sentence numbers by the sentences of earlier pieces, position order by the positions
before it. Ids of the first piece are those of an unsplit document; later pieces hash their
records with a piece id derived from the document id, so ids stay unique and stable. Actors and
places found in several pieces become one, with all their mentions; repeated events merge
as they do inside one piece. A piece after the first starts after a paragraph break, inside
the story: its first line is no headline (``CONTINUED``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from kronika.records import (
    Actor,
    Analysis,
    Claim,
    Document,
    Event,
    Evidence,
    Mention,
    Place,
    Position,
    content_id,
)

# The Doc flag of a piece after the first: it opens with running prose, no headline.
CONTINUED = "kronika_continued"
# Where a piece may end, best first; each break stays with the piece before it.
_BREAKS = ("\n\n", "\n", ". ", "? ", "! ", "; ", " ")


@dataclass(frozen=True)
class Piece:
    """One piece of a document: its text, where it starts, and its place in the document."""

    document: Document  # the piece as a document of its own (text, piece id, metadata)
    whole: Document  # the document it belongs to
    offset: int
    number: int
    count: int


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """``(start, piece)`` pairs covering the text's non-blank parts, pieces at most ``limit``
    characters long and of about equal size (10,500 characters are two pieces of about
    5,250, not 10,000 and 500); a text within the limit is one piece. Linear in the text."""
    if len(text) <= limit:
        return [(0, text)]
    target = -(-len(text) // -(-len(text) // limit))  # ceil(len / number of pieces)
    pieces = []
    start = 0
    while start < len(text):
        end = cut_point(text, start, target) if start + limit < len(text) else len(text)
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        if body:
            pieces.append((start + lead, body))
        start = end
    return pieces


def cut_point(text: str, start: int, size: int) -> int:
    """Where to end the piece that starts at ``start`` and should be about ``size`` long:
    after the last break of the best kind in the second half of that window, else at its
    end."""
    end = start + size
    half = start + size // 2
    for brk in _BREAKS:
        at = text.rfind(brk, half, end)
        if at != -1:
            return at + len(brk)
    return end


def pieces_of(document: Document, limit: int) -> list[Piece]:
    """The pieces a document is analysed in (one for most documents)."""
    parts = split_text(document.text, limit)
    if len(parts) == 1 and parts[0][0] == 0 and parts[0][1] == document.text:
        return [Piece(document, document, 0, 0, 1)]
    return [
        Piece(
            replace(document, text=body, id=content_id(document.id, "piece", str(offset))),
            document,
            offset,
            number,
            len(parts),
        )
        for number, (offset, body) in enumerate(parts)
    ]


def merge(document: Document, parts: Sequence[tuple[Analysis, int, int]]) -> Analysis:
    """One analysis of the document from its pieces' ``(analysis, offset, sentences before)``."""
    from kronika.events.extract import merge_repeats  # the merge one piece already applies

    if len(parts) == 1 and parts[0][1] == 0:
        return replace(parts[0][0], document=replace(document, genre=parts[0][0].document.genre))
    actors: dict[str, Actor] = {}
    places: dict[tuple, Place] = {}
    events: list[Event] = []
    claims: list[Claim] = []
    positions: list[Position] = []
    for analysis, offset, sents in parts:
        shift = _Shift(offset, sents)
        for actor in analysis.actors:
            moved = replace(actor, mentions=shift.mentions(actor.mentions))
            kept = actors.get(actor.id)
            actors[actor.id] = (
                moved if kept is None else replace(kept, mentions=kept.mentions + moved.mentions)
            )
        for place in analysis.places:
            key = (place.name, place.country)
            moved = replace(place, mentions=shift.mentions(place.mentions))
            kept = places.get(key)
            places[key] = (
                moved if kept is None else replace(kept, mentions=kept.mentions + moved.mentions)
            )
        events += [shift.event(e) for e in analysis.events]
        claims += [shift.claim(c) for c in analysis.claims]
        positions += [shift.position(p, len(positions)) for p in analysis.positions]
    return Analysis(
        document=replace(document, genre=parts[0][0].document.genre),
        actors=tuple(actors.values()),
        events=tuple(merge_repeats(events)),
        claims=tuple(claims),
        positions=tuple(positions),
        places=tuple(places.values()),
    )


@dataclass(frozen=True)
class _Shift:
    """Moves a piece's records to document offsets and sentence numbers."""

    chars: int
    sents: int

    def at(self, value: int | None) -> int | None:
        return None if value is None else value + self.chars

    def evidence(self, ev: Evidence) -> Evidence:
        return replace(ev, sentence=ev.sentence + self.sents, start=ev.start + self.chars,
                       end=ev.end + self.chars)

    def mentions(self, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
        return tuple(
            replace(m, sentence=m.sentence + self.sents, start=m.start + self.chars,
                    end=m.end + self.chars)
            for m in mentions
        )

    def event(self, e: Event) -> Event:
        return replace(
            e,
            evidence=self.evidence(e.evidence),
            trigger_start=self.at(e.trigger_start),
            trigger_end=self.at(e.trigger_end),
            mentions=tuple(self.evidence(m) for m in e.mentions),
        )

    def claim(self, c: Claim) -> Claim:
        return replace(
            c,
            content_start=c.content_start + self.chars,
            content_end=c.content_end + self.chars,
            evidence=self.evidence(c.evidence),
            speaker_start=self.at(c.speaker_start),
            speaker_end=self.at(c.speaker_end),
            cue_start=self.at(c.cue_start),
            cue_end=self.at(c.cue_end),
        )

    def position(self, p: Position, before: int) -> Position:
        return replace(p, order=p.order + before, evidence=self.evidence(p.evidence))
