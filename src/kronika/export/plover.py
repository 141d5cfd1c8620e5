"""PLOVER JSON Lines: one event a line, with the field names of the PLOVER manual.

The PLOVER manual ("JSON Data Fields") names ``id``, ``date``, ``source`` and ``recipient``
(lists of actor objects: ``code``, ``sector``, ``actor_text``, ``identifier_id``,
``identifier_text``), ``event`` (a list of categories), ``mode``, ``context`` (a list),
``event_loc`` (``name``, ``latitude``, ``longitude``, ``cc3``), ``event_text``, ``quad_code``,
``event_scale``, ``text_info`` (``sequence``, ``start``, ``end``), ``cite_info`` (``url``,
``title``, ``language``, ``publication``) and ``coder``. kronika fills them so:
- an actor's ``code`` is its country (PLOVER's 3-character top-level code), ``sector`` its
  CAMEO sector, ``identifier_id`` its cross-document ``actor_key``, ``identifier_text`` and
  ``actor_text`` its canonical name;
- ``context`` holds PLOVER's factuality contexts: ``negation``, ``hypothetical``, ``future``,
  and kronika's ``reported``; it is empty for asserted events;
- ``event_scale`` is the Goldstein score; ``date`` the event date, else the published date.
Fields PLOVER leaves to providers carry kronika's extras: ``doc_id``, ``cameo``,
``factuality``, ``factuality_cue``, ``trigger``, ``confidence``, ``attributed_to``,
``acled_type`` (ACLED 'Event type: Sub-event type').
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from kronika import query
from kronika.export.frames import rows
from kronika.store import Store

CODER = "kronika"
CONTEXTS = {"negated": "negation", "hypothetical": "hypothetical", "future": "future",
            "reported": "reported"}


def plover_actors(event: dict[str, Any], side: str) -> list[dict[str, Any]]:
    """The source or target of one events row as a PLOVER actor list (empty when none)."""
    if event[side] is None:
        return []
    return [{"code": event[f"{side}_country"], "sector": event[f"{side}_sector"],
             "actor_text": event[f"{side}_name"], "identifier_id": event[f"{side}_key"],
             "identifier_text": event[f"{side}_name"]}]


def plover_location(event: dict[str, Any]) -> dict[str, Any] | None:
    """The event location as a PLOVER location object, or None."""
    if event["location_name"] is None:
        return None
    return {"name": event["location_name"], "latitude": event["lat"],
            "longitude": event["lon"], "cc3": event["location_country"]}


def plover_record(event: dict[str, Any]) -> dict[str, Any]:
    """One events row as a PLOVER JSON record."""
    context = CONTEXTS.get(event["factuality"])
    return {
        "id": f"{event['doc_id']}-{event['id']}", "date": event["effective_date"],
        "source": plover_actors(event, "source"), "recipient": plover_actors(event, "target"),
        "event": [event["type"]], "mode": event["mode"], "context": [context] if context else [],
        "event_loc": plover_location(event), "event_text": [event["evidence_text"]],
        "quad_code": event["quad_class"], "event_scale": event["goldstein"],
        "text_info": {"sequence": event["sentence"], "start": event["start"],
                      "end": event["end"]},
        "cite_info": {"url": event["doc_url"], "title": event["doc_title"],
                      "language": event["doc_language"], "publication": event["doc_source"]},
        "coder": CODER,
        "doc_id": event["doc_id"], "cameo": event["cameo"], "factuality": event["factuality"],
        "factuality_cue": event["factuality_cue"], "trigger": event["trigger"],
        "confidence": event["confidence"], "attributed_to": event["attributed_to"],
        "acled_type": event.get("acled_type"),
    }


def plover_lines(store: Store, factuality: Sequence[str] | None = ("asserted",)) -> list[str]:
    """One PLOVER JSON record per event: asserted events unless factuality says otherwise."""
    records = rows(query.events(store, factuality=factuality))
    return [json.dumps(plover_record(e), ensure_ascii=False) for e in records]
