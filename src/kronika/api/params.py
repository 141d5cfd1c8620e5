"""Query parameters shared by the endpoints, and the event filter built from them."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query

from kronika import query
from kronika.aggregates import EventFilter
from kronika.records import FACTUALITY_VALUES

ALL = "all"

Actor = Annotated[str | None, Query(max_length=200, description="Name part, code or actor_key.")]
Country = Annotated[str | None, Query(max_length=8, description="ISO 3166 alpha-3 code.")]
Since = Annotated[str | None, Query(max_length=10, description="Earliest date, YYYY-MM-DD.")]
Until = Annotated[str | None, Query(max_length=10, description="Latest date, YYYY-MM-DD.")]
Limit = Annotated[int, Query(ge=0, le=1000, description="Rows per page.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
Types = Annotated[list[str] | None, Query(alias="type", description="PLOVER types (repeat).")]
Factualities = Annotated[
    list[str] | None,
    Query(description="Factuality values (repeat); 'all' for every value; default asserted."),
]


def factuality_values(values: list[str] | None) -> tuple[str, ...] | None:
    """The factuality filter: asserted by default, None (every value) for 'all'."""
    if not values:
        return ("asserted",)
    if ALL in values:
        return None
    return tuple(query.as_choices(values, FACTUALITY_VALUES, "factuality"))


def event_filter(actor: Actor = None, country: Country = None, types: Types = None,
                 factuality: Factualities = None, since: Since = None,
                 until: Until = None) -> EventFilter:
    """The shared event filters of a request, checked (bad values are a 400)."""
    query.as_date(since, "since")
    query.as_date(until, "until")
    chosen = tuple(t.upper() for t in types or ())
    query.as_choices(chosen, query.PLOVER_TYPES, "type")
    return EventFilter(actor=actor or None, country=country or None, types=chosen,
                       factuality=factuality_values(factuality), since=since or None,
                       until=until or None)


Filter = Annotated[EventFilter, Depends(event_filter)]
