"""Appositives that sum up a sentence: a denial ("..., a charge B denies") and a phrase after a
closing cue ("..., police said, the third raid this month")."""

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
    pytest.param(
        "Rights groups have accused soldiers of killing dozens of civilians in the village in "
        "2022, which the government denies.", "the government", "denies",
        "killing dozens of civilians in the village in 2022", id="closing-which",
    ),
    pytest.param(
        "The opposition says the police beat detained activists, which the interior ministry "
        "has repeatedly rejected.", "the interior ministry", "rejected",
        "the police beat detained activists", id="closing-which-after-says",
    ),
]


def test_a_which_clause_that_says_more_is_no_denial(nlp):
    doc = nlp("The army shelled the town, which the rebels had captured in May.")
    assert extract_claims(doc) == []


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


@pytest.mark.parametrize(("sentence", "speaker", "content"), [
    pytest.param(
        "Islamist militants killed at least 30 soldiers near the border, the army said in a "
        "statement on Monday, the deadliest assault on the military in months.", "the army",
        "Islamist militants killed at least 30 soldiers near the border", id="object-after-cue",
    ),
    pytest.param(
        "Armed separatists killed at least 14 police officers in the west, the interior ministry "
        "said in a statement on Tuesday, the deadliest attack on the force this year.",
        "the interior ministry", "Armed separatists killed at least 14 police officers in the "
        "west", id="appositive-on-first-subject",
    ),
    pytest.param(
        "Armed bandits kidnapped at least 25 travellers on the highway, police said, a sharp "
        "rise in abductions on the route.", "police",
        "Armed bandits kidnapped at least 25 travellers on the highway", id="phrase-as-root",
    ),
])
def test_a_phrase_after_a_closing_cue_is_not_what_was_said(nlp, sentence, speaker, content):
    doc = nlp(sentence)
    claims = [c for c in extract_claims(doc) if c.cue == "said"]
    assert [(c.speaker_text(doc.text), c.content_text(doc.text)) for c in claims] == [
        (speaker, content)]


@pytest.mark.parametrize(("sentence", "content"), [
    pytest.param(
        "The president called on Washington and Paris, which oversee the ceasefire, to pressure "
        "Israel to stop its attacks.", "Washington and Paris, which oversee the ceasefire, to "
        "pressure Israel to stop its attacks", id="conjoined-which",
    ),
    pytest.param(
        "The mayor called on residents, who have endured weeks of shelling, to stay indoors.",
        "residents, who have endured weeks of shelling, to stay indoors", id="who",
    ),
    pytest.param(
        "Activists called on the European Union, which buys most of the timber, to ban imports "
        "from the region.", "the European Union, which buys most of the timber, to ban imports "
        "from the region", id="organisation-which",
    ),
])
def test_an_appeal_goes_on_past_a_relative_clause_on_the_one_asked(nlp, sentence, content):
    doc = nlp(sentence)
    claims = [c for c in extract_claims(doc) if c.cue.startswith("called")]
    assert [c.content_text(doc.text) for c in claims] == [content]


@pytest.mark.parametrize(("sentence", "first", "second", "asked"), [
    pytest.param(
        "Prime Minister Ana Ruiz said her cabinet was committed to bringing all militias under "
        "state control and urged the rebels to disarm.", "her cabinet was committed to bringing "
        "all militias under state control", "urged", "the rebels to disarm", id="passive-inner",
    ),
    pytest.param(
        "The health minister says the border is closed to all trucks and urges traders to use "
        "the port.", "the border is closed to all trucks", "urges", "traders to use the port",
        id="present",
    ),
    pytest.param(
        "The commission said the vote would be delayed by a week and asked voters to stay "
        "calm.", "the vote would be delayed by a week", "asked", "voters to stay calm",
        id="modal-inner",
    ),
])
def test_a_second_cue_in_the_speakers_form_is_the_speakers_act(nlp, sentence, first, second,
                                                               asked):
    doc = nlp(sentence)
    claims = extract_claims(doc)
    speaker = claims[0].speaker_text(doc.text)
    assert [(c.speaker_text(doc.text), c.cue, c.content_text(doc.text)) for c in claims] == [
        (speaker, claims[0].cue, first), (speaker, second, asked)]


