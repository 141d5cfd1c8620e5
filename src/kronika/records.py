"""Frozen records: the contract between the pipeline, the store, the exports and the runners.

Every record that points at text carries character offsets into ``Document.text`` so that any
output can be traced back to the characters it came from.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from typing import Any, Literal

Genre = Literal["news", "opinion", "analysis", "other"]
ActorKind = Literal["person", "organization", "country", "group"]
Factuality = Literal["asserted", "negated", "hypothetical", "future", "reported"]
SpeakerKind = Literal["named", "anonymous", "collective", "author"]
Stance = Literal["supports", "opposes", "demands", "offers", "accepts", "rejects", "drops"]
ClaimStance = Literal["supports", "opposes"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
FACTUALITY_VALUES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "future", "reported")
STANCES: tuple[str, ...] = (
    "supports",
    "opposes",
    "demands",
    "offers",
    "accepts",
    "rejects",
    "drops",
)


def iso_date(value: str | None) -> date | None:
    """The date of an ISO string (a time part is dropped); None when absent or partial
    ('2024-03' names no day)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def content_id(*parts: str, length: int = 16) -> str:
    """Stable hex id from text parts; the same input always gives the same id."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return digest[:length]


@dataclass(frozen=True)
class Evidence:
    """The exact span of the document that supports a record."""

    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """One surface form of an actor or place in the text."""

    text: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True)
class Document:
    """One input text with its metadata; ``id`` is the hash of the text."""

    id: str
    text: str
    source: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    genre: Genre = "news"
    language: str = "en"
    url: str | None = None

    @classmethod
    def from_text(cls, text: str, **meta: Any) -> Document:
        """Build a document whose id is the content hash of its text."""
        return cls(id=content_id(text), text=text, **meta)


@dataclass(frozen=True)
class Actor:
    """A canonical actor of one document with every mention that refers to it."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    role: str | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Location:
    """Where an event took place."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Place:
    """A toponym of the document resolved to a country and coordinates."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Event:
    """One PLOVER event: who did what to whom, where, when, and how sure the text is."""

    id: str
    type: str
    mode: str | None
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    source: str | None
    target: str | None
    source_country: str | None
    target_country: str | None
    source_code: str | None
    target_code: str | None
    location: Location | None
    date: str | None
    factuality: Factuality
    factuality_cue: str | None
    attributed_to: str | None
    trigger: str
    confidence: float
    evidence: Evidence
    trigger_start: int | None = None
    trigger_end: int | None = None
    mentions: tuple[Evidence, ...] = ()
    # Character offsets of the phrase each side was read from (a place or demonym included).
    source_start: int | None = None
    source_end: int | None = None
    target_start: int | None = None
    target_end: int | None = None
    acled_type: str | None = None  # ACLED 'Event type: Sub-event type' (data/acled.yaml)


@dataclass(frozen=True)
class Claim:
    """Who said what: the speaker, the cue and the exact content span."""

    id: str
    speaker: str | None
    speaker_text: str | None
    speaker_kind: SpeakerKind
    cue: str | None
    content: str
    content_start: int
    content_end: int
    direct: bool
    evidence: Evidence
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    # the claim this one is reported inside ("X said Y told him that ..."): its id, or None
    via: str | None = None
    # the actor the claim is about when the words show the speaker's stance toward it
    target: str | None = None
    stance: ClaimStance | None = None
    # the other actors of a conjoined speaker ("Russia and China said ..."): the claim is
    # theirs too; ``speaker`` is the first
    co_speakers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Position:
    """One stance of an actor on an issue, in text order."""

    id: str
    actor: str
    issue: str
    issue_text: str
    stance: Stance
    hedged: bool
    order: int
    date: str | None
    evidence: Evidence
    # "would accept X only if Y": the condition Y the stance is tied to, as written
    condition: str | None = None


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_SCALARS = frozenset({str, int, float, bool, type(None), date})


def plain(value: Any) -> Any:
    """A record as dicts, lists, tuples and scalars: what ``dataclasses.asdict`` gives, without
    its deep copy of every leaf (records are frozen and their leaves immutable), which made
    ``to_dict`` the costliest step of writing a document to the store."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is None and is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if kind is tuple or kind is list:
        return kind([plain(v) for v in value])
    if kind is dict:
        return {k: plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class Analysis:
    """Everything kronika found in one document."""

    document: Document
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    positions: tuple[Position, ...] = ()
    places: tuple[Place, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON output contract of DESIGN.md (document text left out)."""
        doc = plain(self.document)
        doc.pop("text")
        return {
            "document": doc,
            "actors": [plain(a) for a in self.actors],
            "events": [plain(e) for e in self.events],
            "claims": [plain(c) for c in self.claims],
            "positions": [plain(p) for p in self.positions],
            "places": [plain(p) for p in self.places],
        }

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        return next((a for a in self.actors if a.id == actor_id), None)
