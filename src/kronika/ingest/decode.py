"""Bytes -> normalised text, or an ``InputError`` that names the input and the problem.

The text returned here becomes ``Document.text``: every character offset kronika emits points
into it. Normalisation is therefore done once, here: a byte-order mark is removed, ``\\r\\n``
and ``\\r`` become ``\\n``, and leading and trailing whitespace is stripped (so the same article
saved with or without a final newline gets the same content-hash id).

Checks, in order: empty input, binary content (a NUL byte anywhere, or many control bytes in
the first 8 KB; a NUL in UTF-16/32 text too), encoding (UTF-8, or UTF-8/UTF-16/UTF-32 with a
byte-order mark; anything else is rejected rather than guessed), whitespace-only text, size
(the ``max_chars`` setting).
"""

from __future__ import annotations

import codecs
import re

from kronika import settings
from kronika.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    UsageError,
)

# A lone UTF-16 surrogate (a JSON '\\udc80' escape) is no character and cannot be encoded.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Longest BOMs first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control bytes that never occur in text; tab, newlines, form feed and escape are allowed.
_CONTROL = frozenset(range(0x00, 0x09)) | (frozenset(range(0x0E, 0x20)) - {0x1B}) | {0x7F}
_SNIFF_BYTES = 8192
# Random bytes hold ~10% control bytes; real text holds almost none.
_MAX_CONTROL_RATIO = 0.05


def max_chars() -> int:
    """The ``max_chars`` setting as a number."""
    raw = settings.get("max_chars")
    try:
        value = int(raw)
    except ValueError:
        raise UsageError(
            f"setting max_chars must be a whole number, not {raw!r}",
            hint=f"fix {settings.SETTINGS['max_chars'].env}",
        ) from None
    if value <= 0:
        raise UsageError(f"setting max_chars must be positive, not {value}")
    return value


def split_bom(data: bytes) -> tuple[bytes, str | None]:
    """The bytes after a byte-order mark and the codec it announces (None without a BOM)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :], codec
    return data, None


def looks_binary(data: bytes) -> bool:
    """True for a NUL byte anywhere, or many control bytes in the first few kilobytes."""
    if b"\x00" in data:  # one fast scan of the whole input, not only its head
        return True
    sample = data[:_SNIFF_BYTES]
    control = sum(1 for byte in sample if byte in _CONTROL)
    return bool(sample) and control / len(sample) > _MAX_CONTROL_RATIO


def decode_bytes(data: bytes, name: str) -> str:
    """Decode one input to normalised text; raise an ``InputError`` naming ``name`` if it fails."""
    if not data:
        raise EmptyInputError(f"{name}: file is empty")
    body, codec = split_bom(data)
    if codec is None:
        if looks_binary(body):
            raise BinaryInputError(
                f"{name}: looks like a binary file, not text",
                hint="kronika reads UTF-8 text, HTML and JSON Lines",
            )
        codec = "utf-8"
    text = _strict_decode(body, codec, name)
    if "\x00" in text:  # UTF-16/32 text decodes NUL bytes into NUL characters
        raise BinaryInputError(
            f"{name}: contains a NUL character (at character {text.index(chr(0)):,})",
            hint="kronika reads UTF-8 text, HTML and JSON Lines",
        )
    return normalise_text(text, name)


def _strict_decode(body: bytes, codec: str, name: str) -> str:
    """Decode without guessing: a wrong byte is an error that says where it is."""
    try:
        return body.decode(codec)
    except UnicodeDecodeError as exc:
        bad = exc.object[exc.start]
        label = "UTF-8" if codec == "utf-8" else codec.upper()
        raise EncodingError(
            f"{name}: not valid {label} (byte 0x{bad:02x} at offset {exc.start})",
            hint="convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.utf8",
        ) from None


def replace_surrogates(text: str) -> str:
    """The text with every lone surrogate replaced by U+FFFD, one character for one."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def normalise_text(text: str, name: str) -> str:
    """Unify newlines, strip the ends, and reject whitespace-only or oversized text."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").strip()
    text = replace_surrogates(text)
    if not text:
        raise EmptyInputError(f"{name}: contains only whitespace")
    limit = max_chars()
    if len(text) > limit:
        raise InputError(
            f"{name}: too large ({len(text):,} characters; the limit is {limit:,})",
            hint=f"split it, or raise {settings.SETTINGS['max_chars'].env}",
        )
    return text
