"""docs/api.md, written from the API's OpenAPI schema so the two cannot drift.

    python -m kronika.api_docs > docs/api.md

``tests/test_api_docs.py`` fails when the committed file differs from what this prints.
"""

from __future__ import annotations

import sys
from typing import Any

INTRO = """\
# kronika HTTP API

Generated from the OpenAPI schema by `python -m kronika.api_docs > docs/api.md`; a test keeps
it in step. `kronika serve --db FILE` serves the API under `/api`, the schema itself at
`/api/openapi.json`, and the dashboard at `/`.

- **Responses** are JSON. Lists are pages: `{"total", "limit", "offset", "items": [...]}`;
  each item has the columns of the matching CLI command with `--format json`.
- **Errors** are `{"error": {"code": "...", "message": "..."}}` with a 4xx status (400 bad
  parameter, 401/403 token, 404 unknown document or path, 413 body too large, 415 content
  type, 422 unreadable article) and never a stack trace; `code` is the library's error code
  (`usage`, `empty`, `malformed`, `binary`, ...) or the HTTP reason (`not_found`,
  `unauthorized`, `writes_disabled`, `too_large`, `media_type`, `host`).
- **Filters** are the CLI's: `actor` (part of a name, a CAMEO code or an actor_key), `country`
  (ISO alpha-3, matching source, target or location), `type` (PLOVER, repeatable),
  `factuality` (repeatable; `all` for every value; events default to `asserted`), `since` and
  `until` (inclusive ISO dates on the event date, else the document date). Queries are built
  from these parameters; no SQL from a request is ever run.
- **Writes**: `POST /api/documents` needs `Authorization: Bearer $KRONIKA_API_TOKEN` (compared
  in constant time). Without `KRONIKA_API_TOKEN` the store is opened read-only and every write
  is refused with 403. Bodies over `KRONIKA_API_MAX_BYTES` are refused with 413.
"""


PIPE = "\\|"  # a literal | inside a markdown table cell


def schema_type(schema: dict[str, Any]) -> str:
    """A short type name of a parameter schema (arrays as `[type]`, unions joined by `|`)."""
    if "anyOf" in schema:
        return f" {PIPE} ".join(schema_type(s) for s in schema["anyOf"] if s.get("type") != "null")
    if schema.get("type") == "array":
        return f"[{schema_type(schema.get('items', {}))}]"
    return schema.get("type", "any")


def limits(schema: dict[str, Any]) -> str:
    """Bounds of a parameter, as written in the schema."""
    for option in schema.get("anyOf", [schema]):
        found = [f"{k} {option[k]}" for k in ("minimum", "maximum", "maxLength") if k in option]
        if found:
            return ", ".join(found)
    return ""


def parameter_rows(operation: dict[str, Any]) -> list[str]:
    """A markdown table of an operation's parameters."""
    rows = ["| parameter | in | type | default | limits | meaning |", "|---|---|---|---|---|---|"]
    for p in operation.get("parameters", []):
        schema = p.get("schema", {})
        default = "" if schema.get("default") is None else f"`{schema['default']}`"
        meaning = (p.get("description") or "").replace("|", PIPE)
        rows.append(f"| `{p['name']}` | {p['in']} | {schema_type(schema)} | {default} |"
                    f" {limits(schema)} | {meaning} |")
    return rows


def operation_section(path: str, method: str, operation: dict[str, Any]) -> list[str]:
    """One endpoint: heading, description, parameters, body and statuses."""
    lines = [f"### `{method.upper()} {path}`", "", operation.get("description")
             or operation.get("summary", ""), ""]
    if operation.get("parameters"):
        lines += [*parameter_rows(operation), ""]
    body = operation.get("requestBody", {}).get("content")
    if body:
        lines += ["Body content types: " + ", ".join(f"`{t}`" for t in body), ""]
    lines += [f"- {status}: {response['description']}"
              for status, response in sorted(operation.get("responses", {}).items())]
    lines.append("")
    return lines


def render(schema: dict[str, Any]) -> str:
    """The whole document for one OpenAPI schema, endpoints grouped by tag."""
    lines = [INTRO]
    by_tag: dict[str, list[tuple[str, str, dict]]] = {}
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            by_tag.setdefault(operation.get("tags", ["other"])[0], []).append(
                (path, method, operation))
    for tag, operations in by_tag.items():
        lines += [f"## {tag}", ""]
        for path, method, operation in operations:
            lines += operation_section(path, method, operation)
    return "\n".join(lines).rstrip() + "\n"


def app_schema() -> dict[str, Any]:
    """The OpenAPI schema of the app, built without a store (routes only)."""
    from kronika.api import describe_app

    return describe_app().openapi()


if __name__ == "__main__":
    sys.stdout.write(render(app_schema()))
