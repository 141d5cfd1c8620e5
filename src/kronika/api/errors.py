"""The API's one error shape, its security headers, and the OpenAPI schema that says so."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from kronika.errors import InputError, KronikaError, StoreError

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
