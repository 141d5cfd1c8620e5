"""Where an event took place: the toponym of its locative phrase, the most specific one.

The place an event happened is named, in news English, by a locative phrase of the event
('killed in Tarmiyah', 'demonstrated outside Dolmabahce Palace', 'patrolled the streets of
Mogadishu', 'marched through X', 'ten miles from X'), often a nested one ('in the south
Baghdad neighbourhood of Al-Rashid': Al-Rashid, not Baghdad; 'near the Dardpora area of
Kupwara district': Dardpora).
The rules, in order:

1. a place directly in a patrolled, captured or attacked object ('patrolled Tahrir Square in
   Cairo': the square; 'Mogadishu's streets were patrolled'; 'the siege of Mariupol');
2. a locative phrase of the trigger, of the verb it depends on (a noun trigger's verb) or of
   a verb coordinated with it; inside it, the most specific toponym: the name of 'the town of
   X', a proper-noun compound of a place or site noun ('the Dardpora area', 'the al-Rasheed
   school'; 'the UNMISS base' and 'the US embassy' name their owner), else the object itself.
   A locative phrase set off by a comma after another one elaborates it ('in the Ruwenzori
   Valley, in Uganda's district of Kasese'): the first is the place;
3. else the toponym of the occasion the event happened in or during ('killed in the clashes
   in the town of X', 'the Raqqa campaign', 'killed while filming a clash in X', 'the clashes
   that broke out in X'); then the antecedent of a 'where'/'whose' relative clause ('Iraq,
   whose targets were bombed'); then the nearest toponym in a locative phrase of the
   trigger's clause, outside its attribution ('according to a statement from X');
4. else the nearest place of the trigger's own clause that names no party and modifies no
   other noun ('a driver from Bamako', 'a Moscow-backed coup' place the person, not the act).

A toponym is a place of the gazetteer, or a named place the parser found that the gazetteer
lacks (GPE, LOC, FAC entities: villages, districts, squares, palaces, or any name ending in a
site noun: 'Tahrir Square' tagged as a person); the latter keeps the text's name with no
coordinates rather than falling back to a bigger, wrong place. A people ('Kurdish towns'), an
organisation ('the offices of the World Bank') or a person is no place.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kronika.actors.detect import DOCUMENT_HEADS, addressed, titled
from kronika.actors.knowledge import load_knowledge, names_a_state
from kronika.actors.names import title_case_tokens
from kronika.actors.resolve import ActorIndex
from kronika.events.dates import clause_tokens, result_of
from kronika.lexicon import word_list
from kronika.nlp import lower_texts, sentence_index, sentences
from kronika.places import load_gazetteer, resolve_place
from kronika.records import Location

LOCATION_WORDS = "location_words.yaml"

# Prepositions that say where something happened ('from' names an origin, not the scene).
LOCATIVE_PREPS = word_list(LOCATION_WORDS, "locative_preps")
# Prepositions that only ever say where, never whom an act is aimed at ('signed in Bogota',
# 'protect Serbs in the north'), unlike 'on' ('sanctions on Kigali').
SCENE_PREPS = word_list(LOCATION_WORDS, "scene_preps")
# Verbs of a procession, whose destination is where it happened ('marched to the offices').
PROCESSION_VERBS = word_list(LOCATION_WORDS, "procession_verbs")
# Units of distance: 'ten miles from X' places the event by X.
DISTANCE_NOUNS = word_list(LOCATION_WORDS, "distance_nouns")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels the recognizer gives a town's name by mistake ('the Raqqa campaign' as a product).
MISC_LABELS = frozenset({"PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})
# Entity labels that are never a place ('the town of X' may be a name the recognizer took for
# a person; it is never a date).
NEVER_PLACES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
# Labels of a proper name that, unless the gazetteer knows it, is no scene of an event
# ('the three Danes were captured'; 'captured Herat October 3' is parsed as a date).
UNPLACED_LABELS = frozenset({"", "PERSON", "NORP"})
# Head nouns of the name of a site: 'Tahrir Square', 'Topkapi Palace', 'the al-Rasheed
# school' name a place, whatever label the entity recognizer gave them.
SITE_NOUNS = word_list(LOCATION_WORDS, "site_nouns")
# A point of the compass standing alone names a bloc or a direction, never a scene.
COMPASS_POINTS = word_list(LOCATION_WORDS, "compass_points")
# Prepositions of what an act is against or about.
TOPIC_PREPS = word_list(LOCATION_WORDS, "topic_preps")
# Parts of a place named by its owner: 'Mogadishu's streets', 'Kabul's outskirts'.
PART_NOUNS = word_list(LOCATION_WORDS, "part_nouns")
# Nouns for a settlement or part of one: 'the village of X' names a place even when the
# gazetteer and the entity recognizer do not know X.
SETTLEMENT_NOUNS = word_list(LOCATION_WORDS, "settlement_nouns")
# Nouns for a unit that contains the place an event happened in ('of Kupwara district').
REGION_NOUNS = word_list(LOCATION_WORDS, "region_nouns")
# Nouns for land a country holds: 'Ukrainian territory' is a place in Ukraine, while 'his
# Myanmar counterpart' or 'Russian positions' are a party's person or thing.
TERRITORY_NOUNS = word_list(LOCATION_WORDS, "territory_nouns")
# Prepositions that name the occasion of an event ('in the clashes', 'during the raid').
OCCASION_PREPS = word_list(LOCATION_WORDS, "occasion_preps")
# Verbs that say an occasion happened ('the clashes that broke out in X').
OCCURRENCE_VERBS = word_list(LOCATION_WORDS, "occurrence_verbs")
# Conjunctions of an adverbial clause that tells what was going on at the time.
CIRCUMSTANCE_MARKS = word_list(LOCATION_WORDS, "circumstance_marks")
# Prepositions after which a capitalised headline word is a town ('Clashes in Kambari'), unlike
# 'on Alert' or 'at Dawn'.
TOWN_PREPS = word_list(LOCATION_WORDS, "town_preps")
# Conjunctions of an adverbial clause that tells another act, before, after or behind the
# event, which may have happened elsewhere ('summoned the envoy after ships fired near X').
OTHER_ACT_MARKS = word_list(LOCATION_WORDS, "other_act_marks")
# Dependencies of a place that modifies another noun rather than the event.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})


def entity_of(tok: Token) -> Span | None:
    """The named entity a token belongs to."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def is_site(tok: Token) -> bool:
    """Whether a token is the head noun of a site ('school' of 'the al-Rasheed school')."""
    return tok.lemma_.lower() in SITE_NOUNS or tok.lower_ in SITE_NOUNS


