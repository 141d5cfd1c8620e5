"""A semicolon joins two sentences of their own: the clause before it is never what a cue
after it reports, though the parser hangs it on the cue as a complement."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


def _contents(nlp, sentence: str, cue: str) -> list[str]:
    doc = nlp(sentence)
    return [doc.text[c.content_start:c.content_end] for c in extract_claims(doc) if c.cue == cue]


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    pytest.param("Ethiopia shells border villages; Asmara vows retaliation.", "vows",
                 "retaliation", id="vows-its-object"),
    pytest.param("Serbia closes the border crossing; Pristina vows a firm response.", "vows",
                 "a firm response", id="vows-a-phrase"),
])
def test_the_cue_after_a_semicolon_reports_its_own_object(nlp, sentence, cue, content):
    assert _contents(nlp, sentence, cue) == [content]


@pytest.mark.parametrize(("sentence", "cue", "before"), [
    pytest.param("Rebels seize the airport in Goma; Kinshasa denies the fall of the city.",
                 "denies", "Rebels seize the airport in Goma", id="denies-a-fall"),
    pytest.param("Thailand shells temples near the frontier; Phnom Penh denies any provocation.",
                 "denies", "Thailand shells temples near the frontier", id="denies-a-provocation"),
])
def test_the_clause_before_a_semicolon_is_not_the_cues_content(nlp, sentence, cue, before):
    assert before not in _contents(nlp, sentence, cue)
