"""A quotation set in the middle of a clause ('X dismissed it -- "..." -- before insisting
that ...') speaks no verb of the reporter's: a cue after it that the parse hung on the quoted
verb is said by the subject of the clause that frames the quotation, never by a word inside
the quotation."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    pytest.param('Governor Mbeki hardly settled the matter, treating the question first as a '
                 'joke -- "That is my own business" -- and, when pressed after the hearing, '
                 'asserting, "Of course, I paid every fee."', "asserting", "Governor Mbeki",
                 id="aside-then-participle"),
    pytest.param('The Estonian minister brushed off the report, calling it "nonsense" -- "It '
                 'says nothing new" -- and later adding that the ministry would publish its '
                 'own figures.', "adding", "The Estonian minister", id="after-a-quoted-word"),
    pytest.param('The coach dismissed the criticism -- "Those people never played the game" -- '
                 'before insisting that the team would recover.', "insisting", "The coach",
                 id="quotation-as-root"),
])
def test_the_framing_subject_speaks(nlp, text, cue, speaker):
    doc = nlp(text)
    speakers = [doc.text[c.speaker_start : c.speaker_end] for c in extract_claims(doc)
                if c.cue == cue]
    assert speakers == [speaker]


def test_a_name_after_the_quotation_still_speaks(nlp):
    doc = nlp('"The port will reopen on Monday," harbour master Lena Vos said on Friday.')
    speakers = [doc.text[c.speaker_start : c.speaker_end] for c in extract_claims(doc)]
    assert speakers == ["harbour master Lena Vos"]
