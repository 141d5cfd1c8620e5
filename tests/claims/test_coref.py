"""Speaker coreference, the chain of nested claims and a claim's stance toward its target."""

from __future__ import annotations

import pytest

from claims.test_records import claims_of


def speaker_names(nlp, text: str) -> list[tuple[str | None, str | None]]:
    """(speaker text, resolved actor name) of every claim of a text."""
    _, actors, claims, _ = claims_of(nlp, text)
    names = {a.id: a.name for a in actors}
    return [(c.speaker_text, names.get(c.speaker)) for c in claims]


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        pytest.param(
            "Secretary of State Antony Blinken said the talks would resume. Reporters asked "
            "about Sergei Lavrov. He said the ceasefire would hold.",
            "He", "Antony Blinken", id="chain-speaker-not-last-man-named",
        ),
        pytest.param(
            "Mr. Tanaka met Maria Lopez on Monday. She said the budget would pass.",
            "She", "Maria Lopez", id="gender-agreement",
        ),
        pytest.param(
            "Ms. Lopez said the budget would pass. Mr. Tanaka met her on Monday. "
            "She said the vote was close.",
            "She", "Lopez", id="honorific-gender-skips-the-subject",
        ),
        pytest.param(
            "Interior Minister Paula Reyes said the curfew would be lifted. The opposition "
            "leader, Daniel Okoro, called the move a stunt. The minister said the decision "
            "was final.", "The minister", "Paula Reyes", id="minister-after-a-rival",
        ),
        pytest.param(
            "General Lin Wei said his troops held the bridge. Officials in the capital "
            "declined to comment. The general said reinforcements had arrived.",
            "The general", "Lin Wei", id="general-after-officials",
        ),
        pytest.param(
            "Health Minister Sara Adeyemi announced the vaccine drive on Monday. Doctors "
            "welcomed it. The minister said supplies would last a month.",
            "The minister", "Sara Adeyemi", id="minister-two-sentences-back",
        ),
        pytest.param(
            "Senator Mark Ellis said the bill would pass. His rival, Tom Baker, said it "
            "would fail.", "His rival, Tom Baker,", "Tom Baker", id="his-rival",
        ),
        pytest.param(
            "A judge jailed Maria Silva on Friday. Her lawyer, David Cohen, said the charges "
            "were false.", "Her lawyer, David Cohen,", "David Cohen", id="her-lawyer",
        ),
        pytest.param(
            "The Liberal Party's leader, Omar Diallo, said the vote was rigged.",
            "The Liberal Party's leader, Omar Diallo,", "Omar Diallo", id="party-s-leader",
        ),
        # a country's body speaks for itself: the owner names whose it is
        pytest.param(
            "Peru's constitutional court on Monday ruled that the senator could not run.",
            "Peru's constitutional court", "Peru judiciary", id="country-s-court",
        ),
        pytest.param(
            "Chile's defence ministry said the patrol had returned to base.",
            "Chile's defence ministry", "Chile military", id="country-s-ministry",
        ),
    ],
)
def test_speaker_resolves_to_the_actor_meant(nlp, text, speaker, name):
    """A pronoun continues the chain of speakers; "the minister" is the person named with
    that title; in "His rival, Tom Baker," the owner is not the speaker."""
    found = dict(speaker_names(nlp, text))
    assert found[speaker] is not None and name in found[speaker]


def test_relative_pronoun_speaker_is_the_noun_it_stands_for(nlp):
    text = "The minister met Hamid Karzai, who said the talks had failed."
    assert ("who", "Hamid Karzai") in speaker_names(nlp, text)


def test_nested_attribution_points_at_its_host(nlp):
    text = "Smith said Jones told him that the plant would close."
    _, _, claims, _ = claims_of(nlp, text)
    outer = next(c for c in claims if c.cue == "said")
    inner = next(c for c in claims if c.cue == "told")
    assert inner.via == outer.id and outer.via is None


@pytest.mark.parametrize(
    ("text", "target", "stance"),
    [
        pytest.param("Ruto praised Museveni for the deal.", "Yoweri Museveni", "supports",
                     id="praise"),
        pytest.param("Ramaphosa accused Russia of lying.", "Russia", "opposes", id="accuse"),
        pytest.param("Ramaphosa did not criticise Russia.", None, None, id="negated-shows-none"),
        pytest.param("Ramaphosa said Russia had won.", None, None, id="plain-report-shows-none"),
    ],
)
def test_claim_stance_toward_its_target(nlp, text, target, stance):
    _, actors, claims, _ = claims_of(nlp, text)
    names = {a.id: a.name for a in actors}
    got = [(names.get(c.target), c.stance) for c in claims] or [(None, None)]
    assert got[0] == (target, stance)


def test_cleft_focus_is_the_antecedent(nlp):
    text = ("Trump spoke on Monday. It is Putin, not Trump, who is trying to impose peace. "
            "And while he believes he can win, no meeting will happen.")
    assert ("he", "Vladimir Putin") in speaker_names(nlp, text)


