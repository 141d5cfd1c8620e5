"""Event type choice on one-line sentences written for the tests, through the real model:
which trigger words and phrasings give which PLOVER type (and mode), and which ACLED type.

Each row: a sentence, the PLOVER type one of its events must have, and optionally the mode
and the ACLED sub-event key (data/acled.yaml) that event must carry.
"""

from __future__ import annotations

import pytest

import kronika
from kronika.events.acled import sub_event
from kronika.records import Analysis, Event

PUBLISHED = "2025-08-22"

# (name, sentence, PLOVER type, mode or None, ACLED sub-event key or None)
ROWS = [
    # --- naming a group a terrorist organisation sanctions it (as 'blacklist', CAMEO 163)
    ("redesignated as terrorist", ("Washington redesignated the Houthis as a terrorist "
     "organisation in January."), "SANCTION", None, None),
    ("listed as terrorist", "Canada listed the Bishnoi gang as a terrorist entity on Monday.",
     "SANCTION", None, None),
    ("designated a terror group", "Moscow designated the Ukrainian battalion as a terror group.",
     "SANCTION", None, None),
    # --- calling a strike or a truce proclaims it (no phone call)
    ("call a general strike", ("Sri Lanka's trade unions called a general strike against the "
     "tax increases."), "PROTEST", None, None),
    ("call a nationwide strike", ("Teachers' unions in Lagos called a nationwide strike on "
     "Tuesday."), "PROTEST", None, None),
    ("call a truce", "Haitian gangs called a truce in Port-au-Prince on Sunday.", "CONCEDE",
     None, None),
    ("call a ceasefire", "The rebels called a unilateral ceasefire on Friday.", "CONCEDE",
     None, None),
    # --- initialling a treaty signs it provisionally (CAMEO 057)
    ("initialled a treaty", "Armenia has initialled a peace treaty with Azerbaijan.",
     "SUPPORT", None, None),
    ("initialed the deal", "Serbia and Kosovo initialed the deal in Brussels.",
     "SUPPORT", None, None),
    # --- a weapon fired or used: the verb with its object names the event
    ("fired teargas", "Police fired teargas near the parliament in Tbilisi.",
     "ASSAULT", None, None),
    ("used water cannon", "Riot police used water cannon on farmers near Delhi.",
     "ASSAULT", None, None),
    ("fired rubber bullets", "Soldiers fired rubber bullets in the old town of Hebron.",
     "ASSAULT", None, None),
    ("used live ammunition", "The guards used live ammunition against striking miners.",
     "ASSAULT", "firearms", None),
    ("dropped barrels of chlorine", "A jet dropped barrels of chlorine on a village near Idlib.",
     "ASSAULT", "unconventional", "chemical_weapon"),
    ("agent used by", "Doctors said the nerve agent used by the militia had killed nine.",
     "ASSAULT", "unconventional", "chemical_weapon"),
    ("chemical weapons were used", "Chemical weapons were used against the rebels in Homs.",
     "ASSAULT", "unconventional", "chemical_weapon"),
    # --- a missile, rocket, shell or drone launched at someone is an attack (CAMEO 194/195)
    ("launched missiles at", "The militia launched two missiles at a Kurdish airbase.",
     "ASSAULT", "heavy-weapons", None),
    ("lobbed mortar shells", "Gunmen lobbed mortar shells at a Nigerian army camp.",
     "ASSAULT", "heavy-weapons", None),
    ("launched drones at", "The rebels launched drones at an oil depot in Jeddah.",
     "ASSAULT", "heavy-weapons", None),
    ("fired artillery at", "Eritrean units fired artillery at Ethiopian troops.",
     "ASSAULT", "heavy-weapons", None),
    # heavy weapons are a fight, not a riot, even in demonstrators' hands
    ("demonstrators fired rockets", "Angry demonstrators fired rockets at the ministry.",
     "ASSAULT", "heavy-weapons", None),
    # --- a government warning its citizens off a country reduces relations (CAMEO 160)
    ("advised against all travel", "Norway advised against all travel to Chad on Tuesday.",
     "SANCTION", None, None),
    ("warned against travel", "Seoul warned against travel to Burma after the coup.",
     "SANCTION", None, None),
    ("issued a travel advisory", "Ottawa issued a travel advisory for Nicaragua.",
     "SANCTION", None, None),
    # --- evidence put forward against someone accuses them (CAMEO 112)
    ("presented evidence against", "Albania presented evidence against Serbia in The Hague.",
     "ACCUSE", None, None),
    ("produced evidence against", "The minister produced evidence against the smugglers.",
     "ACCUSE", None, None),
    # --- a bomb or mine planted is a bombing (CAMEO 183)
    ("planted landmines", "Rebels planted landmines along the road to Kidal.",
     "ASSAULT", "explosives", "remote_explosive_landmine_ied"),
    ("bombs were planted", "Bombs were planted by militants outside two churches in Lahore.",
     "ASSAULT", "explosives", "remote_explosive_landmine_ied"),
    # --- property or people handed back (CAMEO 084); returning fire is fighting
    ("returned statues to", "Italy returned three looted statues to the government of Libya.",
     "RETREAT", "return", None),
    ("were returned", "The seized fishing boats were returned to Vietnam on Friday.",
     "RETREAT", "return", None),
    ("handed back", "Militia leaders returned the captured rifles to the army in Bangui.",
     "RETREAT", "return", None),
    ("returned fire", "Soldiers returned fire after gunmen ambushed a convoy near Gao.",
     "ASSAULT", "firearms", None),
    # --- every thing given names the aid: coordinated objects, 'provided X with Y'
    ("provided maps and intelligence", "Canada provided maps and military intelligence to Mali.",
     "AID", "military", None),
    ("provided with equipment", "Seoul provided the Polish army with tanks and equipment.",
     "AID", "military", None),
    ("sent food and supplies", "Qatar sent blankets and medical supplies to Gaza.",
     "AID", "humanitarian", None),
    # --- an exercise held by forces of several countries is a joint one (CAMEO 062)
    ("two countries' exercises", "Egypt and Greece began military exercises off Crete.",
     "COOPERATE", None, None),
    ("a war game of three", "Japan, India and Australia joined a war game in Darwin.",
     "COOPERATE", None, None),
    ("one country's drills", "China held military drills near the Paracel islands.",
     "MOBILIZE", None, None),
    # --- attending a meeting is taking part in it (CAMEO 04)
    ("attended a summit", "Lula attended a summit of Amazon states in Belem.",
     "CONSULT", None, None),
    ("will attend talks", "Armenian envoys will attend talks with Baku in Vienna.",
     "CONSULT", None, None),
    ("attended the conference", "Kenyan ministers attended the donor conference in Oslo.",
     "CONSULT", None, None),
    # --- withdrawing peacekeepers, monitors or inspectors reduces relations (CAMEO 166)
    ("withdrew peacekeeping troops", "Fiji withdrew its peacekeeping troops from the Golan.",
     "SANCTION", "withdraw", None),
    ("pulled peacekeepers out", "Uruguay pulled its peacekeepers out of Goma on Sunday.",
     "SANCTION", "withdraw", None),
    ("withdrew inspectors", "The IAEA withdrew its inspectors from the Iranian plant.",
     "SANCTION", "withdraw", None),
    # --- violence by demonstrators is a riot (CAMEO 145), 'protestor' spelt either way
    ("torched by a protestor", "A bank was torched by an angry protestor in Santiago.",
     "PROTEST", "riot", "violent_demonstration"),
    ("protestors set fire", "Protestors set fire to a police station in Lagos.",
     "PROTEST", "riot", "violent_demonstration"),
    # --- ACLED: crowd-control weapons meet a crowd, even one the sentence does not name
    ("tear gas in a district", "Police fired tear gas in the market district of Kampala.",
     "ASSAULT", None, "protest_with_intervention"),
    ("water cannon among petrol bombs",
     "Police fired water cannon as youths hurled petrol bombs in Belfast.",
     "ASSAULT", None, "protest_with_intervention"),
    ("missile fired by", "A missile fired by the rebels struck a frigate off Hodeidah.",
     "ASSAULT", "heavy-weapons", "shelling_artillery_missile_attack"),
    # --- an event noun with no named actor that the sentence says took place
    ("went on a spree", "Jobless men went on a looting spree overnight in the township.",
     "COERCE", "confiscate", "looting_property_destruction"),
    ("campaign of torching", "There was a new campaign of torching in the villages near Jos.",
     "ASSAULT", "destroy", "looting_property_destruction"),
    ("took out a march", "Villagers took out a protest march to the district office in Sylhet.",
     "PROTEST", None, "peaceful_protest"),
    ("rallies that rocked", "It was the third of the rallies that have rocked the capital.",
     "PROTEST", None, "peaceful_protest"),
    ("killed during the rally", "Four marchers were killed during the rally in Conakry.",
     "PROTEST", None, None),
    ("died in a demonstration", "Three died in a demonstration in Lagos on Monday.",
     "PROTEST", None, None),
    # --- a phrase whose preposition's object comes after the verb's own object
    ("took him into custody", "Police in Lahore took him into custody on Sunday.",
     "COERCE", "arrest", None),
    ("took the editor into custody", "Soldiers took the editor into custody in Bamako.",
     "COERCE", "arrest", None),
    ("put them on trial", "The junta put three generals on trial in Conakry.",
     "COERCE", "arrest", None),
    ("held without charge", "Security forces held two Kenyan reporters without charge.",
     "COERCE", "arrest", None),
    ("kept in detention", "Police kept the activist in detention overnight in Minsk.",
     "COERCE", "arrest", None),
    # --- a caption's present-tense verb the tagger reads as a noun, in a spelled-out phrase
    ("an officer fires tear gas", "A traffic officer fires tear gas at students in Dhaka.",
     "ASSAULT", None, None),
    ("a soldier fires tear gas", "A soldier fires tear gas at farmers near Lahore.",
     "ASSAULT", None, None),
    ("police fire tear gas", "Police fire tear gas at protesters in Nairobi.",
     "ASSAULT", None, None),
    # --- a hyphenated verb whose first half the tagger reads as a noun
    ("tear-gassed the crowd", "Officers tear-gassed the crowd outside parliament in Lima.",
     "ASSAULT", None, None),
    ("were tear-gassed", "Teachers marching in Harare were tear-gassed by riot police.",
     "ASSAULT", None, None),
    ("acid thrown", "A man threw acid at a schoolgirl in Kandahar on Tuesday.",
     "ASSAULT", "primitive", None),
    # --- a crowd that gathers doing what demonstrators do is a demonstration
    ("gathered, chanting", ("Hundreds of people gathered outside the French embassy in Bamako, "
     "chanting slogans against the junta."), "PROTEST", None, None),
    ("assembled and demanded", ("Hundreds of farmers assembled in the main square of Bogra and "
     "demanded the release of their leader."), "PROTEST", None, None),
    ("gathered to protest", "Thousands of students gathered in Dhaka to protest the quota law.",
     "PROTEST", None, None),
    # --- the occasion one arrives for takes place (no topic talked about)
    ("arrived for their meeting", ("The Kenyan and Somali presidents arrived for their meeting "
     "at the palace on Monday."), "CONSULT", None, None),
    ("came for talks", "Sudan's army chief came to Jeddah for talks with the mediators.",
     "CONSULT", None, None),
]

