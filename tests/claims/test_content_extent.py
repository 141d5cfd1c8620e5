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
        "On Friday’s edition of “Nairobi Live,” the former police chief and current governor "
        "said he meant to talk “frankly to the traders” and let them see that “the market will "
        "reopen.”",
        "he meant to talk “frankly to the traders” and let them see that “the market will "
        "reopen.”", id="traders",
    ),
    pytest.param(
        "On Sunday’s broadcast of “Morning Kigali,” the former mayor and current senator said "
        "she wanted to write “directly to the farmers” and let them hear that “the subsidy "
        "stays.”",
        "she wanted to write “directly to the farmers” and let them hear that “the subsidy "
        "stays.”", id="farmers",
    ),
    pytest.param(
        "On Monday’s episode of “The Coast Hour,” the retired admiral and current candidate "
        "said he planned to appeal “straight to the fishermen” and let them see that “the port "
        "is theirs.”",
        "he planned to appeal “straight to the fishermen” and let them see that “the port is "
        "theirs.”", id="fishermen",
    ),
])
def test_a_bare_verb_joins_the_infinitive_of_the_clause(nlp, text, content):
    assert _contents(nlp, text, "said") == [content]


@pytest.mark.parametrize(("text", "content"), [
    pytest.param(
        "Grace Achieng, 70, of Kisumu, who followed the vote on the radio, said the result "
        "reminded her of her late husband, and of ''every neighbour who had queued with him.''",
        "the result reminded her of her late husband, and of ''every neighbour who had queued "
        "with him.''", id="husband",
    ),
    pytest.param(
        "Tomas Silva, 45, of Beira, who saw the march from his shop, said the crowd made him "
        "think of his brother, and of ''the years when nobody dared to speak.''",
        "the crowd made him think of his brother, and of ''the years when nobody dared to "
        "speak.''", id="brother",
    ),
    pytest.param(
        "Leila Haddad, 52, of Tyre, who lost her home in the war, said the ceasefire brought "
        "back thoughts of her son, and of ''the nights in the shelter.''",
        "the ceasefire brought back thoughts of her son, and of ''the nights in the shelter.''",
        id="son",
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
        'Nkosi said the country still faces "a wide gulf between towns and farms," when it '
        "comes to how many homes have power.",
        'the country still faces "a wide gulf between towns and farms," when it comes to how '
        "many homes have power", id="power",
    ),
    pytest.param(
        'Alvarez said there is still "a real divide between the coast and the highlands," when '
        "it comes to which villages get clean water.",
        'there is still "a real divide between the coast and the highlands," when it comes to '
        "which villages get clean water", id="water",
    ),
])
def test_when_it_comes_to_says_what_the_clause_is_about(nlp, text, content):
    assert _contents(nlp, text, "said") == [content]


@pytest.mark.parametrize(("text", "content"), [
    pytest.param(
        '"Of course I respect Amina," she said, but "on fishing rights, Amina has always sided '
        'with the trawlers."',
        'Of course I respect Amina," she said, but "on fishing rights, Amina has always sided '
        "with the trawlers.", id="but",
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
        'The two ministers spent weeks trading barbs. Odinga called Ruto a "reckless spender" '
        'who is "deeply out of touch," a "coward" and a "threat to the shilling."',
        'Ruto a "reckless spender" who is "deeply out of touch," a "coward" and a "threat to '
        'the shilling."', id="ministers",
    ),
    pytest.param(
        'The two generals spent the spring trading threats. Hemedti called Burhan a "failed '
        'soldier" who is "hopelessly weak," a "liar" and a "puppet of Cairo."',
        'Burhan a "failed soldier" who is "hopelessly weak," a "liar" and a "puppet of '
        'Cairo."', id="generals",
    ),
    pytest.param(
        'The two candidates spent the debate trading jabs. Milei called Massa a "tired '
        'bureaucrat" who is "totally corrupt," a "thief" and a "friend of the unions."',
        'Massa a "tired bureaucrat" who is "totally corrupt," a "thief" and a "friend of the '
        'unions."', id="candidates",
    ),
])
def test_the_one_named_read_as_a_predicate_is_still_named(nlp, text, content):
    assert _contents(nlp, text, "called") == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    pytest.param(
        "The senator railed against the grip of foreign lobbyists, including the firm hired by "
        "the ministry that earned $3 million last year.", "railed against",
        "the grip of foreign lobbyists, including the firm hired by the ministry that earned "
        "$3 million last year", id="including-firm",
    ),
    pytest.param(
        "The bishop railed against the greed of mining companies, including one owned by a "
        "minister that paid no tax.", "railed against",
        "the greed of mining companies, including one owned by a minister that paid no tax",
        id="including-one",
    ),
    pytest.param(
        "She railed against the power of cement cartels, including the group run by the "
        "governor's brother that fixed prices for years.", "railed against",
        "the power of cement cartels, including the group run by the governor's brother that "
        "fixed prices for years", id="including-group",
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


@pytest.mark.parametrize(("text", "content"), [
    pytest.param("The senator called on fellow lawmakers to reject the budget.",
                 "fellow lawmakers to reject the budget", id="lawmakers"),
    pytest.param("Okafor called on fellow governors to back the plan.",
                 "fellow governors to back the plan", id="governors"),
    pytest.param("Lula called on fellow leaders to reject the tariffs.",
                 "fellow leaders to reject the tariffs", id="leaders"),
])
def test_the_one_called_on_is_part_of_the_appeal(nlp, text, content):
    assert _contents(nlp, text, "called on") == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    pytest.param("Osei spoke about the burdens facing farmers — the high cost of seed, mounting "
                 "debt and unpaid labor.", "spoke about", "the burdens facing farmers — the high "
                 "cost of seed, mounting debt and unpaid labor", id="list"),
    pytest.param("Amina talked about the stories her cousins swear by — from the poisoned wells "
                 "to the stolen census.", "talked about", "the stories her cousins swear by — "
                 "from the poisoned wells to the stolen census", id="from-to"),
    pytest.param("The envoy complained about the damage to the port -- three cranes, two "
                 "warehouses and the fuel depot.", "complained about", "the damage to the port "
                 "-- three cranes, two warehouses and the fuel depot", id="double-hyphen"),
])
def test_a_dash_that_spells_out_the_content_goes_with_it(nlp, text, cue, content):
    assert _contents(nlp, text, cue) == [content]


