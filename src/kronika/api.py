"""The HTTP API and the dashboard over one store: ``kronika serve --db FILE``.

    create_app("kronika.duckdb")            # an ASGI app (FastAPI)
    serve("kronika.duckdb", port=8000)      # the same, run by uvicorn on localhost

Reads build their SQL from parameters through :mod:`kronika.query` and
:mod:`kronika.aggregates`; no request text is ever run as SQL. ``POST /api/documents`` takes
the path of ``kronika ingest`` (read -> analyse -> store) and needs the bearer token of
``KRONIKA_API_TOKEN``; without one configured the store is opened read-only and writes are
refused. Every error, ours or the framework's, is ``{"error": {"code", "message"}}``.
"""

from __future__ import annotations

import hmac
import ipaddress
import threading
from collections.abc import Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from kronika import aggregates, query, settings
from kronika.aggregates import EventFilter
from kronika.errors import InputError, KronikaError, StoreError, UsageError
from kronika.records import FACTUALITY_VALUES
from kronika.store import Store, open_store

# Content types a POST may carry, and the ingest format each means.
POST_FORMATS: dict[str, str] = {
    "text/plain": "text",
    "text/markdown": "text",
    "text/html": "html",
    "application/json": "jsonl",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
}
# Every response: no inline or foreign script, style, image or connection; no framing.
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
ALL = "all"


class ApiError(Exception):
    """An HTTP error with the API's JSON shape."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_response(status: int, code: str, message: str) -> JSONResponse:
    """The one error shape of the API."""
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status,
                        headers=SECURITY_HEADERS)


def kronika_status(error: KronikaError) -> int:
    """HTTP status of a library error: the caller's fault (4xx) unless the store failed."""
    if isinstance(error, StoreError):
        return 503
    if isinstance(error, InputError) and "too large" in error.message:
        return 413
    return 422 if isinstance(error, InputError) else 400


class Backend:
    """The open store, one query at a time (a DuckDB connection is not shared by threads)."""

    def __init__(self, store: Store, token: str | None) -> None:
        self.store = store
        self.token = token or None
        self.lock = threading.Lock()
        aggregates.materialise(store)

    @contextmanager
    def use(self) -> Iterator[Store]:
        """The store, held for this thread until the block ends."""
        with self.lock:
            yield self.store


def open_backend(db: str | Path, token: str | None) -> Backend:
    """The store opened read-write when writes are allowed, read-only otherwise."""
    path = Path(db)
    if not token and not path.exists():
        raise UsageError(f"{db}: no such database", hint="create it with 'kronika ingest'")
    return Backend(open_store(path, read_only=not token), token)


# -- parameters shared by the endpoints ----------------------------------------------------------

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


def create_app(db: str | Path, *, token: str | None = None,
               allowed_hosts: list[str] | None = None) -> FastAPI:
    """The API and the dashboard over the store at db (token: None reads KRONIKA_API_TOKEN)."""
    backend = open_backend(db, token if token is not None else settings.get("api_token"))
    return build_app(backend, allowed_hosts)


def describe_app() -> FastAPI:
    """The app's routes without a store: for its OpenAPI schema (docs/api.md)."""
    return build_app(None, None)


def build_app(backend: Backend | None, allowed_hosts: list[str] | None) -> FastAPI:
    """Routes, error handlers and guards over one backend."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        if backend is not None:
            backend.store.close()

    app = FastAPI(title="kronika", version="1", lifespan=lifespan, docs_url=None,
                  redoc_url=None, openapi_url="/api/openapi.json",
                  description="Evidence-linked political events, claims and positions.")
    app.state.backend = backend
    add_error_handlers(app)
    add_guards(app, allowed_hosts)
    add_read_routes(app, backend)
    add_write_routes(app, backend)
    from kronika.web import add_dashboard

    add_dashboard(app)
    app.openapi = lambda: openapi_schema(app)
    return app


ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {"type": "object", "required": ["code", "message"], "properties": {
        "code": {"type": "string"}, "message": {"type": "string"}}}},
}
# Statuses each kind of operation may answer with, beside success.
READ_ERRORS = {"400": "bad parameter (unknown value, bad date, out of range)"}
WRITE_ERRORS = {"401": "missing or wrong token", "403": "writes disabled (no token configured)",
                "413": "body too large", "415": "unsupported content type",
                "422": "unreadable article (empty, binary, malformed JSON...)"}


def openapi_schema(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema with the API's real error statuses and their one JSON shape."""
    if app.openapi_schema:
        return app.openapi_schema
    from fastapi.openapi.utils import get_openapi

    schema = get_openapi(title=app.title, version=app.version, description=app.description,
                         routes=app.routes)
    schema.get("components", {}).get("schemas", {}).pop("HTTPValidationError", None)
    schema.get("components", {}).get("schemas", {}).pop("ValidationError", None)
    schema.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            responses = operation["responses"]
            responses.pop("422", None)
            errors = WRITE_ERRORS if method == "post" else READ_ERRORS
            if "{" in path:
                errors = errors | {"404": "no such record"}
            for status, description in errors.items():
                responses[status] = {"description": description} | error
    app.openapi_schema = schema
    return schema


