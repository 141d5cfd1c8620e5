"""The reads behind the HTTP API and the dashboard: filtered timeline, map, network, places.

Every function takes a :class:`EventFilter` (the dashboard's shared filters) and builds its
SQL from :func:`kronika.query.event_where`, so a filter means the same in the CLI, the API and
every view; user values travel only as query parameters.

The event views read a session-local table derived from ``events`` (:func:`materialise`):
the day already resolved (the event's date, else the document's), rows sorted by day so a
date window skips most of the table, and actors numbered so an actor filter is one lookup in
a small table and an integer test per row. Call :func:`materialise` on the connection first
and again after a write.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pandas as pd

from kronika import query
from kronika.errors import UsageError
from kronika.query import Queryable, Where

# Quad classes 1-2 are cooperation (verbal, material), 3-4 conflict.
COOPERATION_QUADS: tuple[int, ...] = (1, 2)
CONFLICT_QUADS: tuple[int, ...] = (3, 4)


DASH_ACTORS = "kronika_dash_actors"
DASH_EVENTS = "kronika_dash_events"

# Temporary tables live in the connection's memory, so they also work on a read-only store.
MATERIALISE_SQL: tuple[str, ...] = (
    f"""CREATE OR REPLACE TEMP TABLE {DASH_ACTORS} AS
    SELECT row_number() OVER (ORDER BY key, name, code) AS aid, name, code, key FROM (
        SELECT DISTINCT source_name AS name, source_code AS code, source_key AS key
        FROM events WHERE source_key IS NOT NULL
        UNION
        SELECT DISTINCT target_name, target_code, target_key
        FROM events WHERE target_key IS NOT NULL)""",
    f"""CREATE OR REPLACE TEMP TABLE {DASH_EVENTS} AS
    SELECT e.doc_id, e.id, e.type, e.quad_class, e.goldstein, e.factuality,
           e.source_name, e.source_code, e.source_key, e.source_country,
           e.target_name, e.target_code, e.target_key, e.target_country,
           e.location_name, e.location_country, e.lat, e.lon,
           coalesce(e.date, d.published) AS day, sa.aid AS source_aid, ta.aid AS target_aid
    FROM events e
    JOIN documents d ON d.id = e.doc_id
    LEFT JOIN {DASH_ACTORS} sa ON sa.key = e.source_key
         AND sa.name IS NOT DISTINCT FROM e.source_name
         AND sa.code IS NOT DISTINCT FROM e.source_code
    LEFT JOIN {DASH_ACTORS} ta ON ta.key = e.target_key
         AND ta.name IS NOT DISTINCT FROM e.target_name
         AND ta.code IS NOT DISTINCT FROM e.target_code
    ORDER BY day NULLS LAST""",
)


def materialise(db: Queryable) -> None:
    """(Re)build the dashboard's derived tables from the store's events."""
    # DuckDB draws a progress bar on stdout for long statements; a server log is no place for it.
    db.sql("SET enable_progress_bar = false")
    for sql in MATERIALISE_SQL:
        db.sql(sql)


@dataclass(frozen=True)
class EventFilter:
    """Filters shared by every event view; ``factuality`` None means every value."""

    actor: str | None = None
    country: str | None = None
    types: tuple[str, ...] = ()
    factuality: tuple[str, ...] | None = ("asserted",)
    since: str | None = None
    until: str | None = None

    def where(self, *extra: str) -> Where:
        """The WHERE conditions over the derived events ``e``, plus extra ones."""

        def actor_clause(actor: str) -> tuple[str, list[Any]]:
            # The same match as query.actor_match, run over the distinct actors only.
            match = query.actor_match("a.name", "a.code", "a.key")
            matching = f"(SELECT a.aid FROM {DASH_ACTORS} a WHERE {match})"
            return (f"(e.source_aid IN {matching} OR e.target_aid IN {matching})",
                    [actor] * 6)

        where = query.event_where(self.actor, self.country, list(self.types) or None,
                                  self.since, self.until, self.factuality, day="e.day",
                                  actor_clause=actor_clause)
        for clause in extra:
            where.add(clause)
        return where

    def events_where(self) -> Where:
        """The same filters over the store's own ``events e`` joined to ``documents d``."""
        return query.event_where(self.actor, self.country, list(self.types) or None,
                                 self.since, self.until, self.factuality)


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """JSON-ready rows: dates as ISO strings, missing values as None."""
    if frame.empty:
        return []
    frame = frame.copy(deep=False)
    for column in frame.columns.intersection(list(DATE_KEYS)):
        # DuckDB's DATE arrives as a midnight timestamp; the store's dates have no time.
        if pd.api.types.is_datetime64_any_dtype(frame[column]):
            frame[column] = frame[column].dt.strftime("%Y-%m-%d")
    return json.loads(frame.to_json(orient="records", date_format="iso", force_ascii=False))


DATE_KEYS = frozenset({"date", "day", "effective_date", "published", "doc_published",
                       "first_seen", "last_seen"})

EVENT_FROM = f"FROM {DASH_EVENTS} e"


def count_events(db: Queryable, flt: EventFilter) -> int:
    """How many events pass the filter."""
    where = flt.where()
    frame = db.sql(f"SELECT count(*) AS n {EVENT_FROM} {where.sql()}", where.params)
    return int(frame["n"].iloc[0])


TIMELINE_SQL = f"""
SELECT e.day, e.type,
       count(*) FILTER (WHERE e.factuality = 'asserted') AS asserted,
       count(*) FILTER (WHERE e.factuality <> 'asserted') AS other
{EVENT_FROM}
{{where}}
GROUP BY ALL
ORDER BY e.day, e.type
"""


