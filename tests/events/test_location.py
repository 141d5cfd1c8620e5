"""Where an event took place: the most specific toponym of its locative phrase."""

from __future__ import annotations

import pytest

import kronika

ROWS = [
    # (sentence, trigger, location name or None)
    ("Gunmen killed five villagers in the village of Kambari in northern Nigeria.", "killed",
     "Kambari"),
    ("Police shot two protesters near the Dardpora area of Kupwara district.", "shot", "Dardpora"),
    ("Troops patrolled Liberation Square in central Baghdad.", "patrolled", "Liberation Square"),
    ("Activists demonstrated outside Dolmabahce Palace on Monday.", "demonstrated",
     "Dolmabahce Palace"),
    ("Rebels captured the town of Goma.", "captured", "Goma"),
    # the occasion of the event says where it happened ('killed in clashes in X')
    ("Two soldiers were killed during clashes in the town of Kambari.", "killed", "Kambari"),
    # a place that describes a person, a party or a date is not where the event happened
    ("Three people were killed in a Turkish airstrike.", "killed", None),
    ("A taxi driver from Lagos was shot by police on Monday.", "shot", None),
    ("Rebels attacked the barracks in March 2011.", "attacked", None),
    # coordinated, procession and distance prepositions say where too
    ("Police patrolled in and near the village of Kambari.", "patrolled", "Kambari"),
    ("Protesters marched through Nairobi on Sunday.", "marched", "Nairobi"),
    ("Thousands marched to the Lagos offices of the electoral commission.", "marched", "Lagos"),
    ("Soldiers patrolled a stretch of forest 20 miles from the town of Bunia.", "patrolled",
     "Bunia"),
    # a site is named by its head noun, whatever the recognizer took the name for
    ("Rebels captured Topkapi Palace on Saturday.", "captured", "Topkapi Palace"),
    ("The rebels seized the base, Bagram Airfield, on Sunday.", "seized", "Bagram Airfield"),
    ("A bomber detonated his belt at the gate of the al-Mansour school in Baghdad.",
     "detonated", "al-Mansour"),
    ("Police patrolled outside the Al-Amal hospital.", "patrolled", "Al-Amal"),
    ("Troops patrolled inside and outside the King Hussein hospital.", "patrolled",
     "King Hussein"),
    ("Soldiers patrolled a stretch of forest 20 miles from the city of San Pedro Sula.",
     "patrolled", "San Pedro Sula"),
    # a party before a site owns it, after it is no place ('the offices of the World Bank')
    ("Two policemen were killed near the UNMISS base in Malakal.", "killed", "Malakal"),
    ("Gunmen attacked the US embassy in Kabul.", "attacked", "Kabul"),
    ("Protesters marched to the Nairobi offices of the World Bank.", "marched", "Nairobi"),
    # 'in A, in B's district of C' places A inside C, whatever A is attached to
    ("Aid workers were captured by gunmen in the Ruwenzori Valley, in Uganda's district of Kasese.",
     "captured", "Ruwenzori Valley"),
    # a gapped verb shares the scene; an operation named for a town happened there
    ("Ten soldiers were captured and five civilians killed in the town of Kambari.",
     "captured", "Kambari"),
    ("Rebels have killed 40 soldiers since the launch of the Tikrit operation.", "killed",
     "Tikrit"),
    # a place in what was going on at the time, or in the clause around the participant
    ("A photographer was killed while covering clashes in the city of Aleppo.", "killed",
     "Aleppo"),
    ("Ten militants were killed in clashes that broke out in the village of Kafr Nabl.",
     "killed", "Kafranbel"),  # the gazetteer's name of the village
    ("Gunmen opened fire near soldiers who were standing guard in the Shati refugee camp.",
     "opened", "Shati"),
    ("Iraq, whose airfields were bombed by US jets, protested to the UN.", "bombed", "Iraq"),
    ("Militiamen shelled the outskirts of El Fasher on Tuesday.", "shelled", "El Fasher"),
    # a nominal event named for a town happened there; one named for a party did not
    ("Police said the Orlando massacre was planned for months.", "massacre", "Orlando"),
    ("A U.S. airstrike killed ten militants.", "killed", None),
    # what a protest is against is elsewhere
    ("Students were protesting against the army's offensive in Darfur.", "protesting", None),
    # a sentence that opens with a place sets the scene of its clauses, not of what is said
    ("In Kherson, an emergency was declared, with hundreds of houses destroyed.", "destroyed",
     "Kherson"),
    ("In Washington, the president said rebels had attacked a convoy.", "attacked", None),
    # a person's name in apposition is no place, whatever the recognizer tags it
    ("My cousin Rebecca Ann Johnston, known as Becky, was murdered in 1989 in Tulsa.", "murdered",
     "Tulsa"),
    # a name only the recognizer calls an organisation may be a town
    ("Jets launched an air strike on Abu Kamal on Monday.", "strike", "Abu Kamal"),
    # the scene of an infinitive complement is that act's, not the appeal's or the refusal's
    ("The African Union urged the two armies to return to talks in Addis Ababa.", "urged", None),
    ("Turkey did not agree to release the prisoners held in Ankara.", "agree", None),
    # a people, a purpose, a party's seat, the source of a report or a name is no scene
    ("Fighting destroyed many Kurdish villages.", "destroyed", None),
    ("Troops patrolled the streets to prevent attacks on shops in Srinagar.", "patrolled", None),
    ("Two soldiers were shot in an ambush, according to the defence ministry in Kampala.", "shot",
     None),
    ("Police shot the man while he was shouting that guns are sold in Texas.", "shot", None),
    ("Abu Hafs at-Tunisi was killed on Monday.", "killed", None),
    ("The three Danes were captured by rebels.", "captured", None),
    # a party's person or thing is no scene: the locative phrase is ('his Myanmar counterpart',
    # 'Armenia border posts')
    ("Thailand's foreign minister met his Myanmar counterpart in Bangkok on Friday.", "met",
     "Bangkok"),
    ("Kenya's president met his Ugandan counterpart in Kampala on Friday.", "met", "Kampala"),
    ("Artillery shelled Armenia border posts near the village of Sotk.", "shelled", "Sotk"),
    ("Drones struck Ukraine army positions near the town of Kreminna.", "struck", "Kreminna"),
    # a people addressed is no place ('called on X', 'appealed to X')
    ("The junta leader called on Malians to support the army.", "called", None),
    ("The minister called on Nigerians to vote on Saturday.", "called", None),
    ("The bishop called on Rwandans to forgive their neighbours.", "called", None),
    # a capital asked to act is a party, not the scene
    ("The minister called on Tehran to free the sailors.", "called", None),
    ("The president called on Washington and Paris to press Israel.", "called", None),
    # a surname of a person named in full before is that person, however it is tagged
    (("Militia leader Abdou Karim Gassama said he would fight on. The European Union imposed "
     "sanctions on Gassama in May."), "imposed", None),
    (("General Joaquim Ferreira Dalamba denied the charges. Police arrested Dalamba "
     "in Luanda on Friday."), "arrested", "Luanda"),
    ("Rebel commander Sule Mbarga Koffa fled north. Soldiers attacked Koffa near Bouar.",
     "attacked", "Bouar"),
    # an act on a party that a capital or a country names happens at no place of that name
    ("Togo denied the claims. The Union imposed sanctions on Lome in March.", "imposed", None),
    ("The European Union imposed new sanctions on Russia.", "imposed", None),
    ("Bolivia rejected the ultimatum. Lima accused La Paz of arming the smugglers.", "accused",
     None),
    # a person named with a title or an apposition is no unknown village
    ("Three states imposed entry bans on party founder Levan Gvaramia.", "bans", None),
    ("Washington imposed sanctions on Rahim Kasymov, a former interior minister.", "imposed",
     None),
    ("Police raided the home of opposition leader Tomas Ferenc in Kosice.", "raided", "Kosice"),
    # a surname after a title is the person, even when a town bears the name
    ("A court barred former president Morales from the election.", "barred", None),
    ("Police arrested opposition leader Morales in the capital.", "arrested", None),
    ("Clashes broke out in Morales on Sunday.", "Clashes", "Morales"),
    # a treaty named after a place is a text, not the scene
    ("Delhi suspended the Indus Waters Treaty on Wednesday.", "suspended", None),
    ("Moscow withdrew from the Budapest Memorandum.", "withdrew", None),
    # a point of the compass alone is a bloc or a direction
    ("Beijing warned the West against meddling in the dispute.", "warned", None),
    # a headline capitalises every word: an unknown capitalised word there is no place
    ("Serbia Puts Army on Alert\n\nOfficials in Belgrade gave no details.", "Puts", None),
    # ('Dawn' had been Fajar, Singapore, by a transliterated alternate name)
    ("Police Arrest 40 Protesters at Dawn\n\nOfficials gave no details.", "Arrest", None),
    ("Rebels attacked a village in West Darfur.", "attacked", "West Darfur"),
    # a strike on a city happened there
    ("Russia launched a missile attack on Kyiv.", "launched", "Kyiv"),
    ("The junta imposed a curfew in Bamako.", "imposed", "Bamako"),
    ("The two leaders signed a trade agreement in Bogota on Monday.", "signed", "Bogota"),
    # a clause of another act, before, after or behind the event, may tell another place
    ("Manila summoned the envoy after Chinese ships fired water cannon near Scarborough Shoal.",
     "summoned", None),
    ("Seoul recalled its ambassador because troops had crossed the line near Panmunjom.",
     "recalled", None),
    ("Kenya closed the border until the militants left the town of Mandera.", "closed", None),
    ("A photographer was shot when police charged the crowd in the city of Aleppo.", "shot",
     "Aleppo"),
]


