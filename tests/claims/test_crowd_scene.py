"""An "as"/"while" clause of a crowd's act in the street that closes a reported clause
("said the law would stand as thousands marched") is the writer's scene of the saying, not
part of what was said; a clause of the speaker's reasoning ("as demand grew") stays."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


def _said(nlp, text: str) -> str:
    claim = next(c for c in extract_claims(nlp(text)) if c.cue == "said")
    return claim.content_text(text)


@pytest.mark.parametrize(("text", "content"), [
    pytest.param("The Georgian president said the law would stand as thousands marched in "
                 "Tbilisi.", "the law would stand", id="as-marched"),
    pytest.param("The governor said order had returned, as hundreds of students rallied "
                 "outside the palace.", "order had returned", id="comma-as-rallied"),
    pytest.param("Kenyatta said the tax would stay while crowds were protesting in Nairobi.",
                 "the tax would stay", id="while-protesting"),
])
def test_the_crowd_scene_is_left_out(nlp, text, content):
    assert _said(nlp, text) == content


def test_the_speakers_reasoning_stays(nlp):
    text = "The central bank said prices would rise as demand grew."
    assert _said(nlp, text) == "prices would rise as demand grew"
