"""A transcript turn quoted over several paragraphs, each opened with a quotation mark and
left open, runs until the next turn or stage note."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims

TURNS = [
    pytest.param('"MOYO: The rains failed twice.\n\n"But the government moved too slowly.\n\n'
                 '"HOST: Minister, we must stop there.',
                 'The rains failed twice.\n\n"But the government moved too slowly.', id="host"),
    pytest.param('"OKAFOR: Our troops held the bridge.\n\n"The rebels fled north at dawn.\n\n'
                 '"(CROSSTALK.)', 'Our troops held the bridge.\n\n"The rebels fled north at dawn.',
                 id="crosstalk"),
    pytest.param('"RUIZ: Prices doubled this year.\n\n"Families cannot pay the rent.\n\n'
                 '"And wages stayed flat.\n\nThe interview was edited for length.',
                 'Prices doubled this year.\n\n"Families cannot pay the rent.\n\n'
                 '"And wages stayed flat.', id="story-after"),
]


@pytest.mark.parametrize(("text", "content"), TURNS)
def test_a_turn_runs_over_its_quoted_paragraphs(nlp, text, content):
    doc = nlp(text)
    assert extract_claims(doc)[0].content_text(doc.text) == content


def test_a_headline_label_stays_on_its_line(nlp):
    doc = nlp("Ruto: Taxes Will Stay\n\nThe president said on Monday that taxes would stay.")
    first = extract_claims(doc)[0]
    assert first.content_text(doc.text) == "Taxes Will Stay"
