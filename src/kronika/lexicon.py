"""Read the packaged CSV knowledge files and YAML word lists (and user files of the same
shape), validated on load."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from functools import cache
from importlib import resources

import yaml

from kronika.errors import KnowledgeError


def packaged_text(name: str) -> str:
    """The text of a knowledge file shipped in ``kronika/data``."""
    return resources.files("kronika.data").joinpath(name).read_text(encoding="utf-8")


def read_csv(name: str, columns: Sequence[str], text: str | None = None) -> list[dict[str, str]]:
    """Rows of a knowledge CSV as dicts; '#' lines are comments; a row missing a required
    column raises KnowledgeError naming file, line and field."""
    body = packaged_text(name) if text is None else text
    rows: list[dict[str, str]] = []
    lines = [(n, line) for n, line in enumerate(body.splitlines(), 1) if not line.startswith("#")]
    reader = csv.reader(io.StringIO("\n".join(line for _, line in lines)))
    header: list[str] | None = None
    for (lineno, _), values in zip(lines, reader, strict=False):
        if not values or not any(v.strip() for v in values):
            continue
        if header is None:
            header = [v.strip() for v in values]
            missing = [c for c in columns if c not in header]
            if missing:
                raise KnowledgeError(
                    f"{name}:{lineno}: header lacks column(s) {', '.join(missing)}"
                )
            continue
        row = {k: (v.strip() if v else "") for k, v in zip(header, values, strict=False)}
        for column in columns[:1]:
            if not row.get(column):
                raise KnowledgeError(f"{name}:{lineno}: {column}: empty value")
        rows.append(row)
    return rows


def read_word_lists(name: str, text: str) -> dict[str, tuple[int, object]]:
    """The entries of a YAML file of word lists, each key -> (its line, its value); a file that
    is no mapping, or a key given twice, raises KnowledgeError."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if root is None:
        return {}
    if not isinstance(root, yaml.MappingNode):
        raise KnowledgeError(f"{name}:1: not a mapping of word lists")
    data = yaml.safe_load(text)
    entries: dict[str, tuple[int, object]] = {}
    for key, _ in root.value:
        line = key.start_mark.line + 1
        if key.value in entries:
            raise KnowledgeError(f"{name}:{line}: {key.value}: given twice")
        entries[key.value] = (line, data[key.value])
    return entries


@cache
def _packaged_word_lists(name: str) -> dict[str, tuple[int, object]]:
    """The entries of a packaged word file, read once per process."""
    return read_word_lists(name, packaged_text(name))


def _word_entry(name: str, key: str, text: str | None) -> tuple[int, object]:
    """(line, value) of one list of a word file; a missing key raises KnowledgeError."""
    entries = _packaged_word_lists(name) if text is None else read_word_lists(name, text)
    try:
        return entries[key]
    except KeyError:
        raise KnowledgeError(f"{name}: {key}: no such list") from None


def _is_word(value: object) -> bool:
    """A non-empty string: YAML reads an unquoted yes, no, on or off as a boolean."""
    return isinstance(value, str) and bool(value)


def word_set(name: str, key: str, text: str | None = None) -> frozenset[str]:
    """The list ``key`` of the YAML word file ``name`` (in ``kronika/data``, or ``text``) as
    a set."""
    line, value = _word_entry(name, key, text)
    if not isinstance(value, list) or not all(_is_word(v) for v in value):
        raise KnowledgeError(f"{name}:{line}: {key}: not a list of words (quote yes/no/on/off)")
    return frozenset(value)


def word_map(name: str, key: str, text: str | None = None) -> dict[str, str]:
    """The mapping ``key`` of the YAML word file ``name`` (in ``kronika/data``, or ``text``),
    word -> word."""
    line, value = _word_entry(name, key, text)
    if not isinstance(value, dict) or not all(_is_word(k) and _is_word(v)
                                              for k, v in value.items()):
        raise KnowledgeError(f"{name}:{line}: {key}: not a mapping of words to words")
    return dict(value)


@cache
def word_lists(name: str) -> dict[str, list[str] | dict[str, list[str]]]:
    """The named word lists of a packaged YAML knowledge file (read once): each key holds a
    list of words, or a mapping of words to lists of words; any other value, a key given
    twice or a file that is no mapping raises KnowledgeError."""
    data = {key: value for key, (_, value) in _packaged_word_lists(name).items()}
    for key, value in data.items():
        lists = value.values() if isinstance(value, dict) else [value]
        if not all(isinstance(words, list) and all(isinstance(w, str) for w in words)
                   for words in lists):
            raise KnowledgeError(f"{name}: {key}: expected a list of words or a mapping of them")
    return data


def word_list(name: str, key: str) -> frozenset[str]:
    """The words of list ``key`` in the YAML knowledge file ``name``."""
    words = word_lists(name).get(key)
    if not isinstance(words, list):
        raise KnowledgeError(f"{name}: {key}: no such word list")
    return frozenset(words)


def word_set_map(name: str, key: str) -> dict[str, frozenset[str]]:
    """The mapping ``key`` of the YAML knowledge file ``name``: each word to its set of words,
    in the file's order."""
    mapping = word_lists(name).get(key)
    if not isinstance(mapping, dict):
        raise KnowledgeError(f"{name}: {key}: no such word mapping")
    return {word: frozenset(words) for word, words in mapping.items()}


def word_sequence(name: str, key: str) -> tuple[str, ...]:
    """The words of list ``key`` in the YAML knowledge file ``name``, in the file's order (for
    lists whose order means something, as the months of the year)."""
    words = word_lists(name).get(key)
    if not isinstance(words, list):
        raise KnowledgeError(f"{name}: {key}: no such word list")
    return tuple(words)
