"""A cue after a closing quotation mark is said by the name that follows the mark, never by a
subject inside the quotation, even where the parse joined the cue to the quoted verb."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kronika.claims import extract_claims


def misparsed(nlp: Language, verb: str, city: str, title: str, name: tuple[str, str],
              cue: tuple[str, str]) -> Doc:
    """'"We will VERB this case," CITY police TITLE NAME CUE Monday. "Nobody is above the
    law."' parsed as the parser sometimes reads it: the city after the closing mark as a
    verb, and the cue as a second verb conjoined to the quoted one (subject "We")."""
    words = ["“", "We", "will", verb, "this", "case", ",", "”", city, "police", title,
             name[0], name[1], cue[0], "Monday", ".",
             "“", "Nobody", "is", "above", "the", "law", ".", "”"]
    spaces = [False, True, True, True, True, False, False, True, True, True, True, True,
              True, True, False, True,
              False, True, True, True, True, False, False, False]
    heads = [3, 3, 3, 3, 5, 3, 3, 3, 3, 10, 8, 12, 10, 3, 13, 3,
             18, 18, 18, 18, 21, 19, 18, 18]
    deps = ["punct", "nsubj", "aux", "ROOT", "det", "dobj", "punct", "punct", "dep",
            "compound", "dobj", "compound", "appos", "conj", "npadvmod", "punct",
            "punct", "nsubj", "ROOT", "prep", "det", "pobj", "punct", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "VERB", "NOUN",
           "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT",
           "PUNCT", "PRON", "AUX", "ADP", "DET", "NOUN", "PUNCT", "PUNCT"]
    tags = ["``", "PRP", "MD", "VB", "DT", "NN", ",", "''", "VBD", "NN", "NNP", "NNP", "NNP",
            "VBD", "NNP", ".",
            "``", "NN", "VBZ", "IN", "DT", "NN", ".", "''"]
    lemmas = ["“", "we", "will", verb, "this", "case", ",", "”", city.lower(), "police",
              title, name[0], name[1], cue[1], "Monday", ".",
              "“", "nobody", "be", "above", "the", "law", ".", "”"]
    starts = [True] + [False] * 15 + [True] + [False] * 7
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
               tags=tags, lemmas=lemmas, sent_starts=starts)


@pytest.mark.parametrize(("verb", "city", "title", "name", "cue", "speaker"), [
    pytest.param("win", "Kano", "Chief", ("Ali", "Musa"), ("said", "say"),
                 "Kano police Chief Ali Musa", id="kano"),
    pytest.param("solve", "Cusco", "Commander", ("Rosa", "Quispe"), ("said", "say"),
                 "Cusco police Commander Rosa Quispe", id="cusco"),
    pytest.param("close", "Busan", "Inspector", ("Kim", "Soo"), ("stated", "state"),
                 "Busan police Inspector Kim Soo", id="busan"),
])
def test_the_name_after_the_quotation_speaks(nlp, verb, city, title, name, cue, speaker):
    doc = misparsed(nlp, verb, city, title, name, cue)
    assert [c.speaker_text(doc.text) for c in extract_claims(doc)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("“We will rebuild every home,” Governor Rosa Quispe said.",
                 "Governor Rosa Quispe", id="plain"),
    pytest.param("Marchers wore shirts reading ''We want bread,'' as Omar Haddad, a baker "
                 "from Tunis, said at the time.", "Omar Haddad, a baker from Tunis,",
                 id="as-name-said"),
])
def test_a_well_parsed_quotation_keeps_its_speaker(nlp, text, speaker):
    doc = nlp(text)
    assert speaker in [c.speaker_text(text) for c in extract_claims(doc)]