def is_site_name(tok: Token) -> bool:
    """Whether a proper noun ends the name of a site ('Tahrir Square'; a bare 'Park' is a
    surname)."""
    return tok.pos_ == "PROPN" and is_site(tok) and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts)


def toponym(tok: Token, index: ActorIndex, settled: bool = False) -> Location | None:
    """The place a token names: a gazetteer place, else an unknown named place (a proper
    noun counts as one when ``settled``: it names 'the town of X', or when it names a site:
    'Tahrir Square')."""
    if tok.ent_type_ in NEVER_PLACES:
        return None  # 'in March 2011' is a date whatever towns are called March
    if tok.lower_ in DOCUMENT_HEADS:
        return None  # 'suspended the Indus Waters Treaty': a text, named after a place
    if tok.lower_ in COMPASS_POINTS and not any(c.dep_ == "compound" for c in tok.children):
        return None  # 'warned the West', 'the North': a bloc or a direction, not a place
    place = index.place_of(tok)
    if place is not None:  # a place the document's toponyms resolved, whatever its label
        return Location(place.name, place.country, place.lat, place.lon)
    if tok.ent_type_ == "NORP" and tok.text.endswith("s"):
        return None  # 'called on Malians to vote': a people, never a town called so
    if names_a_people(tok):
        return None  # 'shelled Kyrgyz positions' (tagged a place): a people's, no town
    settled = settled or is_site_name(tok)
    if tok.ent_type_ in MISC_LABELS:  # 'the Raqqa campaign' tagged as a product
        known = known_place(tok, index)
        if known is not None:
            return known
    if tok.ent_type_ and tok.ent_type_ not in PLACE_LABELS and not settled:
        return None
    named = tok.ent_type_ in PLACE_LABELS or (settled and tok.pos_ == "PROPN")
    if not named or (index.actor_of(tok) is not None and not settled):
        return None  # 'the town of X' is a town, whatever else X names
    name = name_span(tok).text.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    if not tok.text[:1].isupper():
        return None
    return unlisted_place(tok, name, index)


