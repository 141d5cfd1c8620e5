"""In "a video of X saying Y" the one the picture is of speaks, not the picture."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    pytest.param("The campaign released a video of Kagame saying the border would reopen.",
                 "saying", "Kagame", id="video-saying"),
    pytest.param("The ruling party posted a video of Modi promising free grain to every "
                 "family.", "promising", "Modi", id="video-promising"),
    pytest.param("Local media showed a clip of Tshisekedi saying the army would not retreat.",
                 "saying", "Tshisekedi", id="clip-inside-a-claim"),
    # the parse makes the picture the participle's subject, or hangs the participle on the
    # verb that shows the picture: the one pictured still speaks
    pytest.param('The documentary closes with a clip of the Peruvian senator saying, "We were '
                 'never told the truth."', "saying", "the Peruvian senator", id="clip-subject"),
    pytest.param("The broadcaster aired video of the Thai general insisting that the coup had "
                 "saved lives.", "insisting", "the Thai general", id="aired-video"),
    pytest.param("A new spot features a recording of Senator Moreau promising that no hospital "
                 "would close.", "promising", "Senator Moreau", id="recording"),
])
def test_the_one_depicted_speaks(nlp, text, cue, speaker):
    doc = nlp(text)
    speakers = [doc.text[c.speaker_start : c.speaker_end] for c in extract_claims(doc)
                if c.cue == cue]
    assert speakers == [speaker]


def test_a_statement_saying_speaks_for_itself(nlp):
    doc = nlp("The campaign released a statement saying the border would reopen.")
    speakers = [doc.text[c.speaker_start : c.speaker_end] for c in extract_claims(doc)
                if c.cue == "saying"]
    assert speakers == ["a statement"]
