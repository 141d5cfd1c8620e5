"""What a stance is about, read right: a walkout is no violence, a vote cast is a stance, a
pronoun names what it refers back to, a clause of time or cause is no object, a condition's
antecedent is no one's stance, tariffs are not trade.

Sentences written for the tests, through the real spaCy model.
"""

from __future__ import annotations

import pytest

import kronika
from kronika.records import Analysis


def positions(analysis: Analysis) -> list[tuple[str, str, str]]:
    names = {a.id: a.name for a in analysis.actors}
    return [(names.get(p.actor, ""), p.stance, p.issue) for p in analysis.positions]


def found(text: str) -> list[tuple[str, str, str]]:
    return positions(kronika.analyze(text, published="2025-05-12"))


@pytest.mark.parametrize("text", [
    "The dockworkers' union called on its members to end the strike and return to work.",
    "Nurses said the union would halt the strike once wages were raised.",
    "The teachers' union urged the ministry to end the strike by paying salaries on time.",
], ids=["return to work", "halt", "salaries"])
def test_ending_a_walkout_is_no_ceasefire(text: str) -> None:
    assert not [p for p in found(text) if p[2] == "ceasefire"]


@pytest.mark.parametrize("text", [
    "Aid workers urged both sides to stop the strikes on hospitals.",
    "Villagers urged the army to stop the air strikes on their farms.",
    "The UN called for an end to the missile strikes on Kharkiv.",
], ids=["on hospitals", "air strikes", "missile strikes"])
def test_ending_military_strikes_is_the_ceasefire(text: str) -> None:
    assert [p for p in found(text) if p[2] == "ceasefire" and p[1] == "demands"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Opposition lawmakers in Lima voted against the ceasefire agreement.",
     ("opposes", "ceasefire")),
    ("Ghana voted for the resolution demanding a humanitarian pause.",
     ("supports", "ceasefire")),
    ("Senators in Manila voted against the new tariffs on rice.", ("opposes", "tariffs")),
], ids=["against a ceasefire", "for a resolution", "against tariffs"])
def test_a_vote_cast_for_or_against_a_measure_is_a_stance(
        text: str, expected: tuple[str, str]) -> None:
    assert expected in [(p[1], p[2]) for p in found(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Spain and Portugal backed the tariffs, while Slovakia voted against them.",
     ("Slovakia", "opposes", "tariffs")),
    ("Washington proposed a ceasefire on Monday. Hamas rejected it a day later.",
     ("Hamas", "rejects", "ceasefire")),
    ("Brussels offered new trade talks. Budapest opposed them.",
     ("Budapest", "opposes", "negotiations")),
], ids=["them, same sentence", "it, sentence before", "them, sentence before"])
def test_a_pronoun_object_names_what_it_refers_back_to(
        text: str, expected: tuple[str, str, str]) -> None:
    holder, stance, issue = expected
    assert [p for p in found(text) if holder in p[0] and p[1:] == (stance, issue)]


def test_a_pronoun_refers_only_to_the_nearest_noun_of_its_number() -> None:
    # the nearest plural is 'cars', which names no issue: no guess at the farther 'tariffs'
    assert not [p for p in found("The EU imposed tariffs on Chinese cars. China opposed them.")
                if p[0] == "China"]


@pytest.mark.parametrize("text", [
    "Serbia rejects Kosovo plan as tensions rise in the north",
    "Hamas rejected the proposal because Israel refused to end the war.",
    "The rebels dropped the plan while the army shelled the towns.",
], ids=["as", "because", "while"])
def test_a_clause_of_time_or_cause_is_not_what_is_rejected(text: str) -> None:
    holders = {"Serbia", "Hamas", "Rebels"}
    assert not [p for p in found(text) if p[0] in holders]


@pytest.mark.parametrize(("text", "supposed"), [
    (("The commissioner said the EU remained open to talks, but only if Beijing offered "
     "binding minimum prices."), "Beijing"),
    (("The rebels said they were ready to talk, but only if the army agreed to withdraw its "
     "troops from the north."), "Military"),
    (("Vucic said Serbia supports a peaceful solution, but only if Pristina accepts the "
     "association of Serb municipalities."), "Pristina"),
], ids=["offered", "agreed", "accepts"])
def test_a_condition_joined_as_a_conjunct_is_no_ones_stance(text: str, supposed: str) -> None:
    analysis = kronika.analyze(text, published="2025-05-12")
    held = positions(analysis)
    assert held and not [p for p in held if supposed in p[0]]
    assert all(p.condition for p in analysis.positions)


@pytest.mark.parametrize(("text", "issue"), [
    ("Hungary supported the tariffs on Chinese steel.", "tariffs"),
    ("Kenya welcomed the free trade agreement with Britain.", "trade"),
    ("Canada opposed the anti-dumping duties on its lumber.", "tariffs"),
], ids=["tariffs", "trade deal", "duties"])
def test_tariffs_are_their_own_issue_not_trade(text: str, issue: str) -> None:
    assert [p for p in found(text) if p[2] == issue]


