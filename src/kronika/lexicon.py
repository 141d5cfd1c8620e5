"""Read the packaged CSV and YAML knowledge files (and user files of the same shape), validated
on load."""

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


@cache
def word_lists(name: str) -> dict[str, list[str] | dict[str, list[str]]]:
    """The named word lists of a YAML knowledge file (read once): each key holds a list of
    words, or a mapping of words to lists of words; any other value raises KnowledgeError."""
    data = yaml.safe_load(packaged_text(name))
    if not isinstance(data, dict):
        raise KnowledgeError(f"{name}: expected a mapping of list names to word lists")
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


def word_map(name: str, key: str) -> dict[str, frozenset[str]]:
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
