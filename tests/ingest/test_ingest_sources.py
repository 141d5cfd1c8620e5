"""Paths, directories and stdin -> documents; arguments checked before anything is read."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kronika.errors import EmptyInputError, InputError, MissingInputError, UsageError
from kronika.ingest import read_bytes, read_paths

FIXTURES = Path(__file__).parents[1] / "fixtures"
GAZA = "Mediators met in Doha on Monday to extend the Gaza truce, officials said."
SUDAN = "The RSF blocked an aid convoy outside El Fasher on Tuesday, UN officials said."
KENYA = "Police in Nairobi arrested 40 protesters near parliament, witnesses said."
HTML = (
    "<!DOCTYPE html><html><head><title>Tbilisi protest</title></head><body><article>"
    "<p>Thousands of protesters marched down Rustaveli Avenue in Tbilisi on Sunday.</p>"
    "</article></body></html>"
)


def write(path: Path, text: str) -> Path:
    """Create a file (and its folders) with UTF-8 text."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", GAZA)
    write(tmp_path / "a" / "z.md", SUDAN)
    write(tmp_path / "a" / "deep" / "feed.jsonl", json.dumps({"text": KENYA}))
    write(tmp_path / "c.html", HTML)
    write(tmp_path / ".hidden.txt", "A hidden draft about the talks.")
    write(tmp_path / ".git" / "notes.txt", "Version control notes.")
    write(tmp_path / "photo.jpg", "not read")
    sources = [d.source for d in read_paths([str(tmp_path)])]
    assert sources == [
        f"{tmp_path / 'a' / 'deep' / 'feed.jsonl'}:1",
        str(tmp_path / "a" / "z.md"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "c.html"),
    ]


def test_all_fixture_articles_are_read() -> None:
    documents = list(read_paths([str(FIXTURES / "articles")]))
    assert len(documents) == 6
    assert all(d.published and 120 <= len(d.text.split()) <= 300 for d in documents)


def test_missing_path_fails_before_anything_is_read(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", GAZA)
    missing = tmp_path / "missing.txt"
    with pytest.raises(MissingInputError) as info:
        read_paths([str(good), str(missing)])
    assert info.value.message == f"{missing}: no such file or directory"


def test_directory_without_readable_files(tmp_path: Path) -> None:
    write(tmp_path / "scan.pdf", "%PDF")
    with pytest.raises(MissingInputError) as info:
        read_paths([str(tmp_path)])
    assert info.value.message.startswith(f"{tmp_path}: no files to read in this directory (")


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as info:
        read_paths([str(write(tmp_path / "a.txt", GAZA))], format="xml")
    assert info.value.message == "unknown format 'xml'"
    assert info.value.exit_code == 2


def test_bad_file_raises_after_earlier_documents(tmp_path: Path) -> None:
    write(tmp_path / "1.txt", GAZA)
    write(tmp_path / "2.txt", "")
    documents = read_paths([str(tmp_path)])
    assert next(documents).text == GAZA
    with pytest.raises(EmptyInputError) as info:
        next(documents)
    assert info.value.message == f"{tmp_path / '2.txt'}: file is empty"


def test_same_text_twice_is_yielded_once(tmp_path: Path) -> None:
    first = write(tmp_path / "a.txt", GAZA)
    copy = write(tmp_path / "copy.txt", GAZA + "\r\n")
    feed = write(tmp_path / "feed.jsonl", json.dumps({"text": GAZA}) + "\n")
    documents = list(read_paths([str(first), str(copy), str(feed), str(first)]))
    assert [d.source for d in documents] == [str(first)]


@pytest.mark.parametrize(
    ("data", "sources"),
    [
        (GAZA.encode(), ["<stdin>"]),
        (
            (json.dumps({"text": GAZA}) + "\n" + json.dumps({"text": SUDAN})).encode(),
            ["<stdin>:1", "<stdin>:2"],
        ),
        (json.dumps([{"text": KENYA}]).encode(), ["<stdin>#1"]),
        (HTML.encode(), ["<stdin>"]),
    ],
    ids=["text", "jsonl", "json-array", "html"],
)
def test_stdin_is_sniffed(data: bytes, sources: list[str]) -> None:
    documents = list(read_paths(["-"], stdin=io.BytesIO(data)))
    assert [d.source for d in documents] == sources
    assert "<" not in documents[0].text


def test_forced_format_overrides_extension(tmp_path: Path) -> None:
    feed = write(tmp_path / "feed.jsonl", json.dumps({"text": GAZA}))
    [document] = read_paths([str(feed)], format="text")
    assert document.text == json.dumps({"text": GAZA})


def test_unknown_extension_named_explicitly_is_sniffed(tmp_path: Path) -> None:
    page = write(tmp_path / "saved_page", HTML)
    [document] = read_paths([str(page)])
    assert document.title == "Tbilisi protest"


def test_file_far_over_the_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KRONIKA_MAX_CHARS", "10")
    big = write(tmp_path / "big.txt", "x" * 100)
    with pytest.raises(InputError) as info:
        list(read_paths([str(big)]))
    assert info.value.message == f"{big}: too large (100 bytes; the limit is 10 characters)"


def test_read_bytes_uses_the_name_extension() -> None:
    [document] = read_bytes(json.dumps({"text": SUDAN}).encode(), "upload.jsonl")
    assert document.source == "upload.jsonl:1"


def test_json_array_file_and_forced_jsonl(tmp_path: Path) -> None:
    array = write(tmp_path / "batch.json", json.dumps([{"text": GAZA}, {"text": SUDAN}]))
    lines = write(tmp_path / "feed.ndjson", json.dumps({"text": KENYA}) + "\n")
    assert len(list(read_paths([str(array), str(lines)]))) == 3
    renamed = write(tmp_path / "batch.dump", array.read_text(encoding="utf-8"))
    assert len(list(read_paths([str(renamed)], format="jsonl"))) == 2


def test_public_surface_is_pinned() -> None:
    import kronika.ingest

    assert kronika.ingest.__all__ == [
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
