"""Where a speaker phrase begins and ends when the parser joins it to the words around it."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


def _speakers(nlp, sentence: str, cue: str) -> list[str]:
    doc = nlp(sentence)
    return [c.speaker_text(doc.text) for c in extract_claims(doc) if c.cue == cue]


@pytest.mark.parametrize(("sentence", "cue", "speaker"), [
    pytest.param(
        "Since the coup, Colonel Goita, the junta leader, has said elections will wait.",
        "said", "Colonel Goita, the junta leader,", id="object-of-since-taken-for-subject",
    ),
    pytest.param(
        "After the fall of Kabul, General Smith, the former commander, said the withdrawal "
        "was rushed.", "said", "General Smith, the former commander,",
        id="name-hung-on-the-opening-phrase",
    ),
    pytest.param(
        "Since the coup, General Tiani, the junta chief, has said elections will wait.",
        "said", "General Tiani, the junta chief,", id="name-read-as-a-second-conjunct",
    ),
    pytest.param(
        "After the fall of Goma, General Makenga, the rebel commander, said the city was calm.",
        "said", "General Makenga", id="name-and-its-aside-hung-on-the-opening-phrase",
    ),
    pytest.param(
        "With 30 days until the referendum, Peter Mwangi, a senior adviser to the governor, "
        "called the result \"a wake-up call\" to his base.", "called",
        "Peter Mwangi, a senior adviser to the governor,", id="with-days-until",
    ),
    pytest.param(
        "To understand the real Sitting Bull, Professor Dana Hill said, one should read his "
        "letters.", "said", "Professor Dana Hill", id="object-of-opening-infinitive",
    ),
])
def test_the_opening_phrase_is_no_part_of_the_speaker(nlp, sentence, cue, speaker):
    assert _speakers(nlp, sentence, cue) == [speaker]


def test_a_subject_after_its_opening_phrase_stays_whole(nlp):
    assert _speakers(nlp, "Until the ceasefire, Minister Haddad, the chief negotiator, said "
                          "talks would continue.", "said") == [
        "Minister Haddad, the chief negotiator,"]


@pytest.mark.parametrize(("sentence", "cue", "speaker"), [
    pytest.param(
        "The debate over oil in the delta is also predictable - Governor Ahmed Bello has "
        "vowed to bring back lost jobs.", "vowed", "Governor Ahmed Bello", id="spaced-dash",
    ),
    pytest.param(
        "The outcome is clear - President Ruto has vowed to veto the bill.", "vowed",
        "President Ruto", id="after-is-clear",
    ),
    pytest.param(
        "The reaction was swift - Minister Amina Said said the law would be repealed.", "said",
        "Minister Amina Said", id="after-was-swift",
    ),
    pytest.param(
        "The vote was close -- Senator Achieng Otieno said the count would be challenged.",
        "said", "Senator Achieng Otieno", id="double-dash",
    ),
    pytest.param(
        "BRUSSELS - European leaders said the deal was close.", "said", "European leaders",
        id="dateline",
    ),
])
def test_words_before_a_dash_are_no_part_of_the_speaker(nlp, sentence, cue, speaker):
    assert _speakers(nlp, sentence, cue) == [speaker]


@pytest.mark.parametrize(("sentence", "speaker"), [
    pytest.param("President Ruto, like Obama, said the port would stay public.",
                 "President Ruto", id="like"),
    pytest.param("Governor Sanwo-Olu, unlike his rival, said the tolls would stay.",
                 "Governor Sanwo-Olu", id="unlike"),
    pytest.param("Chancellor Scholz, like President Macron, said Europe must rearm.",
                 "Chancellor Scholz", id="like-president"),
    pytest.param("Chancellor Scholz, like President Biden, said the deal was fair.",
                 "Chancellor Scholz", id="like-another-president"),
    pytest.param("The Kenyan minister, like her French counterpart, said the pact was fair.",
                 "The Kenyan minister", id="like-counterpart"),
])
def test_a_comparison_set_off_by_commas_is_no_part_of_the_speaker(nlp, sentence, speaker):
    assert _speakers(nlp, sentence, "said") == [speaker]


@pytest.mark.parametrize("sentence", [
    "Everything Ruto says is spin until someone checks it.",
    "Everything Ruto says about the port is false.",
    "Everything Ruto says turns out to be true.",
])
def test_what_is_said_is_no_part_of_the_speaker(nlp, sentence):
    assert _speakers(nlp, sentence, "says") in ([], ["Ruto"])


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Both Ruto and Odinga say the vote was fair.", "Ruto and Odinga",
                 id="both-names"),
    pytest.param("Both Lagos and Abuja say the fuel subsidy must end.", "Lagos and Abuja",
                 id="both-cities"),
    pytest.param("Both Kagame and Tshisekedi told reporters the talks would resume.",
                 "Kagame and Tshisekedi", id="both-told"),
])
def test_both_before_a_coordination_is_no_part_of_the_speaker(nlp, text, speaker):
    doc = nlp(text)
    claim = extract_claims(doc)[0]
    assert doc.text[claim.speaker_start : claim.speaker_end] == speaker


def test_both_as_the_head_of_the_phrase_stays(nlp):
    doc = nlp("Both sides say the talks failed.")
    claim = extract_claims(doc)[0]
    assert doc.text[claim.speaker_start : claim.speaker_end] == "Both sides"


@pytest.mark.parametrize(("sentence", "cue", "speaker"), [
    pytest.param("Modi this week also announced that India would send flood aid to Nepal.",
                 "announced", "Modi", id="this-week"),
    pytest.param("Macron this month also warned that the budget would need cuts.", "warned",
                 "Macron", id="this-month"),
    pytest.param("Lula this week also insisted that Brazil would stay neutral.", "insisted",
                 "Lula", id="insisted"),
])
def test_a_time_after_the_name_is_no_part_of_the_speaker(nlp, sentence, cue, speaker):
    assert _speakers(nlp, sentence, cue) == [speaker]


def test_a_time_that_names_the_speaker_stays(nlp):
    text = "A poll released last week found that most voters back the plan."
    assert _speakers(nlp, text, "found") == ["A poll released last week"]
