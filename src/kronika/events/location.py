"""Where an event took place: the toponym of its locative phrase, the most specific one.

The place an event happened is named, in news English, by a locative phrase of the event
('killed in Taji', 'demonstrated outside Ciragan Palace', 'patrolled the streets of Grozny'),
often a nested one ('in the south Baghdad neighbourhood of Al-Bayaa': Al-Bayaa, not Baghdad;
'near the Ghat area of Doda district': Ghat). The rules, in order:

1. a place directly in a patrolled, captured or attacked object ('patrolled Manger Square in
   Bethlehem': the square; 'Grozny's streets were patrolled'; 'the siege of Homs');
2. a locative phrase of the trigger, then of the verb it depends on (a noun trigger's verb);
   inside it, the most specific toponym: the name of 'the town of X', a proper-noun compound of
   a place noun ('the Ghat area'), else the object itself;
3. else the toponym of the occasion the event happened in or during ('killed in the clashes
   in the town of X', 'the Manbij campaign', 'killed while fighting in X'), then the nearest
   toponym in a locative phrase of the trigger's clause;
4. else the nearest place of the trigger's own clause that names no party and modifies no
   other noun ('a driver from Abidjan', 'an Athens-backed coup' place the person, not the act).

A toponym is a place of the gazetteer, or a named place the parser found that the gazetteer
lacks (GPE, LOC, FAC entities: villages, districts, squares, palaces); the latter keeps the
text's name with no coordinates rather than falling back to a bigger, wrong place.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kronika.actors.resolve import ActorIndex
from kronika.events.dates import clause_tokens
from kronika.records import Location

# Prepositions that say where something happened ('from' names an origin, not the scene).
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "on",
                            "along", "off", "within", "throughout", "over", "into"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels that are never a place ('the town of X' may be a name the recognizer took for
# a person; it is never a date).
NEVER_PLACES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
# Nouns for a settlement or part of one: 'the village of X' names a place even when the
# gazetteer and the entity recognizer do not know X.
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "hamlet", "district", "neighbourhood",
                              "neighborhood", "suburb", "area", "region", "province", "county",
                              "municipality", "camp", "quarter", "port", "island", "valley"})
# Nouns for a unit that contains the place an event happened in ('of Doda district').
REGION_NOUNS = frozenset({"district", "province", "region", "state", "county", "governorate",
                          "oblast", "prefecture", "municipality"})
# Prepositions that name the occasion of an event ('in the clashes', 'during the raid').
OCCASION_PREPS = frozenset({"in", "during", "by", "amid", "at"})
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


def toponym(tok: Token, index: ActorIndex, settled: bool = False) -> Location | None:
    """The place a token names: a gazetteer place, else an unknown named place (a proper
    noun counts as one when ``settled``: it names 'the town of X')."""
    if tok.ent_type_ in NEVER_PLACES or (tok.ent_type_ and tok.ent_type_ not in PLACE_LABELS
                                         and not settled):
        return None  # 'in March 2011' is a date whatever towns are called March
    place = index.place_of(tok)
    if place is not None:
        return Location(place.name, place.country, place.lat, place.lon)
    named = tok.ent_type_ in PLACE_LABELS or (settled and tok.pos_ == "PROPN")
    if not named or (index.actor_of(tok) is not None and not settled):
        return None  # 'the town of X' is a town, whatever else X names
    ent = entity_of(tok) if tok.ent_type_ else None
    if ent is None:  # an unlabelled name: the proper nouns it is made of
        words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        ent = tok.doc[words[0].i if words else tok.i: tok.i + 1]
    name = ent.text.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return Location(name) if name[:1].isupper() else None


def specific(obj: Token, index: ActorIndex, depth: int = 0) -> Location | None:
    """The most specific toponym of a locative object ('the town of X' -> X, 'the Ghat
    area' -> Ghat, 'Kabul' -> Kabul), else of a locative phrase inside it ('a hole on a farm
    in X' -> X)."""
    of_objects = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
    names = [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    # a proper name in a locative phrase is a place, known or not ('outside Ciragan Palace',
    # 'Manger Square in nearby Bethlehem': the square, not the town around it)
    own = toponym(obj, index, settled=True) if obj.pos_ == "PROPN" else (
        toponym(obj, index) if index.place_of(obj) else None)
    if own is not None:
        return own
    settled = obj.lemma_.lower() in SETTLEMENT_NOUNS
    # 'the town of X' names X; 'the Ghat area of Doda district' names Ghat, inside Doda
    wider = [o for o in of_objects if o.lemma_.lower() in REGION_NOUNS]
    order = [*(o for o in of_objects if o not in wider), *reversed(names), *wider]
    owners = [c for c in obj.children if c.dep_ == "poss"]  # 'Grozny's streets'
    for tok in [*order, *(c for c in obj.children if c.dep_ == "appos"), *owners]:
        found = toponym(tok, index, settled and tok not in wider)
        if found is None and tok in of_objects:
            found = specific(tok, index, depth + 1)
        if found is not None:
            return found
    found = toponym(obj, index)
    if found is None and depth < 2:
        found = next((p for o in locative_objects(obj) if (p := specific(o, index, depth + 1))),
                     None)
    return found


def locative_objects(head: Token) -> list[Token]:
    """Objects of the locative prepositions of a head, nearest first."""
    objs = [g for c in head.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS
            for g in c.children if g.dep_ == "pobj"]
    return sorted(objs, key=lambda t: abs(t.i - head.i))


def aimed_objects(noun: Token) -> list[Token]:
    """What a nominal event was done to: its 'of' object ('the siege of Homs')."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


def occasions(trigger: Token) -> list[Token]:
    """What the event happened in or during ('killed in the clashes in X', 'killed by sniper
    fire in the town of X', 'the Manbij campaign'), and the clause that says what the victim
    was doing ('killed while fighting in X')."""
    out = [g for c in trigger.children if c.dep_ in ("prep", "agent")
           and c.lower_ in OCCASION_PREPS for g in c.children if g.dep_ == "pobj"]
    return out + [c for c in trigger.children if c.dep_ == "advcl"]


def governing_verb(trigger: Token) -> Token | None:
    """The verb a noun trigger depends on (directly or through a preposition)."""
    head = trigger.head
    if head.pos_ == "ADP":
        head = head.head
    return head if head is not trigger and head.pos_ in ("VERB", "AUX") else None


def clause_place(trigger: Token, index: ActorIndex) -> Location | None:
    """The nearest place of the trigger's clause that names no party and modifies no noun."""
    doc = trigger.doc
    near = []
    for i in clause_tokens(trigger):
        tok = doc[i]
        if tok.dep_ in MODIFIER_DEPS or index.actor_of(tok) is not None:
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ not in LOCATIVE_PREPS:
            continue
        if tok.head.pos_ in ("NOUN", "PROPN") and tok.dep_ != "pobj" and tok.head is not trigger:
            continue
        place = index.place_of(tok)
        if place is not None and (not tok.ent_type_ or tok.ent_type_ in PLACE_LABELS):
            near.append((abs(i - trigger.i), Location(place.name, place.country, place.lat,
                                                      place.lon)))
    return min(near, key=lambda p: p[0])[1] if near else None


def phrase_place(trigger: Token, scope: range | set[int], index: ActorIndex) -> Location | None:
    """The most specific toponym of the locative phrase nearest the trigger in a scope."""
    doc = trigger.doc
    objects = sorted((abs(i - trigger.i), i) for i in scope
                     if doc[i].dep_ == "pobj" and doc[i].head.lower_ in LOCATIVE_PREPS)
    for _, i in objects:
        found = specific(doc[i], index)
        if found is not None:
            return found
    return None


def sentence_scope(trigger: Token) -> set[int]:
    """The trigger's sentence less the relative clauses that describe something else ('troops
    which have their bases in Turkey')."""
    sent = trigger.sent
    scope = set(range(sent.start, sent.end))
    for tok in sent:
        if tok.dep_ in ("relcl", "acl") and not trigger.is_ancestor(tok) and \
                not tok.is_ancestor(trigger) and tok is not trigger:
            scope -= {t.i for t in tok.subtree}
    return scope


def event_location(trigger: Token, index: ActorIndex) -> Location | None:
    """Where the event of a trigger took place (see the module docstring)."""
    # 'patrolled Liberation Square in central Baghdad', 'the bombing of Kyiv'
    objects = ([c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
               if trigger.pos_ == "VERB" else aimed_objects(trigger))
    for obj in objects:
        found = specific(obj, index) if index.actor_of(obj) is None else None
        if found is not None:
            return found
    heads = [trigger]
    verb = governing_verb(trigger) if trigger.pos_ != "VERB" else None
    if verb is not None:
        heads.append(verb)
    # 'five were killed and 24 wounded in X': coordinated verbs share their scene
    heads += [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for head in heads:
        for obj in locative_objects(head):
            found = specific(obj, index)
            if found is not None:
                return found
    for occasion in (o for head in heads for o in occasions(head)):
        for obj in [*aimed_objects(occasion), *locative_objects(occasion)]:
            found = specific(obj, index)
            if found is not None:
                return found
        # 'the Manbij campaign' names a place; 'the SDF shelling', 'a U.S. airstrike' a party
        for name in (c for c in occasion.children if c.dep_ == "compound"):
            found = toponym(name, index)
            if found is not None:
                return found
    for scope in (clause_tokens(trigger),):
        found = phrase_place(trigger, scope, index)
        if found is not None:
            return found
    return clause_place(trigger, index)
