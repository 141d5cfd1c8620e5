"""The store's read queries, shared by the Store, the CLI, the API and the dashboard.

Every function takes anything with a ``sql(query, params) -> DataFrame`` method (a
:class:`kronika.store.Store`) and holds its SQL here, so filters mean the same everywhere.
User values only ever travel as query parameters; the few identifiers composed into SQL come
from the fixed tables below.

Filters shared by several reads:
- *actor*: a case-insensitive substring of the canonical name, an exact CAMEO-style code
  (``RUSGOV``) or an exact ``actor_key``;
- *since* / *until*: inclusive ISO dates on the event or position date, else on the
  document's published date (claims have no date of their own).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Protocol

import pandas as pd

from kronika.errors import UsageError
from kronika.records import FACTUALITY_VALUES, PLOVER_TYPES

DEFAULT_COUNT_BY: tuple[str, ...] = ("day", "source_country", "target_country", "type")

# Dimensions event_counts may group by: name -> SQL over events e joined to documents d.
COUNT_DIMENSIONS: dict[str, str] = {
    "day": "coalesce(e.date, d.published)",
    "month": "CAST(date_trunc('month', coalesce(e.date, d.published)) AS DATE)",
    "year": "year(coalesce(e.date, d.published))",
    "type": "e.type",
    "mode": "e.mode",
    "cameo": "e.cameo",
    "quad_class": "e.quad_class",
    "factuality": "e.factuality",
    "source_country": "e.source_country",
    "target_country": "e.target_country",
    "source_code": "e.source_code",
    "target_code": "e.target_code",
    "location_country": "e.location_country",
    "doc_source": "d.source",
}


class Queryable(Protocol):
    """Anything that runs a parameterised query into a DataFrame."""

    def sql(self, sql: str, params: Sequence[Any] | None = None) -> pd.DataFrame: ...


class Where:
    """WHERE clauses and their parameters, gathered in step."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        """Require one more condition; its ``?`` placeholders take params in order."""
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        """The WHERE clause, or nothing when no condition was added."""
        return "WHERE " + " AND ".join(self.clauses) if self.clauses else ""


def actor_match(name: str, code: str, key: str) -> str:
    """SQL true when the actor columns match one actor filter value (three parameters)."""
    return (f"(contains(lower(coalesce({name}, '')), lower(?))"
            f" OR upper(coalesce({code}, '')) = upper(?) OR {key} = ?)")


def as_date(value: str | date | None, name: str) -> date | None:
    """A date from an ISO string; UsageError naming the option when it is not one."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise UsageError(f"{name}: '{value}' is not an ISO date",
                         hint="use YYYY-MM-DD, e.g. 2024-03-01") from error


def as_choices(values: str | Sequence[str], valid: Sequence[str], name: str) -> list[str]:
    """Values checked against the valid ones; UsageError listing them otherwise."""
    chosen = [values] if isinstance(values, str) else list(values)
    unknown = [v for v in chosen if v not in valid]
    if unknown:
        raise UsageError(f"{name}: unknown value '{unknown[0]}'",
                         hint="choose from " + ", ".join(valid))
    return chosen


def add_period(where: Where, column: str, since: str | date | None,
               until: str | date | None) -> None:
    """Keep rows whose date column lies within [since, until]."""
    if (start := as_date(since, "since")) is not None:
        where.add(f"{column} >= ?", start)
    if (end := as_date(until, "until")) is not None:
        where.add(f"{column} <= ?", end)


# Filtered, ordered and limited first; the sectors and mention counts are then joined for the
# kept rows only (joined before filtering, they cost seconds at a million events).
EVENTS_SQL = """
WITH kept AS (
    SELECT e.*, coalesce(e.date, d.published) AS effective_date,
           d.published AS doc_published, d.title AS doc_title, d.url AS doc_url,
           d.source AS doc_source, d.language AS doc_language, d.ingested_at AS doc_ingested_at
    FROM events e
    JOIN documents d ON d.id = e.doc_id
    {where}
    ORDER BY effective_date NULLS LAST, d.ingested_at, e.doc_id, e.start, e.trigger_start, e.id
    {limit}
)
SELECT k.* EXCLUDE (doc_published, doc_title, doc_url, doc_source, doc_language,
                    doc_ingested_at),
       sa.sector AS source_sector, ta.sector AS target_sector,
       coalesce(m.n, 1) AS n_mentions,
       k.doc_published, k.doc_title, k.doc_url, k.doc_source, k.doc_language, k.doc_ingested_at
FROM kept k
LEFT JOIN actors sa ON sa.doc_id = k.doc_id AND sa.id = k.source
LEFT JOIN actors ta ON ta.doc_id = k.doc_id AND ta.id = k.target
LEFT JOIN (SELECT doc_id, event_id, count(*) AS n FROM event_mentions
           WHERE doc_id IN (SELECT doc_id FROM kept) GROUP BY ALL) m
       ON m.doc_id = k.doc_id AND m.event_id = k.id
ORDER BY k.effective_date NULLS LAST, k.doc_ingested_at, k.doc_id, k.start, k.trigger_start, k.id
"""


