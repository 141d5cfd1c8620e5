"""A speaker's second act that the parser joined to a reported copular clause about a place
("said Greenland was not for sale and criticised a visit") is the speaker's: the content ends
before "and". A clause that goes on with its own subject or auxiliary stays what was said."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


def _said(nlp, text: str) -> str:
    claim = next(c for c in extract_claims(nlp(text)) if c.cue == "said")
    return claim.content_text(text)


@pytest.mark.parametrize(("text", "content"), [
    pytest.param("Danish Prime Minister Mette Frederiksen said on Friday that Greenland was "
                 "not for sale and criticised a visit by the American envoy to the base.",
                 "that Greenland was not for sale", id="criticised"),
    pytest.param("President Kagame said Rwanda was not a party to the war and blamed Kinshasa "
                 "for the fighting.", "Rwanda was not a party to the war", id="blamed"),
    pytest.param("Prime Minister Mark Carney said Canada was not for sale and condemned the "
                 "new tariffs.", "Canada was not for sale", id="condemned"),
])
def test_the_speakers_second_act_ends_the_content(nlp, text, content):
    assert _said(nlp, text) == content


@pytest.mark.parametrize(("text", "content"), [
    pytest.param("The minister said prices had risen and wages had fallen.",
                 "prices had risen and wages had fallen", id="own-subjects"),
    pytest.param("Officials said the army shelled the town and killed ten people.",
                 "the army shelled the town and killed ten people", id="clause-subject-acts"),
])
def test_what_goes_on_with_the_clause_stays(nlp, text, content):
    assert _said(nlp, text) == content


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    pytest.param("Foreign Minister Rosa Tapia said Venezuela was ready for talks and urged "
                 "Washington to lift the sanctions.", "urged", "Foreign Minister Rosa Tapia",
                 id="urged"),
    pytest.param("President Kagame said Rwanda was not a party to the war and called on "
                 "Kinshasa to disarm the militia.", "called on", "President Kagame",
                 id="called-on"),
    pytest.param("The Danish premier said Greenland was not for sale and demanded an apology "
                 "from Washington.", "demanded", "The Danish premier", id="demanded"),
])
def test_a_second_cue_after_a_place_described_is_the_speakers(nlp, text, cue, speaker):
    claim = next(c for c in extract_claims(nlp(text)) if c.cue == cue)
    assert text[claim.speaker_start:claim.speaker_end] == speaker
