"""JSON Lines and JSON: fields, identity, and errors that name the file and the line."""

from __future__ import annotations

import json

import pytest

from kronika.errors import EmptyInputError, InputError, MalformedInputError
from kronika.ingest import parse_json, parse_jsonl
from kronika.records import content_id

INDIA = "Indian and Pakistani troops exchanged fire across the Line of Control, police said."
SUDAN = "The RSF blocked an aid convoy outside El Fasher, according to UN officials."


def line(**fields: object) -> str:
    """One JSON Lines record."""
    return json.dumps(fields)


def test_all_fields_are_read() -> None:
    text = line(
        id="a-1",
        text=INDIA,
        title="Shelling in Poonch",
        author="R. Singh",
        published="2025-03-09T06:00:00Z",
        source="Kashmir Desk",
        url="https://example.org/poonch",
        genre="news",
        ignored="kept out",
    )
    [document] = parse_jsonl(text, "feed.jsonl")
    assert document.id == content_id(INDIA)
    assert document.source == "Kashmir Desk"
    assert document.title == "Shelling in Poonch"
    assert document.author == "R. Singh"
    assert document.published == "2025-03-09"
    assert document.url == "https://example.org/poonch"


def test_user_id_becomes_source_and_default_source_is_file_and_line() -> None:
    text = "\n".join([line(id=17, text=INDIA), "", line(text=SUDAN)])
    documents = list(parse_jsonl(text, "feed.jsonl"))
    assert [d.source for d in documents] == ["17", "feed.jsonl:3"]
    assert documents[0].id == content_id(INDIA)


def test_broken_line_is_named_and_earlier_records_are_yielded_first() -> None:
    text = "\n".join([line(text=INDIA), '{"text": "Talks" "resumed"}', line(text=SUDAN)])
    records = parse_jsonl(text, "feed.jsonl")
    assert next(records).text == INDIA
    with pytest.raises(MalformedInputError) as info:
        next(records)
    assert info.value.message == (
        "feed.jsonl:2: invalid JSON (Expecting ',' delimiter at column 18)"
    )


def test_line_without_text() -> None:
    with pytest.raises(MalformedInputError) as info:
        list(parse_jsonl(line(title="No body"), "feed.jsonl"))
    assert info.value.message == 'feed.jsonl:1: no "text" field'
    assert info.value.hint is None


def test_text_synonym_is_not_guessed_but_named_in_the_hint() -> None:
    with pytest.raises(MalformedInputError) as info:
        list(parse_jsonl(line(content=INDIA), "feed.jsonl"))
    assert info.value.message == 'feed.jsonl:1: no "text" field'
    assert info.value.hint == 'rename "content" to "text"'


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ('{"text": "   "}', 'feed.jsonl:1: "text" must be a non-empty string'),
        ('{"text": 42}', 'feed.jsonl:1: "text" must be a non-empty string'),
        ("[1, 2]", "feed.jsonl:1: expected a JSON object, got an array"),
        (line(text=INDIA, title=["a"]), 'feed.jsonl:1: "title" must be a string, not an array'),
        (
            line(text=INDIA, id=True),
            'feed.jsonl:1: "id" must be a string or a whole number, not true/false',
        ),
        (line(text=INDIA, published="soon"), "feed.jsonl:1: invalid \"published\" date 'soon'"),
        (
            line(text=INDIA, published="2025-02-30"),
            "feed.jsonl:1: invalid \"published\" date '2025-02-30'",
        ),
        (line(text=INDIA, genre="gossip"), "feed.jsonl:1: unknown \"genre\" 'gossip'"),
    ],
)
def test_bad_record(record: str, message: str) -> None:
    with pytest.raises(MalformedInputError) as info:
        list(parse_jsonl(record, "feed.jsonl"))
    assert info.value.message == message


def test_published_in_words_is_normalised() -> None:
    [document] = parse_jsonl(line(text=SUDAN, published="14 May 2025"), "feed.jsonl")
    assert document.published == "2025-05-14"


def test_record_text_is_size_checked_with_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRONIKA_MAX_CHARS", "30")
    with pytest.raises(InputError) as info:
        list(parse_jsonl(line(text="short") + "\n" + line(text=SUDAN), "feed.jsonl"))
    assert info.value.message == "feed.jsonl:2: too large (75 characters; the limit is 30)"


def test_json_array_object_and_lines() -> None:
    array = json.dumps([{"text": INDIA}, {"text": SUDAN, "id": "s"}])
    assert [d.source for d in parse_json(array, "a.json")] == ["a.json#1", "s"]
    assert [d.source for d in parse_json(json.dumps({"text": SUDAN}), "b.json")] == ["b.json:1"]
    lines = line(text=INDIA) + "\n" + line(text=SUDAN)
    assert [d.source for d in parse_json(lines, "c.json")] == ["c.json:1", "c.json:2"]


def test_json_array_item_errors_name_the_item() -> None:
    with pytest.raises(MalformedInputError) as info:
        list(parse_json(json.dumps([{"text": INDIA}, {"body": SUDAN}]), "a.json"))
    assert info.value.message == 'a.json: item 2: no "text" field'


def test_broken_json_file_names_its_line() -> None:
    with pytest.raises(MalformedInputError) as info:
        list(parse_json('[\n  {"text": "x"},\n  {"text": }\n]', "a.json"))
    assert info.value.message == "a.json:3: invalid JSON (Expecting value at column 12)"


def test_empty_json_array() -> None:
    with pytest.raises(EmptyInputError) as info:
        list(parse_json("[]", "a.json"))
    assert info.value.message == "a.json: no articles (the JSON array is empty)"


def test_object_not_record_in_array() -> None:
    with pytest.raises(MalformedInputError) as info:
        list(parse_json('["just a string"]', "a.json"))
    assert info.value.message == "a.json: item 1: expected a JSON object, got a string"
