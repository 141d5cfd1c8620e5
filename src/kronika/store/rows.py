"""Flatten one :class:`~kronika.records.Analysis` into rows of the store's tables."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from kronika.records import Actor, Analysis, Claim, Event, Evidence, Place, Position, iso_date
from kronika.store.schema import actor_key

Row = dict[str, Any]


def evidence_columns(evidence: Evidence) -> Row:
    """The evidence span as the four columns every evidence-bearing table shares."""
    return {
        "sentence": evidence.sentence,
        "start": evidence.start,
        "end": evidence.end,
        "evidence_text": evidence.text,
    }


def document_row(analysis: Analysis, ingested_at: datetime) -> Row:
    """The documents row, with the whole analysis kept as its output-contract JSON."""
    doc = analysis.document
    return {
        "id": doc.id,
        "source": doc.source,
        "title": doc.title,
        "author": doc.author,
        "published": iso_date(doc.published),
        "genre": doc.genre,
        "language": doc.language,
        "url": doc.url,
        "text": doc.text,
        "n_chars": len(doc.text),
        "ingested_at": ingested_at,
        "analysis_json": json.dumps(analysis.to_dict(), ensure_ascii=False),
    }


def actor_rows(doc_id: str, actors: tuple[Actor, ...]) -> tuple[list[Row], list[Row]]:
    """Rows of ``actors`` and of their ``mentions``."""
    actor_table = [
        {
            "doc_id": doc_id,
            "id": a.id,
            "actor_key": actor_key(a.code, a.name),
            "name": a.name,
            "kind": a.kind,
            "country": a.country,
            "sector": a.sector,
            "code": a.code,
            "role": a.role,
        }
        for a in actors
    ]
    mention_table = [
        {
            "doc_id": doc_id,
            "actor_id": a.id,
            "text": m.text,
            "start": m.start,
            "end": m.end,
            "sentence": m.sentence,
        }
        for a in actors
        for m in a.mentions
    ]
    return actor_table, mention_table


def place_rows(doc_id: str, places: tuple[Place, ...]) -> tuple[list[Row], list[Row]]:
    """Rows of ``places`` (numbered in document order) and of ``place_mentions``."""
    place_table = [
        {
            "doc_id": doc_id,
            "id": i,
            "name": p.name,
            "country": p.country,
            "lat": p.lat,
            "lon": p.lon,
        }
        for i, p in enumerate(places)
    ]
    mention_table = [
        {
            "doc_id": doc_id,
            "place_id": i,
            "text": m.text,
            "start": m.start,
            "end": m.end,
            "sentence": m.sentence,
        }
        for i, p in enumerate(places)
        for m in p.mentions
    ]
    return place_table, mention_table


def event_row(analysis: Analysis, event: Event) -> Row:
    """One events row, with the source and target actors' names and keys copied in."""
    source, target = analysis.actor(event.source), analysis.actor(event.target)
    where = event.location
    return {
        "doc_id": analysis.document.id,
        "id": event.id,
        "type": event.type,
        "mode": event.mode,
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "source": event.source,
        "target": event.target,
        "source_name": source.name if source else None,
        "target_name": target.name if target else None,
        "source_key": actor_key(source.code, source.name) if source else None,
        "target_key": actor_key(target.code, target.name) if target else None,
        "source_country": event.source_country,
        "target_country": event.target_country,
        "source_code": event.source_code,
        "target_code": event.target_code,
        "location_name": where.name if where else None,
        "location_country": where.country if where else None,
        "lat": where.lat if where else None,
        "lon": where.lon if where else None,
        "date": iso_date(event.date),
        "factuality": event.factuality,
        "factuality_cue": event.factuality_cue,
        "attributed_to": event.attributed_to,
        "trigger": event.trigger,
        "trigger_start": event.trigger_start,
        "trigger_end": event.trigger_end,
        "confidence": event.confidence,
        **evidence_columns(event.evidence),
        "source_start": event.source_start,
        "source_end": event.source_end,
        "target_start": event.target_start,
        "target_end": event.target_end,
        "acled_type": event.acled_type,
    }


def event_mention_rows(doc_id: str, event: Event) -> list[Row]:
    """Every span reporting the event: its evidence first, then other mentions, no repeats."""
    spans = {(e.start, e.end): e for e in (event.evidence, *event.mentions)}
    return [
        {
            "doc_id": doc_id,
            "event_id": event.id,
            "sentence": e.sentence,
            "start": e.start,
            "end": e.end,
            "text": e.text,
        }
        for e in spans.values()
    ]


def claim_row(analysis: Analysis, claim: Claim) -> Row:
    """One claims row, with the speaker's canonical name and key copied in."""
    speaker = analysis.actor(claim.speaker)
    return {
        "doc_id": analysis.document.id,
        "id": claim.id,
        "speaker": claim.speaker,
        "speaker_name": speaker.name if speaker else None,
        "speaker_key": actor_key(speaker.code, speaker.name) if speaker else None,
        "speaker_text": claim.speaker_text,
        "speaker_kind": claim.speaker_kind,
        "speaker_start": claim.speaker_start,
        "speaker_end": claim.speaker_end,
        "cue": claim.cue,
        "cue_start": claim.cue_start,
        "cue_end": claim.cue_end,
        "content": claim.content,
        "content_start": claim.content_start,
        "content_end": claim.content_end,
        "direct": claim.direct,
        **evidence_columns(claim.evidence),
        "via": claim.via,
        "target": claim.target,
        "stance": claim.stance,
        "co_speakers": " ".join(claim.co_speakers) or None,
    }


def position_row(analysis: Analysis, position: Position) -> Row:
    """One positions row, with the actor's canonical name and key copied in."""
    actor = analysis.actor(position.actor)
    return {
        "doc_id": analysis.document.id,
        "id": position.id,
        "actor": position.actor,
        "actor_name": actor.name if actor else None,
        "actor_key": actor_key(actor.code, actor.name) if actor else None,
        "issue": position.issue,
        "issue_text": position.issue_text,
        "stance": position.stance,
        "hedged": position.hedged,
        "order": position.order,
        "date": iso_date(position.date),
        **evidence_columns(position.evidence),
        "condition": position.condition,
    }


def analysis_rows(analysis: Analysis, ingested_at: datetime) -> dict[str, list[Row]]:
    """Every row one analysis contributes, by table name."""
    doc_id = analysis.document.id
    actors, mentions = actor_rows(doc_id, analysis.actors)
    places, place_mentions = place_rows(doc_id, analysis.places)
    return {
        "documents": [document_row(analysis, ingested_at)],
        "actors": actors,
        "mentions": mentions,
        "places": places,
        "place_mentions": place_mentions,
        "events": [event_row(analysis, e) for e in analysis.events],
        "event_mentions": [m for e in analysis.events for m in event_mention_rows(doc_id, e)],
        "claims": [claim_row(analysis, c) for c in analysis.claims],
        "positions": [position_row(analysis, p) for p in analysis.positions],
    }
