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


@pytest.mark.parametrize(("text", "speakers"), [
    pytest.param("The Kenyan minister spoke for an hour. “Farmers say the rains came late, "
                 "and we agree.”", [], id="farmers-say"),
    pytest.param("Prices rose again in March, Nguyen said. \"The other question the central "
                 "bank may be asking is whether they will fall.\"", ["Nguyen"],
                 id="bank-may-be-asking"),
    pytest.param("“Lisbon will never be the city as we knew it, and that is fine,” said the "
                 "historian Rita Sousa.", ["the historian Rita Sousa"], id="as-we-knew-it"),
    pytest.param("The coach praised the new captain. “She showed again and again that the "
                 "players trust her.”", ["The coach"], id="free-standing-quotation"),
])
def test_a_claim_wholly_inside_a_quotation_is_part_of_it(nlp, text, speakers):
    doc = nlp(text)
    assert [c.speaker_text(text) for c in extract_claims(doc)] == speakers
