"""Where an event took place: the most specific toponym of its locative phrase."""

from __future__ import annotations

import pytest

import kronika

ROWS = [
    # (sentence, trigger, location name or None)
    ("Gunmen killed five villagers in the village of Kambari in northern Nigeria.", "killed",
     "Kambari"),
    ("Police shot two protesters near the Ghat area of Kupwara district.", "shot", "Ghat"),
    ("Troops patrolled Liberation Square in central Baghdad.", "patrolled", "Liberation Square"),
    ("Activists demonstrated outside Dolmabahce Palace on Monday.", "demonstrated",
     "Dolmabahce Palace"),
    ("Rebels captured the town of Goma.", "captured", "Goma"),
    # the occasion of the event says where it happened ('killed in clashes in X')
    ("Two soldiers were killed during clashes in the town of Kambari.", "killed", "Kambari"),
    # a place that describes a person, a party or a date is not where the event happened
    ("Three people were killed in a Turkish airstrike.", "killed", None),
    ("A taxi driver from Lagos was shot by police on Monday.", "shot", None),
    ("Rebels attacked the barracks in March 2011.", "attacked", None),
]


@pytest.mark.parametrize(("text", "trigger", "name"), ROWS)
def test_event_location(text: str, trigger: str, name: str | None) -> None:
    analysis = kronika.analyze(text, published="2025-08-18")
    event = next(e for e in analysis.events if e.trigger == trigger)
    assert (event.location.name if event.location else None) == name
