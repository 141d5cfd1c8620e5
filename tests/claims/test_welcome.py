"""To welcome a decision, a move or a truce is to take its side, a stance in words; to
welcome guests is to greet them, no claim."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize(("text", "speaker", "content"), [
    pytest.param("Norway welcomed the ceasefire in a statement on Sunday.", "Norway",
                 "the ceasefire", id="ceasefire"),
    pytest.param("Opposition leaders welcomed the court's verdict.", "Opposition leaders",
                 "the court's verdict", id="verdict"),
    pytest.param("Senators Ana Pérez and Luis Mora welcomed the move.",
                 "Senators Ana Pérez and Luis Mora", "the move", id="move"),
])
def test_welcoming_a_step_is_a_stance(nlp, text, speaker, content):
    doc = nlp(text)
    assert [(c.speaker_text(text), c.content_text(text)) for c in extract_claims(doc)
            if c.cue == "welcomed"] == [(speaker, content)]


@pytest.mark.parametrize("text", [
    pytest.param("The governor welcomed the delegation at the airport.", id="delegation"),
    pytest.param("Villagers welcomed the soldiers with flowers.", id="soldiers"),
])
def test_welcoming_guests_is_no_claim(nlp, text):
    doc = nlp(text)
    assert [c.cue for c in extract_claims(doc)] == []
