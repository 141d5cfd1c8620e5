"""Cue verbs in a sense that says nothing, and the bounds of speaker and content in wire
copy: a time phrase after the cue, a closing speaker after a participle's object, a
contrasting "while" clause of another speaker."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


def claims_of(nlp, sentence: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, cue, content) of every claim of a sentence."""
    return [(c.speaker_text(sentence), c.cue, c.content_text(sentence))
            for c in extract_claims(nlp(sentence))]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        pytest.param("Sudan's army attacked RSF positions in Khartoum on Monday.", "attacked",
                     id="attacked-positions"),
        pytest.param("Ukrainian drones attacked Russian positions near Bakhmut.", "attacked",
                     id="attacked-positions-near"),
        pytest.param("Rebels attacked army positions overnight.", "attacked",
                     id="attacked-army-positions"),
        pytest.param("The army has ruled Myanmar since 2021.", "ruled", id="ruled-country"),
        pytest.param("The Taliban have ruled Afghanistan since August 2021.", "ruled",
                     id="ruled-since"),
        pytest.param("Iran, which backs Hezbollah, welcomed the ceasefire.", "backs",
                     id="backs-armed-group"),
        pytest.param("Russia backs the Wagner Group in Mali.", "backs", id="backs-group"),
        pytest.param("Norway and Cuba, which guarantee the talks, urged both sides to return "
                     "to the table.", "guarantee", id="guarantee-talks"),
    ],
)
def test_an_act_with_a_cue_verb_is_no_claim(nlp, sentence, cue):
    assert all(c[1] != cue for c in claims_of(nlp, sentence))


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        pytest.param("The senator attacked her position on abortion.", "attacked",
                     "her position on abortion", id="position-on"),
        pytest.param("The court ruled that the ban was unlawful.", "ruled",
                     "that the ban was unlawful", id="ruled-that"),
        pytest.param("The judge ruled the election invalid.", "ruled", "the election invalid",
                     id="ruled-verdict"),
        pytest.param("Egypt guaranteed that the crossing would stay open.", "guaranteed",
                     "that the crossing would stay open", id="guaranteed-that"),
        pytest.param("The senator backed the bill.", "backed", "the bill", id="backed-bill"),
    ],
)
def test_the_words_sense_stays_a_claim(nlp, sentence, cue, content):
    assert any(c[1] == cue and c[2] == content for c in claims_of(nlp, sentence))
