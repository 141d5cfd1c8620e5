"""ACLED-style types: the codebook as data, one annotated sentence per sub-event, the main
event of a report, and the trigger senses and hazards the types depend on.

Rows are written for the tests: ``<ev>...</ev>`` marks the trigger of the event whose
``acled_type`` the row checks (the sub-event key of data/acled.yaml), through the real model.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kronika
from kronika.errors import KnowledgeError
from kronika.events.acled import load_acled, main_event, read_acled, sub_event
from kronika.records import Analysis, Event, Evidence

PUBLISHED = "2025-08-22"
MARK = re.compile(r"<ev>(.*?)</ev>")

ROWS = [
    # --- Explosions/Remote violence
    ("chemical_weapon", "Government helicopters <ev>attacked</ev> the town with chlorine gas."),
    ("suicide_bomb", "A suicide bomber <ev>killed</ev> twelve worshippers at a mosque in Kabul."),
    ("air_drone_strike", "Saudi-led coalition jets <ev>bombed</ev> a market in Saada."),
    ("shelling_artillery_missile_attack", "Russian forces <ev>shelled</ev> Kharkiv overnight."),
    ("grenade", ("Militants <ev>hurled</ev> a grenade at a police patrol in Srinagar, "
                 "<ev>injuring</ev> four officers.")),
    ("remote_explosive_landmine_ied",
     "A roadside bomb <ev>killed</ev> three soldiers near Gao on Monday."),
    # --- Protests and riots
    ("excessive_force_against_protesters",
     "Security forces <ev>shot</ev> dead five protesters in Khartoum."),
    ("violent_demonstration", "Protesters <ev>torched</ev> cars and looted shops in Santiago."),
    ("protest_with_intervention",
     "Police <ev>fired</ev> tear gas at protesters in Nairobi on Monday."),
    ("mob_violence", "A mob <ev>lynched</ev> two men accused of theft in Dhaka."),
    ("peaceful_protest", "Thousands of teachers <ev>marched</ev> peacefully through Bogota."),
    # --- Violence against civilians
    ("sexual_violence", "Soldiers <ev>raped</ev> women in villages of North Kivu, the UN said."),
    ("attack", "Gunmen <ev>killed</ev> nine villagers in Zamfara state."),
    ("abduction_forced_disappearance",
     "Bandits <ev>kidnapped</ev> forty schoolchildren in Niger state."),
    # --- Battles
    ("government_regains_territory", "The Syrian army <ev>recaptured</ev> the town from rebels."),
    ("non_state_actor_overtakes_territory",
     "Taliban militants <ev>captured</ev> the district centre after heavy fighting."),
    ("armed_clash", "Rebels and government troops <ev>clashed</ev> near Goma."),
    # --- Strategic developments
    ("agreement", "The government and the rebels <ev>signed</ev> a ceasefire agreement."),
    ("arrests", "Police <ev>arrested</ev> the opposition leader in Minsk."),
    ("change_to_group_activity", "Sudan's army <ev>mobilized</ev> reservists."),
    ("disrupted_weapons_use", "Police <ev>seized</ev> a cache of weapons and explosives in Lagos."),
    ("headquarters_or_base_established",
     "Turkish forces <ev>established</ev> a new military base near Idlib."),
    ("looting_property_destruction", "Soldiers <ev>torched</ev> dozens of houses in the village."),
    ("non_violent_transfer_of_territory",
     "The rebels <ev>withdrew</ev> from the town, handing it to the army."),
    ("other", "Poland <ev>expelled</ev> three Russian diplomats."),
]


def marked(text: str) -> tuple[str, list[int]]:
    """The plain sentence and the character offsets of its marked triggers."""
    starts, plain, last = [], "", 0
    for match in MARK.finditer(text):
        plain += text[last : match.start()]
        starts.append(len(plain))
        plain += match.group(1)
        last = match.end()
    return plain + text[last:], starts


def describe(analysis: Analysis) -> list[str]:
    """Short lines for a failure message."""
    return [f"{e.type}/{e.mode} [{e.trigger}] {e.factuality}: {e.acled_type}"
            for e in analysis.events]


def test_every_sub_event_has_a_row() -> None:
    assert {key for key, _ in ROWS} == {s.key for s in load_acled()}


@pytest.mark.parametrize(("key", "text"), ROWS, ids=[r[0] for r in ROWS])
def test_sub_event_row(key: str, text: str) -> None:
    plain, starts = marked(text)
    analysis = kronika.analyze(plain, published=PUBLISHED)
    label = next(s.label for s in load_acled() if s.key == key)
    at_marks = [e for e in analysis.events if e.trigger_start in starts]
    assert any(e.acled_type == label for e in at_marks), describe(analysis)


MORE_ROWS = [
    # A second phrasing of sub-events whose cues are not a single trigger word.
    ("protest_with_intervention",
     "Riot police <ev>dispersed</ev> a sit-in by teachers outside parliament in Kampala."),
    ("excessive_force_against_protesters",
     "Soldiers <ev>dispersed</ev> the rally with live ammunition, killing two protesters."),
    ("excessive_force_against_protesters",
     "Riot police violently <ev>dispersed</ev> a protest in Rabat on Sunday."),
    ("protest_with_intervention",
     "Police <ev>broke</ev> up a rally by students outside the ministry in Dakar."),
    ("chemical_weapon", "Government forces <ev>used</ev> chlorine in Douma, inspectors found."),
    ("disrupted_weapons_use",
     "Soldiers <ev>discovered</ev> a stash of grenades and rifles in a cave near Kandahar."),
    # A water cannon is crowd control, not artillery: a clash with demonstrators is a riot.
    ("violent_demonstration", ("Police used a water cannon in <ev>clashes</ev> with "
                               "demonstrators outside the parliament in Tbilisi.")),
    # An anti-aircraft gun is no aircraft.
    ("shelling_artillery_missile_attack",
     "Rebels <ev>attacked</ev> a border checkpoint near Gao with anti-aircraft guns and rockets."),
    # 'non-violent' says the opposite of 'violent'.
    ("peaceful_protest", "Thousands of non-violent students <ev>marched</ev> through Dhaka."),
    # Armed men who hit no named actor but a place of unarmed people.
    ("attack", "Masked gunmen <ev>opened</ev> fire inside a church in Ondo state."),
    ("grenade", "Unknown men <ev>threw</ev> a grenade into a crowded market in Manipur."),
    ("shelling_artillery_missile_attack",
     "Insurgents <ev>fired</ev> mortar rounds at a border post near Kunar overnight."),
    ("headquarters_or_base_established",
     "The army has <ev>established</ev> two new observation points near the border."),
    ("disrupted_weapons_use",
     "Commandos <ev>destroyed</ev> a cache of explosives in a cave in Helmand."),
    ("change_to_group_activity",
     "Turkey <ev>deployed</ev> reinforcements to a military base in Syria."),
    ("protest_with_intervention",
     "Soldiers <ev>attacked</ev> a peaceful sit-in outside the ministry in Khartoum."),
    ("looting_property_destruction",
     "Dozens of shops were <ev>burned</ev> in the township overnight, police said."),
    ("remote_explosive_landmine_ied",
     "A border guard was <ev>killed</ev> in a limpet blast near the river on Sunday."),
    # Only the authorities arrest: an arrest counts with no arresting side named.
    ("arrests", "Dozens were <ev>arrested</ev> in the capital on Sunday."),
    ("non_violent_transfer_of_territory",
     "A strip of territory was <ev>handed</ev> over by the rebels to government control."),
    # A freed village is territory taken back, not a captive released.
    ("government_regains_territory",
     "Malian troops <ev>freed</ev> three villages from the jihadists on Friday."),
    ("government_regains_territory",
     "Army units <ev>established</ev> control over the border district on Sunday."),
    # A killing told with an abduction is violence beyond it: an attack.
    ("attack", ("Gunmen raided a village in Katsina on Friday, <ev>killing</ev> nine people "
                "and kidnapping 30.")),
    ("attack", ("Militiamen <ev>killed</ev> four farmers and abducted their wives near Bunia "
                "on Sunday.")),
    ("attack", ("Bandits <ev>shot</ev> dead two travellers and kidnapped a trader on the "
                "Abuja highway.")),
    # A verb that names its weapon lends it to no second act with an object of its own.
    ("armed_clash", ("Niger closed the border last month after rebels bombed a bridge and "
                     "<ev>attacked</ev> an army post near Tillaberi, killing nine soldiers.")),
    ("armed_clash", ("The army withdrew last month after rebels shelled the town and "
                     "<ev>stormed</ev> its barracks.")),
    ("attack", ("Mali expelled the French envoy in May after jihadists bombed a checkpoint and "
                "attacked a crowded market in Gao, <ev>killing</ev> 20 people.")),
    ("remote_explosive_landmine_ied",
     "A roadside bomb killed two soldiers and <ev>wounded</ev> five civilians near Gao."),
    # Students or workers who clash with the police riot; they are no armed side.
    ("violent_demonstration", "Students <ev>clashed</ev> with police in Dhaka on Tuesday."),
    ("violent_demonstration",
     "Striking dock workers <ev>fought</ev> with riot police at the port of Piraeus on Monday."),
    ("violent_demonstration", ("Hundreds of students <ev>clashed</ev> with riot police at "
                               "Makerere University on Monday.")),
    ("armed_clash", "Soldiers <ev>clashed</ev> with rebels near Goma on Monday."),
    # A raid on where unarmed people live or gather is an attack on them, not a battle.
    ("attack", "Armed bandits <ev>stormed</ev> the community of Gidan Bawa at dawn."),
    ("attack", "Attackers <ev>raided</ev> a village near Bunia overnight."),
    ("attack", "Armed men <ev>raided</ev> a market in Djibo on Tuesday."),
    # Power seized in a coup is no place taken: an arrest after it stays an arrest.
    ("arrests", ("The army seized power in a coup in 2021 and has since <ev>arrested</ev> "
                 "thousands of people.")),
    ("arrests", ("Soldiers who seized power in Niamey on Wednesday <ev>detained</ev> the "
                 "president.")),
    ("arrests", ("The junta, which seized power in a coup in May, has <ev>arrested</ev> 40 "
                 "journalists.")),
]


@pytest.mark.parametrize(("key", "text"), MORE_ROWS, ids=[r[0] for r in MORE_ROWS])
def test_sub_event_other_phrasing(key: str, text: str) -> None:
    test_sub_event_row(key, text)


NO_ACLED = [
    # Statements are no ACLED event: ACLED codes what is done, not what is said.
    ("accusation", "Armenia accused Azerbaijan of violating the ceasefire.", "ACCUSE"),
    ("appeal", "Ukraine asked the United States for more air defence.", "REQUEST"),
]


@pytest.mark.parametrize(("name", "text", "etype"), NO_ACLED, ids=[r[0] for r in NO_ACLED])
def test_statements_have_no_acled_type(name: str, text: str, etype: str) -> None:
    analysis = kronika.analyze(text, published=PUBLISHED)
    events = [e for e in analysis.events if e.type == etype]
    assert events and all(e.acled_type is None for e in events), describe(analysis)


# --- the codebook as data ---------------------------------------------------------------


def test_codebook_has_the_six_event_types_and_25_sub_events() -> None:
    subs = load_acled()
    assert len(subs) == 25 and len({s.case for s in subs}) == 25
    assert {s.event_type for s in subs} == {
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
        "Riots", "Strategic developments"}
    assert all(s.definition and s.rules for s in subs)
    assert sub_event("Battles: Armed clash").case == "ARMED_CLASH"  # type: ignore[union-attr]


def test_unknown_condition_names_file_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "acled.yaml"
    path.write_text("sub_events:\n  clash:\n    event_type: Battles\n    name: Armed clash\n"
                    "    case: ARMED_CLASH\n    definition: Two armed groups fight.\n"
                    "    rules:\n      - {types: [ASSAULT], weapon: [gun]}\n")
    with pytest.raises(KnowledgeError, match=r"acled.yaml:8: field 'sub_events.clash.rules.0"
                                             r".weapon': unknown condition"):
        read_acled(path)


def test_without_actors_must_name_a_known_type(tmp_path: Path) -> None:
    path = tmp_path / "acled.yaml"
    path.write_text("without_actors: [Skirmishes]\nsub_events:\n  clash:\n"
                    "    event_type: Battles\n    name: Armed clash\n    case: ARMED_CLASH\n"
                    "    definition: Two armed groups fight.\n    rules: [{types: [ASSAULT]}]\n")
    with pytest.raises(KnowledgeError, match="'Skirmishes' names no event or sub-event type"):
        read_acled(path)


# --- the main event of a report -----------------------------------------------------------


def event(acled_type: str | None, start: int, sentence: int = 0,
          factuality: str = "asserted") -> Event:
    """A bare event with an ACLED type at a position of a sentence (sentences 100 apart)."""
    return Event(
        id=str(start), type="ASSAULT", mode=None, cameo="19", quad_class=4, goldstein=-10.0,
        source=None, target=None, source_country=None, target_country=None,
        source_code=None, target_code=None, location=None, date=None, factuality=factuality,
        factuality_cue=None, attributed_to=None, trigger="x", confidence=1.0,
        evidence=Evidence(sentence, sentence * 100, sentence * 100 + 99, "x"),
        trigger_start=sentence * 100 + start, acled_type=acled_type,
    )


def test_main_event_is_in_the_lead_sentence_and_specific() -> None:
    attack = event("Violence against civilians: Attack", 0)
    suicide = event("Explosions/Remote violence: Suicide bomb", 40)
    planned = event("Explosions/Remote violence: Chemical weapon", 10, factuality="future")
    later = event("Battles: Armed clash", 0, sentence=1)
    assert main_event([attack, suicide, planned, later]) is suicide
    assert main_event([later, attack]) is attack
    assert main_event([event(None, 0)]) is None


# --- trigger senses and hazards the types rely on -----------------------------------------

SENSES = [
    # (name, sentence, PLOVER type that must be found, or '-TYPE' for one that must not)
    ("riot by demonstrators", "Protesters clashed with riot police in Paris.", "PROTEST"),
    ("clashes at a protest", ("Clashes erupted in Dhaka after troops broke up a peaceful "
                              "protest, and two students were detained."), "PROTEST"),
    ("clashes with no protest", "Clashes broke out between two clans near Baidoa.", "-PROTEST"),
    ("riot with demonstrators", "Riot police clashed with demonstrators in Lima.", "PROTEST"),
    ("back on the streets", "Thousands of teachers returned to the streets of Lagos.",
     "PROTEST"),
    ("demonstrators gather", "Protesters gathered outside the embassy in Seoul.", "PROTEST"),
    ("leaders gather", "European leaders gathered in Brussels for a summit.", "-PROTEST"),
    ("evidence gathered", "Investigators gathered evidence at the scene in Lyon.", "-PROTEST"),
    ("patrol attacked", "Militants hurled a grenade at an army patrol in Kupwara.",
     "-MOBILIZE"),
    ("patrols stepped up", "Police stepped up patrols in the capital.", "MOBILIZE"),
    ("camp charged", "Militants charged a police camp near Garissa at dawn.", "ASSAULT"),
    ("charged with a crime", "Prosecutors charged the mayor with corruption.", "ACCUSE"),
    ("a flag burned", "Protesters burned the flag outside the embassy in Tehran.",
     "-ASSAULT"),
    ("hostages freed", "The rebels freed two aid workers on Tuesday.", "RETREAT"),
    ("demonstrators' violence", "Rioters torched a police station in Minneapolis.", "PROTEST"),
    ("protests erupt unnamed", "Violent protests erupted in Bogota on Tuesday.", "PROTEST"),
    ("protest only postponed", "The union agreed to postpone the protest.", "-PROTEST"),
    ("taking part in a march", "Hundreds of nurses took part in a march in Lisbon.", "PROTEST"),
    ("joining a rally", "Thousands of farmers joined the rally in Delhi.", "PROTEST"),
    ("a protest taken elsewhere", "She took the protest to the capital.", "-PROTEST"),
    ("lemmatiser slip", "Soldiers raped women in the village, witnesses said.", "ASSAULT"),
    ("captured on film", "A drone captured footage of the flooded valley.", "-COERCE"),
    ("weapons found", "Weapons and ammunition were found in a farmhouse near Kirkuk.", "COERCE"),
    ("quantity of weapons found", "A stash of rifles was found in a farmhouse near Mosul.",
     "COERCE"),
    ("territory taken over", "Rebels have taken over four villages in the district.", "COERCE"),
    ("office taken over", "She will take over as head of the central bank in May.", "-COERCE"),
    ("unnamed and only possible", "Airstrikes may resume if talks fail.", "-ASSAULT"),
    ("unnamed and happened", "Airstrikes resumed on Monday.", "ASSAULT"),
    ("crisis defused", "The minister tried to defuse the political crisis.", "-COERCE"),
    ("summoned", "Police were called to the scene after the crash.", "-REQUEST"),
    ("patient airlifted", "The driver was airlifted to hospital after the crash.", "-AID"),
    ("blast by accident", "A gym demolished by a fertilizer plant explosion was rebuilt.",
     "-ASSAULT"),
    ("boiler explosion", "Two workers were injured when a boiler exploded at the mill.",
     "-ASSAULT"),
    ("toll of an eruption", ("Three hikers were killed, 12 hurt and two went missing after a "
                             "volcano erupted on a remote island on Sunday, sending ash over "
                             "nearby villages."),
     "-ASSAULT"),
]


@pytest.mark.parametrize(("name", "text", "want"), SENSES, ids=[r[0] for r in SENSES])
def test_trigger_sense(name: str, text: str, want: str) -> None:
    analysis = kronika.analyze(text, published=PUBLISHED)
    types = {e.type for e in analysis.events}
    if want.startswith("-"):
        assert want[1:] not in types, describe(analysis)
    else:
        assert want in types, describe(analysis)


def test_a_rule_must_name_its_types(tmp_path: Path) -> None:
    path = tmp_path / "acled.yaml"
    path.write_text("sub_events:\n  clash:\n    event_type: Battles\n    name: Armed clash\n"
                    "    case: ARMED_CLASH\n    definition: Two armed groups fight.\n"
                    "    rules:\n      - {words: [clash]}\n")
    with pytest.raises(KnowledgeError, match="a rule names the PLOVER types"):
        read_acled(path)
