"""Actor and place candidates: typed spans of a Doc before in-document resolution."""

from __future__ import annotations

from dataclasses import dataclass

from kronika.actors.knowledge import ActorEntry
from kronika.places.gazetteer import GazetteerEntry


@dataclass
class Candidate:
    """A span of tokens that names, describes or stands for an actor or a place."""

    start: int  # first token index
    end: int  # token index past the last token
    origin: str  # kb | ner | title | epithet | sector | demonym | collective | pronoun
    kind: str = "group"
    name: str = ""
    country: str | None = None
    sector: str | None = None
    entry: ActorEntry | None = None
    office: str | None = None
    place: GazetteerEntry | None = None
    is_actor: bool = True
    speaker_kind: str | None = None  # anonymous | collective for unnamed sources
    head: int | None = None  # head token of a phrase that may contain other actors' names
    toponym: str = ""  # text a place is resolved from, when not the span's ("X region")
