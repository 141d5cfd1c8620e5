"""The frames file is validated on load, and its paths walk hand-built parses (no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kronika.errors import KnowledgeError
from kronika.events.arguments import SPECIAL_STEPS, object_controller, subject_of, trigger_form
from kronika.events.frames import frames, parse_frames, walk

HEADER = "scope,key,side,path,confidence\n"


@pytest.mark.parametrize(("row", "message"), [
    ("form,VERB,agent,nsubj,0.9", "frames.csv:2: side"),
    ("form,ADJ,source,nsubj,0.9", "frames.csv:2: key"),
    ("form,VERB,source,nsubjx,0.9", "frames.csv:2: path: unknown step 'nsubjx'"),
    ("form,NOUN,target,^prep:in1/dobj,0.6", "frames.csv:2: path: unknown step"),
    ("form,NOUN,target,dobj:in,0.6", "frames.csv:2: path: unknown step 'dobj:in'"),
    ("form,VERB,source,nsubj,1.5", "frames.csv:2: confidence"),
    ("form,VERB,source,nsubj,high", "frames.csv:2: confidence"),
    ("lemma,talk,target,dobj,", "frames.csv:2: path: a lemma row names prep:WORD|WORD"),
    ("kind,talk,target,prep:with,", "frames.csv:2: scope"),
    ("form,VERB,source,nsubj", "frames.csv:2: 4 fields"),
])
def test_bad_rows_name_file_line_and_field(row: str, message: str) -> None:
    with pytest.raises(KnowledgeError, match="^" + message.replace("|", r"\|")):
        parse_frames(HEADER + row + "\n")


def test_packaged_frames_load_and_order_their_paths() -> None:
    fr = frames()
    assert fr.of("VERB", "source")[0].text == "subject"
    assert fr.of("PASSIVE", "target")[0].text == "nsubjpass"
    assert "hold" in fr.light and "urge" in fr.object_control


@pytest.mark.parametrize(("lemma", "etype", "form", "has", "lacks"), [
    ("talk", "CONSULT", "NOUN", "with", "on"),        # the lemma's own row
    ("raid", "ASSAULT", "NOUN", "on", "with"),        # the type's row
    ("unlisted", "NOSUCHTYPE", "VERB", "against", "of"),  # the verb default
])
def test_target_prepositions_lemma_then_type_then_default(lemma, etype, form, has, lacks):
    preps = frames().target_preps(lemma, etype, form)
    assert has in preps and lacks not in preps


@pytest.mark.parametrize(("text", "source", "target"), [
    ("A judge in Peru issued an arrest warrant for three Chilean businessmen.", "PER", "CHL"),
    ("Ecuador issued an arrest warrant for the Colombian rebel leader.", "ECU", "COL"),
    ("Prosecutors in Kenya issued arrest warrants for two Ugandan officers.", "KEN", "UGA"),
])
def test_a_warrant_is_for_the_one_to_be_arrested(text: str, source: str, target: str) -> None:
    """'issued an arrest warrant for X': X, named after 'for', is the one to be arrested."""
    import kronika

    events = [e for e in kronika.analyze(text, published="2024-03-01").events
              if e.type == "COERCE"]
    assert [(e.source_country, e.target_country) for e in events] == [(source, target)]


def doc_of(words, heads, deps, tags=None, lemmas=None) -> Doc:
    """A parsed Doc built by hand: heads are absolute indices."""
    pos = ["VERB" if (t or "").startswith("VB") else "NOUN" for t in (tags or [""] * len(words))]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
               lemmas=lemmas or [w.lower() for w in words])


def test_raising_verb_passes_its_passive_subject_down() -> None:
    # "Iran is set to restore ties": restore <-xcomp- set, Iran is set's nsubjpass
    doc = doc_of(["Iran", "is", "set", "to", "restore", "ties"], [2, 2, 2, 4, 2, 4],
                 ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "dobj"],
                 ["NNP", "VBZ", "VBN", "TO", "VB", "NNS"])
    assert subject_of(doc[4]).text == "Iran"


def test_object_control_verb_gives_its_object() -> None:
    # "France urged Iran to stop": stop's doer is Iran, not France
    doc = doc_of(["France", "urged", "Iran", "to", "stop"], [1, 1, 1, 4, 1],
                 ["nsubj", "ROOT", "dobj", "aux", "xcomp"],
                 ["NNP", "VBD", "NNP", "TO", "VB"], ["France", "urge", "Iran", "to", "stop"])
    assert object_controller(doc[1]).text == "Iran"
    assert subject_of(doc[4]).text == "Iran"


def test_subject_control_verb_keeps_its_subject() -> None:
    # "Iran promised France to stop": stop's doer is Iran
    doc = doc_of(["Iran", "promised", "France", "to", "stop"], [1, 1, 1, 4, 1],
                 ["nsubj", "ROOT", "dative", "aux", "xcomp"],
                 ["NNP", "VBD", "NNP", "TO", "VB"], ["Iran", "promise", "France", "to", "stop"])
    assert subject_of(doc[4]).text == "Iran"


def test_passive_participle_is_passive_and_its_noun_the_target() -> None:
    # "civilians killed by troops": killed -acl-> civilians
    doc = doc_of(["civilians", "killed", "by", "troops"], [0, 0, 1, 2],
                 ["ROOT", "acl", "agent", "pobj"], ["NNS", "VBN", "IN", "NNS"])
    assert trigger_form(doc[1]) == "PASSIVE"
    fr = frames()
    target = fr.of("PASSIVE", "target")
    reached = [t.text for p in target for t in walk(doc[1], p.steps, frozenset(), fr,
                                                    SPECIAL_STEPS)]
    assert "civilians" in reached


def test_passive_without_by_reaches_the_agent_of_an_event_noun() -> None:
    # "were killed in army shelling": in -> shelling, army compound of shelling
    doc = doc_of(["they", "were", "killed", "in", "army", "shelling"], [2, 2, 2, 2, 5, 3],
                 ["nsubjpass", "auxpass", "ROOT", "prep", "compound", "pobj"],
                 ["PRP", "VBD", "VBN", "IN", "NN", "NN"])
    fr = frames()
    path = next(p for p in fr.of("PASSIVE", "source") if p.steps[-1] == "event"
                and p.steps[0].startswith("prep:"))
    assert [t.text for t in walk(doc[2], path.steps, frozenset(), fr, SPECIAL_STEPS)] == ["army"]


def test_a_to_phrase_labelled_dative_is_a_preposition() -> None:
    # "Japan provided weapons to Ukraine": spaCy hangs 'to' on the verb as 'dative'
    doc = doc_of(["Japan", "provided", "weapons", "to", "Ukraine"], [1, 1, 1, 1, 3],
                 ["nsubj", "ROOT", "dobj", "dative", "pobj"],
                 ["NNP", "VBD", "NNS", "IN", "NNP"])
    doc[3].pos_ = "ADP"
    reached = walk(doc[1], ("prep:to", "pobj"), frozenset(), frames(), SPECIAL_STEPS)
    assert [t.text for t in reached] == ["Ukraine"]


def test_takings_whose_from_phrase_names_the_loser_are_listed() -> None:
    fr = frames()
    assert {"seize", "capture", "retake", "take control of"} <= fr.dispossess
    assert "withdraw" not in fr.dispossess


def test_nouns_of_strife_are_listed() -> None:
    """'the war has killed ...' names no one who acts (frames.csv scope strife)."""
    assert {"war", "conflict", "violence", "fighting"} <= frames().strife
