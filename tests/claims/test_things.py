"""Cues with a literal sense for things ("link", "refer to", "point to") said of a thing."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize(("sentence", "cue"), [
    pytest.param("The new highway would run through the mountains, linking the port to the "
                 "capital.", "linking", id="route-participle"),
    pytest.param("The pipeline links the gas fields to the coast.", "links", id="pipe-finite"),
    pytest.param("Baku wants Yerevan to amend its constitution, which refers to the unification "
                 "of the region with Armenia.", "refers to", id="document-which"),
    pytest.param("The charter, which refers to the right of return, was signed in 1994.",
                 "refers to", id="document-subject-relative"),
])
def test_a_thing_is_no_speaker(nlp, sentence, cue):
    doc = nlp(sentence)
    assert [c for c in extract_claims(doc) if c.cue == cue] == []


@pytest.mark.parametrize(("sentence", "speaker", "cue"), [
    pytest.param("The report links the bombing to a cell in the south.", "The report", "links",
                 id="report"),
    pytest.param("The minister linked the attack to foreign agents.", "The minister", "linked",
                 id="person"),
    pytest.param("The ministry referred to the incident as an accident.", "The ministry",
                 "referred to", id="body"),
])
def test_people_and_reports_still_link(nlp, sentence, speaker, cue):
    doc = nlp(sentence)
    assert [c.speaker_text(doc.text) for c in extract_claims(doc) if c.cue == cue] == [speaker]
