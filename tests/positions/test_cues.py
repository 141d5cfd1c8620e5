"""The word-level gate of the positions scan: which lemmas may express a stance at all."""

from __future__ import annotations

import pytest

from kronika.positions.cues import may_express

# an invented lexicon: one multiword verb cue, one verb cue, one noun cue
STANCES = {("call for", "VERB"): "demands", ("reject", "VERB"): "rejects",
           ("refusal", "NOUN"): "rejects"}


@pytest.mark.parametrize(
    ("lemma", "pos", "expected"),
    [
        ("call", "VERB", True),  # the first word of a multiword cue
        ("reject", "AUX", True),  # an auxiliary counts as a verb, as in stance_of
        ("refusal", "NOUN", True),
        ("reject", "NOUN", False),  # a cue of another part of speech
        ("talk", "VERB", True),  # raising: 'began to talk about X'
        ("table", "NOUN", False),
        ("refusal", "PROPN", False),  # no stance part of speech
    ],
)
def test_may_express(lemma: str, pos: str, expected: bool) -> None:
    assert may_express(lemma, pos, STANCES) is expected
