"""GDELT-style event file: tab-separated, one event a line, a header row first.

Columns follow GDELT 1.0/2.0 event names where kronika has the value, then kronika's own
``Factuality``, ``Evidence`` and ``AcledType`` (ACLED 'Event type: Sub-event type').
Differences a GDELT user should know:
- ``GLOBALEVENTID`` is ``<doc_id>-<event_id>`` (a string, stable across runs), not an integer;
- country codes are ISO 3166 alpha-3 (as CAMEO actor codes use), also in ``ActionGeo_CountryCode``
  where GDELT uses FIPS 10-4;
- ``EventCode`` is the CAMEO code kronika assigned, ``EventRootCode`` its first two digits;
- ``IsRootEvent`` is 1 for events in the first ``LEAD_SENTENCES`` sentences (GDELT: lead
  paragraph), ``NumSources`` is 1 (one document per event), ``NumMentions`` counts the spans
  of the document that report the event;
- ``SQLDATE`` is the event date, else the document's published date (YYYYMMDD).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kronika import query
from kronika.export.frames import rows
from kronika.store import Store

LEAD_SENTENCES = 2

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "IsRootEvent", "EventCode",
    "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "SOURCEURL", "Factuality", "Evidence", "AcledType",
)


def cell(value: Any) -> str:
    """One field: empty when missing, never holding a tab or a line break."""
    if value is None:
        return ""
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def gdelt_fields(event: dict[str, Any]) -> tuple[Any, ...]:
    """The GDELT columns of one events row, in COLUMNS order."""
    day = event["effective_date"]
    cameo = event["cameo"]
    return (
        f"{event['doc_id']}-{event['id']}", day.replace("-", "") if day else None,
        event["source_code"], event["source_name"], event["source_country"],
        event["target_code"], event["target_name"], event["target_country"],
        int(event["sentence"] < LEAD_SENTENCES), cameo, cameo[:2] if cameo else None,
        event["quad_class"], event["goldstein"], event["n_mentions"], 1,
        event["location_name"], event["location_country"], event["lat"], event["lon"],
        event["doc_url"] or event["doc_source"], event["factuality"], event["evidence_text"],
        event.get("acled_type"),
    )


def gdelt_lines(store: Store, factuality: Sequence[str] | None = ("asserted",)) -> list[str]:
    """The header and one line per event: asserted events unless factuality says otherwise."""
    lines = ["\t".join(COLUMNS)]
    for event in rows(query.events(store, factuality=factuality)):
        lines.append("\t".join(cell(v) for v in gdelt_fields(event)))
    return lines
