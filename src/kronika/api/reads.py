"""GET endpoints: lists with filters and pages, the views' aggregates, one document."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import FastAPI, Query
from fastapi import Path as PathParam

from kronika import aggregates, query
from kronika.api.backend import Backend
from kronika.api.errors import ApiError
from kronika.api.params import Actor, Country, Filter, Limit, Offset, Since, Until


def add_read_routes(app: FastAPI, backend: Backend) -> None:
    """GET endpoints: lists with filters and pages, aggregates, one document."""

    @app.get("/api/events", tags=["events"])
    def events(flt: Filter, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """Events with the CLI's filters (asserted only unless `factuality` says otherwise)."""
        with backend.use() as store:
            frame = query.events(store, actor=flt.actor, country=flt.country,
                                 type=list(flt.types) or None, since=flt.since,
                                 until=flt.until, factuality=flt.factuality, limit=limit,
                                 offset=offset)
            total = aggregates.count_events(store, flt)
        return {"total": total, "limit": limit, "offset": offset,
                "items": aggregates.records(frame)}

    @app.get("/api/counts", tags=["events"])
    def counts(flt: Filter, by: Annotated[list[str] | None, Query(
            description="Group by (repeat): " + ", ".join(query.COUNT_DIMENSIONS))] = None,
               ) -> dict[str, Any]:
        """GDELT-style counts of the filtered events by day, dyad, type (or other groups)."""
        with backend.use() as store:
            rows = aggregates.event_counts(store, by or list(query.DEFAULT_COUNT_BY), flt)
        return {"items": rows}

    @app.get("/api/timeline", tags=["views"])
    def timeline(flt: Filter) -> dict[str, Any]:
        """Events per day and PLOVER type, asserted apart from other factuality."""
        with backend.use() as store:
            return {"items": aggregates.timeline(store, flt)}

    @app.get("/api/map", tags=["views"])
    def map_(flt: Filter, limit: Limit = 500) -> dict[str, Any]:
        """Located events grouped by place."""
        with backend.use() as store:
            return {"items": aggregates.map_points(store, flt, limit)}

    @app.get("/api/network", tags=["views"])
    def network(flt: Filter, limit: Limit = 200) -> dict[str, Any]:
        """Actor dyads weighted by event count, with cooperation and conflict counts."""
        with backend.use() as store:
            return aggregates.network(store, flt, limit)

    @app.get("/api/actors", tags=["records"])
    def actors(name: Actor = None, country: Country = None, limit: Limit = 100,
               offset: Offset = 0) -> dict[str, Any]:
        """Actors across documents, one row per actor_key."""
        with backend.use() as store:
            frame = query.actors(store, name=name or None, country=country or None)
        return aggregates.page(frame, limit, offset)

    @app.get("/api/claims", tags=["records"])
    def claims(actor: Actor = None, since: Since = None, until: Until = None,
               limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """Claims: who said what, by speaker and document date."""
        with backend.use() as store:
            frame = query.claims(store, actor=actor or None, since=since or None,
                                 until=until or None)
        return aggregates.page(frame, limit, offset)

    @app.get("/api/positions", tags=["records"])
    def positions(actor: Actor = None, issue: Annotated[str | None, Query(
            max_length=200, description="Issue key or part of its text.")] = None,
                  since: Since = None, until: Until = None, limit: Limit = 100,
                  offset: Offset = 0) -> dict[str, Any]:
        """Stances by actor and issue in time order; `change` marks a shift."""
        with backend.use() as store:
            frame = query.positions(store, actor=actor or None, issue=issue or None,
                                    since=since or None, until=until or None)
        return aggregates.page(frame, limit, offset)

    @app.get("/api/places", tags=["records"])
    def places(country: Country = None, since: Since = None, until: Until = None,
               limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """Places across documents with their mention counts."""
        with backend.use() as store:
            frame = aggregates.places(store, country or None, since or None, until or None)
        return aggregates.page(frame, limit, offset)

    @app.get("/api/documents", tags=["records"])
    def documents(limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """Stored documents with their metadata and record counts (text left out)."""
        with backend.use() as store:
            frame = query.documents(store)
        return aggregates.page(frame, limit, offset)

    @app.get("/api/documents/{doc_id}", tags=["records"])
    def document(doc_id: Annotated[str, PathParam(
            max_length=64, description="The document id (hash of its text).")]) -> dict[str, Any]:
        """One document: its text and every record with its character spans."""
        with backend.use() as store:
            found = aggregates.document(store, doc_id)
        if found is None:
            raise ApiError(404, "not_found", f"no document with id {doc_id!r}")
        return found
