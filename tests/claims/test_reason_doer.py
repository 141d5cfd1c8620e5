"""In "V someone for doing X" the one fined, expelled or criticised is the one who did X:
the speaker of a cue in a "for" gerund is the verb's object, or its subject when it has none."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    pytest.param("The court fined the editor for refusing to name his sources.", "refusing",
                 "the editor", id="fined"),
    pytest.param("The party expelled two senators for refusing to back the budget.",
                 "refusing", "two senators", id="expelled"),
    pytest.param("On Monday the committee held the former aide in contempt for refusing to "
                 "testify.", "refusing", "the former aide", id="contempt"),
    pytest.param("The senator apologized for saying that the strike was illegal.", "saying",
                 "The senator", id="no-object"),
])
def test_the_one_the_reason_is_given_for_speaks(nlp, text, cue, speaker):
    doc = nlp(text)
    assert [c.speaker_text(text) for c in extract_claims(doc) if c.cue == cue] == [speaker]
