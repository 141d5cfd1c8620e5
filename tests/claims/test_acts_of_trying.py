"""An effort or an attempt names an act of trying, not words: its owner is no speaker. A
decision or a plan with an infinitive still tells what someone means to do."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize("text", [
    pytest.param("Moscow's attempt to sway the vote in Moldova was exposed by auditors.",
                 id="attempt"),
    pytest.param("The union's efforts to block the pension law failed in the senate.",
                 id="efforts"),
    pytest.param("Volunteers joined the church's effort to rebuild the flooded school.",
                 id="effort"),
])
def test_an_act_of_trying_is_no_claim(nlp, text):
    doc = nlp(text)
    assert [c.cue for c in extract_claims(doc) if c.cue in ("attempt", "efforts", "effort")] \
        == []


def test_a_decision_still_tells_an_intent(nlp):
    doc = nlp("The minister's decision to resign surprised her party.")
    assert [c.cue for c in extract_claims(doc)] == ["decision"]
