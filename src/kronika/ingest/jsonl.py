"""JSON Lines (one article per line) and JSON files -> ``Document``.

Each record is a JSON object with a required ``text`` (a non-empty string) and optional
string fields ``id``, ``title``, ``author``, ``published``, ``source``, ``url`` and ``genre``
(one of news, opinion, analysis, other). The reader is strict on purpose: ``content`` or
``body`` are **not** accepted in place of ``text`` (the error says to rename them), because
guessing which field holds the article would silently analyse the wrong string. Other fields
are ignored. Blank lines are skipped.

Identity: ``Document.id`` is the content hash of ``text``, never the record's ``id``, so the
same article under two ids is one document. The record's ``id`` is kept as ``Document.source``
when the record has no ``source``; without either, the source is ``FILE:LINE``.

Errors are raised lazily, at the bad line: records before it have already been yielded. A
caller that passes ``on_error`` gets each bad line's error instead and every good line is
read (what ``kronika ingest`` does unless ``--strict``). JSON nested too deeply or a number
with too many digits are one-line errors like any other. Every message names file and line:
``articles.jsonl:3: invalid JSON (Expecting ',' delimiter at column 18)``.

``parse_json`` reads any of the three shapes a JSON file takes: JSON Lines (several values),
an array of objects (items are named ``FILE: item N`` in errors and ``FILE#N`` as default source,
counting from 1; an empty array is an error) or one object (``FILE:1``). It is what the ``.json``,
``.jsonl`` and ``.ndjson`` extensions and ``format="jsonl"`` use; ``parse_jsonl`` is the strict
line reader behind it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from kronika.errors import EmptyInputError, InputError, MalformedInputError
from kronika.ingest.documents import from_text
from kronika.records import Document

# Receives a bad record's error when the caller keeps the others (see ``parse_jsonl``).
OnError = Callable[[InputError], None]
_STRING_FIELDS = ("title", "author", "published", "source", "url", "genre")
# Field names other tools use for the article body; named in the error, never read.
_TEXT_SYNONYMS = ("content", "body", "article", "full_text")


def parse_jsonl(text: str, name: str, on_error: OnError | None = None) -> Iterator[Document]:
    """Documents from JSON Lines text, one per non-blank line; a bad line raises, or is
    passed to ``on_error`` and skipped when one is given."""
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            yield record_to_document(load_json(line, where), where, default_source=where)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)


def load_json(text: str, where: str) -> Any:
    """One JSON value; anything that cannot be read is a one-line ``MalformedInputError``."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedInputError(
            f"{where}: invalid JSON ({exc.msg} at column {exc.colno})",
            hint="each line must be one complete JSON object",
        ) from None
    except RecursionError:
        raise MalformedInputError(f"{where}: invalid JSON (nested too deeply)") from None
    except ValueError:  # an integer past Python's digit limit
        raise MalformedInputError(
            f"{where}: invalid JSON (a number with too many digits)"
        ) from None


def parse_json(text: str, name: str, on_error: OnError | None = None) -> Iterator[Document]:
    """Documents from JSON Lines, a JSON array of objects, or one JSON object; a bad record
    raises, or is passed to ``on_error`` and skipped when one is given."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several values: the file is JSON Lines
            yield from parse_jsonl(text, name, on_error)
            return
        raise MalformedInputError(
            f"{name}:{exc.lineno}: invalid JSON ({exc.msg} at column {exc.colno})"
        ) from None
    except (RecursionError, ValueError):
        if text.split("\n", 1)[0].rstrip().endswith("}"):  # a whole object per line
            yield from parse_jsonl(text, name, on_error)
            return
        value = load_json(text, f"{name}:1")  # raises the one-line error
    if isinstance(value, list):
        if not value:
            raise EmptyInputError(f"{name}: no articles (the JSON array is empty)")
        for number, item in enumerate(value, start=1):
            where = f"{name}: item {number}"
            try:
                yield record_to_document(item, where, default_source=f"{name}#{number}")
            except InputError as exc:
                if on_error is None:
                    raise
                on_error(exc)
    else:
        yield record_to_document(value, f"{name}:1", default_source=f"{name}:1")


def record_to_document(record: object, where: str, *, default_source: str) -> Document:
    """One JSON record -> ``Document``; ``where`` (file and line) prefixes every error."""
    if not isinstance(record, dict):
        raise MalformedInputError(f"{where}: expected a JSON object, got {_json_kind(record)}")
    text = _required_text(record, where)
    fields = {key: _optional_string(record, key, where) for key in _STRING_FIELDS}
    user_id = _optional_id(record, where)
    return from_text(
        text,
        source=fields["source"] or user_id or default_source,
        title=fields["title"],
        author=fields["author"],
        published=fields["published"],
        url=fields["url"],
        genre=fields["genre"],
        name=where,
    )


def _required_text(record: dict[str, Any], where: str) -> str:
    """The record's ``text``: present, a string, not blank."""
    if "text" not in record:
        synonym = next((key for key in _TEXT_SYNONYMS if key in record), None)
        hint = f'rename "{synonym}" to "text"' if synonym else None
        raise MalformedInputError(f'{where}: no "text" field', hint=hint)
    text = record["text"]
    if not isinstance(text, str) or not text.strip():
        raise MalformedInputError(f'{where}: "text" must be a non-empty string')
    return text


def _optional_string(record: dict[str, Any], key: str, where: str) -> str | None:
    """An optional string field; null and "" count as absent."""
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise MalformedInputError(f'{where}: "{key}" must be a string, not {_json_kind(value)}')
    return value


def _optional_id(record: dict[str, Any], where: str) -> str | None:
    """The record's own id as a string (numbers are accepted)."""
    value = record.get("id")
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise MalformedInputError(
            f'{where}: "id" must be a string or a whole number, not {_json_kind(value)}'
        )
    return str(value)


def _json_kind(value: object) -> str:
    """The JSON name of a value's type, for messages."""
    kinds = {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "true/false",
        int: "a whole number",
        float: "a decimal number",
        type(None): "null",
    }
    return kinds.get(type(value), type(value).__name__)
