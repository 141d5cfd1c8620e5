"""A cue that opens a clause modifying a noun inside another claim's content describes the
thing the outer speaker means; it is no attribution of its own. A reported act of saying
(the outer cue's complement) stays a chain."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize(("text", "cue"), [
    pytest.param("Kamau said police have footage that shows the blast.", "said",
                 id="relative-shows"),
    pytest.param("The lawyer cited press reports alleging that the colonel had taken bribes.",
                 "cited", id="participle-alleging"),
    pytest.param("The minister said the 2 million dollars she says she raised will go to "
                 "schools.", "said", id="contact-clause-says"),
    pytest.param("Diallo said farmers who complain about the drought are lying.", "said",
                 id="relative-complain"),
])
def test_only_the_outer_claim_is_kept(nlp, text, cue):
    doc = nlp(text)
    assert [c.cue for c in extract_claims(doc)] == [cue]


@pytest.mark.parametrize(("text", "cues"), [
    pytest.param("The envoy said Kenya told the rebels that the talks were over.",
                 ["said", "told"], id="nested-told"),
    pytest.param("Farmers who say the dam failed want compensation.", ["say", "want"],
                 id="relative-outside-any-claim"),
])
def test_a_reported_act_or_a_free_relative_claim_stays(nlp, text, cues):
    doc = nlp(text)
    assert [c.cue for c in extract_claims(doc)] == cues