@pytest.mark.parametrize(("sentence", "speaker", "first", "second", "asked"), [
    pytest.param(
        "President Ana Ruiz said Peru would ask the regional court to rule on the border and "
        "urged the United Nations to send observers.", "President Ana Ruiz",
        "Peru would ask the regional court to rule on the border", "urged",
        "the United Nations to send observers", id="infinitive-inner",
    ),
    pytest.param(
        "Foreign Minister Tomas Varga said Hungary would try to persuade the bank to drop the "
        "loan and called on Brussels to review the deal.", "Foreign Minister Tomas Varga",
        "Hungary would try to persuade the bank to drop the loan", "called on",
        "Brussels to review the deal", id="infinitive-inner-phrasal",
    ),
    pytest.param(
        "Governor Amina Bello said the continued closure of the bridge was a disgrace and "
        "called on the army to reopen it.", "Governor Amina Bello",
        "the continued closure of the bridge was a disgrace", "called on",
        "the army to reopen it", id="mute-subject-phrasal",
    ),
    pytest.param(
        "The mayor said there was no water in the camps and called for an airlift.",
        "The mayor", "there was no water in the camps", "called for", "an airlift",
        id="expletive-subject",
    ),
])
def test_a_cue_hung_inside_the_content_is_the_speakers_act(nlp, sentence, speaker, first,
                                                          second, asked):
    doc = nlp(sentence)
    got = [(c.speaker_text(doc.text), c.cue, c.content_text(doc.text))
           for c in extract_claims(doc)]
    assert got == [(speaker, "said", first), (speaker, second, asked)]


def test_a_conjunct_in_the_contents_form_stays_in_the_content(nlp):
    doc = nlp("The general said his troops had crossed the river and captured the bridge.")
    assert [c.content_text(doc.text) for c in extract_claims(doc)] == [
        "his troops had crossed the river and captured the bridge"]


@pytest.mark.parametrize("sentence", [
    pytest.param("But when the council cut the grant a year later, the mayor said enough.",
                 id="subordinate-clause"),
    pytest.param("Speaking to farmers in the valley on Monday, the minister responded to the "
                 "critics of the plan.", id="participial-opener"),
])
def test_a_side_clause_before_the_speaker_is_not_what_was_said(nlp, sentence):
    doc = nlp(sentence)
    lead = sentence.split(",")[0]
    assert not any(c.content_text(doc.text).startswith(lead.split()[0])
                   for c in extract_claims(doc))


@pytest.mark.parametrize(("sentence", "speaker", "cue", "content"), [
    pytest.param("The government says the reform will create jobs, a claim rejected by union "
                 "leaders.", "union leaders", "rejected", "the reform will create jobs",
                 id="passive-claim-rejected-by"),
    pytest.param("Officials said the dam was safe, a claim that has been disputed by farmers in "
                 "the valley.", "farmers in the valley", "disputed", "the dam was safe",
                 id="passive-relative-disputed-by"),
    pytest.param("The junta accused the students of arson, an allegation rejected by the "
                 "student union.", "the student union", "rejected", "arson",
                 id="passive-allegation-rejected-by"),
])
def test_a_passive_rejecter_denies_the_act(nlp, sentence, speaker, cue, content):
    claims = extract_claims(nlp(sentence))
    claim = next(c for c in claims if c.cue == cue)
    assert (sentence[claim.speaker_start:claim.speaker_end],
            claim.content_text(sentence)) == (speaker, content)
    assert all(c.content_end <= claim.cue_start for c in claims if c is not claim)


@pytest.mark.parametrize(("sentence", "speaker", "cue", "content"), [
    pytest.param("Rebels burned three villages in Kivu, which was denied by the movement.",
                 "the movement", "denied", "Rebels burned three villages in Kivu",
                 id="closing-which-was-denied-by"),
    pytest.param("Monitors accused the militia of looting clinics, which has been rejected by "
                 "its commanders.", "its commanders", "rejected", "looting clinics",
                 id="closing-which-has-been-rejected-by"),
    pytest.param("The opposition says ballots were burned in Kano, which is disputed by the "
                 "electoral commission.", "the electoral commission", "disputed",
                 "ballots were burned in Kano", id="closing-which-is-disputed-by"),
])
def test_a_closing_passive_which_denies_the_act(nlp, sentence, speaker, cue, content):
    claim = next(c for c in extract_claims(nlp(sentence)) if c.cue == cue)
    assert (sentence[claim.speaker_start:claim.speaker_end],
            claim.content_text(sentence)) == (speaker, content)
