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


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        pytest.param("Yemen's Houthi rebels said on Thursday they had fired two missiles at "
                     "Israel.", "they had fired two missiles at Israel", id="on-thursday"),
        pytest.param("The ministry said on Monday morning it would reopen the crossing.",
                     "it would reopen the crossing", id="on-monday-morning"),
        pytest.param("Police said last week the suspect had fled to Belgium.",
                     "the suspect had fled to Belgium", id="last-week"),
    ],
)
def test_a_time_phrase_after_the_cue_is_not_content(nlp, sentence, content):
    assert [c[2] for c in claims_of(nlp, sentence)] == [content]


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        pytest.param(
            "Myanmar's military carried out airstrikes on a village on Tuesday, killing at "
            "least 40 people, including children, residents and a local resistance group said.",
            "residents and a local resistance group",
            "Myanmar's military carried out airstrikes on a village on Tuesday, killing at "
            "least 40 people, including children", id="killing-including"),
        pytest.param(
            "A suicide bomber struck a market in Mogadishu, killing nine people, including a "
            "soldier, police and witnesses said.", "police and witnesses",
            "A suicide bomber struck a market in Mogadishu, killing nine people, including a "
            "soldier", id="no-subject-parse"),
        pytest.param(
            "Troops raided the camp at dawn, arresting 30 men, including a local imam, "
            "relatives and a rights group said.", "relatives and a rights group",
            "Troops raided the camp at dawn, arresting 30 men, including a local imam",
            id="arresting-including"),
        pytest.param(
            "Twelve people were killed, most of them farmers, a rebel group and local "
            "residents said.", "a rebel group and local residents",
            "Twelve people were killed, most of them farmers", id="quantified-aside"),
    ],
)
def test_closing_speaker_after_a_participle_object(nlp, sentence, speaker, content):
    assert claims_of(nlp, sentence) == [(speaker, "said", content)]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        pytest.param(
            "Kenya's President William Ruto said his country remained committed to leading "
            "the mission, while Washington called on the gangs to lay down their weapons.",
            "his country remained committed to leading the mission", id="while-called-on"),
        pytest.param(
            "The minister said the talks would resume next week, while the rebels insisted "
            "they would not attend.", "the talks would resume next week", id="while-insisted"),
        pytest.param(
            "Officials said the dam was safe, whereas engineers warned that cracks had "
            "appeared.", "the dam was safe", id="whereas-warned"),
    ],
)
def test_a_contrasting_claim_ends_the_content(nlp, sentence, content):
    assert claims_of(nlp, sentence)[0][2] == content


def test_a_contrast_with_no_cue_is_part_of_the_content(nlp):
    sentence = "He said prices rose, while wages fell."
    assert claims_of(nlp, sentence)[0][2] == "prices rose, while wages fell"
