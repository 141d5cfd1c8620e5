"""'... after the envoy, in a letter, demanded X': a phrase set off by commas between the
object of "after"/"since"/"until" and a cue the parser hung on the main verb does not hide
who spoke; the object of the preposition opens a clause of time and is the cue's subject."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    pytest.param("Ruto has been targeting Odinga since Raila, at the Tuesday rally, cited old "
                 "remarks Ruto had made about him.", "cited", "Raila", id="since-at"),
    pytest.param("Talks stalled after the Danish envoy, in a letter to the council, demanded a "
                 "new vote.", "demanded", "the Danish envoy", id="after-in"),
    pytest.param("Fighting resumed after the rebel commander, on state radio, vowed to take the "
                 "airport.", "vowed", "the rebel commander", id="after-on"),
    pytest.param("The strike spread until the Bolivian miners union, in a statement, demanded "
                 "higher wages.", "demanded", "the Bolivian miners union", id="until-in"),
])
def test_the_object_of_the_time_word_speaks(nlp, text, cue, speaker):
    doc = nlp(text)
    speakers = [doc.text[c.speaker_start : c.speaker_end] for c in extract_claims(doc)
                if c.cue == cue]
    assert speakers == [speaker]