# A region the document's own toponyms left unresolved takes its country from the gazetteer
# when the text calls it a region, else from its own phrase.
REGIONS = [
    ("In the western state of Sinaloa, soldiers arrested a cartel boss.", "arrested",
     "Sinaloa", "MEX"),
    ("A drone strike in Ethiopia's Amhara region killed 30 civilians.", "killed", "Amhara",
     "ETH"),
    ("Gunmen killed ten farmers in Amhara, Ethiopia.", "killed", "Amhara", "ETH"),
    ("Police detained 40 people in the Indian state of Zorvania.", "detained", "Zorvania", "IND"),
    # a town of a country the story names, whatever the recognizer took the name for
    (("Rebels shelled the outskirts of Derna on Tuesday. Libya's government condemned the "
      "attack."), "shelled", "Derna", "LBY"),
]


@pytest.mark.parametrize(("text", "trigger", "name", "country"), REGIONS)
def test_region_country(text: str, trigger: str, name: str | None, country: str | None) -> None:
    analysis = kronika.analyze(text, published="2025-08-18")
    event = next(e for e in analysis.events if e.trigger == trigger)
    where = event.location
    assert (where.name if where else None, where.country if where else None) == (name, country)


@pytest.mark.parametrize(("text", "trigger", "name"), ROWS)
def test_event_location(text: str, trigger: str, name: str | None) -> None:
    analysis = kronika.analyze(text, published="2025-08-18")
    event = next(e for e in analysis.events if e.trigger == trigger)
    assert (event.location.name if event.location else None) == name


