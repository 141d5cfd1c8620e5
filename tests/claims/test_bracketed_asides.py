"""A bracket after the speaker that holds a verb comments on the claim, not on who speaks; a
short bracket (a party and state, a gloss) is part of the name."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


def _speakers(nlp, text: str) -> list[str | None]:
    doc = nlp(text)
    return [c.speaker_text(text) for c in extract_claims(doc) if c.cue == "said"]


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Cutting the subsidy ''is a grave error,'' said Ms. Ortiz (a view shared by "
                 "every farmer I met).", "Ms. Ortiz", id="view-shared"),
    pytest.param("\"The port will reopen,\" said Captain Mendes (whose ship was turned "
                 "away twice).", "Captain Mendes", id="whose-ship"),
    pytest.param("The border is calm, said Colonel Diop (an account disputed by aid "
                 "groups).", "Colonel Diop", id="account-disputed"),
])
def test_a_bracket_with_a_verb_is_no_part_of_the_speaker(nlp, text, speaker):
    assert _speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("\"We will vote no,\" said Sen. Ana Ruiz (D-Ohio).", "Sen. Ana Ruiz (D-Ohio)",
                 id="party-state"),
    pytest.param("Several unions (the larger ones above all) said pay talks had failed.",
                 "Several unions (the larger ones above all)", id="gloss"),
])
def test_a_short_bracket_stays(nlp, text, speaker):
    assert _speakers(nlp, text) == [speaker]
