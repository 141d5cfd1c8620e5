"""Paths, directories and stdin -> ``Document``; the one entry point the CLI and API call.

``read_paths`` checks its arguments before reading anything: an unknown format raises
``UsageError`` and a missing path (or a directory without readable files) raises
``MissingInputError``, so a typo in the last argument does not leave a half-ingested run.
Files are then read one by one, lazily: a bad file raises when it is reached, after the
documents of earlier files have been yielded; with ``on_error`` it is reported there and the
next file is read (one empty file does not empty its directory).

Format, unless forced with ``format``: by extension (``.txt .text .md`` text, ``.html .htm``
HTML, ``.jsonl .ndjson .json`` JSON records: JSON Lines, an array or one object); stdin (``-``)
and files with other extensions are sniffed (a leading ``{`` or ``[`` means JSON records, an
HTML tag HTML, anything else text). Directories are walked recursively in sorted order, keeping only
the extensions above and skipping hidden files and folders (names starting with ``.``).
The same text met twice in one run is yielded once.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from kronika import settings
from kronika.errors import InputError, MissingInputError, UsageError
from kronika.ingest.decode import decode_bytes, max_chars
from kronika.ingest.documents import dedupe, from_text
from kronika.ingest.html import parse_html
from kronika.ingest.jsonl import OnError, parse_json
from kronika.records import Document

STDIN = "-"
STDIN_NAME = "<stdin>"
FORMATS: tuple[str, ...] = ("text", "html", "jsonl")
EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
}
_HTML_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|article|main|div|p)\b", re.I)
_SNIFF_CHARS = 2048
# A UTF-8 character takes at most 4 bytes (UTF-32 exactly 4, plus its mark).
_MAX_BYTES_PER_CHAR = 4


def read_paths(
    paths: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    format: str | None = None,
    on_error: OnError | None = None,
) -> Iterator[Document]:
    """Documents from files, directories and ``-`` (stdin), each distinct text once. A file
    or JSON record that cannot be read raises, or, when ``on_error`` is given, is passed to
    it and skipped so that the other files and records are still read."""
    fmt = check_format(format)
    inputs = [found for path in paths for found in expand_path(path)]
    return dedupe(_read_inputs(inputs, stdin, fmt, on_error))


def read_bytes(
    data: bytes, name: str, *, format: str | None = None, on_error: OnError | None = None
) -> Iterator[Document]:
    """Documents from the bytes of one input (a file, stdin, an uploaded body)."""
    fmt = check_format(format)
    text = decode_bytes(data, name)
    fmt = fmt or EXTENSIONS.get(os.path.splitext(name)[1].lower()) or sniff_format(text)
    return _parse(text, name, fmt, on_error)


def _parse(text: str, name: str, fmt: str, on_error: OnError | None) -> Iterator[Document]:
    """Documents from decoded text in a known format."""
    if fmt == "html":
        yield parse_html(text, name)
    elif fmt == "jsonl":
        yield from parse_json(text, name, on_error)
    else:
        yield from_text(text, source=name)


def check_format(format: str | None) -> str | None:
    """The forced format, None for automatic; an unknown one is a usage error."""
    if format is None or format == "auto":
        return None
    if format not in FORMATS:
        raise UsageError(
            f"unknown format {format!r}", hint="use one of: auto, " + ", ".join(FORMATS)
        )
    return format


def sniff_format(text: str) -> str:
    """Guess the format of text that has no telling extension."""
    head = text[:_SNIFF_CHARS]
    if head.startswith(("{", "[")):
        return "jsonl"
    if head.startswith("<") and _HTML_TAG.search(head):
        return "html"
    return "text"


def expand_path(path: str) -> list[str]:
    """The inputs one argument stands for: itself, stdin, or a directory's files."""
    if path == STDIN:
        return [STDIN]
    if os.path.isdir(path):
        files = list_directory(path)
        if not files:
            kinds = " ".join(sorted(EXTENSIONS))
            raise MissingInputError(f"{path}: no files to read in this directory ({kinds})")
        return files
    if not os.path.exists(path):
        raise MissingInputError(f"{path}: no such file or directory")
    return [path]


def list_directory(top: str) -> list[str]:
    """Readable files under a directory, recursively, sorted, hidden names skipped."""
    found = []
    for folder, subfolders, files in os.walk(top):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        found += [
            os.path.join(folder, f)
            for f in files
            if not f.startswith(".") and os.path.splitext(f)[1].lower() in EXTENSIONS
        ]
    return sorted(found)


def _read_inputs(
    inputs: list[str], stdin: BinaryIO | None, fmt: str | None, on_error: OnError | None
) -> Iterator[Document]:
    """Documents of each input in turn; a bad one goes to ``on_error`` if given."""
    for path in inputs:
        try:
            if path == STDIN:
                data = (stdin or sys.stdin.buffer).read()
                yield from read_bytes(data, STDIN_NAME, format=fmt, on_error=on_error)
            else:
                yield from read_bytes(read_file(path), path, format=fmt, on_error=on_error)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)


def read_file(path: str) -> bytes:
    """The bytes of one file, refusing files too large to hold the allowed characters."""
    limit = max_chars()
    try:
        size = os.path.getsize(path)
        if size > _MAX_BYTES_PER_CHAR * (limit + 1):
            raise InputError(
                f"{path}: too large ({size:,} bytes; the limit is {limit:,} characters)",
                hint=f"split it, or raise {settings.SETTINGS['max_chars'].env}",
            )
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise MissingInputError(f"{path}: no such file or directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
