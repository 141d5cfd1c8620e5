"""A sentence opened by "In" and a poll or survey reports the poll's findings."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


def _claims(nlp, text: str) -> list[tuple[str | None, str, str]]:
    doc = nlp(text)
    return [(c.speaker_text(doc.text), c.cue, c.content_text(doc.text))
            for c in extract_claims(doc)]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    pytest.param(
        "In the latest poll, President Ruto leads his rival by five points among likely "
        "voters.", "the latest poll",
        "President Ruto leads his rival by five points among likely voters", id="poll",
    ),
    pytest.param(
        "In this survey, the ruling party fell two points since the debate while the "
        "opposition rose.", "this survey",
        "the ruling party fell two points since the debate while the opposition rose",
        id="survey",
    ),
    pytest.param(
        "In one of the first polls after the debate, the president did not receive a bump.",
        "one of the first polls after the debate", "the president did not receive a bump",
        id="one-of-the-polls",
    ),
    pytest.param(
        "In the census, the population of Lagos was put at 15 million.", "the census",
        "the population of Lagos was put at 15 million", id="census",
    ),
])
def test_the_poll_is_the_source_of_its_findings(nlp, text, speaker, content):
    assert _claims(nlp, text) == [(speaker, "In", content)]


@pytest.mark.parametrize("text", [
    "In the village, the army burned houses.",
    "In the poll booth, the clerk counted the ballots.",
])
def test_other_opening_phrases_report_nothing(nlp, text):
    assert [c for c in _claims(nlp, text) if c[1] == "In"] == []


def test_a_cue_of_the_sentence_keeps_its_own_claim(nlp):
    claims = _claims(nlp, "In the survey, analysts said the economy would shrink.")
    assert [c[1] for c in claims] == ["said"]