# (name, sentence, the one event type it gives, the type it must not give)
ONE_EVENT = [
    # the weapon is the means of the act its purpose clause names: one event, not two
    ("teargas to break up", "Officers in Lusaka fired teargas to break up a student rally.",
     "COERCE", "ASSAULT"),
    ("poison gas to kill", "The regime used poison gas to kill hundreds of villagers.",
     "ASSAULT", None),
]


# (name, sentence, PLOVER type): naming, not requesting ('called for a march'): the event
# that the sentence says was joined or attended happened (asserted or reported)
HAPPENED_ROWS = [
    ("what organisers called a march",
     'Students in Lima joined what their organisers called a "Peaceful March of Lima" on Friday.',
     "PROTEST"),
    ("what the union termed a rally",
     "Miners in Oruro attended what the union termed a rally of the Andes on Monday.",
     "PROTEST"),
]


# (name, sentence, PLOVER type, factuality): acts announced rather than done, coded as CAMEO
# codes the announcement (03 intent, 13 threat, 185 an attempt that took place)
ANNOUNCED_ROWS = [
    # halting talks or mediation is done by saying so: a halt decided, no threat
    ("would suspend talks until", ("The ruling party said it would suspend talks on joining the "
     "European Union until 2028."), "SANCTION", "asserted"),
    ("will suspend talks", "Ankara said it will suspend talks with Athens on the maritime border.",
     "SANCTION", "asserted"),
    ("would suspend mediation", ("Qatar said it would suspend its mediation between Israel and "
     "Hamas."), "SANCTION", "asserted"),
    # readiness adjectives announce the act
    ("willing to withdraw", "Kenya is willing to withdraw all soldiers from Lamu.",
     "AGREE", "asserted"),
    ("ready to free", "The militia is ready to free the Nepali hostages.", "AGREE", "asserted"),
    ("prepared to lift", "Chile is prepared to lift the ban on Bolivian beef.",
     "AGREE", "asserted"),
    ("willing to offer", "Norway is willing to offer talks to the rebels.", "AGREE", "asserted"),
    ("prepared to declare", "Peru's cabinet is prepared to declare martial law in Puno.",
     "THREATEN", None),
    # policy support announced for the future is an intent (CAMEO 032)
    ("will support", "Austria will support Moldova's bid to join the union.", "AGREE", None),
    ("plans to sign", "Ghana plans to sign a trade accord with Togo.", "AGREE", None),
    # a 'would' after a past verb of saying reports a 'will'
    ("said would boycott", "Farmers' unions said they would boycott the Lisbon talks.",
     "THREATEN", None),
    ("announced would withdraw", "Nigeria announced it would withdraw its peacekeepers",
     "THREATEN", None),
    ("confirmed would release", "Manila confirmed it would release the Chinese fishermen.",
     "AGREE", None),
    # an attempt at violence took place
    ("tried to assassinate", "Gunmen tried to assassinate the governor of Kandahar.",
     "ASSAULT", "asserted"),
    ("attempted to storm", "Rioters attempted to storm the parliament in Lima.",
     "PROTEST", "asserted"),
    ("have tried to kill", "Militants have tried to kill the mayor of Mosul twice.",
     "ASSAULT", "asserted"),
]

