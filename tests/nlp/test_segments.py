"""Headline, byline, dateline and caption segments are sentences of their own."""

from __future__ import annotations

import pytest
from spacy.language import Language

SEGMENTED = [
    # (text, a segment that must be a sentence of its own, or the start of one)
    ("Police Detain Protesters\nBy Anna Kovac\nPolice detained 20 protesters on Monday.",
     "By Anna Kovac"),
    ("Police Detain Protesters\nBy Anna Kovac\nPolice detained 20 protesters on Monday.",
     "Police Detain Protesters"),
    ("Risks in Chad are Growing -The head of the aid agency says the crisis is deep.",
     "The head of the aid agency says the crisis is deep."),
    ("Troops patrol the border (Photo: A. Lee/VOA)-“If we go, they come,” he said.",
     "“If we go, they come,” he said."),
    ("KYIV, Ukraine (AP) — Russia launched missiles at Kyiv on Monday.",
     "Russia launched missiles at Kyiv on Monday."),
    ("LA PAZ, Bolivia, July 8 (AP) — Miners blocked the main highway on Tuesday.",
     "Miners blocked the main highway on Tuesday."),
    ("SANAA, Yemen, Jan. 4 (AP) — Rebels fired a missile at a tanker.",
     "Rebels fired a missile at a tanker."),
    ("Troops Leave Town\nBy Ana Reyes\nGENEVA, May 3 (Reuters) - Talks resumed on Monday.",
     "Talks resumed on Monday."),
    ("Protesters gathered in the square\nThe army sealed off the city centre.",
     "The army sealed off the city centre."),
]

KEPT = [
    # hard-wrapped prose: a line break inside a sentence is no boundary
    ("The minister said the talks\nwould resume next week in Geneva.",
     "The minister said the talks\nwould resume next week in Geneva."),
    # compounds and ranges keep their hyphen
    ("Guinea-Bissau signed the 1990-95 accords.", "Guinea-Bissau signed the 1990-95 accords."),
]


@pytest.mark.parametrize(("text", "segment"), SEGMENTED + KEPT)
def test_segment_is_its_own_sentence(nlp: Language, text: str, segment: str) -> None:
    sents = [s.text.strip() for s in nlp(text).sents]
    assert segment in sents


def test_no_entity_crosses_a_line(nlp: Language) -> None:
    doc = nlp("Police Detain Protesters\nBy E. Paula\nPolice detained 20 protesters.")
    assert all("\n" not in e.text for e in doc.ents)


def test_title_cased_headline_is_no_name(nlp: Language) -> None:
    doc = nlp("Ethiopian Police Detain Opposition Leaders\nPolice detained three opposition "
              "leaders in Addis Ababa on Monday.")
    assert all(not e.text.startswith("Ethiopian Police Detain") for e in doc.ents)


@pytest.mark.parametrize("text", [
    "Amina argued the 13th Amendment is worth studying since schools skip it.",
    "Osei argued the 13th Amendment is worth fighting for in court.",
    "The lawyer said he thought the 13th Amendment is worth defending in court.",
    "The pastor argued the 13th Amendment is worth teaching in every school.",
    "Okonjo cited harsh remarks Ruto had made about the farmers after the strike.",
])
def test_no_sentence_starts_after_a_word_that_cannot_end_one(nlp: Language, text: str) -> None:
    assert [s.text for s in nlp(text).sents] == [text]
