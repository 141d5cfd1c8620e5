"""Genre from the writer's voice: evaluative words and first person outside quotations."""

from __future__ import annotations

import pytest

from kronika.claims.genre import assessments, detect_genre, evaluative_cues, load_genre_cues

NEWS = ("Aid trucks reached El Fasher on Tuesday, the United Nations said. The convoy carried "
        "food and medicine for 40,000 people. The Rapid Support Forces agreed to a pause of "
        "three days. Sudan's army did not comment.")
OPINION = ("The tariff war was a blunder from the start. Washington should have negotiated "
           "with Beijing in the spring. Unfortunately, the White House chose threats. "
           "The new duties are pointless and, frankly, reckless. It is too late now.")
FIRST_PERSON = ("I have covered the Caucasus for twenty years. My view is simple. I do not "
                "expect Baku and Yerevan to sign a treaty this year. I hope I am wrong.")
QUOTED = ('"This is a shameful, reckless and pointless decision," the Indian foreign minister '
          'said. "Frankly, it is a blunder." Pakistan rejected the criticism on Monday. '
          "The border crossing stayed closed.")


@pytest.mark.parametrize(
    ("text", "given", "genre"),
    [
        (NEWS, "news", "news"),  # a plain report stays news
        (OPINION, "news", "opinion"),  # dense evaluation makes an opinion piece
        (FIRST_PERSON, "news", "opinion"),  # the writer speaking of themself
        (QUOTED, "news", "news"),  # evaluation inside quotations is the speaker's
        (NEWS, "analysis", "analysis"),  # a byline's genre is never overruled
        (NEWS, "opinion", "opinion"),
    ],
)
def test_detect_genre(nlp, text, given, genre):
    assert detect_genre(nlp(text), given) == genre


def test_evaluative_cues_take_the_longest_phrase_outside_quotes(nlp):
    doc = nlp(OPINION + " " + QUOTED)
    cues = [c.text for c in evaluative_cues(doc)]
    assert cues == ["blunder", "should have", "Unfortunately", "pointless", "frankly",
                    "reckless", "too late"]
    assert all(doc.text[c.start:c.end] == c.text for c in evaluative_cues(doc))


def test_assessments_are_sentences_with_their_first_cue(nlp):
    found = [(s.text, c.text) for s, c in assessments(nlp(OPINION))]
    assert found[0] == ("The tariff war was a blunder from the start.", "blunder")
    assert found[-1] == ("It is too late now.", "too late")
    assert len(found) == 5


def test_cues_load_as_lemma_tuples():
    cues = load_genre_cues()
    assert ("too", "late") in cues.evaluative
    assert "i" in cues.first_person
    assert 0 < cues.per_sentence < 1


@pytest.mark.parametrize(
    "text",
    [
        # what the writer says someone should do is the writer's recommendation
        "Brussels should tie new gas contracts to a signed treaty.",
        "The United States should restore the ban on military assistance to Baku.",
        "Ankara should open the border crossings before winter.",
    ],
)
def test_a_writers_should_is_an_assessment(nlp, text):
    assert [c.text for _, c in assessments(nlp(text))] == ["should"]
