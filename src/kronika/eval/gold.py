"""Read gold JSON Lines (the common format and the CASE 2021, PLV and PolNeAR additions).

One line is one text with the annotations of the tasks it names in ``tasks``; a task is scored
only on the lines that name it. A bad line raises ``MalformedInputError`` naming ``file:line``
and the field, so a broken gold file is fixed at the source instead of silently scoring less.
The one tolerated defect: a claim whose content is empty (an empty, possibly reversed span) is
left out, since no prediction could ever match it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kronika.errors import MalformedInputError, MissingInputError
from kronika.eval.documents import DocEvent, LocationItem, parse_doc_events, parse_location_item

TASKS: tuple[str, ...] = ("entities", "events", "claims", "factuality", "genre", "event_type",
                         "dyad_spans",
                          "doc_events", "event_location")


SIDE_LABELS: tuple[str, ...] = ("SOURCE", "TARGET", "RECIPROCAL")


@dataclass(frozen=True)
class Span:
    """Character offsets into the gold text, with the text they cover."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class GoldEntity:
    """One annotated entity mention."""

    span: Span
    label: str | None = None
    country: str | None = None
    sector: str | None = None
    named: bool = True
    entity_id: str | None = None


@dataclass(frozen=True)
class GoldActor:
    """One annotated actor of an event side, with its CAMEO country (or IGO) and sector."""

    text: str | None
    code: str | None
    sector: str | None = None


@dataclass(frozen=True)
class GoldSide:
    """A labelled actor span (Multi-CoPED): SOURCE, TARGET or RECIPROCAL (both sides)."""

    label: str
    span: Span


@dataclass(frozen=True)
class GoldEvent:
    """One annotated event; ``plover_types`` are the types accepted for it."""

    type: str | None
    plover_types: tuple[str, ...]
    factuality: str | None = None
    source_text: str | None = None
    target_text: str | None = None
    source_country: str | None = None
    target_country: str | None = None
    cameo: str | None = None
    evidence: str | None = None
    sources: tuple[GoldActor, ...] = ()
    targets: tuple[GoldActor, ...] = ()


@dataclass(frozen=True)
class GoldClaim:
    """One annotated attribution: who said (or believes) what."""

    speaker: str | None
    content: str
    speaker_span: Span | None = None
    content_span: Span | None = None
    cue: str | None = None
    direct: bool | None = None


