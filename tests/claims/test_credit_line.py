"""A label followed by a name only ("Source: NATO.") credits where something came from; it is
no transcript turn or headline quotation."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize("text", [
    pytest.param("Prices keep rising.\nSource: Kenya National Bureau of Statistics.",
                 id="bureau"),
    pytest.param("Oil output fell.\nSources: OPEC and the IEA.", id="two-sources"),
    pytest.param("Unemployment doubled.\nSource: Statistics South Africa", id="no-stop"),
])
def test_a_credit_line_is_no_claim(nlp, text):
    assert extract_claims(nlp(text)) == []


def test_a_transcript_turn_stays(nlp):
    doc = nlp("MERKEL: Europe must stand together.")
    assert [c.content_text(doc.text) for c in extract_claims(doc)] == [
        "Europe must stand together."]