def names_a_people(tok: Token) -> bool:
    """Whether a word the gazetteer does not place is a people's adjective ('Kyrgyz',
    'Tajik', 'Uzbek'), which names whose a thing is, never where it is."""
    knowledge = load_knowledge()
    return any(knowledge.demonym(word) is not None for word in (tok.text, name_span(tok).text))


def unlisted_place(tok: Token, name: str, index: ActorIndex) -> Location | None:
    """A named place the document's toponyms did not resolve ('the state of Sinaloa', tagged
    as a body; 'Ethiopia's Amhara region'): a region the gazetteer knows, when the text calls
    it one or its country is in play, else a place with the country its phrase gives it."""
    countries = {p.country for p in index.places.values() if p.country}
    gazetteer = index.gazetteer if index.gazetteer is not None else load_gazetteer()
    head = region_head(tok)
    known = gazetteer.candidates(name)
    regions = [e for e in known if e.kind == "region"]
    # a town or region of a country the document names ('on the outskirts of Derna', tagged
    # as a person, in a story set in Libya), else a region the text calls one
    fitting = sorted((e for e in known if e.country in countries),
                     key=lambda e: (e.kind != "city", -e.population)) or (
        regions if head is not tok and len({e.country for e in regions}) == 1 else [])
    if fitting:
        return Location(name, fitting[0].country, fitting[0].lat, fitting[0].lon)
    if not known and tok.i in title_case_tokens(tok.doc) and not (
            tok.dep_ == "pobj" and tok.head.lower_ in TOWN_PREPS):
        return None  # 'Serbia Puts Army on Alert': a headline capitalises every word
    return Location(name, phrase_country(tok, head, index))


def region_head(tok: Token) -> Token:
    """The noun that calls a name a region or a settlement ('state' of 'the state of Sinaloa',
    'region' of 'the Amhara region'), else the name itself."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif tok.dep_ != "compound":
        return tok
    return head if head.lemma_.lower() in REGION_NOUNS | SETTLEMENT_NOUNS else tok


def phrase_country(tok: Token, head: Token, index: ActorIndex) -> str | None:
    """The country a place's own phrase names: 'Ethiopia's Amhara region', 'the Mexican state
    of Michoacan', 'the Amhara region of Ethiopia', 'in Amhara, Ethiopia'."""
    near = [c for c in head.children if c.dep_ in ("poss", "amod", "appos")]
    near += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
             for g in c.children if g.dep_ == "pobj" and g is not tok]
    for c in near:
        place = index.place_of(c)
        actor = index.actor_of(c)
        if place is not None and place.country and place.name == name_span(c).text:
            return place.country
        if actor is not None and names_a_state(actor.country):
            return actor.country  # 'the Indian state of X' may be read as India's state
    return None