@dataclass(frozen=True)
class GoldLine:
    """One gold text with the annotations of the tasks it names."""

    id: str
    text: str
    published: str | None
    tasks: tuple[str, ...]
    where: str
    entities: tuple[GoldEntity, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    claims: tuple[GoldClaim, ...] = ()
    genre: str | None = None
    acled_subtype: str | None = None
    plover_types: tuple[str, ...] | None = None
    sides: tuple[GoldSide, ...] = ()
    penta: int | None = None
    sentences: tuple[tuple[int, int], ...] = ()
    doc_events: tuple[DocEvent, ...] = ()
    location_item: LocationItem | None = None


def read_gold(path: Path, *, limit: int | None = None) -> Iterator[GoldLine]:
    """Yield the gold lines of one JSONL file, at most ``limit`` of them."""
    if not path.is_file():
        raise MissingInputError(f"{path}: no such gold file")
    count = 0
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            if limit is not None and count >= limit:
                return
            if raw.strip():
                count += 1
                yield parse_line(raw, where=f"{path}:{number}")


def parse_line(raw: str, *, where: str) -> GoldLine:
    """Parse one JSON line into a ``GoldLine``; ``where`` (file:line) names it in errors."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        raise MalformedInputError(f"{where}: not valid JSON ({err.msg})") from err
    if not isinstance(data, dict):
        raise MalformedInputError(f"{where}: a gold line must be a JSON object")
    text = _field(data, "text", str, where, required=True)
    tasks = tuple(_field(data, "tasks", list, where, required=True))
    unknown = [t for t in tasks if t not in TASKS]
    if unknown:
        raise MalformedInputError(f"{where}: unknown task {unknown[0]!r}", hint=f"one of {TASKS}")
    line_types = data.get("plover_types")
    sents, doc_events = parse_doc_events(data, where)
    return GoldLine(
        id=str(data.get("id") or where),
        text=text,
        published=_field(data, "published", str, where),
        tasks=tasks,
        where=where,
        entities=tuple(_entity(e, text, at) for at, e in _items(data, "entities", where)),
        events=tuple(_event(e, at) for at, e in _items(data, "events", where)),
        claims=tuple(c for c in (_claim(c, text, at) for at, c in _items(data, "claims", where))
                     if c.content),
        genre=_field(data, "genre", str, where),
        acled_subtype=_field(data, "acled_subtype", str, where),
        plover_types=None if line_types is None else _types(line_types, where),
        sides=tuple(_side(s, text, at) for at, s in _items(data, "spans", where)),
        penta=_field(data, "penta", int, where),
        sentences=sents,
        doc_events=doc_events,
        location_item=parse_location_item(data, where),
    )


def _items(data: dict[str, Any], name: str, where: str) -> Iterator[tuple[str, Any]]:
    """The entries of a list field, each with the place that names it in errors."""
    value = data.get(name) or []
    if not isinstance(value, list):
        raise MalformedInputError(f"{where}: field {name!r} must be a list")
    for index, item in enumerate(value):
        yield f"{where}: {name}[{index}]", item


def _field(
    data: dict[str, Any], name: str, kind: type, where: str, *, required: bool = False
) -> Any:
    """A field of the expected JSON type, or None when absent and not required."""
    value = data.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, kind):
        raise MalformedInputError(f"{where}: field {name!r} must be a {kind.__name__}")
    return value


def _types(value: Any, where: str) -> tuple[str, ...]:
    """A list of PLOVER type names."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise MalformedInputError(f"{where}: field 'plover_types' must be a list of strings")
    return tuple(value)


def _optional_span(value: Any, text: str, where: str) -> Span | None:
    """A span, or None where the annotation has none or an empty one."""
    # Converted corpora mark some attributions with an empty, reversed span; that is "no span".
    if value is None or (isinstance(value, dict) and value.get("text") == ""):
        return None
    return _span(value, text, where)


def _span(value: Any, text: str, where: str) -> Span:
    """A ``{start, end, text}`` object checked against the line's text."""
    if not isinstance(value, dict):
        raise MalformedInputError(f"{where}: a span must be an object with start and end")
    start, end = value.get("start"), value.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end <= len(text):
        raise MalformedInputError(f"{where}: span offsets {start}..{end} outside the text")
    return Span(start, end, text[start:end])


def _entity(value: Any, text: str, where: str) -> GoldEntity:
    """One entity from the common format."""
    if not isinstance(value, dict):
        raise MalformedInputError(f"{where}: an entity must be an object")
    named = value.get("named")
    return GoldEntity(_span(value, text, where), _field(value, "label", str, where),
                      _field(value, "country", str, where), _field(value, "sector", str, where),
                      named if isinstance(named, bool) else True,
                      _field(value, "entity_id", str, where))


def _event(value: Any, where: str) -> GoldEvent:
    """One event; without ``plover_types`` the event's own type is the only accepted one."""
    if not isinstance(value, dict):
        raise MalformedInputError(f"{where}: an event must be an object")
    kind = _field(value, "type", str, where)
    accepted = value.get("plover_types")
    return GoldEvent(
        type=kind,
        plover_types=_types(accepted, where) if accepted is not None else ((kind,) if kind else ()),
        factuality=_field(value, "factuality", str, where),
        source_text=_field(value, "source_text", str, where),
        target_text=_field(value, "target_text", str, where),
        source_country=_field(value, "source_country", str, where),
        target_country=_field(value, "target_country", str, where),
        cameo=_field(value, "cameo", str, where),
        evidence=_field(value, "evidence", str, where),
        sources=tuple(_actor(a, at) for at, a in _items(value, "sources", where)),
        targets=tuple(_actor(a, at) for at, a in _items(value, "targets", where)),
    )


def _actor(value: Any, where: str) -> GoldActor:
    """One annotated side actor (PLOVER GSR: actorText, code, sector)."""
    if not isinstance(value, dict):
        raise MalformedInputError(f"{where}: an actor must be an object")
    return GoldActor(_field(value, "actorText", str, where), _field(value, "code", str, where),
                     _field(value, "sector", str, where))


def _side(value: Any, text: str, where: str) -> GoldSide:
    """One labelled side span (Multi-CoPED)."""
    if not isinstance(value, dict) or value.get("label") not in SIDE_LABELS:
        raise MalformedInputError(f"{where}: a side span needs a label in {SIDE_LABELS}")
    return GoldSide(value["label"], _span(value, text, where))


def _claim(value: Any, text: str, where: str) -> GoldClaim:
    """One claim; spans are read when given, else located later from the texts."""
    if not isinstance(value, dict):
        raise MalformedInputError(f"{where}: a claim must be an object")
    content = _field(value, "content", str, where, required=True)
    return GoldClaim(
        speaker=_field(value, "speaker", str, where),
        content=content,
        speaker_span=_optional_span(value.get("speaker_span"), text, f"{where}.speaker_span"),
        content_span=_optional_span(value.get("content_span"), text, f"{where}.content_span"),
        cue=_field(value, "cue", str, where),
        direct=_field(value, "direct", bool, where),
    )
