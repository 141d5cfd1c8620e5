"""Words in quotation marks are someone's own: a cue among them is part of those words,
inside a reported claim too, and it reports nothing outside the marks."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize(("text", "cues"), [
    pytest.param("The minister says critics focus on “who said this, who wrote that” instead "
                 "of the budget.", ["says"], id="fragment-in-reported-claim"),
    pytest.param("The coach blamed fans for “booing, whistling, she said, he said.”", [],
                 id="straddling-she-said"),
    pytest.param("The envoy dismissed the talks as “more of he said, she tweeted, they "
                 "denied.”", [], id="straddling-they-denied"),
    pytest.param("Voters are tired of “she said, he said” fights, the senator argued.",
                 ["argued"], id="tired-of"),
])
def test_a_cue_among_quoted_words_is_no_claim_of_its_own(nlp, text, cues):
    doc = nlp(text)
    assert [c.cue for c in extract_claims(doc)] == cues


def test_a_quotation_after_its_cue_stays(nlp):
    text = "The mayor said, “When the experts tell us the dam is unsafe, we listen.”"
    doc = nlp(text)
    assert [c.speaker_text(text) for c in extract_claims(doc)] == ["The mayor"]
