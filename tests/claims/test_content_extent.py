"""How far a reported clause runs when the parser hangs its last part on the cue, or the
speaker's words go on in a quotation."""

from __future__ import annotations

import pytest

from kronika.claims import extract_claims


def _contents(nlp, text: str, cue: str) -> list[str]:
    doc = nlp(text)
    return [c.content_text(doc.text) for c in extract_claims(doc) if c.cue == cue]


@pytest.mark.parametrize(("text", "content"), [
    pytest.param(
        "On Tuesday’s episode of “The Morning Show,” the former foreign minister and current "
        "opposition leader said she wanted to speak “directly to young voters” and let them "
        "know that “this is not who we are.”",
        "she wanted to speak “directly to young voters” and let them know that “this is not "
        "who we are.”", id="foreign-minister",
    ),
    pytest.param(
        "On Tuesday’s episode of “The Morning Show,” the former finance minister and current "
        "opposition leader said she wanted to speak “directly to young voters” and let them "
        "know that “this is not who we are.”",
        "she wanted to speak “directly to young voters” and let them know that “this is not "
        "who we are.”", id="finance-minister",
    ),
    pytest.param(
        "On Tuesday’s episode of “The Morning Show,” the former trade minister and current "
        "opposition leader said she wanted to speak “directly to young voters” and let them "
        "know that “this is not who we are.”",
        "she wanted to speak “directly to young voters” and let them know that “this is not "
        "who we are.”", id="trade-minister",
    ),
])
def test_a_bare_verb_joins_the_infinitive_of_the_clause(nlp, text, content):
    assert _contents(nlp, text, "said") == [content]


@pytest.mark.parametrize(("text", "content"), [
    pytest.param(
        "Amara Diop, 61, of Thies, who watched the parade on a screen, said the event brought "
        "back memories of her father, and of ''all the people who were not here.''",
        "the event brought back memories of her father, and of ''all the people who were not "
        "here.''", id="her-father",
    ),
    pytest.param(
        "Halima Musa, 58, of Kaduna, who watched the ceremony on a screen, said the event "
        "brought back memories of her father, and of ''all the people who were not here.''",
        "the event brought back memories of her father, and of ''all the people who were not "
        "here.''", id="ceremony",
    ),
    pytest.param(
        "Joseph Banda, 66, of Lusaka, who watched the parade on a screen, said the event "
        "brought back memories of his mother, and of ''all the people who were not here.''",
        "the event brought back memories of his mother, and of ''all the people who were not "
        "here.''", id="his-mother",
    ),
])
def test_a_repeated_preposition_joins_its_twin_in_the_clause(nlp, text, content):
    assert _contents(nlp, text, "said") == [content]


@pytest.mark.parametrize(("text", "content"), [
    pytest.param(
        'Okafor said there remains a "deep gap between the north and the south," when it '
        "comes to how many children finish school.",
        'there remains a "deep gap between the north and the south," when it comes to how '
        "many children finish school", id="children",
    ),
    pytest.param(
        'Mensah said there remains a "huge difference between the cities and the villages," '
        "when it comes to how many nurses work in clinics.",
        'there remains a "huge difference between the cities and the villages," when it comes '
        "to how many nurses work in clinics", id="nurses",
    ),
    pytest.param(
        'Haddad said there remains a "significant difference in the north and the south," '
        "when it comes to how many girls attend school.",
        'there remains a "significant difference in the north and the south," when it comes '
        "to how many girls attend school", id="girls",
    ),
])
def test_when_it_comes_to_says_what_the_clause_is_about(nlp, text, content):
    assert _contents(nlp, text, "said") == [content]


@pytest.mark.parametrize(("text", "content"), [
    pytest.param(
        '"You know, I admire Kofi," he said, but "when it comes to oil, Kofi has a history '
        'of representing the big companies in court."',
        'You know, I admire Kofi," he said, but "when it comes to oil, Kofi has a history of '
        "representing the big companies in court.", id="but",
    ),
    pytest.param(
        '"We have kept our promise," the governor said, but "the drought has made everything '
        'harder."',
        'We have kept our promise," the governor said, but "the drought has made everything '
        "harder.", id="governor-but",
    ),
    pytest.param(
        '"We will rebuild the bridge," the governor said, and "we will do it before the '
        'rains."',
        'We will rebuild the bridge," the governor said, and "we will do it before the rains.',
        id="and",
    ),
    pytest.param(
        'The governor said "we will rebuild," and "we will do it soon."',
        'we will rebuild," and "we will do it soon.', id="cue-first",
    ),
])
def test_a_quotation_joined_by_and_or_but_goes_on_with_the_speaker(nlp, text, content):
    assert _contents(nlp, text, "said") == [content]