def test_printed_speaker_shows_the_resolved_actor():
    import kronika
    from kronika.summary import speaker_label

    text = "Ms. Lopez said the budget would pass. Mr. Tanaka met her. She said the vote was close."
    analysis = kronika.analyze(text)
    labels = [speaker_label(analysis, c) for c in analysis.claims]
    assert labels[0] == "Ms. Lopez"
    assert labels[-1].startswith("She (") and "Lopez" in labels[-1]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The company said profits rose. Analysts said the figure was too high. "
                     "It said the rise came from exports.", id="company"),
        pytest.param("The ministry said the border was closed. Traders said trucks were "
                     "stuck. It added that the closure was temporary.", id="ministry"),
        pytest.param("The union said wages must rise. Managers called the demand too high. "
                     "It said a strike was possible.", id="union"),
    ],
)
def test_it_speaker_is_a_body_named_by_a_singular_noun(nlp, text):
    _, actors, claims, _ = claims_of(nlp, text)
    first, it = claims[0], next(c for c in claims if c.speaker_text == "It")
    assert first.speaker is not None and it.speaker == first.speaker


@pytest.mark.parametrize(
    ("text", "between"),
    [
        pytest.param("Netanyahu's office said the talks had stalled because Hamas refused to free "
                     "more hostages. It said a delegation would not travel this week.", "Hamas",
                     id="office-of-a-person"),
        pytest.param("President Ramaphosa's office said the visit was delayed after the Treasury "
                     "objected to its cost. It said the trip would take place in June.",
                     "Treasury", id="office-with-title"),
        pytest.param("Governor Hochul's campaign said the ad was false because the Republican "
                     "Party had paid for it. It added that the governor would sue.", "Republican",
                     id="campaign"),
        pytest.param("The prime minister's office said the bill was withdrawn because the Senate "
                     "rejected it. It said a new draft would follow.", "Senate",
                     id="office-of-no-one-named"),
    ],
)
def test_it_takes_up_the_body_that_spoke_not_one_named_in_between(nlp, text, between):
    """"It" after "X's office said" is the office (its claims go to X, or to no one when X
    is not named), not a body its content named after it."""
    found = speaker_names(nlp, text)
    assert found[-1][0] == "It"
    assert found[-1][1] == found[0][1]
    assert between not in (found[-1][1] or "")



@pytest.mark.parametrize(
    ("text", "speaker", "wrong"),
    [
        pytest.param(
            "Rebel spokesman Idris Kamara said the fighters had taken the airport. Ghana, "
            "which funds the rebels, denied any role. Its foreign ministry spokesman said "
            "Accra had no say over the group.",
            "Its foreign ministry spokesman", "Idris Kamara", id="its-spokesman-after-a-country",
        ),
        pytest.param(
            "Army spokesman John Okello said troops had retaken the town. Kenya, which backs "
            "the rebels, rejected the claim. Its government spokesman said Nairobi had no "
            "soldiers there.",
            "Its government spokesman", "John Okello", id="its-government-spokesman",
        ),
        pytest.param(
            "Police spokesman Ali Musa said the march was banned. The opposition leader "
            "called the ban illegal. His spokesman said the rally would go ahead.",
            "His spokesman", "Ali Musa", id="his-spokesman-not-the-earlier-one",
        ),
    ],
)
def test_a_title_owned_through_a_pronoun_is_not_an_earlier_holder(nlp, text, speaker, wrong):
    """"Its spokesman" is the owner's spokesman: never an earlier, different person who was
    given the same title."""
    found = dict(speaker_names(nlp, text))
    assert found[speaker] is None or wrong not in found[speaker]


def test_its_spokesman_speaks_for_the_owner(nlp):
    text = ("Rebel spokesman Idris Kamara said the fighters had taken the airport. Ghana, "
            "which funds the rebels, denied any role. Its foreign ministry spokesman said "
            "Accra had no say over the group.")
    found = dict(speaker_names(nlp, text))
    assert found["Its foreign ministry spokesman"] == "Ghana"


@pytest.mark.parametrize(
    ("text", "speaker", "place"),
    [
        pytest.param("NATO's mission in Kosovo, KFOR, said it had stepped up patrols.",
                     "NATO's mission in Kosovo, KFOR,", "Kosovo", id="mission-in-apposition"),
        pytest.param("France's embassy in Niger said its staff were safe.",
                     "France's embassy in Niger", "Niger", id="embassy-in"),
        pytest.param("Russia's military police in Syria said a convoy had been attacked.",
                     "Russia's military police in Syria", "Syria", id="police-in"),
    ],
)
def test_the_place_a_speaker_works_in_is_not_the_speaker(nlp, text, speaker, place):
    """A place in a locative phrase of the speaker ("the mission in Kosovo") is where the
    speaker is, never who speaks: the owner or an apposition is."""
    found = dict(speaker_names(nlp, text))
    assert found[speaker] is not None and place not in found[speaker]


