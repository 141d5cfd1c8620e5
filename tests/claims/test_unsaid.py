"""A cue in the bare form inside another claim tells what someone would, should or did not
say: no act of saying that took place, so no claim of its own."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize(("text", "cue"), [
    pytest.param("The minister said she would ask the governor why the dam had failed.", "said",
                 id="would-ask"),
    pytest.param("The union urged members to call on the government to raise wages.", "urged",
                 id="to-call-on"),
    pytest.param("Okafor said the party should tell voters that the tax will fall.", "said",
                 id="should-tell"),
    pytest.param("The envoy said Kenya did not tell the rebels that the talks were over.",
                 "said", id="did-not-tell"),
    pytest.param("The mayor said he will announce that the market reopens on Monday.", "said",
                 id="will-announce"),
])
def test_only_the_wider_claim_is_kept(nlp, text, cue):
    doc = nlp(text)
    assert [c.cue for c in extract_claims(doc)] == [cue]


def test_a_report_that_took_place_inside_a_claim_is_kept(nlp):
    doc = nlp("The envoy said Kenya told the rebels that the talks were over.")
    assert [c.cue for c in extract_claims(doc)] == ["said", "told"]


def test_a_bare_cue_on_its_own_is_kept(nlp):
    doc = nlp("The mayor will announce that the market reopens on Monday.")
    assert [c.cue for c in extract_claims(doc)] == ["announce"]
