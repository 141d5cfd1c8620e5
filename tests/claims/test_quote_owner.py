"""A quotation after a cue belongs to the nearest verb of saying before it."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


@pytest.mark.parametrize(("text", "cue", "content"), [
    pytest.param("“Keep your head down,” Adele sings to the crowd before asking them, "
                 "“Where do we go now?”", "sings", "Keep your head down", id="sings-asking"),
    pytest.param("“It is over,” Ruto said on Monday before telling the crowd, “Go home.”",
                 "said", "It is over", id="said-telling"),
    pytest.param("“Vote,” the pastor urged his flock after reminding them, “Your voice counts.”",
                 "urged", "Vote", id="urged-reminding"),
])
def test_a_later_quotation_is_the_nearer_cues(nlp, text, cue, content):
    doc = nlp(text)
    assert [c.content_text(doc.text) for c in extract_claims(doc) if c.cue == cue] == [content]


def test_a_quotation_split_by_its_own_cue_stays_whole(nlp):
    text = "“Stay calm,” the mayor told residents on Monday, “and stay indoors.”"
    doc = nlp(text)
    contents = [c.content_text(doc.text) for c in extract_claims(doc) if c.cue == "told"]
    assert contents == ["Stay calm,” the mayor told residents on Monday, “and stay indoors."]


@pytest.mark.parametrize(("text", "cue", "content"), [
    pytest.param("“We had problems in the past,” Ruto said after meeting Kagame. He did not "
                 "suggest retaliation. “Our goal is to set some norms.”", "did not suggest",
                 None, id="suggest"),
    pytest.param("“We cannot wait,” Mensah said. She urged calm. “The army will come.”", "urged",
                 "calm", id="urged"),
    pytest.param("“Water is short,” the mayor said. He announced rationing. “Every house gets "
                 "two buckets.”", "announced", "rationing", id="announced"),
])
def test_a_quotation_after_a_finished_sentence_is_not_its_cues(nlp, text, cue, content):
    doc = nlp(text)
    found = [c.content_text(doc.text) for c in extract_claims(doc) if c.cue == cue]
    assert found == ([content] if content else [])