@pytest.mark.parametrize(("text", "content"), [
    pytest.param(
        'Okonjo said she has the one quality the job needs: "Patience -- real patience, and a '
        'thick skin."',
        'she has the one quality the job needs: "Patience -- real patience, and a thick skin."',
        id="colon",
    ),
    pytest.param(
        'Adeyemi said he has the one thing the party lacks: "Discipline -- iron discipline, '
        'and a plan."',
        'he has the one thing the party lacks: "Discipline -- iron discipline, and a plan."',
        id="colon-lacks",
    ),
    pytest.param(
        'The mayor said the city was ready, "and we will not back down."',
        'the city was ready, "and we will not back down."', id="comma",
    ),
    pytest.param(
        'The minister said the army was ready, "and it will not retreat an inch."',
        'the army was ready, "and it will not retreat an inch."', id="comma-army",
    ),
])
def test_a_quotation_closing_the_sentence_goes_on_with_the_clause(nlp, text, content):
    assert _contents(nlp, text, "said") == [content]


def test_a_quotation_with_a_cue_of_its_own_is_not_the_first_speakers(nlp):
    text = 'The mayor said the city was ready, "and we will not back down," the aide added.'
    assert _contents(nlp, text, "said") == ["the city was ready"]


@pytest.mark.parametrize(("text", "content"), [
    pytest.param(
        'The two rivals spent months trading insults. Macron called Trump a "reckless '
        'gambler" who is "utterly unpredictable," a "bully" and a "danger to Europe."',
        'Trump a "reckless gambler" who is "utterly unpredictable," a "bully" and a "danger '
        'to Europe."', id="months",
    ),
    pytest.param(
        'The two rivals spent the summer trading insults. Petro called Trump a "reckless '
        'gambler" who is "utterly dishonest," a "bully" and a "danger to the region."',
        'Trump a "reckless gambler" who is "utterly dishonest," a "bully" and a "danger to '
        'the region."', id="summer",
    ),
    pytest.param(
        'The two rivals spent the winter trading insults. Scholz called Trump a "reckless '
        'gambler" who is "utterly unpredictable," a "bully" and a "danger to Europe."',
        'Trump a "reckless gambler" who is "utterly unpredictable," a "bully" and a "danger '
        'to Europe."', id="winter",
    ),
])
def test_the_one_named_read_as_a_predicate_is_still_named(nlp, text, content):
    assert _contents(nlp, text, "called") == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    pytest.param(
        "He railed against the corrupting influence of super PACs, including the one "
        "supporting Ruto that raised more than $100 million.", "railed against",
        "the corrupting influence of super PACs, including the one supporting Ruto that "
        "raised more than $100 million", id="including-ruto",
    ),
    pytest.param(
        "He railed against the corrupting influence of super PACs, including the one "
        "supporting Odinga that raised more than $50 million.", "railed against",
        "the corrupting influence of super PACs, including the one supporting Odinga that "
        "raised more than $50 million", id="including-odinga",
    ),
    pytest.param(
        "She railed against the corrupting influence of big donors, including the one "
        "funding Kenyatta that gave more than $20 million.", "railed against",
        "the corrupting influence of big donors, including the one funding Kenyatta that "
        "gave more than $20 million", id="including-kenyatta",
    ),
    pytest.param(
        "The bishop spoke of the long drought, and how the villages had emptied.", "spoke of",
        "the long drought, and how the villages had emptied", id="and-how",
    ),
    pytest.param(
        "The mayor spoke of the floods, and what the city had learned.", "spoke of",
        "the floods, and what the city had learned", id="and-what",
    ),
    pytest.param(
        "The envoy talked about the ceasefire, and whether it would hold.", "talked about",
        "the ceasefire, and whether it would hold", id="and-whether",
    ),
])
def test_the_object_goes_on_over_including_and_a_wh_clause(nlp, text, cue, content):
    assert _contents(nlp, text, cue) == [content]


def test_a_second_act_is_no_part_of_the_object(nlp):
    text = "The priest spoke of the war and then walked out."
    assert _contents(nlp, text, "spoke of") == ["the war"]
