"""A condemnation is aimed at who did the act condemned, and the act is never the condemner's."""

from __future__ import annotations

import pytest

import kronika

AIMED = [
    # (text, condemning trigger, the target's name)
    ("Gunmen raided a village in Zamfara on Sunday. The governor condemned the attack.",
     "condemned", "armed groups"),
    (("Soldiers arrested three journalists in Harare on Friday. Press groups condemned the "
      "arrests."), "condemned", "soldiers"),
    ("The African Union condemned the killing of the students by police.", "condemned",
     "police"),
    ("Riot police beat students in Dhaka. The opposition protested against the beatings.",
     "protested", "police"),
    # the act told with the same word, though another party fought since
    (("Militants attacked a police post in Tillaberi on Monday. Soldiers fought the militants "
      "for hours. The minister condemned the attack."), "condemned", "armed groups"),
    # the act told before on the same thing in other words, more than two sentences back
    (("Houthi rebels fired two missiles at a tanker off Yemen on Sunday. The crew put out a "
      "fire on deck. The ship was towed to Djibouti. Insurers raised their rates. Oman "
      "condemned the attack on the tanker."), "condemned", "houthi"),
    (("Gunmen kidnapped 40 pupils from a school in Katsina. The governor said troops were "
      "searching the forest. Parents gathered outside the school. The bishop condemned the "
      "abduction of the pupils."), "condemned", "armed groups"),
    (("Rebels shelled a hospital in Kadugli on Friday. Doctors said four patients died. Aid "
      "groups left the town. The United Nations condemned the attack on the hospital."),
     "condemned", "rebels"),
    # a target the condemnation names stays
    ("The army shelled the town. Amnesty accused Russia of the attack.", "accused", "russia"),
]


def names(analysis: kronika.Analysis) -> dict[str, str]:
    return {a.id: a.name for a in analysis.actors}


@pytest.mark.parametrize(("text", "trigger", "target"), AIMED)
def test_condemnation_is_aimed_at_the_doers(text: str, trigger: str, target: str) -> None:
    analysis = kronika.analyze(text, published="2025-08-18")
    event = next(e for e in analysis.events if e.trigger == trigger)
    assert target in str(names(analysis).get(event.target)).lower()


@pytest.mark.parametrize(
    ("text", "act", "condemner"),
    [
        ("Riot police beat students in Dhaka. The opposition protested against the beatings.",
         "beatings", "opposition"),
        ("The army shelled the town. Amnesty accused Russia of the attack.", "attack",
         "Amnesty"),
        ("Militants bombed a church in Kaduna. The bishops condemned the bombing.", "bombing",
         "bishops"),
    ],
)
def test_condemned_act_is_not_the_condemners(text: str, act: str, condemner: str) -> None:
    analysis = kronika.analyze(text, published="2025-08-18")
    doers = [str(names(analysis).get(e.source)) for e in analysis.events if e.trigger == act]
    assert all(condemner.lower() not in d.lower() for d in doers)


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("The Malian junta blamed Algeria for the raids. Algeria rejected the accusation on Sunday.",
     "rejected", "MLI"),
    ("Russia proposed a truce on Monday. Ukraine rejected the proposal a day later.", "rejected",
     "RUS"),
    ("Chad accused Sudan of arming the rebels. Sudan rejected these accusations.", "rejected",
     "TCD"),
    ("Kenya demanded a recount on Friday. Tanzania rejected the demand.", "rejected", "KEN"),
], ids=["rejected the accusation", "rejected the proposal", "rejected these accusations",
        "rejected the demand"])
def test_a_rejection_is_aimed_at_who_accused_proposed_or_demanded(
    text: str, trigger: str, target: str
) -> None:
    """'X blamed Y. Y rejected the accusation': a rejection of a definite act told before is
    aimed at whoever did it, as a condemnation is."""
    events = [e for e in kronika.analyze(text, published="2025-08-18").events
              if e.trigger == trigger]
    assert any(e.target_country == target for e in events), \
        [f"{e.trigger} {e.source_country}->{e.target_country}" for e in events]


