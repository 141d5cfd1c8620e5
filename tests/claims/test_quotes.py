"""Quotation spans found on characters."""

from __future__ import annotations

import pytest

from kronika.claims import find_quotes


def inner(text: str) -> list[str]:
    """The text inside each quotation."""
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("“We won,” he said.", ["We won,"], id="curly"),
        pytest.param('"We won," he said, "and they lost."', ["We won,", "and they lost."],
                     id="straight-pair"),
        pytest.param("« Nous restons », a-t-il dit.", [" Nous restons "], id="guillemets"),
        pytest.param("''We won,'' he said.", ["We won,"], id="doubled-apostrophes"),
        pytest.param("He said ‘no’ to the soldiers’ demands, didn’t he?", ["no"],
                     id="apostrophes-are-not-quotes"),
        pytest.param("“Nested ‘inner’ quote,” she said.", ["Nested ‘inner’ quote,"],
                     id="nested-single-inside-double"),
        pytest.param("“A. B. C,” he said.", ["A. B. C,"], id="across-sentences"),
        pytest.param("”We will stay,” the Malian colonel said.", ["We will stay,"],
                     id="right-mark-typed-as-opening"),
        pytest.param("The envoy called it “a trap” and left.", ["a trap"],
                     id="closing-mark-after-word-does-not-open"),
        pytest.param('"The crowd in Manila sang “Bayan ko” and waved flags," she said.',
                     ["The crowd in Manila sang “Bayan ko” and waved flags,"],
                     id="curly-inside-straight"),
        pytest.param('"Fans chanted “Ole, ole” for an hour.\n\nThe match went on.',
                     ["Fans chanted “Ole, ole” for an hour."],
                     id="curly-inside-straight-left-open"),
        pytest.param('"We called it “Plan B,” and it worked," the Chilean engineer said.',
                     ["We called it “Plan B,” and it worked,"],
                     id="curly-inside-straight-with-comma"),
    ],
)
def test_quotes(text, expected):
    assert inner(text) == expected


def test_unclosed_quote_stops_at_paragraph_end():
    text = "“We will fight on.\n\n“And we will win,” he said."
    quotes = find_quotes(text)
    assert [text[q.inner_start : q.inner_end] for q in quotes] == [
        "We will fight on.",
        "And we will win,",
    ]
    assert [q.closed for q in quotes] == [False, True]
