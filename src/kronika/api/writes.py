"""POST /api/documents: token, size limit, then the path of `kronika ingest`."""

from __future__ import annotations

import hmac
from typing import Any

from fastapi import FastAPI, Request
from starlette.concurrency import run_in_threadpool

from kronika import aggregates, settings
from kronika.api.backend import Backend
from kronika.api.errors import ApiError

# Content types a POST may carry, and the ingest format each means.
POST_FORMATS: dict[str, str] = {
    "text/plain": "text",
    "text/markdown": "text",
    "text/html": "html",
    "application/json": "jsonl",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
}


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