# (name, sentence, PLOVER type, factuality it must not have)
NOT_ANNOUNCED = [
    # coming back is no handing back; a verdict returned is no property
    ("returned to a city", "The Iraqi premier returned to Baghdad on Monday.", "RETREAT", None),
    ("returned home", "Thousands of Burundian refugees returned home last year.", "RETREAT",
     None),
    ("returned a verdict", "The jury returned a verdict against the two colonels.", "RETREAT",
     None),
    # an announcement in the source's own words is the promise itself, not a report of it
    ("said it will free", "Kenya said it will free the Somali fishermen.", "AGREE", "reported"),
    # a plan or readiness of the source's own ("is willing to", "X's decision to") is no report
    ("willing to offer", "Chile is willing to offer aid to Peru.", "AGREE", "reported"),
    ("decision to send", "The Kenyan government's decision to send troops to Haiti drew praise.",
     "MOBILIZE", "reported"),
    ("would under a condition", "Kiev said it would attack Minsk if Belarus joined the war.",
     "THREATEN", None),
    ("a present verb of saying", "He would release them, the colonel says.", "AGREE", None),
    ("will try is still to come", "The rebels will try to attack the base in Gao.",
     "ASSAULT", "asserted"),
]


def acled_key(event: Event) -> str | None:
    sub = sub_event(event.acled_type)
    return sub.key if sub is not None else None