def timeline(db: Queryable, flt: EventFilter) -> list[dict[str, Any]]:
    """Events per day and PLOVER type, asserted apart from every other factuality."""
    where = flt.where("e.day IS NOT NULL")
    return records(db.sql(TIMELINE_SQL.format(where=where.sql()), where.params))


MAP_SQL = f"""
SELECT e.location_name AS name, e.location_country AS country, e.lat, e.lon,
       count(*) AS n_events, mode(e.type) AS top_type, avg(e.goldstein) AS avg_goldstein,
       count(*) FILTER (WHERE e.factuality = 'asserted') AS asserted
{EVENT_FROM}
{{where}}
GROUP BY ALL
ORDER BY n_events DESC, name
LIMIT ?
"""


def map_points(db: Queryable, flt: EventFilter, limit: int = 500) -> list[dict[str, Any]]:
    """Located events grouped by place: count, most frequent type, mean Goldstein."""
    where = flt.where("e.lat IS NOT NULL", "e.lon IS NOT NULL")
    frame = db.sql(MAP_SQL.format(where=where.sql()), [*where.params, limit])
    return records(frame)


# Grouped first by the integer actor numbers (cheap), then by actor_key on the small result.
NETWORK_SQL = f"""
WITH pairs AS (
    SELECT e.source_aid, e.target_aid, count(*) AS n, sum(e.goldstein) AS g,
           count(e.goldstein) AS n_g,
           count(*) FILTER (WHERE list_contains(?, e.quad_class)) AS cooperation,
           count(*) FILTER (WHERE list_contains(?, e.quad_class)) AS conflict
    {EVENT_FROM}
    {{where}}
    GROUP BY ALL
)
SELECT sa.key AS source, ta.key AS target, min(sa.name) AS source_name,
       min(ta.name) AS target_name, min(sa.code) AS source_code, min(ta.code) AS target_code,
       CAST(sum(p.n) AS BIGINT) AS n_events, sum(p.g) / nullif(sum(p.n_g), 0) AS avg_goldstein,
       CAST(sum(p.cooperation) AS BIGINT) AS cooperation,
       CAST(sum(p.conflict) AS BIGINT) AS conflict
FROM pairs p
JOIN {DASH_ACTORS} sa ON sa.aid = p.source_aid
JOIN {DASH_ACTORS} ta ON ta.aid = p.target_aid
WHERE sa.key <> ta.key
GROUP BY sa.key, ta.key
ORDER BY n_events DESC, source, target
LIMIT ?
"""


def network(db: Queryable, flt: EventFilter, limit: int = 200) -> dict[str, list]:
    """Dyads weighted by event count, split into cooperation and conflict, and their actors."""
    where = flt.where("e.source_aid IS NOT NULL", "e.target_aid IS NOT NULL")
    params = [list(COOPERATION_QUADS), list(CONFLICT_QUADS), *where.params, limit]
    edges = records(db.sql(NETWORK_SQL.format(where=where.sql()), params))
    return {"nodes": network_nodes(edges), "edges": edges}


def network_nodes(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The actors at either end of the edges, with their summed event counts."""
    nodes: dict[str, dict[str, Any]] = {}
    for edge in edges:
        for side in ("source", "target"):
            node = nodes.setdefault(edge[side], {"id": edge[side], "name": edge[f"{side}_name"],
                                                 "code": edge[f"{side}_code"], "n_events": 0})
            node["n_events"] += edge["n_events"]
    return sorted(nodes.values(), key=lambda n: (-n["n_events"], n["id"]))


def event_counts(db: Queryable, by: list[str], flt: EventFilter) -> list[dict[str, Any]]:
    """GDELT-style counts per group (day, dyad, type...) of the filtered events."""
    return records(query.event_counts(db, by=by, where=flt.events_where()))


PLACES_SQL = """
SELECT p.name, p.country, p.lat, p.lon,
       CAST(coalesce(sum(m.n), 0) AS BIGINT) AS n_mentions,
       count(DISTINCT p.doc_id) AS n_documents
FROM places p
JOIN documents d ON d.id = p.doc_id
LEFT JOIN (SELECT doc_id, place_id, count(*) AS n FROM place_mentions GROUP BY ALL) m
       ON m.doc_id = p.doc_id AND m.place_id = p.id
{where}
GROUP BY p.name, p.country, p.lat, p.lon
ORDER BY n_mentions DESC, p.name
"""


def places(db: Queryable, country: str | None = None, since: str | None = None,
           until: str | None = None) -> pd.DataFrame:
    """Places across documents with their mention and document counts."""
    where = Where()
    if country:
        where.add("upper(coalesce(p.country, '')) = upper(?)", country)
    query.add_period(where, "d.published", since, until)
    return db.sql(PLACES_SQL.format(where=where.sql()), where.params)


DOCUMENT_SQL = """
SELECT id, source, title, author, published, genre, language, url, text, analysis_json
FROM documents WHERE id = ?
"""


def document(db: Queryable, doc_id: str) -> dict[str, Any] | None:
    """One document with its text and its whole analysis (every record with its spans)."""
    frame = db.sql(DOCUMENT_SQL, [doc_id])
    if frame.empty:
        return None
    row = records(frame.drop(columns=["analysis_json"]))[0]
    analysis = json.loads(frame["analysis_json"].iloc[0])
    analysis["document"] = row
    return analysis


def page(frame: pd.DataFrame, limit: int, offset: int) -> dict[str, Any]:
    """One page of a frame's rows with the total count, for list endpoints."""
    if limit < 0 or offset < 0:
        raise UsageError("limit and offset must be 0 or more")
    return {"total": len(frame), "limit": limit, "offset": offset,
            "items": records(frame.iloc[offset:offset + limit])}
