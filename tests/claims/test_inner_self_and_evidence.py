"""Inside someone's words, a thing that "shows" something is that speaker's evidence, and a
pronoun for the speaker reporting their own words is the same claim: only the outer claim is
kept. Someone else's act of saying inside a claim stays a chain, and a thing cited by the
text itself stays a source."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize(("text", "cue"), [
    pytest.param("The auditor general says an internal audit shows no funds went missing.",
                 "says", id="audit-shows"),
    pytest.param("Okafor said it underscores that the governor cannot be trusted.", "said",
                 id="it-underscores"),
    pytest.param("The ministry is saying that the flood figures prove the levees held.",
                 "saying", id="figures-prove"),
    pytest.param("Her lawyer added that the ruling suggests the court will side with them.",
                 "added", id="ruling-suggests"),
])
def test_a_thing_inside_someones_words_is_their_evidence(nlp, text, cue):
    doc = nlp(text)
    assert [c.cue for c in extract_claims(doc)] == [cue]


@pytest.mark.parametrize(("text", "cue"), [
    pytest.param("Mwangi said she instructed her staff to count the ballots again.", "said",
                 id="she-instructed"),
    pytest.param("The senator says he recalled warning the cabinet about the dam.", "says",
                 id="he-recalled"),
    pytest.param("Tanaka said he had told the cabinet that the dam was unsafe.", "said",
                 id="he-had-told"),
])
def test_a_speaker_reporting_their_own_words_is_one_claim(nlp, text, cue):
    doc = nlp(text)
    assert [c.cue for c in extract_claims(doc)] == [cue]


@pytest.mark.parametrize(("text", "cues"), [
    pytest.param("The mayor said the governor told him that the bridge would close.",
                 ["said", "told"], id="someone-else-told"),
    pytest.param("An internal audit shows that no funds went missing.", ["shows"],
                 id="audit-cited-by-the-text"),
    pytest.param("She said they warned the council about the landslide.",
                 ["said", "warned"], id="they-are-others"),
])
def test_other_voices_stay(nlp, text, cues):
    doc = nlp(text)
    assert [c.cue for c in extract_claims(doc)] == cues
