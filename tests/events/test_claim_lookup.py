"""The claim an event is reported in: found without scanning every claim's sentence.

Nested reported speech once made this lookup cubic (every trigger x every enclosing claim x
every token of the sentence): 8 KB of 'He said "...' took half a minute.
"""

from __future__ import annotations

import sys

import pytest

from kronika.actors.resolve import resolve_actors
from kronika.claims import extract_claims
from kronika.claims.records import to_claims
from kronika.events import extract
from kronika.pipeline import load_all

NESTED = 'He said "Russia attacked Kyiv and ' * 40


def parsed_claims(nlp, text: str):
    """The parsed text and its claims, as the events stage receives them."""
    doc = nlp(text)
    know = load_all()
    index = resolve_actors(doc, nlp, know.kb, know.gazetteer, None)
    return doc, to_claims(doc, "d", extract_claims(doc), index)


def naive_frames(trigger, claim) -> bool:
    """The definition frames_claim implements, by brute force over the sentence."""
    if not claim.cue:
        return False
    first = claim.cue.split()[0].lower()
    return any(
        claim.content_start <= cue.idx < claim.content_end and trigger in cue.ancestors
        for cue in trigger.sent
        if cue.lower_ == first
    )


def lookup_steps(nlp, text: str) -> int:
    """Lines the claim lookup executes for every word of ``text``: a count of work, not a
    time, so the test cannot be flaky."""
    doc, claims = parsed_claims(nlp, text)
    steps = 0

    def count(frame, event, arg):
        nonlocal steps
        steps += 1
        return count

    sys.settrace(lambda frame, event, arg: count)
    try:
        for token in doc:
            extract.claim_around(token, claims)
    finally:
        sys.settrace(None)
    return steps


def test_nested_speech_lookup_is_not_cubic(nlp):
    # doubling the nesting at most quadruples the work (it was eight times: cubic)
    small, large = lookup_steps(nlp, NESTED[: len(NESTED) // 2]), lookup_steps(nlp, NESTED)
    assert small > 0 and large / small < 5


@pytest.mark.parametrize(
    "text",
    [
        NESTED[: len(NESTED) // 5],
        "Iran summoned the envoy to complain about the attack on its embassy, officials said.",
        '"Russia attacked Kyiv," Zelensky said, adding that Moscow will strike again.',
    ],
)
def test_frames_claim_matches_its_definition(nlp, text):
    doc, claims = parsed_claims(nlp, text)
    assert claims
    for token in doc:
        for claim in claims:
            assert extract.frames_claim(token, claim) == naive_frames(token, claim)
