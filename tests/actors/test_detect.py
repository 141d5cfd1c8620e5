"""Actor mentions the detector finds in a sentence."""

from __future__ import annotations

import pytest

import kronika


@pytest.mark.parametrize(("text", "doer"), [
    ("Four protesters were killed by police gunfire in Nairobi.", "police"),
    ("Two miners were killed by police fire near Rustenburg.", "police"),
    ("Six shepherds were killed by army shelling in Dara'a.", "army"),
], ids=["police gunfire", "police fire", "army shelling"])
def test_a_body_set_before_an_act_noun_does_the_act(text: str, doer: str) -> None:
    """'killed by police gunfire': the police, named as the modifier of the fire, killed."""
    analysis = kronika.analyze(text, published="2025-03-04")
    events = [e for e in analysis.events if e.trigger == "killed"]
    assert events and all(e.source is not None and text[e.source_start or 0:].lower()
                          .startswith(doer) for e in events), analysis.events
