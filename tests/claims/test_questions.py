"""A yes/no question asks whether someone knows, thinks or said something; it reports no
one's words. A question word takes the saying as done ("Why did he say that?")."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize("text", [
    pytest.param("Do you know where the relief money went?", id="do-you-know"),
    pytest.param("Would voters really think she lied about the dam?", id="would-think"),
    pytest.param("Did the minister say the border would reopen?", id="did-say"),
    pytest.param("Or would you believe the army had no part in it?", id="or-would-believe"),
])
def test_a_yes_no_question_reports_nothing(nlp, text):
    doc = nlp(text)
    assert [c.cue for c in extract_claims(doc)] == []


@pytest.mark.parametrize(("text", "cue"), [
    pytest.param("Why did the minister say the border would reopen?", "say", id="why"),
    pytest.param("The minister said the border would reopen.", "said", id="statement"),
    pytest.param("She asked: do you know where the money went?", "asked", id="asked"),
])
def test_other_sentences_keep_their_claims(nlp, text, cue):
    doc = nlp(text)
    assert cue in [c.cue for c in extract_claims(doc)]
