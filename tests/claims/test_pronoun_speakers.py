"""A speaker 'he'/'she' that opens a sentence continues the chain of speakers, and the events
and positions of its clause are that speaker's, not the latest man named.

Sentences written for the tests, through the real spaCy model.
"""

from __future__ import annotations

import pytest

import kronika


@pytest.mark.parametrize(("text", "speaker"), [
    (("U.S. envoy Mark Hale said Washington had secured the release and thanked Guatemalan "
      "President Bernardo Arevalo for receiving them. He called on President Daniel Ortega to "
      "free the remaining prisoners."), "Mark Hale"),
    (("Foreign Minister Ana Ruiz said the talks had failed and praised mediator John Okafor for "
      "his efforts. She urged both sides to accept a ceasefire."), "Ana Ruiz"),
    (("Interior Minister Pascoal Ronda said police had restored order and thanked Defence "
      "Minister Cristovao Chume for his help. He demanded that the opposition end the "
      "protests."), "Pascoal Ronda"),
], ids=["called on", "urged", "demanded"])
def test_a_sentence_opening_pronoun_speakers_acts_are_the_speakers(
        text: str, speaker: str) -> None:
    analysis = kronika.analyze(text, published="2025-03-04")
    names = {a.id: a.name for a in analysis.actors}
    asked = [e for e in analysis.events if e.type == "REQUEST"]
    assert asked and all(names.get(e.source) == speaker for e in asked), analysis.events
    assert all(names.get(p.actor) == speaker for p in analysis.positions), analysis.positions


def test_a_pronoun_inside_a_sentence_stays_the_nearest_fitting_person() -> None:
    """'criticised X ... after she rejected his plan': she is X, not the chain's speaker."""
    analysis = kronika.analyze(
        "President Lula sharply criticised Italy's prime minister and called off a state visit "
        "after she rejected his plan for a trade accord.", published="2024-05-02")
    names = {a.id: a.name for a in analysis.actors}
    rejected = [e for e in analysis.events if e.type == "REJECT"]
    assert rejected and names.get(rejected[0].source) == "Giorgia Meloni"