def add_error_handlers(app: FastAPI) -> None:
    """Translate every failure into the JSON error shape; never a stack trace."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message)

    @app.exception_handler(KronikaError)
    async def kronika_error(request: Request, exc: KronikaError) -> JSONResponse:
        return error_response(kronika_status(exc), exc.code, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "path"))
        return error_response(400, "usage", f"{where}: {first.get('msg', 'invalid request')}")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        code = "not_found" if exc.status_code == 404 else "http"
        return error_response(exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONResponse:
        return error_response(500, "internal", "internal error; see the server log")


def add_guards(app: FastAPI, allowed_hosts: list[str] | None) -> None:
    """CSP and friends on every response; with allowed_hosts, other Host headers refused."""

    @app.middleware("http")
    async def guard(request: Request, call_next):
        host = request.headers.get("host", "").rsplit(":", 1)[0] if allowed_hosts else ""
        if allowed_hosts and host not in allowed_hosts:
            return error_response(400, "host", f"host {host!r} is not served here")
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


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


def add_write_routes(app: FastAPI, backend: Backend) -> None:
    """POST of new articles: token required, size-limited, the path of `kronika ingest`."""

    @app.post("/api/documents", tags=["records"], status_code=201, openapi_extra={
        "requestBody": {"required": True, "content": {
            t: {"schema": {"type": "string"}} for t in POST_FORMATS}}})
    async def post_documents(request: Request) -> dict[str, Any]:
        """Analyse and store articles (text, HTML, or JSON records); needs the API token."""
        check_token(backend, request.headers.get("authorization"))
        fmt = post_format(request.headers.get("content-type"))
        data = await read_limited(request, int(settings.get("api_max_bytes")))
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(ingest_bytes, backend, data, fmt)


def check_token(backend: Backend, header: str | None) -> None:
    """Refuse a write without the configured bearer token (compared in constant time)."""
    if backend.token is None:
        raise ApiError(403, "writes_disabled",
                       "writes are disabled: set KRONIKA_API_TOKEN to allow them")
    scheme, _, given = (header or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
            given.strip().encode("utf-8", "surrogateescape"), backend.token.encode("utf-8")):
        raise ApiError(401, "unauthorized", "a valid 'Authorization: Bearer TOKEN' is required")


def post_format(content_type: str | None) -> str:
    """The ingest format of a request body from its content type."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media not in POST_FORMATS:
        raise ApiError(415, "media_type", f"unsupported content type {media or 'none'!r}; use "
                       + ", ".join(POST_FORMATS))
    return POST_FORMATS[media]


async def read_limited(request: Request, limit: int) -> bytes:
    """The request body, refused (413) past ``limit`` bytes without reading it all."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "too_large", f"request body: {int(declared):,} bytes; the limit is"
                       f" {limit:,} (KRONIKA_API_MAX_BYTES)")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "too_large", f"request body: over the limit of {limit:,} bytes"
                           " (KRONIKA_API_MAX_BYTES)")
        chunks.append(chunk)
    return b"".join(chunks)


def ingest_bytes(backend: Backend, data: bytes, fmt: str) -> dict[str, Any]:
    """Read, analyse and store one body's documents, as `kronika ingest` does."""
    from kronika.ingest import dedupe, read_bytes
    from kronika.runners import run

    documents = list(dedupe(read_bytes(data, "request body", format=fmt)))
    with backend.use() as store:
        stored = store.stored_ids([d.id for d in documents])
    todo = [d for d in documents if d.id not in stored]
    analyses = list(run(todo, workers=1)) if todo else []
    with backend.use() as store:
        result = store.write(analyses)
        if result.added:
            aggregates.materialise(store)
    return {"added": result.added, "skipped": len(documents) - result.added,
            "documents": [{"id": a.document.id, "title": a.document.title,
                           "events": len(a.events), "claims": len(a.claims),
                           "positions": len(a.positions)} for a in analyses]}


def is_loopback(host: str) -> bool:
    """Whether host names this machine only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the API and dashboard with uvicorn until interrupted."""
    import uvicorn

    # On localhost, refuse other Host headers: a web page cannot reach us by DNS rebinding.
    hosts = ["localhost", "127.0.0.1", "[::1]"] if is_loopback(host) else None
    uvicorn.run(create_app(db, allowed_hosts=hosts), host=host, port=port, log_level="info")
