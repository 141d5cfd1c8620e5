"""bytes, paths and text -> ``Document``: the first stage of kronika.

``read_paths`` is what the CLI and API call; ``from_text`` builds one document from a string.
Every failure is a ``kronika.errors.InputError`` (or ``UsageError`` for a bad option) whose
message starts with the input's name: ``notes.txt: file is empty``.
"""

from kronika.ingest.decode import decode_bytes
from kronika.ingest.documents import dedupe, from_text
from kronika.ingest.html import parse_html
from kronika.ingest.jsonl import parse_json, parse_jsonl
from kronika.ingest.metadata import Metadata, extract_metadata, normalise_date
from kronika.ingest.sources import EXTENSIONS, FORMATS, read_bytes, read_paths

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "Metadata",
    "decode_bytes",
    "dedupe",
    "extract_metadata",
    "from_text",
    "normalise_date",
    "parse_html",
    "parse_json",
    "parse_jsonl",
    "read_bytes",
    "read_paths",
]
