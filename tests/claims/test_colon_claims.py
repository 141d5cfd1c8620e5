"""A quotation after a colon that closes a clause: whose words it is, if anyone's."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize("text", [
    pytest.param('The plan has one flaw: "nobody will pay for it."', id="plan"),
    pytest.param('The new hospital has one problem: "there are no doctors to staff it."',
                 id="hospital"),
    pytest.param('Critics say the bill has a simple problem: "it protects the banks, not the '
                 'savers."', id="bill"),
])
def test_a_thing_that_has_what_a_quotation_names_says_nothing(nlp, text):
    doc = nlp(text)
    assert not any(c.cue in ("has", "have") for c in extract_claims(doc))


def test_a_person_may_have_words_for_someone(nlp):
    doc = nlp('The president had one demand: "Release the hostages now."')
    assert [c.speaker_text(doc.text) for c in extract_claims(doc) if c.cue == "had"] == [
        "The president"]