def events(db: Queryable, actor: str | None = None, country: str | None = None,
           type: str | Sequence[str] | None = None, since: str | date | None = None,
           until: str | date | None = None,
           factuality: Sequence[str] | None = ("asserted",),
           limit: int | None = None, offset: int = 0) -> pd.DataFrame:
    """Events, asserted only unless ``factuality`` says otherwise (None: every value).

    ``actor`` matches the source or the target; ``country`` the source, target or location
    country (ISO alpha-3); ``type`` one PLOVER type or several.
    """
    where = event_where(actor, country, type, since, until, factuality)
    page, params = paging(limit, offset)
    return db.sql(EVENTS_SQL.format(where=where.sql(), limit=page), [*where.params, *params])


def event_where(actor: str | None = None, country: str | None = None,
                type: str | Sequence[str] | None = None, since: str | date | None = None,
                until: str | date | None = None,
                factuality: Sequence[str] | None = ("asserted",), *,
                day: str = "coalesce(e.date, d.published)",
                actor_clause: Callable[[str], tuple[str, list[Any]]] | None = None) -> Where:
    """The event filters over events ``e`` joined to documents ``d``, as in :func:`events`.

    ``day`` and ``actor_clause`` let a table derived from events (the dashboard's, with the
    date resolved and actors numbered) reuse the same filters.
    """
    where = Where()
    if actor and actor_clause is not None:
        clause, params = actor_clause(actor)
        where.add(clause, *params)
    elif actor:
        source = actor_match("e.source_name", "e.source_code", "e.source_key")
        target = actor_match("e.target_name", "e.target_code", "e.target_key")
        where.add(f"({source} OR {target})", *[actor] * 6)
    if country:
        where.add("upper(?) IN (e.source_country, e.target_country, e.location_country)",
                  country)
    if type is not None:
        types = [t.upper() for t in ([type] if isinstance(type, str) else type)]
        where.add("list_contains(?, e.type)", as_choices(types, PLOVER_TYPES, "type"))
    if factuality is not None:
        where.add("list_contains(?, e.factuality)",
                  as_choices(factuality, FACTUALITY_VALUES, "factuality"))
    add_period(where, day, since, until)
    return where


def paging(limit: int | None, offset: int = 0) -> tuple[str, list[int]]:
    """LIMIT/OFFSET SQL and its parameters; UsageError on negative values."""
    for name, value in (("limit", limit), ("offset", offset)):
        if value is not None and value < 0:
            raise UsageError(f"{name}: {value} is negative", hint="use 0 or more")
    if limit is None:
        return ("OFFSET ?", [offset]) if offset else ("", [])
    return "LIMIT ? OFFSET ?", [limit, offset]


# Actors are filtered before their mentions are counted, and only their documents' mentions.
ACTORS_SQL = """
SELECT a.actor_key, min(a.name) AS name, mode(a.kind) AS kind, mode(a.country) AS country,
       mode(a.sector) AS sector, mode(a.code) AS code,
       string_agg(DISTINCT a.role, '; ' ORDER BY a.role) AS roles,
       CAST(coalesce(sum(c.n), 0) AS BIGINT) AS n_mentions,
       count(DISTINCT a.doc_id) AS n_documents,
       min(d.published) AS first_seen, max(d.published) AS last_seen
FROM (SELECT a.* FROM actors a {where}) a
JOIN documents d ON d.id = a.doc_id
LEFT JOIN (SELECT doc_id, actor_id, count(*) AS n FROM mentions
           WHERE doc_id IN (SELECT a.doc_id FROM actors a {where}) GROUP BY ALL) c
       ON c.doc_id = a.doc_id AND c.actor_id = a.id
GROUP BY a.actor_key
ORDER BY n_mentions DESC, n_documents DESC, name, a.actor_key
"""


def actors(db: Queryable, name: str | None = None, country: str | None = None) -> pd.DataFrame:
    """One row per actor_key: canonical name, codes, roles, mention and document counts."""
    where = Where()
    if name:
        where.add(actor_match("a.name", "a.code", "a.actor_key"), name, name, name)
    if country:
        where.add("upper(coalesce(a.country, '')) = upper(?)", country)
    return db.sql(ACTORS_SQL.format(where=where.sql()), where.params * 2)


