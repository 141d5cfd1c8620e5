"""Implicit-argument rules on hand-built parses (no model): which mentions may stand in."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kronika.events.implicit import agent_like, in_other_clause


def doc_of(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


# "strikes targeting plants, with which Putin quarrelled, and targeting a factory"
WORDS = ["strikes", "targeting", "plants", "with", "which", "Putin", "quarrelled", "and",
         "targeting", "factory"]
HEADS = [1, 1, 1, 6, 3, 6, 2, 1, 1, 8]
DEPS = ["nsubj", "ROOT", "dobj", "prep", "pobj", "nsubj", "relcl", "cc", "conj", "dobj"]


def test_a_mention_inside_a_relative_clause_is_no_source_of_another_clause() -> None:
    doc = doc_of(WORDS, HEADS, DEPS)
    assert in_other_clause(doc[5], doc[8])       # Putin, for the second 'targeting'
    assert not in_other_clause(doc[0], doc[8])   # 'strikes', the shared subject


def test_sources_stand_where_an_agent_is_named() -> None:
    # "Russian strikes on Kyiv": Russian (amod of the subject) may act, Kyiv (pobj) may not
    doc = doc_of(["Russian", "strikes", "on", "Kyiv", "continued"], [1, 4, 1, 2, 4],
                 ["amod", "nsubj", "prep", "pobj", "ROOT"])
    assert agent_like(doc[0]) and agent_like(doc[1])
    assert not agent_like(doc[3])