@pytest.mark.parametrize("text", [
    "Caracas said it supports a peaceful solution to the dispute.",
    "The UN envoy urged both parties to seek a political solution.",
    "Nairobi called for a peaceful resolution of the conflict.",
], ids=["peaceful solution", "political solution", "peaceful resolution"])
def test_a_peaceful_or_political_solution_is_the_talks_issue(text: str) -> None:
    assert [p for p in found(text) if p[2] == "negotiations"]


@pytest.mark.parametrize(("text", "holder"), [
    ("The Kremlin wants the conflict to stay frozen, the Moldovan president said.", "Kremlin"),
    ("Seoul's defence minister said Pyongyang wants sanctions lifted before any talks.",
     "Pyongyang"),
    ("Kenyan officials said Ethiopia seeks access to the sea through Somaliland.", "Ethiopia"),
], ids=["Kremlin", "Pyongyang", "Ethiopia"])
def test_a_want_another_states_speaker_ascribes_is_no_position(text: str, holder: str) -> None:
    assert not [p for p in found(text) if holder in p[0]]


@pytest.mark.parametrize(("text", "holder"), [
    ("Russia wants a ceasefire, Kremlin spokesman Dmitry Peskov said.", "Russia"),
    ("Iran wants sanctions lifted, Iranian Foreign Minister Abbas Araghchi said.", "Iran"),
    ("Ethiopia seeks access to the sea, Prime Minister Abiy Ahmed said.", "Ethiopia"),
], ids=["Peskov", "Araghchi", "Abiy"])
def test_a_want_the_holders_own_side_reports_is_a_position(text: str, holder: str) -> None:
    assert [p for p in found(text) if holder in p[0]]


@pytest.mark.parametrize(("text", "stance"), [
    ("The junta said it was ready to sit down with the rebels.", "offers"),
    ("Hamas refused to sit with Israeli negotiators.", "rejects"),
    ("We will never sit down with a group that Kigali created, the spokesman Lutundula said.",
     "rejects"),
], ids=["ready", "refused", "never"])
def test_sitting_down_with_a_party_is_the_talks_issue(text: str, stance: str) -> None:
    assert [p for p in found(text) if p[1:] == (stance, "negotiations")]


@pytest.mark.parametrize(("text", "stance"), [
    ("The acting prime minister said Bangkok would respect the truce.", "accepts"),
    ("The rebels said they would not honour the ceasefire.", "rejects"),
    ("Both armies pledged to abide by the armistice.", "accepts"),
], ids=["respect", "not honour", "abide by"])
def test_keeping_to_an_agreement_accepts_it(text: str, stance: str) -> None:
    assert [p for p in found(text) if p[1:] == (stance, "ceasefire")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Berlin said Germany would not accept a weakening of the climate goals.",
     ("supports", "climate")),
    ("Denmark said it would not accept any weakening of the sanctions on Russia.",
     ("supports", "sanctions")),
    ("Washington will not lift the sanctions on Caracas.", ("supports", "sanctions")),
], ids=["weakening goals", "weakening sanctions", "not lift"])
def test_refusing_to_undo_a_thing_keeps_it(text: str, expected: tuple[str, str]) -> None:
    assert expected in [p[1:] for p in found(text)]


@pytest.mark.parametrize("text", [
    "Rome urged the bloc to open processing centres outside Europe.",
    "Madrid said it opposed offshore detention of asylum seekers.",
    "The Dutch minister praised the return hubs in Albania.",
], ids=["processing centres", "offshore detention", "return hubs"])
def test_offshore_processing_of_migrants_is_migration_control(text: str) -> None:
    # a stance on keeping migrants out runs the other way from one on migration itself
    assert [p for p in found(text) if p[2] == "migration_control"]


@pytest.mark.parametrize(("text", "issue"), [
    ("The Spanish prime minister defended legal pathways for migrant workers.", "migration"),
    ("Lithuania's foreign minister defended the sanctions on Minsk.", "sanctions"),
    ("Ottawa defended the ceasefire deal in parliament.", "ceasefire"),
], ids=["pathways", "sanctions", "ceasefire"])
def test_defending_a_policy_backs_it(text: str, issue: str) -> None:
    assert [p for p in found(text) if p[1:] == ("supports", issue)]


@pytest.mark.parametrize("text", [
    "Troops defended the city against rebel attacks.",
    "Soldiers defended their positions overnight.",
    "Ukrainian forces defended Pokrovsk for months.",
    "Washington might not defend allies that spend too little.",
], ids=["city", "positions", "named town", "allies"])
def test_defending_ground_or_a_party_is_no_stance(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Cambodia asked the court to rule on four disputed temple areas.",
    "Sudan demanded the return of the disputed Abyei areas.",
    "Peru opposed the survey of the disputed river territory.",
], ids=["temple areas", "Abyei areas", "river territory"])
def test_a_disputed_place_with_a_noun_between_is_territory(text: str) -> None:
    assert [p for p in found(text) if p[2] == "territory"]
