"""Attributions the cue rules read through a misleading parse: a state of mind in participle
form, an "as" aside that splits its host clause, a report noun owned by the name in front of
it, a reported clause that goes on after a colon, a cue in a subordinate clause (which
reports nothing of its host), and the writer's own remarks ("it is worth noting", "let's say").
"""

from __future__ import annotations

import pytest

from kronika.claims import ClaimSpan, extract_claims


def claim_of(nlp, sentence: str, cue: str) -> ClaimSpan:
    """The one claim of a sentence cued by ``cue``."""
    found = [c for c in extract_claims(nlp(sentence)) if c.cue == cue]
    assert len(found) == 1, [(c.cue, c.content_text(sentence)) for c in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue", "content"),
    [
        ("The rebels are convinced that the ceasefire will collapse.",
         "The rebels", "convinced", "that the ceasefire will collapse"),
        ("The union was frustrated that talks had stalled.",
         "The union", "frustrated", "that talks had stalled"),
        ("The minister was persuaded that the plan would work.",
         "The minister", "persuaded", "that the plan would work"),
        ("The committee was dismayed that the funds had vanished.",
         "The committee", "dismayed", "that the funds had vanished"),
    ],
)
def test_state_of_mind_participle_is_its_subjects_view(nlp, sentence, speaker, cue, content):
    claim = claim_of(nlp, sentence, cue)
    assert claim.speaker_text(sentence) == speaker
    assert claim.content_text(sentence) == content
    assert claim.cue_kind == "belief"


def test_participle_with_an_object_stays_a_verb(nlp):
    sentence = "He had convinced the board that the merger was wise."
    claim = claim_of(nlp, sentence, "convinced")
    assert claim.speaker_text(sentence) == "He"
    assert claim.cue_kind == "speech"


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue", "content"),
    [
        ("Officials dismissed a Reuters report that the envoy had quit.",
         "Reuters", "report", "that the envoy had quit"),
        ("The White House statement that talks would resume surprised Moscow.",
         "White House", "statement", "that talks would resume"),
        ("A Pentagon assessment that the strikes had failed was leaked.",
         "Pentagon", "assessment", "that the strikes had failed"),
    ],
)
def test_name_in_front_of_a_report_noun_owns_it(nlp, sentence, speaker, cue, content):
    claim = claim_of(nlp, sentence, cue)
    assert claim.speaker_text(sentence) == speaker
    assert claim.content_text(sentence) == content


def test_report_noun_with_a_relative_clause_is_no_claim(nlp):
    sentence = "The claim that the minister made was false."
    assert not [c for c in extract_claims(nlp(sentence)) if c.cue == "claim"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        ("The drought, as several farmers noted, has lasted three years.",
         "several farmers", "noted"),
        ("The minister, as aides said, resigned on Monday.", "aides", "said"),
        ("The hospitals in Gaza, as aid workers have warned for weeks, are running out of fuel.",
         "aid workers", "warned"),
    ],
)
def test_aside_inside_its_host_keeps_the_hosts_subject(nlp, sentence, speaker, cue):
    claim = claim_of(nlp, sentence, cue)
    assert claim.speaker_text(sentence) == speaker
    assert claim.content_text(sentence) == sentence.rstrip(".")


def test_aside_after_a_fronted_phrase_leaves_the_phrase_out(nlp):
    sentence = "In Gaza, as aid workers have warned, the hospitals are running out of fuel."
    claim = claim_of(nlp, sentence, "warned")
    assert claim.content_text(sentence) == "the hospitals are running out of fuel"


COLON_CASES = [
    (("The minister noted that three things were happening at once: prices were rising, wages "
     "were falling and rents were soaring."),
     "noted", ("that three things were happening at once: prices were rising, wages were "
     "falling and rents were soaring")),
    ("The envoy said the plan had one flaw: it ignored the refugees.",
     "said", "the plan had one flaw: it ignored the refugees"),
    (("The mayor said the city faced a simple choice: it could borrow money or it could close "
     "schools."),
     "said", "the city faced a simple choice: it could borrow money or it could close schools"),
    (("The general warned that the army had one problem: its soldiers had not been paid for "
     "months."),
     "warned", "that the army had one problem: its soldiers had not been paid for months"),
]


@pytest.mark.parametrize(("sentence", "cue", "content"), COLON_CASES)
def test_reported_clause_goes_on_after_its_colon(nlp, sentence, cue, content):
    assert claim_of(nlp, sentence, cue).content_text(sentence) == content


def test_colon_in_a_later_sentence_is_not_part_of_the_claim(nlp):
    sentence = "The minister noted that prices were rising. Wages: falling."
    assert claim_of(nlp, sentence, "noted").content_text(sentence) == "that prices were rising"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (("The dispute centers on the removal of voters from the rolls because they did not "
         "respond to letters from the election board."), "did not respond"),
        ("The talks collapsed after the envoy complained bitterly.", "complained"),
        ("The curfew was lifted because residents protested loudly.", "protested"),
        ("The vote was delayed until the opposition agreed.", "agreed"),
    ],
)
def test_subordinate_clause_does_not_report_its_host(nlp, sentence, cue):
    assert not [c for c in extract_claims(nlp(sentence)) if c.cue == cue]


def test_as_aside_still_reports_its_host(nlp):
    sentence = "The war is over, as the general said."
    assert claim_of(nlp, sentence, "said").content_text(sentence) == "The war is over"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("It's worth noting that the bridge reopened only last spring.", "noting"),
        ("It is worth noting that the ceasefire was signed in Doha.", "noting"),
        ("It is worth remembering that the army once ruled the country.", "remembering"),
        ("Let's focus on understanding why the harvest failed in the north.",
         "understanding"),
        ("Let us assume that the talks fail.", "assume"),
    ],
)
def test_writers_own_remark_has_no_claim(nlp, sentence, cue):
    assert not [c for c in extract_claims(nlp(sentence)) if c.cue == cue]


def test_supposition_leaves_the_belief_inside_it(nlp):
    sentence = "Let's say you think the dam will cost $40 million by 2030."
    (claim,) = extract_claims(nlp(sentence))
    assert (claim.cue, claim.speaker_text(sentence)) == ("think", "you")
    assert claim.content_text(sentence) == "the dam will cost $40 million by 2030"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The minister said the meeting would start at 3:30 p.m., and he left early.",
         "the meeting would start at 3:30 p.m."),
        ("The minister noted that the odds were 3:1 against a deal, and he left.",
         "that the odds were 3:1 against a deal"),
    ],
)
def test_colon_of_a_time_or_ratio_announces_nothing(nlp, sentence, content):
    (claim,) = extract_claims(nlp(sentence))
    assert claim.content_text(sentence) == content