def test_members_in_a_body_keep_the_body(nlp):
    """"Democrats in the Senate" are members of a body, not people at a place."""
    found = dict(speaker_names(nlp, "Democrats in the Senate said the bill would fail."))
    assert found["Democrats in the Senate"] is not None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "The former mayor Ines Duarte died in custody. Her husband, Peace Joy Sunday, said "
            "the guards had beaten her.", "Her husband, Peace Joy Sunday,", id="husband",
        ),
        pytest.param(
            "The union leader Kofi Asante was jailed last week. His wife, Hope Mercy Friday, "
            "said the trial was unfair.", "His wife, Hope Mercy Friday,", id="wife",
        ),
        pytest.param(
            "The former governor Jonas Weller died in prison. His wife, Hope Joy Sunday, said "
            "the guards had beaten him.", "His wife, Hope Joy Sunday,", id="wife-misread-name",
        ),
        pytest.param(
            "The opposition leader Maria Lopez was arrested at dawn. Her brother, Tenzin Dorje "
            "Kalsang, said the case was fabricated.",
            "Her brother, Tenzin Dorje Kalsang,", id="brother",
        ),
    ],
)
def test_a_named_kinsman_is_not_the_owner(nlp, text, speaker):
    """"Her son, NAME," is NAME: where the actors layer has no actor for the name, the speaker
    stays unresolved rather than go to the mother."""
    found = dict(speaker_names(nlp, text))
    assert found[speaker] is None or found[speaker] in speaker


@pytest.mark.parametrize(
    ("text", "speaker", "wrong"),
    [
        pytest.param(
            "Lucia Ferro, head of the nurses' union, met the health minister on Monday. "
            "The union representing hospital staff said the walkout would go on.",
            "The union representing hospital staff", "Lucia Ferro", id="union-not-its-head",
        ),
        pytest.param(
            "Tomas Berg, leader of the Green Party, lost his seat in the election. The party "
            "said it would appeal the result.",
            "The party", "Tomas Berg", id="party-not-its-leader",
        ),
        pytest.param(
            "General Amadou Keita, chief of the army, toured the front on Friday. The army "
            "said its troops had repelled an attack near Gao.",
            "The army", "Amadou Keita", id="army-not-its-chief",
        ),
        pytest.param(
            "Farid Nasser, a lawyer for the union, filed the appeal. The union said the "
            "dismissals were illegal.",
            "The union", "Farid Nasser", id="union-not-its-lawyer",
        ),
    ],
)
def test_a_body_is_not_the_person_who_serves_it(nlp, text, speaker, wrong):
    """"The union said" is the union's claim: a noun for a body describes no person, not
    even one whose title or apposition names that body ("head of the nurses' union")."""
    found = dict(speaker_names(nlp, text))
    assert speaker in found and (found[speaker] is None or wrong not in found[speaker])


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        pytest.param(
            "Armenia and Azerbaijan traded artillery fire overnight. Each side blamed the "
            "other for starting the clashes.", {"Armenia", "Azerbaijan"}, id="each-side",
        ),
        pytest.param(
            "India and Pakistan held talks in Geneva on Monday. Both sides said the meeting "
            "had been useful.", {"India", "Pakistan"}, id="both-sides",
        ),
        pytest.param(
            "Ethiopia and Sudan exchanged fire near the border town. The two countries accused "
            "each other of sending troops into the disputed area.", {"Ethiopia", "Sudan"},
            id="the-two-countries",
        ),
    ],
)
def test_a_reciprocal_speaker_is_both_parties_named_before(nlp, text, pair):
    """"Each side accused the other": the claim is each party's, the two last named together
    (the first is the speaker, the other a co-speaker)."""
    _, actors, claims, _ = claims_of(nlp, text)
    names = {a.id: a.name for a in actors}
    (claim,) = claims
    assert {names.get(claim.speaker), *(names.get(i) for i in claim.co_speakers)} == pair


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param(
            "The Sudan Liberation Army's leader, Abdel Wahid Nur, said the group would keep "
            "fighting. It said the army had bombed its camps.", "Abdel Wahid Nur", id="leader",
        ),
        pytest.param(
            "The Awami League's secretary, Obaidul Quader, said the party would boycott the "
            "vote. It said the election was rigged.", "Obaidul Quader", id="secretary",
        ),
        pytest.param(
            "The Red Cross's director, Pierre Krahenbuhl, said the agency had reached the "
            "city. It said medicine was running out.", "Pierre Krahenbuhl", id="director",
        ),
        pytest.param(
            "The ruling party's head, Mario Abdo, said the party would win the runoff. It "
            "said turnout would be high.", "Mario Abdo", id="head",
        ),
    ],
)
def test_it_never_takes_up_a_person_named_by_a_leader_noun(nlp, text, person):
    """"The group's leader, X, said ... . It said ...": a leader, head, director or
    secretary is one person (the nouns the actors layer knows rename a person's name), no
    body that "it" can stand for."""
    found = speaker_names(nlp, text)
    assert ("It", person) not in found
