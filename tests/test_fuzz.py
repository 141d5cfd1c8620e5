"""Property-based fuzzing of the two entry points that take untrusted text: ``kronika.analyze``
and the JSON Lines reader. Whatever the input, the result is records that keep their contract
or a ``KronikaError``; never another exception. Bounded: a few seconds in all.
``benchmarks/fuzz.py`` runs the same idea over 10,000 inputs."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kronika
from fixtures.fuzz_fragments import FRAGMENTS
from kronika.errors import KronikaError
from kronika.ingest import read_bytes
from test_robustness import check_contract

texts = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=6), max_size=40).map("".join)
FAST = settings(
    max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)


@FAST
@given(texts)
def test_analyze_never_raises_anything_but_kronika_errors(text: str) -> None:
    try:
        analysis = kronika.analyze(text, published="2025-03-04")
    except KronikaError:
        return
    check_contract(analysis)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | texts,
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
records = st.fixed_dictionaries(
    {},
    optional={
        "text": texts | json_values,
        "id": json_values,
        "published": texts | json_values,
        "genre": st.sampled_from(["news", "opinion", "x"]) | json_values,
        "title": texts,
    },
)
lines = records.map(json.dumps) | texts | json_values.map(json.dumps)


@FAST
@given(st.lists(lines, max_size=5), st.sampled_from(["f.jsonl", "f.json", "f"]))
def test_jsonl_reader_never_raises_anything_but_kronika_errors(rows, name) -> None:
    data = "\n".join(rows).encode("utf-8", "surrogatepass")
    errors: list[KronikaError] = []
    try:
        documents = list(read_bytes(data, name, on_error=errors.append))
    except KronikaError:
        return
    for document in documents:
        assert document.text.strip() and document.id
    assert all(isinstance(e, KronikaError) for e in errors)