MENTIONS_SQL = """
SELECT a.actor_key, a.name, a.code, m.doc_id, m.actor_id, m.text, m.start, m."end", m.sentence,
       d.published AS doc_published, d.title AS doc_title
FROM mentions m
JOIN actors a ON a.doc_id = m.doc_id AND a.id = m.actor_id
JOIN documents d ON d.id = m.doc_id
WHERE {match}
ORDER BY d.published NULLS LAST, d.ingested_at, m.doc_id, m.start
"""


def mentions(db: Queryable, actor: str) -> pd.DataFrame:
    """Every surface mention of the actors matching an actor_key, name or code."""
    match = actor_match("a.name", "a.code", "a.actor_key")
    return db.sql(MENTIONS_SQL.format(match=match), [actor, actor, actor])


CLAIMS_SQL = """
SELECT c.*, a.code AS speaker_code, d.published AS doc_published, d.title AS doc_title,
       d.url AS doc_url
FROM claims c
JOIN documents d ON d.id = c.doc_id
LEFT JOIN actors a ON a.doc_id = c.doc_id AND a.id = c.speaker
{where}
ORDER BY d.published NULLS LAST, d.ingested_at, c.doc_id, c.start, c.id
"""


# "Russia and China said ...": a claim is also each co-speaker's (``claims.co_speakers`` holds
# their actor ids in the claim's document, space-separated)
CO_SPEAKER_MATCH = f"""EXISTS (
    SELECT 1 FROM actors o
    WHERE o.doc_id = c.doc_id
      AND list_contains(string_split(coalesce(c.co_speakers, ''), ' '), o.id)
      AND {actor_match("o.name", "o.code", "o.actor_key")})"""


def claims(db: Queryable, actor: str | None = None, since: str | date | None = None,
           until: str | date | None = None) -> pd.DataFrame:
    """Claims by speakers (or co-speakers) matching ``actor``, from documents published
    within the period."""
    where = Where()
    if actor:
        where.add(f"({actor_match('c.speaker_name', 'a.code', 'c.speaker_key')}"
                  f" OR {CO_SPEAKER_MATCH})", *[actor] * 6)
    add_period(where, "d.published", since, until)
    return db.sql(CLAIMS_SQL.format(where=where.sql()), where.params)


# The window runs over every position before filtering, so `change` compares with the
# actor's previous stance on the issue even when that earlier row is filtered out.
POSITIONS_SQL = """
WITH timeline AS (
    SELECT p.*, a.code AS actor_code, coalesce(p.date, d.published) AS effective_date,
           d.published AS doc_published, d.title AS doc_title,
           lag(p.stance) OVER (
               PARTITION BY coalesce(p.actor_key, p.doc_id || '/' || p.actor), p.issue
               ORDER BY coalesce(p.date, d.published) NULLS LAST, d.ingested_at, p.doc_id,
                        p."order") AS previous_stance,
           d.ingested_at AS doc_ingested_at
    FROM positions p
    JOIN documents d ON d.id = p.doc_id
    LEFT JOIN actors a ON a.doc_id = p.doc_id AND a.id = p.actor
)
SELECT * EXCLUDE (doc_ingested_at),
       coalesce(previous_stance <> stance, false) AS change
FROM timeline
{where}
ORDER BY effective_date NULLS LAST, doc_ingested_at, doc_id, "order", id
"""


def position_filter(actor: str | None, issue: str | None) -> Where:
    """The actor (name, code or key) and issue (key, or words of its text) conditions shared
    by the positions queries."""
    where = Where()
    if actor:
        where.add(actor_match("actor_name", "actor_code", "actor_key"), actor, actor, actor)
    if issue:
        where.add("(lower(issue) = lower(?) OR contains(lower(issue_text), lower(?)))",
                  issue, issue)
    return where


def positions(db: Queryable, actor: str | None = None, issue: str | None = None,
              since: str | date | None = None, until: str | date | None = None) -> pd.DataFrame:
    """Positions by date then text order; ``change`` marks a stance unlike the previous one.

    The previous stance is that of the same actor (actor_key) on the same issue, across
    documents; ``previous_stance`` shows it.
    """
    where = position_filter(actor, issue)
    add_period(where, "effective_date", since, until)
    return db.sql(POSITIONS_SQL.format(where=where.sql()), where.params)


