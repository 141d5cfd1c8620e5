"""A phrase opening the sentence with no comma after it: the parser reads the speaker's name
as the last word of the phrase's noun and leaves the cue without a subject."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


def _claims(nlp, sentence: str) -> list[tuple[str | None, str]]:
    doc = nlp(sentence)
    return [(c.speaker_text(doc.text), doc.text[c.content_start:c.content_end])
            for c in extract_claims(doc) if c.cue == "said"]


@pytest.mark.parametrize(("sentence", "claim"), [
    pytest.param("At a news conference with reporters from the Dhaka Tribune Yunus said the vote "
                 "would be held in February.", ("Yunus", "the vote would be held in February"),
                 id="news-conference"),
    pytest.param("During a visit to the northern province of Kunduz Akhundzada said the schools "
                 "would stay shut.", ("Akhundzada", "the schools would stay shut"), id="visit"),
    pytest.param("At a rally in the city of Recife Lula said wages would rise.",
                 ("Lula", "wages would rise"), id="rally"),
])
def test_the_name_glued_to_the_opening_phrase_is_the_speaker(nlp, sentence, claim):
    assert _claims(nlp, sentence) == [claim]
