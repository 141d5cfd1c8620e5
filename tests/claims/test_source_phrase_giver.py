"""``according to a speech the minister gave``: the speech is the medium, the one who gave
it the speaker; a report someone merely obtained stays the source."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


def _speakers(nlp, sentence: str) -> list[str | None]:
    doc = nlp(sentence)
    return [c.speaker_text(doc.text) for c in extract_claims(doc)
            if c.cue.lower() == "according to"]


@pytest.mark.parametrize(("sentence", "speaker"), [
    pytest.param("The tariffs will stay until the talks end, according to a speech Prime "
                 "Minister Carney gave in Ottawa.", "Prime Minister Carney", id="speech-gave"),
    pytest.param("The border will reopen in May, according to a statement President Ruto "
                 "issued on Sunday.", "President Ruto", id="statement-issued"),
    pytest.param("The dam is safe, according to a letter the engineers wrote.", "the engineers",
                 id="letter-wrote"),
    pytest.param("According to a statement the Kenyan army released, two soldiers died.",
                 "the Kenyan army", id="statement-released-fronted"),
])
def test_the_giver_of_the_words_is_the_speaker(nlp, sentence, speaker):
    assert _speakers(nlp, sentence) == [speaker]


def test_a_report_someone_obtained_stays_the_source(nlp):
    assert _speakers(nlp, "The plant was never inspected, according to a report Reuters "
                          "obtained.") == ["a report Reuters obtained"]
