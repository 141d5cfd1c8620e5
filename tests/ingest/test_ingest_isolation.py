"""One bad file or record is reported and skipped; the others are read. Hostile JSON and
binary content give one-line errors that name the input."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import pytest

from kronika.errors import BinaryInputError, InputError, MalformedInputError
from kronika.ingest import decode_bytes, from_text, normalise_date, parse_json, read_paths

GOOD = ("Kenya sent police to Haiti.", "Chad closed its border with Sudan.")


def collect(paths, **kwargs) -> tuple[list[str], list[str]]:
    """Texts read and error messages reported."""
    errors: list[InputError] = []
    docs = list(read_paths([str(p) for p in paths], on_error=errors.append, **kwargs))
    return [d.text for d in docs], [e.message for e in errors]


def test_an_empty_file_does_not_empty_its_directory(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD[0])
    (tmp_path / "b.txt").write_text("")
    (tmp_path / "c.txt").write_text(GOOD[1])
    texts, errors = collect([tmp_path])
    assert texts == list(GOOD)
    assert errors == [f"{tmp_path / 'b.txt'}: file is empty"]


def test_without_on_error_the_first_bad_file_raises(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.txt").write_text(GOOD[0])
    with pytest.raises(InputError, match="a.txt: file is empty"):
        list(read_paths([str(tmp_path)]))


def test_a_bad_jsonl_line_does_not_empty_its_file(tmp_path: Path) -> None:
    lines = [json.dumps({"text": GOOD[0]}), "{broken", json.dumps({"text": GOOD[1]})]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(lines))
    texts, errors = collect([path])
    assert texts == list(GOOD)
    assert len(errors) == 1 and errors[0].startswith(f"{path}:2: invalid JSON")


def test_a_bad_item_of_a_json_array_does_not_empty_it() -> None:
    errors: list[InputError] = []
    text = json.dumps([{"text": GOOD[0]}, {"body": "x"}, {"text": GOOD[1]}])
    docs = list(parse_json(text, "a.json", errors.append))
    assert [d.text for d in docs] == list(GOOD)
    assert [e.message for e in errors] == ['a.json: item 2: no "text" field']


HOSTILE_LINES = {
    "deep": ("[" * 100_000 + "]" * 100_000, "invalid JSON (nested too deeply)"),
    "deep_object": ('{"a":' * 100_000 + "1" + "}" * 100_000, "invalid JSON (nested too deeply)"),
    "long_int": ('{"text": "x", "n": ' + "9" * 5000 + "}", "invalid JSON (a number with too many"),
    "fractional_id": (
        json.dumps({"text": GOOD[0], "id": 1.5}),
        '"id" must be a string or a whole number, not a decimal number',
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE_LINES))
def test_hostile_json_line_is_a_one_line_error(case: str) -> None:
    bad, message = HOSTILE_LINES[case]
    errors: list[InputError] = []
    text = "\n".join([json.dumps({"text": GOOD[0]}), bad, json.dumps({"text": GOOD[1]})])
    docs = list(parse_json(text, "f.jsonl", errors.append))
    assert [d.text for d in docs] == list(GOOD)
    assert len(errors) == 1 and errors[0].message.startswith(f"f.jsonl:2: {message}")
    assert isinstance(errors[0], MalformedInputError)


@pytest.mark.parametrize("case", ["deep", "deep_object", "long_int"])
def test_hostile_json_file_is_a_one_line_error(case: str) -> None:
    bad, message = HOSTILE_LINES[case]
    with pytest.raises(MalformedInputError, match="^" + re.escape(f"f.json:1: {message}")):
        list(parse_json(bad, "f.json"))


def test_nul_byte_anywhere_is_binary() -> None:
    data = ("Kenya sent police to Haiti. " * 1000).encode() + b"\x00 and more text."
    assert len(data) > 16_000
    with pytest.raises(BinaryInputError, match="late.txt: looks like a binary file"):
        decode_bytes(data, "late.txt")


def test_nul_character_in_utf16_text_is_binary() -> None:
    data = codecs.BOM_UTF16_LE + "Kenya\x00 sent police.".encode("utf-16-le")
    with pytest.raises(BinaryInputError, match="contains a NUL character"):
        decode_bytes(data, "u16.txt")


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "0100-05-05T10:00:00"])
def test_dates_outside_the_calendar_of_news_are_no_publication_date(value: str) -> None:
    assert normalise_date(value) is None


def test_a_dateline_in_year_one_gives_no_publication_date() -> None:
    assert from_text("0001-01-01\n\nChad attacked Niger on Sunday.").published is None