def test_a_clause_after_a_dash_is_not_spelled_out_content(nlp):
    text = "The minister said the talks were over — and he noted that the army was ready."
    assert _contents(nlp, text, "said") == ["the talks were over"]


@pytest.mark.parametrize(("text", "content"), [
    pytest.param(
        "The rebel commander said his fighters were ready to leave the town, but only if the "
        "army withdrew its tanks first.",
        "his fighters were ready to leave the town, but only if the army withdrew its tanks "
        "first", id="joined-to-the-cue",
    ),
    pytest.param(
        "Mayor Ana Ruiz rejected the offer and said the city supports a new stadium, but only "
        "if the club pays for the roads.",
        "the city supports a new stadium, but only if the club pays for the roads",
        id="joined-to-the-first-cue",
    ),
    pytest.param(
        "The union denied the report and said its members would return to work, but only if "
        "wages are raised.",
        "its members would return to work, but only if wages are raised", id="union",
    ),
])
def test_a_condition_joined_as_a_conjunct_is_part_of_what_was_said(nlp, text, content):
    """"said X, but only if Y": the parser may join the condition to the cue (or to the first
    of two joined cues) as a conjunct; its "if" makes it a condition of what was said."""
    assert content in _contents(nlp, text, "said")


@pytest.mark.parametrize(("text", "content"), [
    pytest.param('Kenya will reopen its "temporary camps". Both governments also agreed to '
                 'share the costs.', "to share the costs", id="camps"),
    pytest.param('The league will scrap its "home-grown rule". The clubs agreed to pay the '
                 'fine.', "to pay the fine", id="league"),
    pytest.param('The court ordered an end to the "emergency powers". The senators agreed to '
                 'debate the bill.', "to debate the bill", id="court"),
])
def test_a_quotation_before_a_full_stop_is_the_earlier_sentences(nlp, text, content):
    """A quotation opened inside a sentence and followed by its full stop (the British
    style: 'its "defensive measures".') ends that sentence: the next sentence's cue says
    what follows it, not the quoted words."""
    assert _contents(nlp, text, "agreed") == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    pytest.param("China vowed to retaliate after the EU imposed tariffs on electric cars.",
                 "vowed", "to retaliate", id="past"),
    pytest.param("The ministry pledged to rebuild the bridge after the floods destroyed it.",
                 "pledged", "to rebuild the bridge", id="pledged"),
    pytest.param("The rebels threatened to quit the talks after the army shelled their camp.",
                 "threatened", "to quit the talks", id="threatened"),
    pytest.param("Kenya vowed to retaliate after the vote is held.", "vowed",
                 "to retaliate after the vote is held", id="later-tense-stays"),
])
def test_a_time_clause_in_the_cues_tense_is_the_occasion(nlp, text, cue, content):
    """"vowed to retaliate after the EU imposed tariffs": a clause of what went before, in
    the cue's own tense, tells why the vow was made, not what was vowed; one in a later
    tense ("after the vote is held") is part of the vow."""
    assert _contents(nlp, text, cue) == [content]