@pytest.mark.parametrize("text", [
    "The United Nations condemned the attack on the hospital.",
    "The bishop condemned the attack on the church in Goma.",
    "Human rights groups condemned the raid on the newspaper's offices.",
])
def test_the_victim_of_a_condemned_act_is_not_made_its_doer(text: str) -> None:
    """'condemned the attack on the hospital': the accusation reaches the hospital, but the
    hospital did not attack itself."""
    analysis = kronika.analyze(text, published="2025-08-18")
    assert all(e.source is None or e.source != e.target for e in analysis.events), [
        (e.type, e.trigger, e.source, e.target) for e in analysis.events]


@pytest.mark.parametrize(("text", "act", "accused"), [
    (("Amnesty International accused the Burmese army of killing 40 villagers in an attack on "
      "the village of Tar Taing."), "attack", "the Burmese army"),
    (("Human Rights Watch accused Ethiopian troops of executing dozens of men in a raid on the "
      "town of Bahir Dar."), "raid", "Ethiopian troops"),
    (("Rights groups accused the army of killing civilians in an attack on the village of "
      "Tamba."), "attack", "the army"),
], ids=["Burmese army", "Ethiopian troops", "the army"])
def test_an_act_told_inside_a_charge_is_the_accuseds(text: str, act: str, accused: str) -> None:
    """'accused the army of killing civilians in an attack on X': the army attacked, not the
    accuser nor the civilians."""
    analysis = kronika.analyze(text, published="2025-03-04")
    events = [e for e in analysis.events if e.trigger == act]
    assert events and all(text[e.source_start or 0:e.source_end or 0].startswith(accused)
                          for e in events), analysis.events


@pytest.mark.parametrize(("text", "doer"), [
    (("Israeli air strikes killed 30 Palestinians in Gaza, after Hamas fired rockets at Israel. "
      "The United Nations condemned the strikes on a school sheltering displaced families."),
     "Israeli"),
    (("Russian drones struck Odesa overnight, while Ukraine shelled Belgorod. The European Union "
      "condemned the strikes on a maternity hospital in the city."), "Russian drones"),
    (("Pakistani jets struck Khost overnight, and Taliban fighters shelled Kurram. The United "
      "Nations condemned the strikes on a school for girls."), "Pakistani jets"),
], ids=["school in Gaza", "maternity hospital", "school for girls"])
def test_whom_a_condemned_act_was_done_to_is_no_target_of_the_condemnation(
        text: str, doer: str) -> None:
    """'condemned the strikes on a school': aimed at who struck, not at the school."""
    analysis = kronika.analyze(text, published="2025-03-04")
    events = [e for e in analysis.events if e.trigger == "condemned"]
    assert events and all(text[e.target_start or 0:e.target_end or 0] == doer
                          for e in events), analysis.events


@pytest.mark.parametrize(("text", "act", "accused"), [
    ("Kinshasa accused Rwanda of sending soldiers to back the M23 rebels.", "back", "Rwanda"),
    ("Kinshasa accused Rwanda of deploying troops to support the M23 rebels.", "support",
     "Rwanda"),
    ("Addis Ababa accused Asmara of sending troops to back the Fano militia.", "back", "Asmara"),
], ids=["sending soldiers", "deploying troops", "sending troops"])
def test_help_told_inside_a_charge_is_the_accuseds(text: str, act: str, accused: str) -> None:
    """'accused X of sending soldiers to back Y': X backs Y, not the soldiers it sent."""
    analysis = kronika.analyze(text, published="2025-03-04")
    events = [e for e in analysis.events if e.trigger == act]
    assert events and all(text[e.source_start or 0:e.source_end or 0] == accused
                          for e in events), analysis.events


@pytest.mark.parametrize(("text", "holder"), [
    (("Police arrested the blogger Tunde Bakare on Friday. The opposition demanded his "
      "immediate release."), "Police"),
    ("Iran detained a Swedish aid worker in March. Stockholm called for her release.", "Iran"),
    (("Gunmen abducted six Turkish engineers near Kirkuk on Sunday. Ankara called for their "
      "release."), "Gunmen"),
], ids=["his release", "her release", "their release"])
def test_a_demand_for_release_is_put_to_the_holder(text: str, holder: str) -> None:
    """'Police arrested X. The opposition demanded his release': asked of the police, who hold
    him, not of the one to be set free."""
    analysis = kronika.analyze(text, published="2025-03-04")
    events = [e for e in analysis.events if e.type == "REQUEST"]
    assert events and all(text[e.target_start or 0:e.target_end or 0] == holder
                          for e in events), analysis.events


