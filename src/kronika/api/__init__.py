"""The HTTP API and the dashboard over one store: ``kronika serve --db FILE``.

    create_app("kronika.duckdb")            # an ASGI app (FastAPI)
    serve("kronika.duckdb", port=8000)      # the same, run by uvicorn on localhost

Reads build their SQL from parameters through :mod:`kronika.query` and
:mod:`kronika.aggregates`; no request text is ever run as SQL. ``POST /api/documents`` takes
the path of ``kronika ingest`` (read -> analyse -> store) and needs the bearer token of
``KRONIKA_API_TOKEN``; without one configured the store is opened read-only and writes are
refused. Every error, ours or the framework's, is ``{"error": {"code", "message"}}``.

    backend.py  the store, opened once, one query at a time
    params.py   the query parameters and the event filter every view shares
    reads.py    GET endpoints            writes.py  POST /api/documents
    errors.py   the error shape, security headers, the OpenAPI schema's statuses
"""

from __future__ import annotations

import ipaddress
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI

from kronika import settings
from kronika.api.backend import Backend, open_backend
from kronika.api.errors import add_error_handlers, add_guards, openapi_schema
from kronika.api.reads import add_read_routes
from kronika.api.writes import add_write_routes

__all__ = ["create_app", "describe_app", "is_loopback", "serve"]


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
