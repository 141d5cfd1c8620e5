"""Bytes -> text: every way an input can be unreadable, with the exact message."""

from __future__ import annotations

import pytest

from kronika.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    UsageError,
)
from kronika.ingest import decode_bytes

ARTICLE = "Talks resumed in Doha on Monday.\nBoth delegations stayed overnight."


def test_utf8_text_is_returned_unchanged() -> None:
    assert decode_bytes(ARTICLE.encode("utf-8"), "a.txt") == ARTICLE


def test_empty_file() -> None:
    with pytest.raises(EmptyInputError) as info:
        decode_bytes(b"", "empty.txt")
    assert info.value.message == "empty.txt: file is empty"
    assert info.value.code == "empty"


def test_whitespace_only_file() -> None:
    with pytest.raises(EmptyInputError) as info:
        decode_bytes(b" \n\t\r\n  \n", "blank.txt")
    assert info.value.message == "blank.txt: contains only whitespace"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",  # NUL bytes
        bytes(range(1, 9)) * 40 + b"some text",  # control bytes without NUL
    ],
    ids=["nul", "control"],
)
def test_binary_file(data: bytes) -> None:
    with pytest.raises(BinaryInputError) as info:
        decode_bytes(data, "photo.txt")
    assert info.value.message == "photo.txt: looks like a binary file, not text"


def test_invalid_utf8_names_byte_and_offset() -> None:
    data = "Caf\u00e9 talks in Bogot\u00e1".encode("cp1252")
    with pytest.raises(EncodingError) as info:
        decode_bytes(data, "latin.txt")
    assert info.value.message == "latin.txt: not valid UTF-8 (byte 0xe9 at offset 3)"
    assert info.value.hint.startswith("convert it to UTF-8")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_text_with_byte_order_mark_is_accepted(codec: str) -> None:
    data = ARTICLE.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    assert decode_bytes(data, "bom.txt") == ARTICLE


def test_utf16_without_bom_is_not_guessed() -> None:
    with pytest.raises(BinaryInputError):
        decode_bytes(ARTICLE.encode("utf-16-le"), "nobom.txt")


def test_broken_utf16_names_the_codec() -> None:
    data = b"\xff\xfe" + "Doha".encode("utf-16-le") + b"\x00\xd8"  # lone surrogate
    with pytest.raises(EncodingError) as info:
        decode_bytes(data, "u16.txt")
    assert info.value.message.startswith("u16.txt: not valid UTF-16-LE (byte 0x00 at offset")


def test_newlines_are_normalised_and_ends_stripped() -> None:
    data = b"\r\n  Title\r\nFirst line.\rSecond line.\r\n\r\n"
    assert decode_bytes(data, "crlf.txt") == "Title\nFirst line.\nSecond line."


def test_text_over_max_chars(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRONIKA_MAX_CHARS", "20")
    with pytest.raises(InputError) as info:
        decode_bytes(b"x" * 21, "huge.txt")
    assert info.value.message == "huge.txt: too large (21 characters; the limit is 20)"
    assert "KRONIKA_MAX_CHARS" in info.value.hint
    assert decode_bytes(b"x" * 20, "ok.txt") == "x" * 20


def test_unreadable_max_chars_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRONIKA_MAX_CHARS", "lots")
    with pytest.raises(UsageError) as info:
        decode_bytes(b"text", "a.txt")
    assert info.value.message == "setting max_chars must be a whole number, not 'lots'"
