"""The store's tables, its recorded migrations, and the cross-document actor key.

Every table but ``documents`` and ``migrations`` is keyed by ``doc_id``: a document's rows are
written together in one transaction, so a document is either wholly in the store or absent.
Record ids (actor, event, claim, position) are unique within one document only; ``actor_key``
is what follows one actor across documents (see :func:`actor_key`). ``docs/schema.md``
describes every column and a test keeps it in step with the DDL below.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

DOCUMENTS = """
CREATE TABLE documents (
    id            VARCHAR PRIMARY KEY,
    source        VARCHAR,
    title         VARCHAR,
    author        VARCHAR,
    published     DATE,
    genre         VARCHAR,
    language      VARCHAR,
    url           VARCHAR,
    text          VARCHAR NOT NULL,
    n_chars       INTEGER NOT NULL,
    ingested_at   TIMESTAMP NOT NULL,
    analysis_json VARCHAR NOT NULL
);
"""

ACTORS = """
CREATE TABLE actors (
    doc_id    VARCHAR NOT NULL,
    id        VARCHAR NOT NULL,
    actor_key VARCHAR NOT NULL,
    name      VARCHAR NOT NULL,
    kind      VARCHAR NOT NULL,
    country   VARCHAR,
    sector    VARCHAR,
    code      VARCHAR,
    role      VARCHAR,
    PRIMARY KEY (doc_id, id)
);
"""

MENTIONS = """
CREATE TABLE mentions (
    doc_id   VARCHAR NOT NULL,
    actor_id VARCHAR NOT NULL,
    text     VARCHAR NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    sentence INTEGER NOT NULL
);
"""

PLACES = """
CREATE TABLE places (
    doc_id  VARCHAR NOT NULL,
    id      INTEGER NOT NULL,
    name    VARCHAR NOT NULL,
    country VARCHAR,
    lat     DOUBLE,
    lon     DOUBLE,
    PRIMARY KEY (doc_id, id)
);
"""

PLACE_MENTIONS = """
CREATE TABLE place_mentions (
    doc_id   VARCHAR NOT NULL,
    place_id INTEGER NOT NULL,
    text     VARCHAR NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    sentence INTEGER NOT NULL
);
"""

EVENTS = """
CREATE TABLE events (
    doc_id           VARCHAR NOT NULL,
    id               VARCHAR NOT NULL,
    type             VARCHAR NOT NULL,
    mode             VARCHAR,
    cameo            VARCHAR,
    quad_class       INTEGER,
    goldstein        DOUBLE,
    source           VARCHAR,
    target           VARCHAR,
    source_name      VARCHAR,
    target_name      VARCHAR,
    source_key       VARCHAR,
    target_key       VARCHAR,
    source_country   VARCHAR,
    target_country   VARCHAR,
    source_code      VARCHAR,
    target_code      VARCHAR,
    location_name    VARCHAR,
    location_country VARCHAR,
    lat              DOUBLE,
    lon              DOUBLE,
    date             DATE,
    factuality       VARCHAR NOT NULL,
    factuality_cue   VARCHAR,
    attributed_to    VARCHAR,
    trigger          VARCHAR NOT NULL,
    trigger_start    INTEGER,
    trigger_end      INTEGER,
    confidence       DOUBLE NOT NULL,
    sentence         INTEGER NOT NULL,
    start            INTEGER NOT NULL,
    "end"            INTEGER NOT NULL,
    evidence_text    VARCHAR NOT NULL,
    PRIMARY KEY (doc_id, id)
);
"""

EVENT_MENTIONS = """
CREATE TABLE event_mentions (
    doc_id   VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    sentence INTEGER NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    text     VARCHAR NOT NULL
);
"""

CLAIMS = """
CREATE TABLE claims (
    doc_id        VARCHAR NOT NULL,
    id            VARCHAR NOT NULL,
    speaker       VARCHAR,
    speaker_name  VARCHAR,
    speaker_key   VARCHAR,
    speaker_text  VARCHAR,
    speaker_kind  VARCHAR NOT NULL,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    cue           VARCHAR,
    cue_start     INTEGER,
    cue_end       INTEGER,
    content       VARCHAR NOT NULL,
    content_start INTEGER NOT NULL,
    content_end   INTEGER NOT NULL,
    direct        BOOLEAN NOT NULL,
    sentence      INTEGER NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    evidence_text VARCHAR NOT NULL,
    PRIMARY KEY (doc_id, id)
);
"""

POSITIONS = """
CREATE TABLE positions (
    doc_id        VARCHAR NOT NULL,
    id            VARCHAR NOT NULL,
    actor         VARCHAR NOT NULL,
    actor_name    VARCHAR,
    actor_key     VARCHAR,
    issue         VARCHAR NOT NULL,
    issue_text    VARCHAR NOT NULL,
    stance        VARCHAR NOT NULL,
    hedged        BOOLEAN NOT NULL,
    "order"       INTEGER NOT NULL,
    date          DATE,
    sentence      INTEGER NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    evidence_text VARCHAR NOT NULL,
    PRIMARY KEY (doc_id, id)
);
"""

EVENT_SIDES = """
ALTER TABLE events ADD COLUMN source_start INTEGER;
ALTER TABLE events ADD COLUMN source_end INTEGER;
ALTER TABLE events ADD COLUMN target_start INTEGER;
ALTER TABLE events ADD COLUMN target_end INTEGER;
"""

MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS migrations (
    version     INTEGER PRIMARY KEY,
    description VARCHAR NOT NULL,
    applied_at  TIMESTAMP NOT NULL
);
"""

# Data tables in write order; exports and the docs test read this list.
TABLES: tuple[str, ...] = (
    "documents", "actors", "mentions", "places", "place_mentions",
    "events", "event_mentions", "claims", "positions",
)


@dataclass(frozen=True)
class Migration:
    """One schema step: applied once, in order, and recorded in ``migrations``."""

    version: int
    description: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "documents, actors, mentions, places, events, claims, positions",
        "".join((DOCUMENTS, ACTORS, MENTIONS, PLACES, PLACE_MENTIONS, EVENTS, EVENT_MENTIONS,
                 CLAIMS, POSITIONS)),
    ),
    Migration(2, "events: character spans of the source and target phrases", EVENT_SIDES),
    Migration(
        3,
        "claims: via, target, stance; positions: condition",
        "ALTER TABLE claims ADD COLUMN via VARCHAR;"
        "ALTER TABLE claims ADD COLUMN target VARCHAR;"
        "ALTER TABLE claims ADD COLUMN stance VARCHAR;"
        "ALTER TABLE positions ADD COLUMN condition VARCHAR;",
    ),
    Migration(4, "events.acled_type", "ALTER TABLE events ADD COLUMN acled_type VARCHAR;"),
    Migration(5, "claims.co_speakers", "ALTER TABLE claims ADD COLUMN co_speakers VARCHAR;"),
)

SCHEMA_VERSION: int = MIGRATIONS[-1].version


def normalise_name(name: str) -> str:
    """Casefolded name without diacritics, punctuation runs or a leading "the"."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    words = re.sub(r"[^\w]+", " ", plain).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def actor_key(code: str | None, name: str) -> str:
    """Cross-document identity of an actor: ``CODE:normalised name`` (``:name`` without code).

    The code keeps apart namesakes in different roles; the name keeps apart different people
    who share a code (every minister of one government is ``XXXGOV``).
    """
    return f"{(code or '').upper()}:{normalise_name(name)}"