# One row per change of stance: the same actor (actor_key) on the same issue, across
# documents, in date order; the earlier and the later stance with their dates and evidence.
POSITION_CHANGES_SQL = """
WITH timeline AS (
    SELECT p.actor, p.actor_name, p.actor_key, a.code AS actor_code, p.issue, p.issue_text,
           p.stance, p.hedged, p.condition, p.doc_id, d.title AS doc_title,
           coalesce(p.date, d.published) AS date, p.evidence_text,
           lag(p.stance) OVER w AS from_stance,
           lag(coalesce(p.date, d.published)) OVER w AS from_date,
           lag(p.doc_id) OVER w AS from_doc_id,
           lag(p.evidence_text) OVER w AS from_evidence,
           d.ingested_at, p."order"
    FROM positions p
    JOIN documents d ON d.id = p.doc_id
    LEFT JOIN actors a ON a.doc_id = p.doc_id AND a.id = p.actor
    WINDOW w AS (
        PARTITION BY coalesce(p.actor_key, p.doc_id || '/' || p.actor), p.issue
        ORDER BY coalesce(p.date, d.published) NULLS LAST, d.ingested_at, p.doc_id, p."order")
)
SELECT actor_name, actor_code, actor_key, issue, from_stance, stance AS to_stance,
       from_date, date AS to_date, issue_text, condition, hedged,
       from_doc_id, doc_id AS to_doc_id, doc_title AS to_doc_title,
       from_evidence, evidence_text AS to_evidence
FROM timeline
WHERE from_stance IS NOT NULL AND from_stance <> stance {where}
ORDER BY date NULLS LAST, ingested_at, doc_id, "order"
"""


def position_changes(db: Queryable, actor: str | None = None,
                     issue: str | None = None) -> pd.DataFrame:
    """Every change of an actor's stance on an issue across documents: from which stance to
    which, when, and the evidence of both (``kronika positions --changes``)."""
    where = position_filter(actor, issue)
    more = "".join(f" AND {c}" for c in where.clauses)  # after the query's own WHERE
    return db.sql(POSITION_CHANGES_SQL.format(where=more), where.params)


EVENT_COUNTS_SQL = """
SELECT {dimensions}count(*) AS n_events, CAST(sum(coalesce(m.n, 1)) AS BIGINT) AS n_mentions,
       count(DISTINCT e.doc_id) AS n_documents, avg(e.goldstein) AS avg_goldstein
FROM events e
JOIN documents d ON d.id = e.doc_id
LEFT JOIN (SELECT doc_id, event_id, count(*) AS n FROM event_mentions GROUP BY ALL) m
       ON m.doc_id = e.doc_id AND m.event_id = e.id
{where}
{group}
"""


def event_counts(db: Queryable, by: Sequence[str] = DEFAULT_COUNT_BY,
                 asserted_only: bool = True, where: Where | None = None) -> pd.DataFrame:
    """Events counted per group (GDELT-style): events, mentions, documents, mean Goldstein.

    ``where`` (from :func:`event_where`) filters the events and replaces ``asserted_only``.
    """
    names = as_choices(by, tuple(COUNT_DIMENSIONS), "by")
    dimensions = "".join(f"{COUNT_DIMENSIONS[n]} AS {n}, " for n in names)
    positions_ = ", ".join(str(i) for i in range(1, len(names) + 1))
    if where is None:
        where = Where()
        if asserted_only:
            where.add("e.factuality = 'asserted'")
    group = f"GROUP BY {positions_} ORDER BY {positions_} NULLS LAST" if names else ""
    sql = EVENT_COUNTS_SQL.format(dimensions=dimensions, where=where.sql(), group=group)
    return db.sql(sql, where.params)


DOCUMENTS_SQL = """
SELECT d.* EXCLUDE (text, analysis_json),
       (SELECT count(*) FROM actors x WHERE x.doc_id = d.id) AS n_actors,
       (SELECT count(*) FROM events x WHERE x.doc_id = d.id) AS n_events,
       (SELECT count(*) FROM claims x WHERE x.doc_id = d.id) AS n_claims,
       (SELECT count(*) FROM positions x WHERE x.doc_id = d.id) AS n_positions
FROM documents d
ORDER BY d.published NULLS LAST, d.ingested_at, d.id
"""


def documents(db: Queryable) -> pd.DataFrame:
    """One row per document with its metadata and record counts (text left out)."""
    return db.sql(DOCUMENTS_SQL)


def analysis_json(db: Queryable) -> list[str]:
    """Each stored document's output-contract JSON, in the order of :func:`documents`."""
    frame = db.sql("SELECT analysis_json FROM documents"
                   " ORDER BY published NULLS LAST, ingested_at, id")
    return frame["analysis_json"].tolist()
