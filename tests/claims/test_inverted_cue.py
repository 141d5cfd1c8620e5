"""``Said Okonkwo: ...``: a sentence that opens with a past speech verb, then its speaker and
a colon; the parser seldom reads the verb as one, so the claim is read off the words."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


def _claims(nlp, sentence: str) -> list[tuple[str | None, str, str]]:
    doc = nlp(sentence)
    return [(c.speaker_text(doc.text), c.cue, doc.text[c.content_start:c.content_end])
            for c in extract_claims(doc)]


@pytest.mark.parametrize(("sentence", "claim"), [
    pytest.param("Said Okonkwo: the strike will go on until wages rise.",
                 ("Okonkwo", "Said", "the strike will go on until wages rise"), id="said"),
    pytest.param("Warned Ruto: the talks are over.", ("Ruto", "Warned", "the talks are over"),
                 id="warned"),
    pytest.param('Said Petrov: "We will not retreat."',
                 ("Petrov", "Said", "We will not retreat."), id="quoted"),
])
def test_an_inverted_cue_before_a_colon_has_its_speaker_and_words(nlp, sentence, claim):
    assert _claims(nlp, sentence) == [claim]


def test_a_name_before_a_colon_is_no_inverted_cue(nlp):
    assert all(cue != "Said" or speaker == "Edward"
               for speaker, cue, _ in _claims(nlp, "Edward Said: the book is a classic."))
