"""A naming through a free relative ("what X called Y") says only that the speaker used the
name: the claim's content is the name, never the relative clause that holds the speaker and
the cue."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize(("text", "cue", "content"), [
    pytest.param("The strike came two weeks after India hit what it called terrorist camps "
                 "in Pakistan.", "called", "terrorist camps", id="what-it-called"),
    pytest.param("Rwandan troops shelled what Kinshasa described as refugee shelters near "
                 "Goma.", "described", "refugee shelters near Goma", id="what-described-as"),
    pytest.param("The junta dissolved what the opposition called the last free newspaper in "
                 "Niamey.", "called", "the last free newspaper in Niamey", id="what-called-noun"),
])
def test_the_content_is_the_name(nlp, text, cue, content):
    claims = [c for c in extract_claims(nlp(text)) if c.cue == cue]
    assert [c.content_text(text) for c in claims] == [content]
