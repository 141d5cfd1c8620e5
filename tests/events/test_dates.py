"""Event dates: explicit, relative and historical expressions against the document date."""

from __future__ import annotations

from datetime import date, datetime

import dateparser
import pytest
from spacy.language import Language

from kronika.events.dates import event_date, full_date, resolve_expression

FRIDAY = date(2025, 8, 22)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("in 2022", "2022"),
        ("March 2014", "2014-03"),
        ("last week", "2025-08-15"),
        ("on Monday", "2025-08-18"),
        ("for three years", None),
    ],
)
def test_resolve_expression(text: str, value: str | None) -> None:
    assert resolve_expression(text, FRIDAY) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("March 3, 2021", "2021-03-03"),
        ("December 31, 2030", "2030-12-31"),  # a later date is not moved into the past
        ("February 29, 2024", "2024-02-29"),
        ("February 30, 2024", None),  # no such day: left to dateparser
        ("March 3", None),  # no year: relative to the base, left to dateparser
        ("march 3, 2021", None),
    ],
)
def test_full_date_fast_path(text: str, value: str | None) -> None:
    assert full_date(text) == value
    if value is not None:  # the shortcut gives what dateparser gives for the same base
        base = datetime(FRIDAY.year, FRIDAY.month, FRIDAY.day)
        settings = {"PREFER_DATES_FROM": "past", "RELATIVE_BASE": base}
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
        assert parsed.date().isoformat() == value


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("Sudan's army shelled Omdurman on Tuesday.", "shelled", "2025-08-19"),
        ("The 1994 Budapest Memorandum guaranteed Ukraine's security.", "guaranteed", "1994"),
        ("Colombia and Venezuela signed a trade agreement in 2022.", "signed", "2022"),
        ("Israel struck Gaza.", "struck", "2025-08-22"),
        # A date in a subordinate clause dates that clause, not the main event.
        ("Mali expelled the envoy who had arrived in 2019.", "expelled", "2025-08-22"),
    ],
)
def test_event_date(nlp: Language, text: str, word: str, value: str) -> None:
    trigger = next(t for t in nlp(text) if t.text == word)
    assert event_date(trigger, FRIDAY)[0] == value