def name_span(tok: Token) -> Span:
    """The whole name a token ends: its entity and the proper nouns compounded before it
    ('San Pedro Sula' when only 'Sula' is tagged), cut at the token when it
    modifies a noun ('the al-Rasheed school' is named al-Rasheed)."""
    doc = tok.doc
    start = tok.i
    while start > 0 and tok.is_ancestor(doc[start - 1]) and (
            (doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN")
            or (doc[start - 1].text == "-" and not doc[start - 1].whitespace_)):
        start -= 1
    words = [c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    ent = entity_of(tok)
    start = min([start, *words[:1], *([ent.start] if ent is not None else [])])
    end = ent.end if ent is not None and tok.dep_ != "compound" else tok.i + 1
    return doc[start:end]


def known_place(tok: Token, index: ActorIndex) -> Location | None:
    """A city or country of the gazetteer that a name the recognizer mislabelled denotes."""
    countries = {p.country for p in index.places.values() if p.country}
    gazetteer = index.gazetteer if index.gazetteer is not None else load_gazetteer()
    entry = resolve_place(name_span(tok).text, gazetteer, countries)
    if entry is None or entry.kind == "region":
        return None
    return Location(name_span(tok).text, entry.country, entry.lat, entry.lon)


def specific(obj: Token, index: ActorIndex, depth: int = 0) -> Location | None:
    """The most specific toponym of a locative object ('the town of X' -> X, 'the Dardpora
    area' -> Dardpora, 'Kabul' -> Kabul), else of a locative phrase inside it ('a hole on a farm
    in X' -> X)."""
    of_objects = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
    names = [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    # a proper name in a locative phrase is a place, known or not ('outside Dolmabahce Palace',
    # 'Tahrir Square in central Cairo': the square, not the town around it)
    own = toponym(obj, index, settled=not is_party(obj, index)) if obj.pos_ == "PROPN" else (
        toponym(obj, index) if index.place_of(obj) else None)
    if own is not None:
        return own
    # 'the town of X' names a place; so does 'the al-Rasheed school', but 'the UNMISS base'
    # names its owner
    settled = obj.lemma_.lower() in SETTLEMENT_NOUNS
    site = is_site(obj)
    # 'the town of X' names X; 'the Dardpora area of Kupwara district' names Dardpora, inside
    # Kupwara
    wider = [o for o in of_objects if o.lemma_.lower() in REGION_NOUNS]
    if names and obj.lemma_.lower() in REGION_NOUNS:
        wider = of_objects  # 'the Belgorod region of Russia': the region's own name, in
        # Russia (unlike 'the Gaza town of Rafah', whose 'of' names the town)
    order = [*(o for o in of_objects if o not in wider), *reversed(names), *wider]
    owners = [c for c in obj.children if c.dep_ == "poss"]  # 'Mogadishu's streets'
    owned = settled or obj.lower_ in PART_NOUNS or obj.lemma_.lower() in PART_NOUNS
    # 'the base, Topkapi Palace' names the base; 'my cousin, Anna Berg' a person,
    # whatever the recognizer calls her
    placed = settled or site or owned or obj.lemma_.lower() in REGION_NOUNS
    appos = [c for c in obj.children if c.dep_ == "appos" and (placed or index.place_of(c))]
    for tok in [*order, *appos, *owners]:
        if tok in names and tok.ent_type_ == "NORP":
            continue  # 'Kurdish towns' are towns of a people, not a town called Kurdish
        # 'the town of X', 'Mogadishu's streets', 'the outskirts of X' (whatever X is tagged)
        found = toponym(tok, index, (settled and tok not in wider)
                        or (owned and tok in owners + of_objects)
                        or (site and tok in names and not owner_party(tok, index)))
        if found is None and tok in of_objects:
            found = specific(tok, index, depth + 1)
        if found is not None:
            return found
    found = toponym(obj, index)
    if found is None and depth < 2:
        found = next((p for o in nested_objects(obj) if (p := specific(o, index, depth + 1))),
                     None)
    return found


def is_scene(obj: Token, index: ActorIndex) -> bool:
    """Whether what an event was done to may be the place it happened: no party, and a proper
    name only when it names a place ('patrolled Tahrir Square'; 'the three Danes were
    captured' names people the gazetteer and the recognizer do not know)."""
    if is_site(obj):  # 'patrolled Tahrir Square', 'patrolled outside the Al-Amal hospital'
        return True
    if index.actor_of(obj) is not None or owned_by_party(obj, index):
        return False
    return (obj.pos_ != "PROPN" or obj.ent_type_ not in UNPLACED_LABELS
            or index.place_of(obj) is not None)


def owned_by_party(obj: Token, index: ActorIndex) -> bool:
    """Whether a common noun is a party's person or thing, not ground: a party's name or
    demonym modifies it and it names no settlement, region or territory ('met his Myanmar
    counterpart', 'shelled Russian positions'; but 'Syrian villages', 'Ukrainian territory')."""
    if obj.pos_ != "NOUN":
        return False
    lemma = obj.lemma_.lower()
    if lemma in SETTLEMENT_NOUNS or lemma in REGION_NOUNS or lemma in PART_NOUNS \
            or lemma in TERRITORY_NOUNS:
        return False
    return any(c.dep_ in ("compound", "amod", "poss") and index.actor_of(c) is not None
               for c in obj.children)


def is_party(tok: Token, index: ActorIndex) -> bool:
    """Whether a name is an organisation or a group the knowledge base knows ('the offices of
    the United Nations'), which no locative phrase makes a place; a name the recognizer alone
    calls an organisation or a person is often an unknown village ('a strike on Abu Kamal'),
    but not when it is the surname of a person the text names in full."""
    actor = index.actor_of(tok)
    if actor is None:
        return False
    if actor.kind == "person" and any(m.end - m.start > 1 and not m.start <= tok.i < m.end
                                      for m in actor.mentions):
        return True  # 'sanctions on Dagalo' after 'Mohamed Hamdan Dagalo': the man, named
    if actor.kind == "person" and described(tok):
        return True  # 'bans on party founder X', 'the home of X, a former minister
    return (actor.entry is not None
            and actor.kind in ("organization", "group") and not is_site(tok))


def described(tok: Token) -> bool:
    """Whether a name comes with a common noun that says what its bearer is: a title before
    it ('party founder X', 'opposition leader X') or an apposition ('X, a former minister'),
    which a town's name never has."""
    return titled(tok) or any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in tok.children)


def owner_party(tok: Token, index: ActorIndex) -> bool:
    """Whether the name before a site noun is a party that owns or runs it ('the UNMISS base',
    'the US embassy': an acronym or a country), not the site's name ('the al-Rasheed school',
    'the King Fahd hospital')."""
    actor = index.actor_of(tok)
    return (len(tok.text) > 1 and tok.text.isupper()) or (
        actor is not None and actor.kind == "country")


def nested_objects(obj: Token) -> list[Token]:
    """Locative objects inside a noun phrase: its own ('a farm in X'), those of its
    apposition ('at 6:15 a.m. (0315 GMT) near X') and of its relative clause ('near troops
    who were operating in X')."""
    inner = [c for c in obj.children if c.dep_ in ("appos", "relcl")]
    return [*locative_objects(obj), *(o for c in inner for o in locative_objects(c))]


def locative_objects(head: Token) -> list[Token]:
    """Objects of the locative prepositions of a head, nearest first ('in and near X' too)."""
    # 'patrolled inside and outside the hospital': the first may be parsed as an adverb
    preps = [c for c in head.children if c.dep_ in ("prep", "advmod") and is_locative(c)]
    preps += [d for c in preps for d in c.children if d.dep_ == "conj" and is_locative(d)]
    # 'called on Washington to act' names the one asked, not a place
    objs = [g for c in preps for g in c.children if g.dep_ == "pobj" and not addressed(g)]
    return sorted(objs, key=lambda t: abs(t.i - head.i))


def bearing_objects(head: Token) -> list[Token]:
    """The places a head is placed by a bearing from ('20 km north of Goma', 'south of the
    capital'): the event happened near them, on the side the bearing gives."""
    return [g for c in head.children if c.lower_ in COMPASS_POINTS and c.dep_ in (
        "advmod", "npadvmod", "prep") for p in c.children if p.dep_ == "prep"
        and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def is_locative(prep: Token) -> bool:
    """Whether a preposition says where its head happened."""
    word = prep.lower_
    doc = prep.doc
    if not prep.whitespace_ and prep.i + 1 < len(doc) and doc[prep.i + 1].text == "-":
        return False  # 'Abu Hafs at-Tunisi': a particle of a name
    if word in LOCATIVE_PREPS:
        return True
    if word == "to":  # 'marched to the Lagos offices'
        return prep.head.lemma_.lower() in PROCESSION_VERBS
    # 'ten miles from X', '10 miles (15 kilometers) from X'
    return word == "from" and any(t.lemma_.lower() in DISTANCE_NOUNS
                                  for t in [*prep.head.children, *prep.children])


def aimed_objects(noun: Token) -> list[Token]:
    """What a nominal event was done to: its 'of' object ('the siege of Mariupol')."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


def occasions(trigger: Token) -> list[Token]:
    """What the event happened in or during ('killed in the clashes in X', 'killed by sniper
    fire in the town of X', 'the Raqqa campaign'), and the clause that says what the victim
    was doing ('killed while fighting in X')."""
    out = [g for c in trigger.children if c.dep_ in ("prep", "agent")
           and c.lower_ in OCCASION_PREPS for g in c.children if g.dep_ == "pobj"]
    return out + [c for c in trigger.children if c.dep_ == "advcl" and not any(
        m.dep_ == "mark" and m.lower_ in OTHER_ACT_MARKS for m in c.children)]


def governing_verb(trigger: Token) -> Token | None:
    """The verb a noun trigger depends on (directly or through a preposition)."""
    head = trigger.head
    if head.pos_ == "ADP":
        head = head.head
    return head if head != trigger and head.pos_ in ("VERB", "AUX") else None


def clause_place(trigger: Token, scope: set[int], index: ActorIndex) -> Location | None:
    """The nearest place of the trigger's clause that names no party and modifies no noun."""
    doc = trigger.doc
    near = []
    # only tokens of a place can give one: skip the rest without building a Token
    for i in (i for i in scope if i in index.token_place):
        tok = doc[i]
        if tok.dep_ in MODIFIER_DEPS or index.actor_of(tok) is not None:
            continue
        if tok.dep_ == "pobj" and (not is_locative(tok.head) or is_topic(tok.head.head)):
            continue
        if tok.head.pos_ in ("NOUN", "PROPN") and tok.dep_ != "pobj" and tok.head != trigger:
            continue
        place = index.place_of(tok)
        if place is not None and (not tok.ent_type_ or tok.ent_type_ in PLACE_LABELS):
            near.append((abs(i - trigger.i), Location(place.name, place.country, place.lat,
                                                      place.lon)))
    return min(near, key=lambda p: p[0])[1] if near else None


def is_topic(noun: Token) -> bool:
    """Whether a noun is what an act is against or about ('protesting against the operation
    in X': the operation, not the protest, is in X)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in TOPIC_PREPS


def phrase_place(trigger: Token, scope: range | set[int], index: ActorIndex) -> Location | None:
    """The most specific toponym of the locative phrase nearest the trigger in a scope."""
    doc = trigger.doc
    objects = sorted((abs(i - trigger.i), i) for i in scope
                     if (tok := doc[i]).dep_ == "pobj" and is_locative(tok.head)
                     and not is_topic(tok.head.head) and not addressed(tok))
    for _, i in objects:
        found = specific(doc[i], index)
        if found is not None:
            return found
    return None


def event_location(trigger: Token, index: ActorIndex) -> Location | None:
    """Where the event of a trigger took place (see the module docstring)."""
    # 'patrolled Liberation Square in central Baghdad', 'the bombing of Kyiv'
    objects = ([c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
               if trigger.pos_ == "VERB" else aimed_objects(trigger))
    for obj in objects:
        found = specific(obj, index) if is_scene(obj, index) else None
        if found is not None:
            return found
    # 'the Orlando massacre' happened in Orlando; 'a U.S. airstrike' is the party's
    names = [c for c in trigger.children if c.dep_ == "compound" and c.pos_ == "PROPN"
             and trigger.pos_ == "NOUN" and index.actor_of(c) is None]
    found = next((p for c in names if (p := toponym(c, index)) is not None), None)
    if found is not None:
        return found
    heads = [trigger]
    verb = governing_verb(trigger) if trigger.pos_ != "VERB" else None
    if verb is not None:
        heads.append(verb)
    # 'five were killed and 24 wounded in X': coordinated verbs share their scene
    heads += [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    # '12 were captured and 9 police killed in X': the gapped verb hangs on its subject
    heads += [g for c in trigger.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "NUM")
              for g in c.children if g.dep_ == "acl" and g.tag_ == "VBN"]
    for head in heads:
        for obj in locative_objects(head):
            found = specific(obj, index)
            if found is not None:
                return elaborated(obj, index) or found
    for occasion in (o for head in heads for o in occasions(head)):
        found = occasion_place(occasion, index)
        if found is not None:
            return found
    found = antecedent_place(trigger, index)
    if found is not None:
        return found
    main = result_of(trigger)  # 'stormed a hotel in Mogadishu, killing 12': the storming's
    found = event_location(main, index) if main is not None else None  # place
    if found is not None:
        return found
    scope = clause_tokens(trigger) - attributions(trigger) - complements(trigger)
    # a place a bearing is taken from only when no other is named ('at Aathmail, 50 km
    # northwest of the capital': Aathmail)
    return (phrase_place(trigger, scope, index) or clause_place(trigger, scope, index)
            or fronted_place(trigger, index)
            or next((p for o in bearing_objects(trigger) if (p := specific(o, index))), None))


def named_by(location: Location | None, token: Token) -> bool:
    """Whether a place is the one a token's name denotes."""
    return location is not None and location.name == name_span(token).text


def elaborated(obj: Token, index: ActorIndex) -> Location | None:
    """The place of the locative phrase that a comma-separated one elaborates ('in the
    Ruwenzori Valley, in Uganda's district of Kasese': the valley lies in the province),
    whatever the first phrase is attached to."""
    doc = obj.doc
    comma = obj.head.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    for tok in doc[obj.sent.start:comma]:
        if tok.dep_ == "pobj" and is_locative(tok.head) and tok.right_edge.i == comma - 1:
            return specific(tok, index)
    return None


def occasion_place(occasion: Token, index: ActorIndex) -> Location | None:
    """Where the occasion of an event happened: its object or locative phrase ('the clashes
    in X'), its name ('the Raqqa campaign'), else a locative phrase of what it says ('killed
    while filming a clash on the outskirts of X', 'the clashes that broke out in X')."""
    for obj in [*aimed_objects(occasion), *locative_objects(occasion)]:
        found = specific(obj, index)
        if found is not None:
            return found
    # 'the Raqqa campaign' names a place; 'the SDF shelling', 'a U.S. airstrike' a party
    for name in (c for c in occasion.children if c.dep_ == "compound"):
        found = toponym(name, index)
        if found is not None:
            return found
    clauses = [occasion] if is_circumstance(occasion) else [
        c for c in occasion.children if c.dep_ == "relcl" and c.lemma_ in OCCURRENCE_VERBS]
    # what someone said or which thing was meant is no part of the scene ('while advertising
    # that guns are sold in X')
    said = {t.i for c in clauses for d in c.subtree if d.dep_ in ("ccomp", "relcl")
            for t in d.subtree}
    scope = {t.i for c in clauses for t in c.subtree} - said
    return phrase_place(occasion, scope, index) if scope else None


def is_circumstance(clause: Token) -> bool:
    """Whether an adverbial clause says what was going on when the event happened ('killed
    while filming', 'when rifts turned violent'), not its purpose or its sequel."""
    return clause.dep_ == "advcl" and any(c.lower_ in CIRCUMSTANCE_MARKS and c.dep_ in (
        "mark", "advmod") for c in clause.children)


def antecedent_place(trigger: Token, index: ActorIndex) -> Location | None:
    """The place a relative clause of the event describes ('Mariupol, where ten were killed',
    'Iraq, whose military targets were bombed')."""
    if trigger.dep_ != "relcl":
        return None
    relative = any(c.lower_ == "where" for c in trigger.children) or any(
        g.lower_ == "whose" for c in trigger.children for g in c.children if g.dep_ == "poss")
    return specific(trigger.head, index) if relative else None


def attributions(trigger: Token) -> frozenset[int]:
    """The tokens of the text's attributions ('according to a statement from the ministry
    in X' places the statement, not the event), found once per Doc: an event's scope is
    inside its sentence, so the whole text's set serves every trigger."""
    doc = trigger.doc
    found = doc.user_data.get("kronika_according")
    if found is None:
        lowers = lower_texts(doc)
        found = doc.user_data["kronika_according"] = frozenset(
            t.i for i, word in enumerate(lowers) if word == "according"
            and doc[i].dep_ == "prep" for t in doc[i].subtree)
    return found


def complements(trigger: Token) -> set[int]:
    """The tokens of a verb trigger's infinitive complement, another event with its own scene
    ('called on both sides to allow trucks through the Rafah crossing')."""
    if trigger.pos_ != "VERB":
        return set()
    return {t.i for c in trigger.children if c.dep_ == "xcomp" for t in c.subtree}


def fronted_place(trigger: Token, index: ActorIndex) -> Location | None:
    """The place of a locative phrase that opens the sentence ('In Yamal, a state of emergency
    was declared, with 8,000 hectares of forest destroyed'): it sets the scene of every
    clause but what someone is reported to have said."""
    # the cached sentence: Token.sent scans for its bounds on every access
    sent = sentences(trigger.doc)[sentence_index(trigger.doc)[trigger.i]]
    first = sent[0]
    if first.dep_ != "prep":
        return None  # most sentences open otherwise: Span.root walks the parse
    root = sent.root
    if first.head != root or not is_locative(first):
        return None
    if any(t.dep_ == "ccomp" for t in [trigger, *trigger.ancestors]):
        return None
    return next((p for o in locative_objects(root) if o.head == first
                 and (p := specific(o, index)) is not None), None)
