"""Cues inside a relative clause: what they report, and no aside of the host sentence."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


def _claims(nlp, text: str) -> list[tuple[str | None, str | None, str]]:
    doc = nlp(text)
    return [(c.speaker_text(doc.text), c.cue, c.content_text(doc.text))
            for c in extract_claims(doc)]


@pytest.mark.parametrize("text", [
    pytest.param("Grace Mensah, 67, of Accra, who saw the parade on television, said the crowd "
                 "was peaceful.", id="grace"),
    pytest.param("The deputy, who believes in open borders, voted against the bill on "
                 "Tuesday.", id="deputy"),
    pytest.param("The nurse, who noticed the smoke first, called the fire brigade.", id="nurse"),
])
def test_a_relative_clause_set_off_by_commas_is_no_aside(nlp, text):
    assert not any(speaker == "who" for speaker, _, _ in _claims(nlp, text))
