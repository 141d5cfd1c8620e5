"""A denial summed up in an appositive: "A accused B of X, a charge B denies"."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims

# sentence, the rejecter, the cue, what is denied
REBUTTALS = [
    pytest.param(
        "The ministry has accused Rwanda of arming the militia in the east, a charge Kigali "
        "denies.", "Kigali", "denies", "arming the militia in the east", id="charge-denies",
    ),
    pytest.param(
        "The agency accused the minister of taking bribes from a contractor — an allegation "
        "he denies.", "he", "denies", "taking bribes from a contractor", id="dash-allegation",
    ),
    pytest.param(
        "The president said foreign agents had funded the protests, a claim the embassy "
        "disputes.", "the embassy", "disputes", "foreign agents had funded the protests",
        id="claim-after-said",
    ),
    pytest.param(
        "Rebels burned three villages near the lake, a claim that the movement has strongly "
        "rejected.", "the movement", "rejected", "Rebels burned three villages near the lake",
        id="plain-clause-relative-that",
    ),
]


@pytest.mark.parametrize(("sentence", "speaker", "cue", "content"), REBUTTALS)
def test_the_rejecter_denies_the_act(nlp, sentence, speaker, cue, content):
    doc = nlp(sentence)
    claims = [c for c in extract_claims(doc) if c.cue == cue]
    assert [(c.speaker_text(doc.text), c.content_text(doc.text)) for c in claims] == [
        (speaker, content)]


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    pytest.param(
        "The president said foreign agents had funded the protests, a claim the embassy "
        "disputes.", "said", "foreign agents had funded the protests", id="said",
    ),
    pytest.param(
        "Officials say the convoy was hit by a drone, an account the rebels reject.", "say",
        "the convoy was hit by a drone", id="say-account",
    ),
    pytest.param(
        "The governor claimed that the vote had been rigged, an assertion the commission "
        "dismissed.", "claimed", "that the vote had been rigged", id="claimed-assertion",
    ),
])
def test_the_appositive_is_not_part_of_the_accusation(nlp, sentence, cue, content):
    doc = nlp(sentence)
    assert [c.content_text(doc.text) for c in extract_claims(doc) if c.cue == cue] == [content]
