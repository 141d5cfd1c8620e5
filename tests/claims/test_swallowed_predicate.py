"""A speaker phrase never ends in a conjunction: where the parse read the speaker's first act
as an apposition ("The ministry, in a statement, blamed X and said ..."), the speaker is the
phrase before the comma."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kronika.claims import extract_claims


def misparsed(nlp: Language, body: str, note: str, act: tuple[str, str], blamed: str,
              cause: str, doers: str) -> Doc:
    """'The BODY, in a NOTE, ACT BLAMED for the CAUSE and said DOERS had seized 40 trucks.'
    parsed as the parser sometimes reads it: the act an adjective of an apposition
    ("blamed smugglers") of the subject, the "and" hung on the subject."""
    words = ["The", body, ",", "in", "a", note, ",", act[0], blamed, "for", "the", cause,
             "and", "said", "security", doers, "had", "seized", "40", "trucks", "."]
    spaces = [True, False, True, True, True, False, True, True, True, True, True, True,
              True, True, True, True, True, True, True, False, False]
    heads = [1, 13, 8, 8, 5, 3, 8, 8, 1, 8, 11, 9, 1, 13, 15, 17, 17, 13, 19, 17, 13]
    deps = ["det", "nsubj", "punct", "prep", "det", "pobj", "punct", "amod", "appos", "prep",
            "det", "pobj", "cc", "ROOT", "compound", "nsubj", "aux", "ccomp", "nummod", "dobj",
            "punct"]
    pos = ["DET", "NOUN", "PUNCT", "ADP", "DET", "NOUN", "PUNCT", "VERB", "NOUN", "ADP", "DET",
           "NOUN", "CCONJ", "VERB", "NOUN", "NOUN", "AUX", "VERB", "NUM", "NOUN", "PUNCT"]
    tags = ["DT", "NN", ",", "IN", "DT", "NN", ",", "VBN", "NNS", "IN", "DT", "NNS", "CC",
            "VBD", "NN", "NNS", "VBD", "VBN", "CD", "NNS", "."]
    lemmas = ["the", body, ",", "in", "a", note, ",", act[1], blamed, "for", "the", cause,
              "and", "say", "security", doers, "have", "seize", "40", "truck", "."]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
               tags=tags, lemmas=lemmas)


@pytest.mark.parametrize(("body", "note", "act", "blamed", "cause", "doers"), [
    pytest.param("ministry", "statement", ("blamed", "blame"), "smugglers", "shortages",
                 "forces", id="ministry"),
    pytest.param("agency", "filing", ("blamed", "blame"), "traders", "losses", "guards",
                 id="agency"),
    pytest.param("council", "letter", ("thanked", "thank"), "donors", "aid", "officers",
                 id="council"),
])
def test_the_speaker_stops_before_a_misread_first_act(nlp, body, note, act, blamed, cause,
                                                      doers):
    doc = misparsed(nlp, body, note, act, blamed, cause, doers)
    said = [c for c in extract_claims(doc) if c.cue == "said"]
    assert [c.speaker_text(doc.text) for c in said] == [f"The {body}"]


def test_a_name_with_an_apposition_keeps_it(nlp):
    text = "Ana Ruiz, a lawyer for the farmers, said the court had closed the case."
    doc = nlp(text)
    assert [c.speaker_text(text) for c in extract_claims(doc)] == [
        "Ana Ruiz, a lawyer for the farmers,"]