def describe(analysis: Analysis) -> list[str]:
    return [f"{e.type}/{e.mode} [{e.trigger}] {e.factuality} {acled_key(e)}"
            for e in analysis.events]


@pytest.mark.parametrize(("name", "text", "etype", "mode", "acled"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_type_row(name: str, text: str, etype: str, mode: str | None, acled: str | None) -> None:
    analysis = kronika.analyze(text, published=PUBLISHED)
    assert any(
        e.type == etype and (mode is None or e.mode == mode)
        and (acled is None or acled_key(e) == acled)
        for e in analysis.events
    ), describe(analysis)


@pytest.mark.parametrize(("name", "text", "etype", "absent"), ONE_EVENT,
                         ids=[r[0] for r in ONE_EVENT])
def test_means_and_purpose_are_one_event(name: str, text: str, etype: str,
                                         absent: str | None) -> None:
    analysis = kronika.analyze(text, published=PUBLISHED)
    assert [e.type for e in analysis.events] == [etype], describe(analysis)
    assert absent is None or all(e.type != absent for e in analysis.events)


@pytest.mark.parametrize(("name", "text", "etype"), HAPPENED_ROWS,
                         ids=[r[0] for r in HAPPENED_ROWS])
def test_named_event_happened(name: str, text: str, etype: str) -> None:
    analysis = kronika.analyze(text, published=PUBLISHED)
    assert any(e.type == etype and e.factuality in ("asserted", "reported")
               for e in analysis.events), describe(analysis)


@pytest.mark.parametrize(("name", "text", "etype", "fact"), ANNOUNCED_ROWS,
                         ids=[r[0] for r in ANNOUNCED_ROWS])
def test_announced_act(name: str, text: str, etype: str, fact: str | None) -> None:
    analysis = kronika.analyze(text, published=PUBLISHED)
    assert any(e.type == etype and (fact is None or e.factuality == fact)
               for e in analysis.events), describe(analysis)


@pytest.mark.parametrize(("name", "text", "etype", "fact"), NOT_ANNOUNCED,
                         ids=[r[0] for r in NOT_ANNOUNCED])
def test_not_announced(name: str, text: str, etype: str, fact: str | None) -> None:
    analysis = kronika.analyze(text, published=PUBLISHED)
    assert not any(e.type == etype and (fact is None or e.factuality == fact)
                   for e in analysis.events), describe(analysis)


@pytest.mark.parametrize("text", [
    "Pyongyang launched two ballistic missiles into the sea on Monday.",
    "Iran launched a new space rocket from Semnan.",
    "The navy launched a drone over the strait to watch the tankers.",
])
def test_launch_with_no_one_aimed_at_is_no_attack(text: str) -> None:
    """A missile, rocket or drone launched with no 'at / on / against' someone is a test or a
    flight, not an attack."""
    analysis = kronika.analyze(text, published=PUBLISHED)
    assert all(e.type != "ASSAULT" for e in analysis.events), describe(analysis)


@pytest.mark.parametrize(("text", "etype"), [
    ("The militia vowed to attack the airport in Goma.", "THREATEN"),
    ("Baku pledged to retaliate against any shelling of its villages.", "THREATEN"),
    ("The guerrillas vowed revenge against the army.", "THREATEN"),
    ("Oslo pledged to fund the clinic in Juba.", "AGREE"),
])
def test_promised_violence_is_a_threat(text: str, etype: str) -> None:
    """A vow or pledge of violence threatens force (CAMEO 138); of anything else it is an
    intent to cooperate (AGREE), and never both."""
    analysis = kronika.analyze(text, published=PUBLISHED)
    promised = [e.type for e in analysis.events if e.type in ("AGREE", "THREATEN")]
    assert promised == [etype], describe(analysis)


@pytest.mark.parametrize(("text", "etype"), [
    # workers walk out: a day that dates the strike aims it at nothing
    ("Intro.\n\nDockworkers struck on Tuesday, halting shipments at the port.", "PROTEST"),
    ("Intro.\n\nBus drivers in Lagos struck on Monday over unpaid wages.", "PROTEST"),
    ("Intro.\n\nMiners struck against pay cuts in the north.", "PROTEST"),
    ("Intro.\n\nTeachers in Kenya struck on Monday.", "PROTEST"),
    # a state, its forces or its aircraft strike with arms, and a blow is struck back
    ("Intro.\n\nIsraeli jets struck overnight, residents said.", "ASSAULT"),
    ("Intro.\n\nRussia struck overnight, officials said.", "ASSAULT"),
    ("Intro.\n\nIsrael said it struck back.", "ASSAULT"),
])
def test_who_strikes_tells_a_walkout_from_a_blow(text: str, etype: str) -> None:
    events = [e for e in kronika.analyze(text, published="2025-03-05").events
              if e.trigger == "struck"]
    assert [e.type for e in events] == [etype]


@pytest.mark.parametrize(("text", "etype"), [
    # an armed body on the march moves its forces
    ("Intro.\n\nFederal troops marched into Mekelle in November.", "MOBILIZE"),
    ("Intro.\n\nRebels marched on the capital on Sunday.", "MOBILIZE"),
    ("Intro.\n\nSoldiers marched through the streets of Bamako.", "MOBILIZE"),
    # civilians on the march demonstrate
    ("Intro.\n\nThousands of students marched to parliament on Monday.", "PROTEST"),
])
def test_who_marches_tells_a_demonstration_from_a_troop_movement(text: str, etype: str) -> None:
    events = [e for e in kronika.analyze(text, published="2024-09-10").events
              if e.trigger == "marched"]
    assert [e.type for e in events] == [etype]


@pytest.mark.parametrize(("text", "fact"), [
    # calling a march, a protest or a rally proclaims it, as calling a strike does
    ("Intro.\n\nThe opposition called a march for Saturday.", "future"),
    ("Intro.\n\nStudent leaders called a protest outside parliament for Friday.", "future"),
    ("Intro.\n\nThe activists called a demonstration against the law.", "asserted"),
])
def test_calling_a_demonstration_proclaims_it(text: str, fact: str) -> None:
    events = [e for e in kronika.analyze(text, published="2024-11-28").events
              if e.trigger == "called"]
    assert [(e.type, e.factuality) for e in events] == [("PROTEST", fact)]


# Resisting a request, a call, a demand or a proposal turns it down (CAMEO 12); the noun of
# the request only tells the asking over.
@pytest.mark.parametrize("text", [
    "The UN asked Hungary to take in more refugees, but Budapest resisted the request.",
    "The junta resisted demands by ECOWAS to hold elections.",
    "Berlin has resisted a French proposal for joint debt.",
])
def test_resisting_a_request_rejects_it(text: str) -> None:
    types = [e.type for e in kronika.analyze(text, published=PUBLISHED).events]
    assert "REJECT" in types and types.count("REQUEST") <= 1
