"""Obligations told by a speaker are demands: which clauses count, on the real model."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.events.demands import obligation_speech, speech_verbs, under_obligation


def test_speech_verbs_come_from_the_cue_file() -> None:
    assert {"say", "insist", "warn"} <= speech_verbs()


@pytest.mark.parametrize(
    ("text", "act", "speaker"),
    [
        ("Russia said that Sudan must return the helicopter.", "return", "said"),
        ("Iran insisted the inspectors should leave.", "leave", "insisted"),
        # no speaker: an obligation the article itself states is no one's demand
        ("Sudan must return the helicopter.", "return", None),
        # no modal of obligation: a report of a plan, not a demand
        ("Russia said that Sudan will return the helicopter.", "return", None),
    ],
)
def test_obligation_speech(nlp: Language, text: str, act: str, speaker: str | None) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.text == act)
    found = obligation_speech(verb)
    assert (found.text if found is not None else None) == speaker


def test_act_under_readiness_is_demanded(nlp: Language) -> None:
    doc = nlp("Egypt said the United States must be ready to mediate.")
    assert under_obligation(next(t for t in doc if t.text == "mediate"))