@pytest.mark.parametrize(("text", "trigger"), [
    ("Tajikistan denied shelling Kyrgyz positions on Wednesday.", "shelling"),
    ("Gunmen attacked Emirati lorries on Wednesday.", "attacked"),
    ("Gunmen attacked Sri Lankan lorries on Wednesday.", "attacked"),
])
def test_a_peoples_adjective_is_no_place(text: str, trigger: str) -> None:
    """'Kyrgyz positions' are Kyrgyzstan's, not a place called Kyrgyz, even where the
    recognizer tags the adjective as a place."""
    events = [e for e in kronika.analyze(text, published="2025-03-05").events
              if e.trigger == trigger]
    assert events and all(e.location is None for e in events)


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Troops shelled rebel positions 20 km north of Goma.", "shelled", "Goma"),
    ("Rebels ambushed an army patrol 40 kilometres east of Beni on Monday.", "ambushed", "Beni"),
    ("Gunmen killed six farmers west of Maiduguri on Sunday.", "killed", "Maiduguri"),
    ("The army said it repelled an attack north of Kharkiv.", "attack", "Kharkiv"),
])
def test_a_bearing_from_a_place_places_the_event_by_it(text: str, trigger: str,
                                                        name: str) -> None:
    """'20 km north of Goma': the event happened by Goma, as with '20 km from Goma'."""
    events = [e for e in kronika.analyze(text, published="2025-03-05").events
              if e.trigger == trigger]
    assert events and events[0].location is not None and events[0].location.name == name


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Gunmen killed two men in the Sool region of Somaliland.", "killed", "Sool"),
    ("Troops clashed with rebels in the Amhara region of Ethiopia.", "clashed", "Amhara"),
    ("Soldiers shot two herders in the Karamoja region of Uganda.", "shot", "Karamoja"),
    # a town's 'of' names the town, whatever region is named before it
    ("Militias clashed in the Darfur town of El Fasher.", "clashed", "El Fasher"),
])
def test_a_named_region_of_a_country_is_the_region(text: str, trigger: str, name: str) -> None:
    """'the Sool region of Somaliland': the region's own name is the place, inside the
    country its 'of' names."""
    events = [e for e in kronika.analyze(text, published="2025-03-05").events
              if e.trigger == trigger]
    assert events and events[0].location is not None and events[0].location.name == name


@pytest.mark.parametrize(("text", "name"), [
    ("Militants stormed a hotel in Mogadishu, killing 12 people.", "Mogadishu"),
    ("A car bomb exploded in a market in Kirkuk, killing five people.", "Kirkuk"),
    ("Troops shelled villages near Idlib on Monday, killing three children.", "Idlib"),
])
def test_a_result_participle_happened_where_its_act_did(text: str, name: str) -> None:
    """'stormed a hotel in Mogadishu, killing 12': the killing happened in Mogadishu."""
    events = [e for e in kronika.analyze(text, published="2025-03-05").events
              if e.trigger == "killing"]
    assert events and events[0].location is not None and events[0].location.name == name
