"""The reads behind the HTTP API and the dashboard: filtered timeline, map, network, places.

Every function takes a :class:`EventFilter` (the dashboard's shared filters) and builds its
SQL from :func:`kronika.query.event_where`, so a filter means the same in the CLI, the API and
every view; user values travel only as query parameters.
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
        """The WHERE conditions over events ``e`` joined to documents ``d``, plus extra ones."""
        where = query.event_where(self.actor, self.country, list(self.types) or None,
                                  self.since, self.until, self.factuality)
        for clause in extra:
            where.add(clause)
        return where


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """JSON-ready rows: dates as ISO strings, missing values as None."""
    if frame.empty:
        return []
    text = frame.to_json(orient="records", date_format="iso", force_ascii=False)
    rows = json.loads(text)
    for row in rows:
        for key, value in row.items():
            # pandas writes dates as midnight timestamps; the store's dates have no time.
            if isinstance(value, str) and value.endswith("T00:00:00.000") and key in DATE_KEYS:
                row[key] = value[:10]
    return rows


DATE_KEYS = frozenset({"date", "day", "effective_date", "published", "doc_published",
                       "first_seen", "last_seen"})

EVENT_FROM = "FROM events e JOIN documents d ON d.id = e.doc_id"


def count_events(db: Queryable, flt: EventFilter) -> int:
    """How many events pass the filter."""
    where = flt.where()
    frame = db.sql(f"SELECT count(*) AS n {EVENT_FROM} {where.sql()}", where.params)
    return int(frame["n"].iloc[0])


TIMELINE_SQL = f"""
SELECT coalesce(e.date, d.published) AS day, e.type,
       count(*) FILTER (WHERE e.factuality = 'asserted') AS asserted,
       count(*) FILTER (WHERE e.factuality <> 'asserted') AS other
{EVENT_FROM}
{{where}}
GROUP BY ALL
ORDER BY day, e.type
"""


def timeline(db: Queryable, flt: EventFilter) -> list[dict[str, Any]]:
    """Events per day and PLOVER type, asserted apart from every other factuality."""
    where = flt.where("coalesce(e.date, d.published) IS NOT NULL")
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


NETWORK_SQL = f"""
SELECT e.source_key AS source, e.target_key AS target,
       min(e.source_name) AS source_name, min(e.target_name) AS target_name,
       min(e.source_code) AS source_code, min(e.target_code) AS target_code,
       count(*) AS n_events, avg(e.goldstein) AS avg_goldstein,
       count(*) FILTER (WHERE list_contains(?, e.quad_class)) AS cooperation,
       count(*) FILTER (WHERE list_contains(?, e.quad_class)) AS conflict
{EVENT_FROM}
{{where}}
GROUP BY e.source_key, e.target_key
ORDER BY n_events DESC, source, target
LIMIT ?
"""


def network(db: Queryable, flt: EventFilter, limit: int = 200) -> dict[str, list]:
    """Dyads weighted by event count, split into cooperation and conflict, and their actors."""
    where = flt.where("e.source_key IS NOT NULL", "e.target_key IS NOT NULL",
                      "e.source_key <> e.target_key")
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
    return records(query.event_counts(db, by=by, where=flt.where()))


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
