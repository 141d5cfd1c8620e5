"""An editor's note is the publication's word to its readers about the article: a cue in it
is no claim of the story."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize("note", [
    pytest.param("Editor’s note: The minister has repeatedly said the dam is safe, a claim "
                 "engineers dispute.", id="curly"),
    pytest.param("Editor's note: This story was updated after the army said\nthe convoy had "
                 "been attacked.", id="wrapped"),
    pytest.param("EDITORS' NOTE: The reporter's family has long argued that the mine should "
                 "close.", id="upper"),
])
def test_no_claim_in_an_editors_note(nlp, note):
    doc = nlp("Ruto said the tax would stay.\n\n" + note)
    assert [c.cue for c in extract_claims(doc)] == ["said"]


def test_the_story_after_a_note_paragraph_keeps_its_claims(nlp):
    doc = nlp("Editor's note: names were changed.\n\nThe mayor said the road would reopen.")
    assert [c.cue for c in extract_claims(doc)] == ["said"]
