"""A relative clause set off by commas that reports what the speaker said or thought ("who
stressed that ...") is a claim of its own, not part of the speaker phrase; one that tells who
the speaker is ("who heads the union") stays in it."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


def _speakers(nlp, text: str, cue: str) -> list[str | None]:
    doc = nlp(text)
    return [c.speaker_text(doc.text) for c in extract_claims(doc) if c.cue == cue]


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    pytest.param("Ms. Achieng, who stressed that the clinics were short of staff, said the "
                 "strike must end.", "said", "Ms. Achieng", id="stressed-that"),
    pytest.param("The premier, who knew that the vote would fail, told his ministers to "
                 "wait.", "told", "The premier", id="knew-that"),
    pytest.param("\"We are ready,\" said Colonel Diouf, who insisted that the border was "
                 "calm.", "said", "Colonel Diouf", id="insisted-that"),
])
def test_a_reporting_relative_clause_is_no_part_of_the_speaker(nlp, text, cue, speaker):
    assert _speakers(nlp, text, cue) == [speaker]


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    pytest.param("Ana Ruiz, who heads the nurses' union, said the strike would go on.", "said",
                 "Ana Ruiz, who heads the nurses' union,", id="heads"),
    pytest.param("Rahman, who served as envoy to Nepal, said the talks had stalled.", "said",
                 "Rahman, who served as envoy to Nepal,", id="served"),
])
def test_a_relative_clause_of_identity_stays(nlp, text, cue, speaker):
    assert _speakers(nlp, text, cue) == [speaker]
