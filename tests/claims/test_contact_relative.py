"""A relative clause with no "who" or "that" ("Residents the agency interviewed said ...")
belongs to the speaker phrase: the parser takes the clause's subject for a second subject of
the verb, but the noun the clause describes speaks, and the phrase runs to the cue."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Residents the agency interviewed in Dhaka said the water was unsafe.",
                 "Residents the agency interviewed in Dhaka", id="clause-on-the-cue"),
    pytest.param("Doctors the broadcaster contacted in Khartoum said the hospitals had run out "
                 "of fuel.", "Doctors the broadcaster contacted in Khartoum", id="with-a-place"),
    pytest.param("Several officials the commission tried to question about the Nairobi "
                 "contracts have refused to testify.",
                 "Several officials the commission tried to question about the Nairobi "
                 "contracts", id="cue-joined-to-the-clause"),
    pytest.param("Everyone I asked in Quito agreed that the curfew had failed.",
                 "Everyone I asked in Quito", id="pronoun-host"),
    pytest.param("KYIV The ministry said the bridge was closed.", "The ministry",
                 id="dateline-is-no-host"),
])
def test_the_described_noun_speaks(nlp, text, speaker):
    doc = nlp(text)
    speakers = [doc.text[c.speaker_start : c.speaker_end] for c in extract_claims(doc)]
    assert speakers == [speaker]