def test_a_demand_for_a_new_ones_release_is_not_put_to_an_earlier_holder() -> None:
    """'the release of a reporter' is no one told before: no holder is guessed."""
    text = "Police arrested two activists on Monday. The UN demanded the release of a reporter."
    analysis = kronika.analyze(text, published="2025-03-04")
    names = {a.id: a.name for a in analysis.actors}
    assert all(names.get(e.target or "") != "Police" for e in analysis.events
               if e.type == "REQUEST"), analysis.events


@pytest.mark.parametrize(("text", "doer"), [
    (("Islamabad accused Kabul of sheltering fighters of the Pakistani Taliban, who have "
      "killed scores of policemen since January."), "Pakistani Taliban"),
    ("The government accused Rwanda of arming the M23 rebels, who captured Goma in January.",
     "M23 rebels"),
    (("Kenya accused Somalia of harbouring al-Shabaab fighters who attacked a police post in "
      "Mandera."), "al-Shabaab"),
], ids=["who have killed", "who captured", "who attacked"])
def test_a_relative_clause_inside_a_charge_keeps_its_own_doer(text: str, doer: str) -> None:
    """'accused X of sheltering militants who killed police': the militants killed, not X."""
    analysis = kronika.analyze(text, published="2025-03-04")
    acts = [e for e in analysis.events if e.type in ("ASSAULT", "COERCE")]
    assert acts and all(doer in text[e.source_start or 0:e.source_end or 0]
                        for e in acts), analysis.events


@pytest.mark.parametrize(("text", "doer"), [
    (("Police arrested the former president at the airport. Human rights groups welcomed the "
      "arrest."), "Police"),
    (("Troops detained the rebel commander in Bunia. The governor praised the arrest."),
     "Troops"),
    (("The navy seized a tanker carrying arms off Yemen. Washington welcomed the seizure."),
     "The navy"),
], ids=["welcomed the arrest", "praised the arrest", "welcomed the seizure"])
def test_praise_of_an_act_is_aimed_at_its_doer(text: str, doer: str) -> None:
    """'rights groups welcomed the arrest' backs whoever arrested."""
    analysis = kronika.analyze(text, published="2025-03-04")
    praise = [e for e in analysis.events if e.type == "SUPPORT"]
    assert praise and all(text[e.target_start or 0:e.target_end or 0] == doer
                          for e in praise), analysis.events


@pytest.mark.parametrize(("text", "accuser"), [
    (("Armenia accused Azerbaijan on Tuesday of firing on its positions. The EU monitoring "
      "mission said it was investigating the incident. Russia urged calm. Azerbaijan's foreign "
      "ministry rejected the accusations."), "Armenia"),
    (("Armenia accused Azerbaijan on Tuesday of firing on its positions. The EU monitoring "
      "mission said it was investigating the incident. Azerbaijan rejected the accusations."),
     "Armenia"),
    (("Congo accused Rwanda of backing the rebels. The UN said it was investigating the "
      "reports. Kigali rejected the allegations."), "Congo"),
], ids=["ministry, far back", "two accusers near", "capital"])
def test_a_rejection_of_accusations_answers_those_made_against_the_rejecter(
        text: str, accuser: str) -> None:
    """'Y rejected the accusations' answers whoever accused Y, not a later inquiry."""
    analysis = kronika.analyze(text, published="2025-03-04")
    rejections = [e for e in analysis.events if e.type == "REJECT"]
    assert rejections and all(text[e.target_start or 0:e.target_end or 0] == accuser
                              for e in rejections), analysis.events


@pytest.mark.parametrize(("text", "doer"), [
    (("Pakistan carried out air strikes on suspected militant hideouts in Afghanistan in March, "
      "which Kabul condemned."), "Pakistan"),
    ("Israeli jets bombed a school in Gaza, an attack that Egypt condemned.", "Israeli"),
    (("Police arrested the opposition leader on Monday, a move that the European Union "
      "condemned."), "Police"),
], ids=["which", "an attack that", "a move that"])
def test_a_condemnation_in_a_relative_clause_is_aimed_at_the_acts_doer(text: str,
                                                                      doer: str) -> None:
    """'carried out strikes ..., which Kabul condemned': aimed at who carried them out."""
    analysis = kronika.analyze(text, published="2025-03-04")
    found = [e for e in analysis.events if e.type == "ACCUSE"]
    assert found and all(doer in text[e.target_start or 0:e.target_end or 0]
                         for e in found), analysis.events
