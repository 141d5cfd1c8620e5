"""A relative pronoun that stands for a thing with no voice ("rules that promise to ...") is
no speaker: the verb is said of the thing. One that stands for people, a body, a place that
acts as one, or a text that can be quoted stays."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize(("text", "cue"), [
    pytest.param("Farmers fear the new tariffs that promise to double the price of seed.",
                 "promise", id="tariffs-promise"),
    pytest.param("The campaign used slogans that described migrants as invaders.", "described",
                 id="slogans-described"),
    pytest.param("The region has a culture of secrecy that encourages officials to hide "
                 "mistakes.", "encourages", id="culture-encourages"),
    pytest.param("The port city suffers from floods that demand a costly response.", "demand",
                 id="floods-demand"),
])
def test_a_voiceless_thing_is_no_speaker(nlp, text, cue):
    doc = nlp(text)
    assert [c.cue for c in extract_claims(doc) if c.cue == cue] == []


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    pytest.param("Bogota joined a group of cities that support the ban on coal.", "support",
                 "that", id="cities-support"),
    pytest.param("Residents received a letter that says the water is unsafe.", "says", "that",
                 id="letter-says"),
    pytest.param("Farmers' groups, which have backed the strike, urged talks.", "backed",
                 "which", id="groups-backed"),
    pytest.param("Nurses are quitting, according to a survey which found that most plan to "
                 "leave.", "found", "which", id="survey-found"),
])
def test_voices_stay(nlp, text, cue, speaker):
    doc = nlp(text)
    assert [c.speaker_text(doc.text) for c in extract_claims(doc) if c.cue == cue] == [speaker]
