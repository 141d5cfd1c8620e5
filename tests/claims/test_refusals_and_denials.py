"""A refusal to answer a question asserts nothing ("declined to say how many were held"),
while a denial of a charge says the charge is untrue ("has denied any wrongdoing"): a claim
whose content is the charge."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize("text", [
    pytest.param("The spokesman declined to say for how long the border with Chad would stay "
                 "closed.", id="for-how-long"),
    pytest.param("Police in Lagos refused to say how many protesters were arrested.",
                 id="how-many"),
    pytest.param("The Thai foreign ministry declined to say whether the envoy would return.",
                 id="whether"),
    pytest.param("The embassy in Bamako refused to disclose where the hostages were held.",
                 id="disclose-where"),
])
def test_a_refused_answer_is_no_claim(nlp, text):
    assert extract_claims(nlp(text)) == []


def test_a_refusal_of_a_stated_thing_stays(nlp):
    text = "The Peruvian bank refused to name the firms."
    assert [c.cue for c in extract_claims(nlp(text))] == ["refused"]


@pytest.mark.parametrize(("text", "content"), [
    pytest.param("The Slovak defence minister has denied any wrongdoing.", "any wrongdoing",
                 id="any-wrongdoing"),
    pytest.param("The Honduran mayor denied the charges against him.",
                 "the charges against him", id="the-charges"),
    pytest.param("The mining company denied any role in the spill on the Zambezi.",
                 "any role in the spill on the Zambezi", id="any-role"),
    pytest.param("Hezbollah denied involvement in the bombing.", "involvement in the bombing",
                 id="involvement"),
])
def test_a_denied_charge_is_the_content(nlp, text, content):
    claims = extract_claims(nlp(text))
    assert [(c.cue, c.content_text(text)) for c in claims] == [("denied", content)]


@pytest.mark.parametrize("text", [
    pytest.param("The court in Nairobi denied bail.", id="bail"),
    pytest.param("Border guards denied the reporters entry.", id="dative"),
])
def test_a_thing_withheld_is_no_claim(nlp, text):
    assert extract_claims(nlp(text)) == []
