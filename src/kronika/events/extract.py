"""PLOVER events from a parsed document: triggers, arguments, factuality, date and place."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from spacy.tokens import Doc, Span, Token

from kronika.actors.detect import agent_of
from kronika.actors.knowledge import KnowledgeBase
from kronika.actors.resolve import ActorIndex, is_first_person
from kronika.chunks import CONTINUED
from kronika.events.acled import (
    HAPPENED,
    EventFacts,
    Side,
    classify,
    clause_of,
    counted_without_actors,
    protester_nouns,
)
from kronika.events.arguments import (
    ARMED_SECTORS,
    BOUNDARY_NOUNS,
    CONDITION_MARKS,
    NOT_DOING_VERBS,
    SYMMETRIC_TYPES,
    Argument,
    agreed_place,
    as_thing,
    boundary_partner,
    by_agent,
    condition_party,
    conditions,
    deployed_forces,
    locative_place,
    moved_own_forces,
    own_forces,
    own_thing,
    owned_by,
    place_argument,
    place_target,
    prep_objects,
    read_sides,
    reciprocal,
    resolve_all,
    subject_of,
    thing_target,
    to_clause,
    unknown_agent,
    unknown_name,
    with_conjuncts,
)
from kronika.events.dates import (
    carried_date,
    clause_verb,
    event_date,
    offset_from_act,
    result_of,
    retells,
    speaking_date,
)
from kronika.events.demands import (
    OBLIGATION_MODALS,
    obligation_speech,
    speech_verbs,
    under_obligation,
)
from kronika.events.doers import aim_at_doers
from kronika.events.factuality import (
    CESSATION_VERBS,
    OCCASION_VERBS,
    Qualifier,
    dated_ahead,
    qualify,
    undoing_verbs,
)
from kronika.events.frames import frames
from kronika.events.implicit import (
    Told,
    complete,
    guessed,
    pair_members,
    pair_object,
    pair_subject,
    searcher_source,
    state_of_place,
    told_of,
)
from kronika.events.location import SCENE_PREPS, event_location, named_by
from kronika.events.merge import (
    elaborated,
    fold_anaphors,
    means_clause_of,
    merge_told_again,
    one_act,
    refers_back,
    told_twice,
)
from kronika.events.ontology import CameoTable, EventType, FactualityCues, Trigger, TriggerLexicon
from kronika.events.phantoms import (
    CARRYING_ON,
    armed_march_reading,
    armed_obstruction_reading,
    call_reading,
    exclusion_reading,
    motive,
    official_protest_reading,
    part_of_attack,
    phantom,
    question_mood,
    regret_reading,
    stance_content,
    state_protest_reading,
)
from kronika.lexicon import read_csv
from kronika.nlp import (
    coarse_pos,
    dep_labels,
    doc_text,
    lower_lemmas,
    lower_texts,
    semicolon_between,
    sentence_index,
    sentences,
    token_starts,
)
from kronika.records import Claim, Event, Evidence, content_id

TRIGGER_POS = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN"}
TOPIC_PREPS = {"about", "regarding", "concerning", "over", "for", "on"}
# Prepositions that name where something is moved ("deploy troops to X").
DESTINATION_PREPS = {"to", "into", "toward", "towards"}
# Prepositions that aim a blow ("strike at", "strike on", "strike against").
AIMED_PREPS = {"at", "on", "against", "into"}
# Sectors whose members strike by walking out, not by bombing (CAMEO sector codes).
CIVILIAN_SECTORS = {"LAB", "EDU", "HLH", "CVL", "MED", "BUS"}
# Types whose event noun, as the object of another trigger verb, is that verb's content
# ('signed an agreement', 'rejected the proposal'), not a separate event; a violent or
# coercive noun ('condemned the attack') stays an event of its own.
CONTENT_TYPES = {"AGREE", "COOPERATE", "SUPPORT", "REQUEST", "CONSULT", "AID"}
# Types whose that-clause names the addressee as its subject ('demanded that X withdraw').
ADDRESSEE_TYPES = {"REQUEST", "ACCUSE"}
# Subordinators of a clause that says how the harm came about ('killed when the bus plunged').
CAUSE_MARKS = {"when", "after", "as", "because"}
# Prepositions that name the occasion of a harm ('killed in a crash', 'died during the storm').
CAUSE_PREPS = {"in", "during", "by", "from", "amid"}
# Types whose place ('shelling in X', 'a curfew in X', 'withdrew from X') is what they are
# aimed at when no target is named; a meeting or a statement in a place is not aimed at it.
LOCATIVE_TARGET_TYPES = {"ASSAULT", "COERCE", "RETREAT", "MOBILIZE", "CONCEDE", "THREATEN"}
# Acts on a party, not on ground: a capital they are aimed at names its government, not
# the place they happened ('sanctions on Kigali', 'demands on Belgrade').
GOVERNMENT_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "REQUEST", "ACCUSE", "REJECT",
                    "SANCTION"}
# Acts a government aims at a place of its own country ('imposed a curfew in Cizre').
DOMESTIC_TYPES = {"COERCE", "RETREAT", "CONCEDE", "THREATEN"}
# How much less sure a side is when only a pronoun names it ('they', 'his forces').
PRONOUN_DISCOUNT = 0.85
# Verbs of wishing: a demand only when what is wished is someone else's act (wished_of_someone).
WISH_VERBS = {"want"}
# Where the injured are carried ('airlifted to hospital' is no aid between actors).
MEDICAL_PLACES = {"hospital", "clinic", "infirmary", "medical centre", "medical center"}
# Assault triggers of mutual fighting: with demonstrators on one side, a riot ('protesters
# clashed with police'; CAMEO 145 protest violently).
MUTUAL_FIGHTING = {"clash", "scuffle", "skirmish", "fight", "fighting", "confrontation", "brawl"}
# Nouns of a demonstration ('march' is left out: the month spells the same).
PROTEST_NOUNS = {"protest", "demonstration", "rally", "sit-in", "vigil"}
# Cameo codes whose coordinated subjects act on each other ('X and Y signed a treaty').
SYMMETRIC_CAMEO = ("057", "046", "036")
# ... and those whose coordinated subjects of a verb do ('X and Y stopped fighting', 'observed
# the truce': a ceasefire holds between them); a noun's parties are read by its own phrase
# ('a ceasefire between X and Y').
SYMMETRIC_VERB_CAMEO = ("0871",)
# What is released that is no person (CAMEO 0841 releases persons): substances let out
# ('released toxic water', 'gas released from a chemical') and publications ('a report
# released Tuesday', 'released a video').
RELEASED_THINGS = {
    "water", "gas", "chemical", "substance", "liquid", "oil", "fuel", "toxin", "waste",
    "sewage", "smoke", "fume", "radiation", "steam", "pollutant", "effluent", "ammonia",
    "chlorine", "report", "statement", "data", "figure", "video", "footage", "image", "photo",
    "photograph", "album", "film", "song", "book", "document", "record", "list", "detail",
    "information", "version", "update", "result", "finding", "transcript", "memo", "letter",
    "recording", "trailer", "poll", "survey", "study", "forecast", "guideline",
}
# Verbs of harm: a 'strike' that does them is a military strike, not a walkout.
HARM_VERBS = {"target", "hit", "kill", "destroy", "damage", "wound", "injure", "flatten",
              "level", "demolish", "strike", "pound"}
# Prepositions by which a harm verb names what harmed ('killed in the strikes', 'wounded by
# strikes'); not 'during', which sets a harm inside a walkout as well.
HARMING_PREPS = frozenset({"in", "by"})
# Modifiers that only a military strike takes ('a targeted strike', 'retaliatory strikes').
ARMED_MODIFIERS = {"targeted", "military", "retaliatory", "preemptive", "pre-emptive",
                   "surgical", "punitive", "precision", "aerial", "airborne", "rocket", "mortar",
                   "drone", "missile", "air", "artillery", "coalition"}
# Verbs of running from danger: what people flee ('fled the strikes', 'fled north after the
# strikes') is violence; nobody flees a walkout.
FLIGHT_VERBS = frozenset({"flee", "escape", "evacuate"})
# Verbs of using a weapon ('fired tear gas', 'used live ammunition'): with a purpose clause
# ('to disperse the crowd') they tell the means of the purpose's event, not an event of their own.
MEANS_VERBS = {"use", "fire", "lob"}
# Objects of 'return' that are no property or people handed back: a verdict, a favour, a
# call or a visit returned (CAMEO 0842 returns property, 0841 people).
UNRETURNED = {"verdict", "favour", "favor", "call", "compliment", "greeting", "salute", "smile",
              "gaze", "look", "visit", "serve", "ball", "result", "profit", "blow", "shot"}
# Triggers of a military exercise: held by one country a show of force (CAMEO 152), by
# several a joint exercise (062).
EXERCISES = {"military exercise", "war game", "military drill", "military manoeuvre",
             "military maneuver", "drill", "exercise", "wargame"}
# Words of armed force ('airstrikes', 'missile', 'shelled'): a document using them and no word
# of work or pay uses a bare 'the strikes' in the military sense.
ARMED_WORDS = {"airstrike", "missile", "drone", "rocket", "artillery", "shelling", "shell",
               "bombardment", "bombing", "bomb", "warplane", "mortar", "gunship"}
# Aircraft, whose strike is a blow ('Israeli jets struck overnight').
AIRCRAFT = {"jet", "aircraft", "plane", "helicopter", "bomber", "fighter jet"}
# Words of work and pay ('workers', 'unions', 'wages'): a document using them speaks of
# walkouts (any 'aid worker' or 'health worker' aside, who may be in a war story).
LABOUR_WORDS = {"worker", "union", "wage", "salary", "employee", "employer", "walkout",
                "picket", "picketer", "striker", "pension", "labour", "labor", "payroll"}
# Modifiers of 'worker' that name a helper in a war story, no employee on strike.
HELPER_MODIFIERS = {"aid", "health", "rescue", "humanitarian", "medical", "relief", "un"}
# Verbs that carry out a military strike; a walkout is staged, held or called.
CONDUCT_VERBS = {"conduct", "carry"}
# Nouns of a quantity whose 'of' names the strikes counted ('a total of 900 strikes').
QUANTITY_NOUNS = {"total", "number", "series", "wave", "string", "round", "dozen", "hundred",
                  "thousand"}
# Objects of 'strike on/against' that a walkout never has: military targets.
MILITARY_TARGETS = {"position", "base", "target", "convoy", "camp", "hideout", "stronghold",
                    "compound", "depot", "airfield", "bunker", "militant", "fighter", "rebel",
                    "headquarters", "facility", "site", "installation"}
# Verbs of coming together: a demonstration only when demonstrators come together
# ('protesters gathered outside parliament'; 'leaders gathered in Brussels' is no protest).
ASSEMBLY_VERBS = {"gather", "assemble", "converge"}
# What a gathering crowd does that makes it a demonstration ('gathered, chanting slogans').
DEMONSTRATING = {"chant", "protest", "demonstrate", "demand", "denounce", "shout", "march",
                 "wave", "rally", "picket"}
# Head nouns of people demonstrating, not of any crowd (a crowd gathers to watch, too).
DEMONSTRATORS = {"protester", "protestor", "demonstrator", "marcher", "picketer", "striker",
                 "rioter", "activist"}
# Settled places and territory: freeing one from a group is taking it back, not releasing a
# captive ('freed several villages from the militants').
# Charging one is attacking it ('charged a camp'), not accusing anyone.
PLACE_NOUNS = {"village", "town", "city", "district", "area", "territory", "region", "province",
               "neighbourhood", "neighborhood", "suburb", "settlement", "hill", "base", "airport",
               "border crossing", "crossing", "countryside", "county", "locality", "enclave",
               "camp", "position", "post", "outpost", "checkpoint", "barracks", "garrison",
               "stronghold", "trench", "bunker", "compound"}
# Readings of a trigger verb whose object is a place: the lexicon entry that holds then.
PLACE_READINGS = {"free": "recapture", "release": "recapture", "charge": "attack"}
# Objects that make a seizing verb mean recording or winning over ('captured footage',
# 'seized the moment', 'captured the imagination'), not taking by force.
RECORDED_OBJECTS = {"footage", "image", "picture", "photo", "photograph", "video", "moment",
                    "attention", "imagination", "heart", "mood", "spirit", "essence", "shot",
                    "opportunity", "initiative", "headline", "title", "medal", "award", "prize"}
# CAMEO 03 'express intent to cooperate': a cooperative act announced for the future is an
# intent (031 material cooperation, 032 diplomatic, 033 aid, 034 yield). A scheduled meeting
# or visit stays a meeting in the future (CAMEO 04), as event coders count it. Policy support
# announced for the future ('will support the resolution', 'plans to sign the accord') is an
# intent to cooperate diplomatically (032).
INTENT_CAMEO = {"COOPERATE": "031", "SUPPORT": "032", "AID": "033", "CONCEDE": "034",
                "RETREAT": "034"}
# Adjectives of readiness: 'is willing to offer talks' tells the willingness, which is the
# AGREE event itself.
READINESS = {"willing", "ready", "prepared", "eager"}
# The future cues that announce an act ('will', 'vowed to', 'plans to'): 'decided to' or
# 'prepared to' tell of a decision or a preparation, which is the act's own start; the
# adjectives of readiness ('is willing / ready / prepared to withdraw') announce it, and so
# does a 'would' that reports a 'will' (factuality.backshifted: 'said it would withdraw').
INTENT_CUES = {"will", "would", "'d", "shall", "'ll", "wo", "going", "promise", "pledge", "vow",
               "swear", "plan", "intend", "agree", "commit", "undertake", "offer", *READINESS}
# The auxiliaries of the future alone: with no one said to say it, the narrator tells a
# withdrawal to come ('troops will withdraw within 60 days', as a deal or a timetable sets
# it), which announces no one's intent; a stance or a release the narrator tells to come
# ('Austria will support the bid', 'the Taliban will free 30 detainees') is an intent all the
# same, as CAMEO codes it.
FUTURE_AUXILIARIES = {"will", "would", "'d", "shall", "'ll", "wo", "going"}
# Verbs of trying: an attempted act of violence took place, whether or not it succeeded.
ATTEMPTS = {"try", "attempt"}
# CAMEO codes of a violent act and of its attempt (186 assassinate, 185 attempt to).
ATTEMPTED_CAMEO = {"186": "185"}
# Cues that announce a hostile act as a threat; 'agreed to lift tariffs' announces none.
THREAT_CUES = INTENT_CUES - {"agree", "commit", "undertake", "offer"}
# CAMEO 12 'reject': the same acts refused or not done (121 material cooperation, 123 aid,
# 124 yield, 125 meet, 120 an agreement, and support or recognition: 'will never recognise
# Kosovo', 'would not back the budget').
REFUSAL_CAMEO = {"COOPERATE": "121", "AID": "123", "CONCEDE": "124", "RETREAT": "124",
                 "CONSULT": "125", "AGREE": "120", "SUPPORT": "120"}
# CAMEO 13 'threaten': a hostile act announced for the future (131 non-force, 138 force).
# Negation words that deny an event noun happened ('no meeting'), refusing nothing.
NON_OCCURRENCE = {"no", "without", "none", "neither", "nor", "never"}
THREAT_CAMEO = {"SANCTION": "131", "COERCE": "131", "ASSAULT": "138"}


@dataclass(frozen=True)
class EventKnowledge:
    """What the events stage reads: the ontology, triggers and factuality cues."""

    types: dict[str, EventType]
    triggers: TriggerLexicon
    cues: FactualityCues
    kb: KnowledgeBase
    cameo: CameoTable


def spells(doc: Doc, start: int, words: Sequence[str]) -> bool:
    """The tokens from ``start`` spell the words (as ``contiguous``), read from the per-Doc
    lemma and lower-case lists rather than a new Span per candidate."""
    if start + len(words) > len(doc):
        return False
    lemmas, lowers = lower_lemmas(doc), lower_texts(doc)
    return all(w in (lemmas[start + k], lowers[start + k]) for k, w in enumerate(words))


def match_trigger(token: Token, lexicon: TriggerLexicon) -> tuple[Trigger, Token] | None:
    """The most specific trigger starting at a token, and the token that heads the event: a
    contiguous multiword entry ('air strike'), an entry whose other words are the token's
    particle, object or preposition ('call for', 'open fire'), else the single word."""
    pos = TRIGGER_POS.get(token.pos_)
    entries = lexicon.by_head(token.lemma_.lower(), pos) if pos else []
    if not pos or token.pos_ == "PROPN":
        entries += lexicon.by_head(token.lower_, "NOUN")
    elif token.lower_ != token.lemma_.lower():  # a form the lemmatiser gets wrong: 'raped'
        entries += lexicon.by_head(token.lower_, pos)
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_:
        # 'tear-gassed': the tagger reads the first half of a hyphenated verb as a noun
        entries += [t for p in ("VERB", "NOUN") if p != pos
                    for t in lexicon.by_head(token.lower_, p) if t.words[1:2] == ("-",)]
    if pos == "NOUN" and token.dep_ in ("ROOT", "compound"):
        # 'a police officer fires tear gas at ...': the tagger reads a caption's present-tense
        # verb as a noun; a phrase of three words or more spelled out names the act anyway
        entries += [t for t in lexicon.by_head(token.lemma_.lower(), "VERB") if len(t.words) > 2]
    for entry in sorted(entries, key=lambda t: -len(t.words)):
        if len(entry.words) > 1 and spells(doc, token.i, entry.words):
            span = doc[token.i : token.i + len(entry.words)]
            if not determines_beyond(span):
                return entry, span.root
    entries = [t for t in entries if t.pos == pos]
    if not entries:
        return None
    if all(len(t.words) == 1 for t in entries):
        return entries[0], token  # no particle or object to look for
    # A preposition that only dates ('gave ... in 2020') is no particle of 'give in'.
    children = [c for c in token.children
                if c.dep_ in ("prt", "dobj", "prep", "compound", "amod", "pobj", "nsubjpass")
                and not (c.dep_ == "prep" and is_time_phrase(c))]
    # 'found a stash of weapons', 'held a round of talks': the noun after a quantity's 'of'.
    quantified = [p for c in children if c.dep_ in ("dobj", "nsubjpass")
                  for o in c.children if o.dep_ == "prep" and o.lower_ == "of"
                  for p in o.children if p.dep_ == "pobj"]
    # 'provided food and medicine', 'supplied the army with rifles': every thing given names it
    # (a 'with' only after an object, the one supplied: 'went on with strikes' is no walkout)
    objects = [c for c in children if c.dep_ == "dobj"]
    given = [o for c in objects for o in c.conjuncts]
    given += [o for c in children if objects and c.dep_ == "prep" and c.lower_ == "with"
              for p in c.children if p.dep_ == "pobj" for o in (p, *p.conjuncts)]
    child_words = {c.lemma_.lower() for c in children + quantified + given} | object_words(token)
    if handed_weapons(token, objects + quantified + given):
        child_words.add("weapon")  # 'supplied drones to X' spells 'supply weapon
    # 'sprayed the boat with water cannon': the words of what the object is hit with, too
    child_words |= {w for o in given if o.head.dep_ == "prep" for w in phrase_words(o)}
    modified = participle_object(token, lexicon)
    if modified is not None:  # 'the nerve agent used by the militia'
        child_words |= {modified.lemma_.lower()} | phrase_words(modified)
    # 'took him into custody', 'put them on trial': a preposition's object names the phrase
    # when the entry names that preposition too
    # when the entry names that preposition too, and so do the object's own compound and
    # adjective ('designated the group as a terrorist organisation')
    held = [(c.lower_, o.lemma_.lower()) for c in children if c.dep_ == "prep"
            for o in c.children if o.dep_ == "pobj"]
    held += [(c.lower_, w) for c in children if c.dep_ == "prep"
             for o in c.children if o.dep_ == "pobj" for w in phrase_words(o)]
    multi = [t for t in entries if len(t.words) > 1 and set(t.words[1:]) <= child_words
             | {o for p, o in held if p in t.words}]
    if multi:
        return max(multi, key=lambda t: len(t.words)), token
    single = [t for t in entries if len(t.words) == 1]
    return (single[0], token) if single else None


def handed_weapons(verb: Token, things: list[Token]) -> bool:
    """Whether a verb's objects are weapons it hands over: any weapon ('supplied drones'),
    but ships and aircraft only with someone to receive them ('sent jets to Kyiv', not 'sent
    warships around the island', which deploys them)."""
    weapons = [t for t in things if t.lemma_.lower() in weapon_nouns()]
    if not weapons:
        return False
    return not all(t.lemma_.lower() in craft_nouns() for t in weapons) or any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
            o.dep_ == "pobj" and o.ent_type_ != "LOC" for o in c.children)
        for c in verb.children)


@cache
def craft_nouns() -> frozenset[str]:
    """The ships and aircraft of ``data/weapons.csv``."""
    return frozenset(r["noun"].lower() for r in read_csv("weapons.csv", ("noun",))
                     if r.get("kind") == "craft")


@cache
def weapon_nouns() -> frozenset[str]:
    """Nouns of weapons and military craft (``data/weapons.csv``), which the word 'weapon' of
    a multiword trigger stands for."""
    return frozenset(r["noun"].lower() for r in read_csv("weapons.csv", ("noun",)))


def determines_beyond(span: Span) -> bool:
    """A phrase whose word only determines a noun after it: 'saying no vote can be free' is
    no 'say no' (the 'no' is the vote's), 'said no to the plan' is."""
    return any(t.dep_ == "det" and not span.start <= t.head.i < span.end for t in span)


def object_words(verb: Token) -> set[str]:
    """The words inside a verb's direct object that a light-verb trigger names: its compound,
    its adjective and its of-phrase ('ended mediation efforts', 'lifted the state of
    emergency', 'fired tear gas'); of a passive subject, its compound and adjective ('chemical
    weapons were used')."""
    words: set[str] = set()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        words |= phrase_words(obj)
    for subj in (c for c in verb.children if c.dep_ == "nsubjpass"):
        words |= {c.lemma_.lower() for c in subj.children if c.dep_ in ("compound", "amod")}
    return words


def phrase_words(noun: Token) -> set[str]:
    """The compound and adjective words of a noun and its of-phrase ('tear gas', 'state of
    emergency', 'containers of toxic gas')."""
    words = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            words |= {"of", obj.lemma_.lower()}
            words |= {c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")}
    return words


def participle_object(verb: Token, lexicon: TriggerLexicon) -> Token | None:
    """The noun a past participle modifies, which is what the verb acts on ('the gas used by
    the militia', 'bombs dropped on the town'), unless that noun is an event of its own
    ('the sanctions imposed on Iran' is one event, told by its noun)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    noun = verb.head
    if any(len(t.words) == 1 for t in lexicon.by_head(noun.lemma_.lower(), "NOUN")):
        return None
    return noun


def civilian_reading(
    entry: Trigger, head: Token, lexicon: TriggerLexicon, kb: KnowledgeBase,
    index: ActorIndex | None = None,
) -> Trigger:
    """The PROTEST reading of an ambiguous trigger ('strike') when the one who acts is a
    civilian group ('workers went on strike', 'the teachers' strike'), else the entry."""
    others = [
        t
        for t in lexicon.by_head(entry.words[0], entry.pos)
        if t.type == "PROTEST" and t.words == entry.words
    ]
    if not others:
        return entry
    if entry.type == "PROTEST":
        return armed_reading(entry, head, lexicon, kb, index)
    if trigger_pos(head) == "VERB":
        subj = subject_of(head)
        actors = [subj] if subj is not None else []
    else:
        actors = [c for c in head.children if c.dep_ in ("poss", "compound", "nmod")]
    for tok in actors:
        agent = kb.agent(tok.lemma_.lower()) or kb.agent(tok.lower_)
        if agent is not None and agent.sector in CIVILIAN_SECTORS:
            return next((t for t in others if t.pos == entry.pos), entry)
    return entry


def place_reading(entry: Trigger, head: Token, lexicon: TriggerLexicon) -> Trigger:
    """The reading of a verb whose object is a place: 'freed several villages from the
    militants' is territory retaken (CAMEO 192, as 'recapture'), not a captive let go (CAMEO
    0841); 'charged a camp' is an assault (as 'attack'), not an accusation."""
    reading = PLACE_READINGS.get(entry.lemma)
    if reading is None or head.pos_ != "VERB":
        return entry
    # A named place counts when it is freed ('freed Mosul'); one is charged with a crime.
    named = ("GPE", "LOC", "FAC") if reading == "recapture" else ()
    places = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")
              and (c.lemma_.lower() in PLACE_NOUNS or c.ent_type_ in named)]
    if not places or any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children):
        return entry  # 'charged the city with negligence': an accusation all the same
    return next(iter(lexicon.by_head(reading, "VERB")), entry)


# Buildings of a home, an office or a business: a raid on them by the police, or by no one
# named, is a search of premises (CAMEO 171, seize or damage property), no assault ('police
# raided the newspaper's offices', 'after a raid on a shop in Naples').
PREMISES_NOUNS = frozenset({"office", "headquarters", "home", "house", "residence",
                            "apartment", "flat", "premises", "premise", "shop", "store",
                            "warehouse",
                            "bank", "factory", "restaurant", "bar", "club", "studio",
                            "newsroom", "newspaper", "company", "firm", "business",
                            "property", "workshop", "depot", "garage", "hotel", "ranch",
                            "farm", "laboratory", "lab", "villa", "mansion"})
# The raiders who search premises rather than storm them.
SEARCHING_SECTORS = frozenset({"COP", "JUD"})
SEARCHING_NOUNS = frozenset({"authority", "agent", "investigator", "officer", "prosecutor",
                             "inspector", "detective"})
# Words of bloodshed: a raid in which people are shot, killed or hurt is an assault.
BLOODSHED = frozenset({"kill", "shoot", "wound", "injure", "die", "dead", "death", "gunfire",
                       "gunfight", "shootout", "firefight", "clash", "fire"})


def premises_reading(
    entry: Trigger, head: Token, lexicon: TriggerLexicon, kb: KnowledgeBase,
    index: ActorIndex | None = None,
) -> Trigger:
    """The search reading of a raid on a home, an office or a business by the police, by
    officials or by no one the clause names ('police raided the party headquarters', 'after a
    raid on a perfume shop'): COERCE (CAMEO 171), as in the lexicon's second 'raid' row. A
    raid by soldiers or rebels, on a village or a camp, or with shots fired or people killed
    in the sentence stays an assault."""
    if entry.type != "ASSAULT" or entry.words != ("raid",):
        return entry
    if head.pos_ == "VERB":
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
        doers = [d for d in [by_agent(head) if passive else subject_of(head)] if d is not None]
        places = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        doers = [c for c in head.children if c.dep_ in ("poss", "compound", "amod")]
        doers += [o for c in head.children if c.dep_ == "prep" and c.lower_ == "by"
                  for o in c.children if o.dep_ == "pobj"]
        places = [o for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "of")
                  for o in c.children if o.dep_ == "pobj"]
    if not any(p.lemma_.lower() in PREMISES_NOUNS for p in places):
        return entry
    if not all(searching(d, kb, index) for d in doers):
        return entry
    if any(t.lemma_.lower() in BLOODSHED for t in head.sent):
        return entry
    others = [t for t in lexicon.by_head("raid", entry.pos)
              if t.type == "COERCE" and t.words == entry.words]
    return others[0] if others else entry


def searching(doer: Token, kb: KnowledgeBase, index: ActorIndex | None) -> bool:
    """A raider who searches premises: the police, a court or prosecutor, officials."""
    if doer.lemma_.lower() in SEARCHING_NOUNS:
        return True
    agent = agent_of(doer, kb)
    if agent is not None:
        return agent.sector in SEARCHING_SECTORS
    actor = index.actor_of(doer) if index is not None else None
    return actor is not None and actor.sector in SEARCHING_SECTORS


def armed_reading(
    entry: Trigger, head: Token, lexicon: TriggerLexicon, kb: KnowledgeBase,
    index: ActorIndex | None = None,
) -> Trigger:
    """The other reading of an ambiguous protest verb that has a direct object or an aimed
    preposition ('jets struck rebel positions', 'the army began to strike at civilians'),
    that strikes back, or whose subject is an armed body, a state or its aircraft ('Israeli
    jets struck overnight'): a labour strike takes no object and is done by civilians."""
    if head.pos_ != "VERB":
        return armed_noun_reading(entry, head, lexicon)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
    # 'the tanker was struck by a missile': the one who acts is the passive's agent, and what
    # is struck was hit (workers strike against no one; their strike has no patient)
    subj = by_agent(head) if passive else subject_of(head)
    # by lemma or as written, with a modifier: 'miners', 'bus drivers', 'dockworkers'
    agent = agent_of(subj, kb) if subj is not None else None
    if agent is not None and agent.sector in CIVILIAN_SECTORS:
        return entry
    # 'struck on Tuesday' only dates the walkout; a blow lands on something
    aimed = passive or any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in AIMED_PREPS
                             and not is_time_phrase(c))
        for c in head.children
    )
    armed = (agent is not None and agent.sector in ARMED_SECTORS) or armed_doer(subj, index)
    # 'struck back': a blow returned; workers walk out, they do not strike back
    returned = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in head.children)
    if not (aimed or armed or returned):
        return entry
    others = [
        t
        for t in lexicon.by_head(entry.words[0], "VERB")
        if t.type != "PROTEST" and t.words == entry.words
    ]
    return others[0] if others else entry


def armed_doer(subj: Token | None, index: ActorIndex | None) -> bool:
    """A subject that never walks out of work: a state, its government or armed forces, an
    armed group (``index``: the document's actors), or a weapon or aircraft ('jets')."""
    if subj is None:
        return False
    if subj.lemma_.lower() in ARMED_WORDS | AIRCRAFT:
        return True
    actor = index.actor_of(subj) if index is not None else None
    return actor is not None and (actor.kind == "country"
                                  or actor.sector in ARMED_SECTORS | {"GOV"})


def armed_noun_reading(entry: Trigger, head: Token, lexicon: TriggerLexicon) -> Trigger:
    """The armed reading of a protest noun that targets or harms: 'strikes targeting a
    factory', 'the strike killed five', 'a strike that hit the port' (a walkout harms no one),
    or that the text marks as military (``military_strike``)."""
    verbs = [c for c in head.children if c.dep_ in ("acl", "relcl")]
    if head.dep_ == "nsubj":
        verbs.append(head.head)
    if head.dep_ == "pobj" and head.head.lower_ in HARMING_PREPS and head.head.dep_ == "prep":
        verbs.append(head.head.head)  # 'were killed in the strikes': what killed them
    if not any(v.lemma_.lower() in HARM_VERBS for v in verbs) and not military_strike(head):
        return entry
    others = [t for t in lexicon.by_head(entry.words[0], "NOUN")
              if t.type != "PROTEST" and t.words == entry.words]
    return others[0] if others else entry


def military_strike(noun: Token) -> bool:
    """A strike noun the text marks as military: a military modifier ('a targeted strike'),
    aimed on or against a country or a military target ('strike on Syria'), aimed on
    anything but a day ('a strike on a hospital'; 'a strike on Monday' stays a walkout),
    carried out or conducted ('jets carry out strikes', 'conducted a total of 900 strikes'),
    beside a strike so marked in the same sentence ('a strike at a school, not a strike on a
    base': one sentence does not use the word in both senses), or a bare 'the strikes'
    after air or missile strikes in the same text."""
    return marked_military(noun) or any(
        t.i != noun.i and t.lemma_ == noun.lemma_ and t.pos_ == noun.pos_ and marked_military(t)
        for t in noun.sent)


def marked_military(noun: Token) -> bool:
    """``military_strike`` for the noun alone, its conjuncts aside."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in ARMED_MODIFIERS for c in noun.children):
        return True
    aimed = [(c.lower_, o) for c in noun.children if c.dep_ == "prep"
             and c.lower_ in ("on", "against") for o in c.children if o.dep_ == "pobj"]
    if any(o.ent_type_ in ("GPE", "NORP") or o.lemma_.lower() in MILITARY_TARGETS
           or (prep == "on" and o.ent_type_ not in ("DATE", "TIME")) for prep, o in aimed):
        return True
    governor = noun
    if fled_from(noun):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lemma_.lower() in QUANTITY_NOUNS:
        governor = noun.head.head  # 'a total of 900 strikes': the total is the object
    if governor.dep_ == "dobj" and governor.head.lemma_.lower() in CONDUCT_VERBS:
        return True
    # a nation's strikes ('the Israeli strikes', 'Turkey's strikes') read as bare ones: in a
    # text of weapons and no work they are the nation's blows
    bare = not any(c.dep_ in ("amod", "compound", "poss", "nmod")
                   and c.ent_type_ not in ("NORP", "GPE") for c in noun.children)
    return bare and (any(
        t.lemma_.lower() == noun.lemma_.lower() and t.i != noun.i and any(
            c.dep_ in ("amod", "compound") and c.lower_ in ARMED_MODIFIERS for c in t.children)
        for t in noun.doc[: noun.i]) or armed_document(noun))


def fled_from(noun: Token) -> bool:
    """A noun that people flee, as the object or after 'after', 'from' or 'amid' ('fled the
    strikes', 'fled south after the strikes', 'escaped from the strikes')."""
    governor = noun.head
    if noun.dep_ == "pobj" and governor.lower_ in ("after", "from", "amid", "during"):
        governor = governor.head
    elif noun.dep_ != "dobj":
        return False
    return governor.pos_ == "VERB" and governor.lemma_.lower() in FLIGHT_VERBS


def strikes_told_again(head: Token, entry: Trigger) -> bool:
    """'Israeli airstrikes killed 12 in Tyre. Hezbollah did not respond to the strikes.': a
    bare 'the strikes' that harms no one in the text, after the weapons that made them were
    named, points back at strikes already told: no new event (its own sides would be the
    ones talking about it)."""
    if entry.type != "ASSAULT" or head.pos_ != "NOUN" or head.lemma_.lower() != "strike":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or any(
            c.dep_ in ("amod", "compound", "poss", "nmod", "prep", "acl", "relcl")
            for c in head.children):
        return False
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in HARM_VERBS:
        return False  # 'the strikes killed five': what they did is told here
    return any(armed_word(t) for t in head.doc[: head.i]) and armed_document(head)


def names_the_relative(verb: Token) -> bool:
    """A relative clause whose verb has an object of its own and no relative word for it
    ('a group it calls terrorists'): the noun it describes is the first object, its own
    object the name given."""
    return verb.dep_ == "relcl" and any(c.dep_ == "dobj" for c in verb.children) and not any(
        c.tag_ in ("WDT", "WP", "WP$") for c in verb.subtree)


def armed_word(tok: Token) -> bool:
    """A word of weapons (``ARMED_WORDS``), in any number ('Missiles' read as a name too)."""
    return tok.lemma_.lower() in ARMED_WORDS or tok.lower_.removesuffix("s") in ARMED_WORDS


def armed_document(noun: Token) -> bool:
    """A document about armed force, not about work: it uses words of weapons and strikes
    from the air ('airstrikes', 'a drone', 'shelled') and no word of work or pay ('workers',
    'unions', 'wages'). A bare 'the strikes' there are military strikes. Read once per Doc."""
    doc = noun.doc
    cached = doc.user_data.get("kronika_armed_document")
    if cached is None:
        cached = doc.user_data["kronika_armed_document"] = _armed_document(doc)
    return cached


def _armed_document(doc: Doc) -> bool:
    armed = False
    for t in doc:
        if labour_word(t):
            return False
        armed = armed or armed_word(t)
    return armed


def labour_word(tok: Token) -> bool:
    """A word of work or pay (``LABOUR_WORDS``), not a name ('Labour' the party) nor a helper
    in a war story ('aid workers')."""
    lemma = tok.lemma_.lower()
    return lemma in LABOUR_WORDS and tok.ent_type_ not in ("ORG", "GPE", "NORP") and not (
        lemma == "worker" and any(c.lower_ in HELPER_MODIFIERS for c in tok.children))


def other_sense(entry: Trigger, head: Token) -> bool:
    """A trigger word used in a sense that is no event: 'called X nasty' (naming, not a
    phone call), 'demonstrated that ...' (showing, not a rally), 'captured footage'
    (recording, not seizing), 'were called to the scene' (summoned, not asked), 'airlifted to
    hospital' (carried, not aid), 'rebels armed with knives' (a state described by a participle,
    not an act of arming), 'at a police patrol' (a unit aimed at, not a deployment),
    'returned home' (came back, handed nothing back)."""
    if entry.type == "MOBILIZE" and head.dep_ == "pobj" and head.head.lower_ in AIMED_PREPS:
        return True  # 'a grenade hurled at a police patrol': the unit attacked, no deployment
    if head.pos_ != "VERB":
        return False
    deps = {c.dep_ for c in head.children}
    if entry.type == "CONSULT" and entry.mode == "phone" and deps & {"oprd", "ccomp", "xcomp"}:
        return True
    if entry.type == "CONSULT" and entry.mode == "phone" and names_the_relative(head):
        return True  # 'an armed group it calls terrorists': naming the group, not phoning
    if entry.mode == "demo" and deps & {"dobj", "ccomp"} and len(entry.words) == 1:
        return True  # 'demonstrated that ...', 'demonstrated resolve' ('called a march' names
        # the march as its object)
    if entry.lemma in ASSEMBLY_VERBS and not demonstrators_gather(head):
        return True
    if entry.mode == "confiscate" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in RECORDED_OBJECTS for c in head.children
    ):
        return True
    if entry.mode == "release":
        released = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        if head.dep_ == "acl":
            released.append(head.head)  # 'gas released from a chemical'
        if released and all(released_thing(n) for n in released):
            return True  # 'released toxic water', 'a report released Tuesday': no captive
    if entry.mode == "investigate" and any(
        c.dep_ in ("dobj", "nsubjpass") and is_hazard(c) for c in head.children
    ):
        return True  # 'police are investigating a crash': an accident, nobody accused
    if entry.lemma == "return" and not any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() not in UNRETURNED
        for c in head.children
    ):
        return True  # 'returned home', 'returned a verdict': nothing handed back
    if entry.lemma == "take over" and not deps & {"dobj", "nsubjpass"}:
        return True  # 'she will take over as leader': succession, not seizure
    if entry.lemma in WISH_VERBS and not wished_of_someone(head):
        return True  # 'Russia wants peace', 'wants to help': a wish, no demand put to anyone
    if entry.words[0] == "call" and "auxpass" in deps and not deps & {"agent", "xcomp"}:
        return True  # 'police were called to the scene', 'he was called a traitor'
    if entry.type == "AID" and any(
        c.dep_ == "prep" and c.lower_ == "to"
        and any(o.lemma_.lower() in MEDICAL_PLACES for o in c.children) for c in head.children
    ):
        return True  # 'airlifted to hospital': a patient carried, not aid given
    return (
        head.dep_ in ("acl", "amod")
        and head.tag_ == "VBN"
        and not deps & {"agent", "nsubjpass", "dobj"}
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children)
    )


def wished_of_someone(verb: Token) -> bool:
    """'X wants Y to withdraw' (a to-clause with its own subject, or an object and a to-clause):
    a wish that someone else act is a demand put to them."""
    deps = {c.dep_ for c in verb.children}
    return ({"dobj", "xcomp"} <= deps) or any(
        c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and any(s.dep_ == "nsubj" for s in c.children) for c in verb.children)


def demonstrators_gather(verb: Token) -> bool:
    """The subject of a verb of coming together names demonstrators, itself or through its
    of-phrase ('protesters gathered', 'hundreds of demonstrators assembled'), or the crowd
    does what demonstrators do as it gathers ('gathered outside the embassy, chanting
    slogans', 'assembled in the square and demanded his release', 'gathered to protest')."""
    if any(c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() in DEMONSTRATING
           for c in verb.children):
        return True
    subj = subject_of(verb)
    if subj is None:
        return False
    named = [subj, *(p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj")]
    return any(n.lemma_.lower() in DEMONSTRATORS for n in named)


def released_thing(noun: Token) -> bool:
    """A substance or a publication, not a person: 'toxic water', 'gallons of water',
    'a report'."""
    measured = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"]
    return any(n.lemma_.lower() in RELEASED_THINGS for n in (noun, *measured))


# ASSAULT modes of weapons only armed forces wield (CAMEO 194-195, 20): never a riot.
WAR_WEAPON_MODES = frozenset({"heavy-weapons", "unconventional"})


def riot_reading(
    entry: Trigger, sources: list[Argument], targets: list[Argument], lexicon: TriggerLexicon,
    head: Token | None = None,
) -> Trigger:
    """The PROTEST (riot) reading of violence done by demonstrators ('rioters torched cars',
    'protesters clashed with police'), else the entry: CAMEO codes a violent protest as a
    protest, whoever it hurts. Heavy or unconventional weapons are a fight, not a riot,
    whoever fires them ('demonstrators launched rockets at the ministry')."""
    if entry.type != "ASSAULT" or entry.mode in WAR_WEAPON_MODES:
        return entry
    protesters = protester_nouns()
    def demonstrating(args: list[Argument]) -> bool:
        # a plural the tagger took for a name is not lemmatized ('NAIROBI - Protesters hurled')
        return any(a.token is not None and (a.token.lemma_.lower() in protesters or (
            a.token.pos_ == "PROPN" and a.token.lower_.removesuffix("s") in protesters))
            for a in args)
    if not (demonstrating(sources)
            or (entry.lemma in MUTUAL_FIGHTING
                and (demonstrating(sources + targets) or fought_with(head, protesters)
                     or (not sources and not targets and amid_protest(head, protesters))))):
        return entry
    riot = [t for t in lexicon.by_head("riot", "VERB") if t.type == "PROTEST"]
    return riot[0] if riot else entry


# Verbs of promising: what they promise is their content, so the promise is coded, as an
# intent to cooperate (AGREE) or, when the act promised is hostile, as a threat.
PROMISE_VERBS = frozenset({"vow", "pledge", "promise", "swear"})


# Struggles that are violence when waged by an armed body or called armed ('the rebels vowed to
# continue their campaign', 'vowed to continue its armed struggle'); a union's campaign is none.
STRUGGLES = frozenset({"campaign", "struggle", "resistance", "insurgency", "jihad", "uprising",
                       "rebellion", "fight", "war", "offensive", "operation", "operations"})
# (A name of its own: as ARMED_MODIFIERS it replaced the strike modifiers above, so 'a
# targeted strike' or 'a drone strike' read as a walkout.)
STRUGGLE_MODIFIERS = frozenset({"armed", "military", "violent", "bombing", "guerrilla", "terror",
                                "terrorist", "insurgent", "militant"})


# Verbs of beating a foe or taking ground from one, which the lexicon codes as no assault (or
# not at all) but which, promised against an armed party or by one, are promises of war ('vowed
# to defeat the rebels', 'pledged to retake the town'); against a rival in an election or a
# bill they are no violence ('vowed to defeat the bill'), hence the armed party.
CONQUEST_VERBS = frozenset({"defeat", "crush", "vanquish", "rout", "annihilate", "eliminate",
                            "exterminate", "obliterate", "smash", "retake", "recapture",
                            "reconquer", "conquer", "overrun"})


def promised_acts(head: Token) -> list[Token]:
    """What a promise verb promises: its infinitive or object and their conjuncts, and what
    that carries on ('vowed to continue the attacks': 'continue' and 'attacks'; 'vowed to
    retake the town and to crush the militia': 'retake' and 'crush')."""
    # ('Junta pledges to crush rebels': a headline's verb read as a noun takes its
    # infinitive as a clause on it)
    acts = [a for c in head.children
            if c.dep_ in ("xcomp", "dobj") or (c.dep_ == "acl" and c.tag_ == "VB" and any(
                t.dep_ == "aux" and t.tag_ == "TO" for t in c.children))
            for a in (c, *c.conjuncts)]
    return acts + [o for a in acts if a.lemma_.lower() in CARRYING_ON
                   for o in a.children if o.dep_ in ("xcomp", "dobj")]


def threat_reading(entry: Trigger, head: Token, lexicon: TriggerLexicon,
                   sources: Sequence[Argument] = (),
                   targets: Sequence[Argument] = ()) -> Trigger:
    """'vowed to strike back', 'pledged to hit the rebels', 'vowed retaliation', 'vowed to
    keep up the attacks', 'the rebels vowed to continue their campaign', 'the army vowed to
    crush the rebels': a promise of violence is a threat of force (CAMEO 138), not an intent
    to cooperate. (A promise of sanctions stays a promise: event sets code it as diplomacy.)"""
    if entry.type != "AGREE" or entry.lemma not in PROMISE_VERBS:
        return entry
    armed = any(a.actor is not None and a.actor.sector in ARMED_SECTORS for a in sources)
    war = armed or any(a.actor is not None and a.actor.sector in ARMED_SECTORS for a in targets)
    for act in promised_acts(head):
        found = match_trigger(act, lexicon)
        violent = (found is not None and found[0].type == "ASSAULT") or (
            war and act.pos_ == "VERB" and act.lemma_.lower() in CONQUEST_VERBS)
        struggle = act.lemma_.lower() in STRUGGLES and act.pos_ == "NOUN" and (armed or any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in STRUGGLE_MODIFIERS
            for c in act.children))
        if violent or struggle:
            return replace(entry, type="THREATEN", mode="violence", cameo=THREAT_CAMEO["ASSAULT"])
    return entry


def joint_reading(entry: Trigger, sources: list[Argument], lexicon: TriggerLexicon) -> Trigger:
    """A military exercise held by forces of more than one country ('French and Egyptian
    warships began war games') is military cooperation (CAMEO 062, as 'joint exercise'), not
    a show of force (152)."""
    if entry.lemma not in EXERCISES or len({a.country for a in sources if a.country}) < 2:
        return entry
    joint = [t for t in lexicon.by_head("joint", "NOUN") if t.type == "COOPERATE"]
    return joint[0] if joint else entry


def fought_with(head: Token | None, nouns: frozenset[str]) -> bool:
    """A fight whose other side, named by 'with' or 'between', is one of the nouns, resolved
    to an actor or not ('police clashed with anti-government protesters', 'clashes between
    police and demonstrators')."""
    if head is None:
        return False
    parties = [o for c in head.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
               for p in c.children if p.dep_ == "pobj" for o in (p, *p.conjuncts)]
    return any(o.lemma_.lower() in nouns for o in parties)


def amid_protest(head: Token, protesters: frozenset[str]) -> bool:
    """Fighting between sides the sentence does not name, in a sentence about a protest:
    demonstrators fight the police ('clashes broke out after forces attacked a protest')."""
    return any(t.lemma_.lower() in PROTEST_NOUNS or t.lemma_.lower() in protesters
               for t in head.sent if t.pos_ == "NOUN")


def trigger_pos(token: Token) -> str | None:
    """The lexicon part of speech of a token (VERB or NOUN)."""
    return TRIGGER_POS.get(token.pos_)


@cache
def hazards() -> tuple[frozenset[str], frozenset[str]]:
    """(cause nouns, mishap verbs) of hazards.csv: harm that no actor inflicts."""
    rows = read_csv("hazards.csv", ("lemma", "pos"))
    nouns = frozenset(r["lemma"] for r in rows if r["pos"] == "NOUN")
    return nouns, frozenset(r["lemma"] for r in rows if r["pos"] == "VERB")


def is_hazard(noun: Token) -> bool:
    """A noun naming a hazard or mishap, alone or with its modifier ('quake', 'gas explosion')."""
    nouns, _ = hazards()
    lemma = noun.lemma_.lower()
    mods = [c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")]
    if lemma in nouns or noun.lower_ in nouns or any(f"{m} {lemma}" in nouns for m in mods):
        return True
    if lemma in SPELL_NOUNS:  # 'a second wave of floods', 'a spate of landslides'
        return any(is_hazard(g) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj")
    # a hazard's name: 'Hurricane Ida', 'tropical storm Mara', 'Cyclone Idai'
    return noun.pos_ == "PROPN" and any(m in nouns for m in mods)


# Nouns of a run of things, whose 'of' phrase names what ran ('a wave of floods').
SPELL_NOUNS = frozenset({"wave", "spate", "series", "bout", "string", "surge", "round"})


def natural_harm(head: Token, entry: Trigger) -> bool:
    """Violence done by no actor: an earthquake, a flood or an accident kills or strikes
    ('the quake killed 8', 'hit by a storm', 'killed in a crash', 'injured when the roof
    collapsed', 'a gas explosion')."""
    if entry.type != "ASSAULT":
        return False
    if head.pos_ != "VERB":
        return is_hazard(head)
    _, verbs = hazards()
    # 'a gym demolished by a plant explosion': a participle with an agent is passive too.
    passive = any(c.dep_ in ("nsubjpass", "agent") for c in head.children) or (
        # 'five were killed, 20 injured': a participle coordinated with a passive verb (or
        # parsed as its adverbial clause)
        head.tag_ == "VBN" and head.dep_ in ("conj", "advcl")
        and any(c.dep_ == "nsubjpass" for c in head.head.children)
    )
    subj = None if passive else subject_of(head)
    if subj is not None and subj.tag_ in ("WDT", "WP") and head.dep_ == "relcl":
        subj = head.head  # 'the famine that struck the north': the famine struck
    if subj is not None and head.tag_ == "VBG" and head.dep_ == "advcl" and \
            head.head.lemma_.lower() in verbs and not any(
                c.dep_ == "dobj" for c in head.head.children):
        return True  # 'a ferry capsized, killing 90': the mishap killed them, no one did
    if subj is not None:
        return is_hazard(subj)  # one who acts: 'rebels killed five during the storm'
    for child in head.children:
        if (
            child.dep_ in ("agent", "prep")
            and (child.dep_ == "agent" or child.lower_ in CAUSE_PREPS)
            and any(is_hazard(o) for o in child.children if o.dep_ == "pobj")
        ):
            return True
    return any(mishap_clause(c, verbs) for v in linked_clauses(head) for c in v.children)


def linked_clauses(verb: Token) -> list[Token]:
    """A verb and the clauses chained to it by coordination or as adverbial clauses, up and
    down ('five were killed, 20 injured and several missing after ...')."""
    seen = {verb.i: verb}
    frontier = [verb]
    for _ in range(3):
        step = []
        for tok in frontier:
            near = [c for c in tok.children if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB"]
            if tok.dep_ in ("conj", "advcl") and tok.head.pos_ == "VERB":
                near.append(tok.head)
            step += [t for t in near if t.i not in seen]
            seen.update((t.i, t) for t in near)
        frontier = step
    return list(seen.values())


def mishap_clause(clause: Token, verbs: frozenset[str]) -> bool:
    """A 'when/after' clause that tells of a mishap ('when the bus plunged', 'after a
    volcano erupted')."""
    if clause.dep_ != "advcl" or not any(
        m.dep_ in ("mark", "advmod") and m.lower_ in CAUSE_MARKS for m in clause.children
    ):
        return False
    subj = subject_of(clause)
    return clause.lemma_.lower() in verbs or (subj is not None and is_hazard(subj))


def is_topic(noun: Token) -> bool:
    """A noun event that is only talked about: 'talks about a ceasefire', 'a demand for a
    truce', 'disagreement over sanctions'; not the occasion one comes to ('arrived for the
    talks', 'gathered for a rally'), which takes place. An act one claims responsibility for
    stays a topic: ACLED codes the claim (attribution), not the act again."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "for" and prep.head.lemma_.lower() in OCCASION_VERBS:
        return False
    return prep.lower_ in TOPIC_PREPS


def is_agentless_passive_meeting(verb: Token, entry: Trigger) -> bool:
    """'his demands were met': a passive consultation verb with no agent is fulfilment, not
    a meeting."""
    return (
        entry.type == "CONSULT"
        and verb.pos_ == "VERB"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def is_monologue(verb: Token, entry: Trigger, targets: list[Argument]) -> bool:
    """'X talked about the war': a consultation verb with a topic and no partner is a
    statement, not a meeting; one whose entry names the gathering ('attend a summit on X',
    'held talks on X') is a meeting all the same."""
    return (
        entry.type == "CONSULT"
        and len(entry.words) == 1
        and verb.pos_ == "VERB"
        and not targets
        and any(
            c.dep_ == "prep" and c.lower_ in ("about", "of", "on") and not is_time_phrase(c)
            for c in verb.children
        )
    )


def is_time_phrase(prep: Token) -> bool:
    """A preposition that only dates the event ('on Thursday'), naming no topic."""
    return any(c.ent_type_ in ("DATE", "TIME") for c in prep.children if c.dep_ == "pobj")


def arguments(
    trigger: Token, index: ActorIndex, kb: KnowledgeBase, etype: str = "", lemma: str = ""
) -> tuple[list[Argument], list[Argument]]:
    """Resolved source and target arguments of a trigger (frames in arguments.py)."""
    sources, targets = read_sides(trigger, etype, index, kb, etype in ADDRESSEE_TYPES, lemma)
    targets = destination_over_theme(trigger, targets, index, kb)
    return sources, away_from_own(trigger, sources, targets, etype, lemma, index, kb)


def away_from_own(
    trigger: Token, sources: list[Argument], targets: list[Argument], etype: str, lemma: str,
    index: ActorIndex, kb: KnowledgeBase,
) -> list[Argument]:
    """'Syria will withdraw its troops from Lebanon': when the object is the source's own
    people or a countryless group, the party of the trigger's target preposition is the
    target."""
    # with no source read yet ('said it was ready to pull back its units from X': 'it' is left
    # to the discourse), only what a pronoun says is the subject's own ('its troops') counts
    # ('the RSF said its forces had been attacked by militias': another party's own people,
    # through a pronoun, stay the target whatever country the two share)
    own = targets and (sources or all(own_thing(a) for a in targets)) and all(
        owned_by(a, sources, index) or not own_thing(a) and (
            (sources and a.country is not None and a.country == sources[0].country
             and not coerced_person(a, etype))
            or (a.actor is not None and a.actor.kind == "group" and a.country is None))
        for a in targets)
    if not own or trigger.pos_ != "VERB":
        return targets
    lemma = lemma or trigger.lemma_.lower()
    # a multiword trigger ('withdraw peacekeeping force') also takes its head verb's prepositions
    preps = frames().target_preps(lemma, etype, "VERB") | frames().target_preps(
        lemma.split()[0], etype, "VERB")
    objects = prep_objects(trigger, preps)
    # 'mobilized its reservists for a war against X': the act the forces are for is aimed at X
    # ('deployed troops to its border with X': a border's 'with' says which border)
    objects += [t for o in objects if o.pos_ == "NOUN" and o.lemma_.lower() not in BOUNDARY_NOUNS
                for t in prep_objects(
                    o, frames().target_preps(o.lemma_.lower(), "", "NOUN") - {"of", "for"})]
    objects = [o for o in objects if not boundary_partner(o)]
    found = [replace(a, confidence=0.7) for a in resolve_all(objects, index, kb)]
    # 'strengthened its forces in Lebanon': where forces marked as one's own are kept
    # ('struck targets of the Kurdistan Workers' Party in Iraq': a possessive inside the
    # name is no owner, and the party is the target, not where it is)
    kept = [t.token for t in targets if t.token is not None and index.actor_of(t.token)
            and any(c.dep_ == "poss" and index.actor_of(c) is not index.actor_of(t.token)
                    for c in t.token.children)]
    held = [o for h in ([trigger] if kept else []) + kept for o in prep_objects(h, preps | {"in"})]
    found += [replace(a, confidence=0.6) for a in resolve_all(held, index, kb)]
    home = sources[0].country if sources else None
    found = [a for a in found if home is None or a.country != home]
    # 'until the government withdraws its troops from the region': with no other party named,
    # the source's own forces are still no target (its partners or citizens may be)
    # 'said it had withdrawn its troops': the forces moved are what is moved, no party
    return found or [as_thing(a) if moved_own_forces(a, etype) else a for a in targets
                     if not own_forces(a, sources, index)
                     and not deployed_forces(a, sources, etype)]


def coerced_person(arg: Argument, etype: str) -> bool:
    """A person coerced by their own state ('Venezuela arrested Juan Guaido on a US request'):
    the target, not one's own forces moved away from another party."""
    return etype == "COERCE" and arg.actor is not None and arg.actor.kind == "person"


def destination_over_theme(
    trigger: Token, targets: list[Argument], index: ActorIndex, kb: KnowledgeBase
) -> list[Argument]:
    """'deployed troops to Libya', 'sent soldiers into Mali': when the object is only a
    countryless group that is moved, or weapons or craft handed over ('provided helicopters
    to the Colombian police', which the actor layer may read as a force), the place or actor
    it is moved to is the target."""
    moved = targets and all(
        a.actor is not None and a.actor.kind == "group" and a.actor.country is None
        or a.token is not None and a.token.lemma_.lower() in weapon_nouns() for a in targets
    )
    if not moved or trigger.pos_ != "VERB":
        return targets
    destinations = resolve_all(prep_objects(trigger, DESTINATION_PREPS), index, kb)
    return destinations or targets


def first_person(arg: Argument) -> bool:
    """An argument named only by a first-person word of a quotation ('we', 'our')."""
    return arg.token is not None and is_first_person(arg.token)


def by_pronoun(arg: Argument, index: ActorIndex) -> bool:
    """An argument whose actor is known only through a pronoun ('his forces', 'they')."""
    tok = arg.token
    if arg.via_pronoun:
        return True
    if arg.actor is None or tok is None:
        return False
    if index.actor_of(tok) is not None:
        return tok.pos_ == "PRON"
    near = sorted(tok.children, key=lambda c: abs(c.i - tok.i))
    return next((c.pos_ == "PRON" for c in near if index.actor_of(c) is arg.actor), False)


def dyads(
    symmetric: bool, sources: list[Argument], targets: list[Argument]
) -> list[tuple[Argument | None, Argument | None]]:
    """Source x target pairs; 'X and Y agreed' gives X -> Y for symmetric types, also when the
    only targets are the pair's own ('X and Y held talks on an X pullback')."""
    if (len(sources) > 1 and symmetric
            and all(any(same_party(s, t) for s in sources) for t in targets)):
        return [(sources[0], s) for s in sources[1:]]
    srcs: list[Argument | None] = list(sources) or [None]
    tgts: list[Argument | None] = list(targets) or [None]
    pairs = []
    for s in srcs:
        for t in tgts:
            if s is not None and t is not None and same_party(s, t):
                continue  # an actor does not act on itself ('Russia's strike on Russia')
            pairs.append((s, t))
    if not pairs and srcs[0] is not None and all(t is not None and own_thing(t) for t in tgts):
        # every target was the source's own thing ('the group agreed to lay down its
        # weapons'): the event keeps its source and loses only the target
        pairs = [(s, None) for s in srcs]
    return pairs


# Acts a government speaker never aims at its own state (it may defend or reject on its
# behalf: 'defended Iran's position' is coded with Iran as target).
SELF_WARNING_TYPES = frozenset({"THREATEN"})


def own_state(source: Argument, target: Argument) -> bool:
    """Whether a target is the state or government a government source speaks for ('the
    foreign minister ... Tehran', 'the Taiwan Affairs Office ... Beijing')."""
    src, tgt = source.actor, target.actor
    return (src is not None and tgt is not None and src is not tgt and src.sector == "GOV"
            and src.country is not None and tgt.country == src.country
            and tgt.kind == "country" and tgt.sector in (None, "GOV"))


def same_party(a: Argument, b: Argument) -> bool:
    """Two arguments that are one actor, or one country named twice with no actor."""
    if a.actor is not None and b.actor is not None:
        return a.actor is b.actor
    return a.actor is None and b.actor is None and a.country is not None and a.country == b.country


def claim_around(trigger: Token, claims: Sequence[Claim]) -> Claim | None:
    """The innermost claim whose content contains the trigger, unless the trigger is the
    act of saying itself or governs it ('X summoned the envoy to complain'): the saying is
    asserted, only what is said is reported."""
    start = trigger.idx
    inside = [
        c
        for c in claims
        if c.content_start <= start < c.content_end and c.speaker_kind != "author"
        and not separate_saying(trigger, c)
    ]
    # innermost first (a stable sort keeps text order among equals): usually one check
    inside.sort(key=lambda c: c.content_end - c.content_start)
    return next((c for c in inside if not frames_claim(trigger, c)), None)


def separate_saying(trigger: Token, claim: Claim) -> bool:
    """A cue past a semicolon that says something of its own ('X shells Y; Z promises
    retaliation', 'X strikes Y; Z says ten died'): the clause before the semicolon is a fact
    told on its own, not the cue's content."""
    if claim.cue_start is None or claim.cue_start <= trigger.idx:
        return False
    doc = trigger.doc
    starts = token_starts(doc)
    cue_i = bisect_left(starts, claim.cue_start)
    if cue_i >= len(doc) or doc[cue_i].idx != claim.cue_start:
        return False
    cue = doc[cue_i]
    return semicolon_between(doc, trigger.i + 1, cue.i) and any(
        c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > cue.i for c in cue.children)


def frames_claim(trigger: Token, claim: Claim) -> bool:
    """The trigger is the claim's cue word, or a word the cue depends on when the content
    span wrongly takes in its own cue ('Iran summoned the envoy to complain about ...'); a
    trailing 'X attacked Y, officials said' keeps its cue outside the content."""
    if not claim.cue:
        return False
    first = claim.cue.split()[0].lower()
    # (The old sentence scan also tested 'cue is trigger', which never held: spaCy builds a
    # new Token on each access. Kept out so that this lookup changes no output.)
    # A cue the trigger governs lies in the trigger's subtree, between its edges: look the
    # word up in a per-Doc index instead of scanning the sentence for every claim.
    doc = trigger.doc
    starts = token_starts(doc)
    lo = max(trigger.left_edge.i, bisect_left(starts, claim.content_start))
    hi = min(trigger.right_edge.i + 1, bisect_left(starts, claim.content_end))
    positions = word_positions(doc).get(first, [])
    return any(
        trigger.is_ancestor(doc[i])
        for i in positions[bisect_left(positions, lo) : bisect_left(positions, hi)]
    )


def word_positions(doc: Doc) -> dict[str, list[int]]:
    """The token indices of every lower-cased word, in order, computed once per Doc."""
    cached = doc.user_data.get("kronika_word_positions")
    if cached is None:
        cached = defaultdict(list)
        for i, word in enumerate(lower_texts(doc)):
            cached[word].append(i)
        cached = doc.user_data["kronika_word_positions"] = dict(cached)
    return cached


def _own_plan(claim: Claim | None) -> bool:
    """A claim whose content is a bare infinitive ("is ready to send", "her decision to
    resign"): a plan or wish of the speaker's own."""
    return claim is not None and claim.content.startswith("to ")


def placed_by(token: Token) -> bool:
    """Whether a name is the object of a preposition that only says where."""
    return token.dep_ == "pobj" and token.head.lower_ in SCENE_PREPS


def build_event(
    doc_id: str,
    trigger: Token,
    entry: Trigger,
    know: EventKnowledge,
    pair: tuple[Argument | None, Argument | None],
    qualifier: Qualifier,
    claim: Claim | None,
    when: str | None,
    index: ActorIndex,
    announced: bool = False,
) -> Event:
    """One Event record from its parts; ``announced`` marks an intent, refusal or threat read
    off a told act (``stance_reading``), which the source's own statement makes, not reports."""
    etype = know.types[entry.type]
    cameo = entry.cameo or etype.cameo
    goldstein = know.cameo.goldstein(cameo) if cameo else None
    src, tgt = pair
    sents = sentence_index(index.doc)
    sent = sentences(index.doc)[sents[trigger.i]]
    location = event_location(trigger, index)
    if entry.type in GOVERNMENT_TYPES and tgt is not None and tgt.token is not None \
            and named_by(location, tgt.token) and not placed_by(tgt.token):
        location = None  # 'sanctions on Kigali' are aimed at a government, at no place
    locative = place_target(trigger, index)
    if (
        tgt is None
        and locative is not None
        and entry.type in LOCATIVE_TARGET_TYPES
        and aimed_at(place_argument(locative, trigger), src, trigger, entry)
    ):
        # "bombing in X" is aimed at X, and at the state X is where the text names it
        tgt = state_of_place(place_argument(locative, trigger), entry.type, index,
                             [src] if src else [])
    factuality = qualifier.value
    own_word = (announced or _own_plan(claim)) and claim is not None and src is not None \
        and src.actor is not None and src.actor.id == claim.speaker
    # 'Kenya said it will withdraw': the promise itself; 'NATO's decision to send trainers':
    # the plan itself, not words about someone else's act
    if factuality == "asserted" and claim is not None and not own_word:
        factuality = "reported"
    score = event_confidence(trigger, src, tgt) * FACTUALITY_TRUST.get(factuality, 1.0)
    # the sentence's text sliced from the cached string: Span.text builds every Token
    evidence_text = doc_text(index.doc)[sent.start_char : sent.end_char]
    return Event(
        id=content_id(
            doc_id,
            entry.type,
            str(trigger.idx),
            src.actor.id if src and src.actor else "",
            tgt.actor.id if tgt and tgt.actor else "",
        ),
        type=entry.type,
        mode=entry.mode or None,
        cameo=cameo,
        quad_class=etype.quad_class,
        goldstein=goldstein if goldstein is not None else etype.goldstein,
        source=src.actor.id if src and src.actor else None,
        target=tgt.actor.id if tgt and tgt.actor else None,
        source_country=src.country if src else None,
        target_country=tgt.country if tgt else None,
        source_code=code_of(src),
        target_code=code_of(tgt),
        location=location,
        date=when,
        factuality=factuality,
        factuality_cue=qualifier.cue,
        attributed_to=claim.id if claim else None,
        trigger=trigger.text,
        trigger_start=trigger.idx,
        trigger_end=trigger.idx + len(trigger.text),
        confidence=round(min(score, 1.0), 2),
        evidence=Evidence(sents[trigger.i], sent.start_char, sent.end_char, evidence_text),
        source_start=src.span[0] if src and src.span else None,
        source_end=src.span[1] if src and src.span else None,
        target_start=tgt.span[0] if tgt and tgt.span else None,
        target_end=tgt.span[1] if tgt and tgt.span else None,
        acled_type=classify(facts_of(trigger, entry, src, tgt)),
    )


def aimed_at(place: Argument, src: Argument | None, trigger: Token, entry: Trigger) -> bool:
    """Whether an event that happened in a place is aimed at it: a place of another country
    than the source's, or of its own for an act a government aims at home (domestic)."""
    return src is None or src.country != place.country or domestic(trigger, entry)


def domestic(trigger: Token, entry: Trigger) -> bool:
    """An act a government aims at a place of its own ('imposed a curfew in Cizre'), not at
    people it names there ('dispersed protesters in Nairobi' is aimed at the protesters, 'have
    restricted themselves in Mosul' at no one)."""
    protesters = protester_nouns()
    return entry.type in DOMESTIC_TYPES and not any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in protesters or c.pos_ == "PRON")
        for c in trigger.children)


# How far an event the text does not assert is still an event with this dyad: a future act
# often does not come, and a supposed or denied one did not happen (docs/schema.md).
FACTUALITY_TRUST = {"future": 0.85, "hypothetical": 0.6, "negated": 0.6}


def event_confidence(trigger: Token, src: Argument | None, tgt: Argument | None) -> float:
    """How sure the record is: a base for the trigger (a verb names its event more surely than
    a noun) plus, for each side, the confidence of the frame path or discourse rule that gave
    it (docs/schema.md, 'confidence'). A side that names no party, only a thing or a means
    ('boycotted the vote', 'a bomb killed two'), adds nothing: no dyad is surer for it."""
    base = 0.2 if trigger.pos_ == "VERB" else 0.15
    return base + sum(0.4 * a.confidence for a in (src, tgt)
                      if a is not None and (a.actor is not None or a.country is not None))


def facts_of(
    trigger: Token, entry: Trigger, src: Argument | None = None, tgt: Argument | None = None
) -> EventFacts:
    """What the ACLED rules read of an event."""
    sent = sentences(trigger.doc)[sentence_index(trigger.doc)[trigger.i]]
    return EventFacts(entry.type, entry.mode, entry.lemma, side_of(src), side_of(tgt), sent,
                      clause_of(trigger))


def side_of(arg: Argument | None) -> Side:
    """What the ACLED rules read of one side: its sector and head noun."""
    if arg is None:
        return Side()
    sector = arg.actor.sector if arg.actor is not None else arg.sector
    return Side(sector, arg.token.lemma_.lower() if arg.token is not None else None)


def code_of(arg: Argument | None) -> str | None:
    """CAMEO-style code of an argument: the actor's code, else its country."""
    if arg is None:
        return None
    if arg.actor is not None and arg.actor.code:
        return arg.actor.code
    if arg.actor is None and arg.sector:
        return (arg.country or "") + arg.sector  # 'were detained in Minsk': the state's police
    return arg.country


def find_triggers(
    doc: Doc, index: ActorIndex, know: EventKnowledge
) -> list[tuple[Trigger, Token, set[int]]]:
    """Every trigger of the document: (entry, head token, tokens it covers), in text order."""
    found: list[tuple[Trigger, Token, set[int]]] = []
    used: set[int] = set()
    lemmas, lowers = lower_lemmas(doc), lower_texts(doc)
    starts = know.triggers.starts  # a Token is built only where a trigger may begin
    for i in [i for i in range(len(doc)) if starts(lemmas[i]) or starts(lowers[i])]:
        if i in index.token_actor or i in used:
            continue
        token = doc[i]
        match = match_trigger(token, know.triggers)
        if match is None:
            continue
        entry, head = match
        covered = set(range(token.i, max(token.i, head.i) + 1))
        if len(entry.words) > 1:  # 'held talks': the object noun is part of this trigger
            covered |= {c.i for c in head.children if c.lemma_.lower() in entry.words[1:]}
        used |= covered
        entry = place_reading(entry, head, know.triggers)
        entry = premises_reading(entry, head, know.triggers, know.kb, index)
        entry = captive_reading(civilian_reading(entry, head, know.triggers, know.kb, index), head,
                                know.triggers, index, know.kb)
        found.append((entry, head, covered))
    return found


def captured(head: Token) -> list[Token]:
    """Who or what a seizing word takes: its object or passive subject, the noun its
    participle modifies ('men captured in a raid'), the antecedent of 'who' ('Abdeslam, who
    was captured'), a noun's 'of' object or owner ('the capture of X', 'his capture')."""
    if head.pos_ == "VERB":
        out = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        if head.dep_ == "acl" and head.tag_ == "VBN":  # not 'fighters occupying them'
            out.append(head.head)
        if head.dep_ == "relcl" and any(c.lower_ in ("who", "whom") for c in out):
            out.append(head.head)
        return out
    out = [c for c in head.children if c.dep_ == "poss"]
    return out + [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"]


# Prepositions of where a thing happens: a name after one that hangs on a verb ('fighting
# raged in Avdiivka', 'troops massed outside Kidal') is a place.
WHERE_PREPS = frozenset({"in", "near", "outside", "around", "inside", "into"})


def named_as_place(tok: Token) -> bool:
    """A name the text elsewhere tells as a place: tagged a place there, after a preposition
    of where on a verb ('clashes raged in Avdiivka ... Avdiivka has not been captured'), or
    named by a place noun ('the town of Hajin'), though the tagger reads this mention as a
    person."""
    if tok.pos_ != "PROPN":
        return False
    for other in tok.doc:
        if other.i == tok.i or other.text != tok.text:
            continue
        if other.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        prep = other.head
        if other.dep_ != "pobj":
            continue
        if prep.lower_ in WHERE_PREPS and prep.head.pos_ in ("VERB", "AUX"):
            return True
        if prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS:
            return True  # 'the town of al-Bab', 'the city of Kherson'
    return False


def captive_reading(
    entry: Trigger, head: Token, lexicon: TriggerLexicon, index: ActorIndex,
    kb: KnowledgeBase | None = None,
) -> Trigger:
    """The arrest reading of a seizing word whose captive is a person ('police captured
    Abdeslam', 'the capture of the suspects') or people a generic noun of one person names in
    any number ('captured three militants', 'two soldiers were captured'; sectors.csv kind
    person): CAMEO seizes property (171) or territory (192), but takes people into custody
    (173)."""
    if entry.mode != "confiscate":
        return entry
    def person(tok: Token) -> bool:
        actor = index.actor_of(tok)
        if index.place_of(tok) is not None or named_as_place(tok):
            return False  # a town the tagger took for a name ('al-Bab has not been captured')
        # a generic noun as owner is the taker: 'the general's takeover', 'the army's capture'
        generic = kb is not None and tok.pos_ == "NOUN" and tok.dep_ != "poss"
        agent = kb.agent(tok.lemma_.lower()) if generic else None
        return tok.ent_type_ == "PERSON" or tok.lower_ in ("him", "her", "who", "whom") or (
            actor is not None and actor.kind == "person") or (agent is not None and agent.person)
    if not any(person(t) for t in captured(head)):
        return entry
    arrests = [t for t in lexicon.by_head("arrest", entry.pos) if t.mode == "arrest"]
    return arrests[0] if arrests else entry


def absorbed(found: list[tuple[Trigger, Token, set[int]]]) -> set[int]:
    """Event nouns that only spell out a trigger verb's content: covered by a multiword
    trigger, or the object of a verb trigger of the same or a content type ('imposed
    sanctions', 'signed a deal', 'rejected the proposal')."""
    out: set[int] = set()
    verbs = {head.i: entry for entry, head, _ in found if head.pos_ == "VERB"}
    for entry, head, covered in found:
        out |= covered - {head.i}
        if means_of(entry, head, verbs):
            out.add(head.i)
        governor = verbs.get(head.head.i) if head.pos_ != "VERB" else None
        if (
            governor is not None
            and head.dep_ in ("dobj", "nsubjpass")
            and not own_parties(head)
            and (governor.type == entry.type or entry.type in CONTENT_TYPES)
        ):
            out.add(head.i)
    return out


# Verbs of stopping an activity, 'end' too ('urged both sides to end the fighting').
STOPPING_VERBS = CESSATION_VERBS | {"end"}


def asked_to_stop(head: Token, found_at: Mapping[int, Trigger]) -> bool:
    """The activity an appeal asks someone to stop ('the UN called on both sides to stop
    fighting', 'urged the army and the RSF to halt the fighting'): the appeal is the event
    (REQUEST), and the stop it asks for its content; the activity is told of neither as done
    by those asked nor by the one who asks, nor as negated."""
    stop = head.head
    if head.dep_ not in ("xcomp", "dobj", "ccomp") or stop.lemma_.lower() not in STOPPING_VERBS:
        return False
    tok = stop
    for _ in range(2):  # 'called on X to stop', 'urged that X stop'
        if tok.dep_ not in ("xcomp", "ccomp", "advcl") or tok.head == tok:
            return False
        tok = tok.head
        asking = found_at.get(tok.i)
        if asking is not None and asking.type == "REQUEST":
            return True
    return False


def means_of(entry: Trigger, head: Token, verbs: dict[int, Trigger]) -> bool:
    """A weapon used or fired to do what a trigger of its purpose clause says ('fired tear
    gas to disperse the crowd', 'used live ammunition to break up the rally'): the purpose
    is the event, the weapon only its means."""
    if len(entry.words) < 2 or entry.words[0] not in MEANS_VERBS or head.pos_ != "VERB":
        return False
    return any(
        c.dep_ in ("advcl", "xcomp") and c.i in verbs
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in head.children
    )


def own_parties(noun: Token) -> bool:
    """An event noun that names its own parties ('hosted talks between X and Y')."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("between", "among"))
        for c in noun.children
    )


def extract_events(
    doc: Doc,
    doc_id: str,
    index: ActorIndex,
    know: EventKnowledge,
    claims: Sequence[Claim],
    published: date | None,
) -> list[Event]:
    """Every event of the document, one per trigger and dyad, in text order."""
    events: list[Event] = []
    told: list[Told] = []  # sources read so far, for the implicit-argument chain rule
    found = find_triggers(doc, index, know)
    skip = absorbed(found)
    anaphors = frozenset(h.idx for _, h, _ in found if refers_back(h))  # 'the shelling came'
    heads = frozenset(h.i for _, h, _ in found)
    # 'an airstrike killed 30': the noun and the verb of one act are one event (merge.py)
    twice = told_twice([(entry, head) for entry, head, _ in found])
    # verbs that tell an act of their own, on which a motive hangs ('fired in retaliation')
    acts = frozenset(h.i for e, h, _ in found if e.lemma not in ASSEMBLY_VERBS)
    attacks = frozenset(h.i for e, h, _ in found if e.type == "ASSAULT")
    coded: dict[int, Trigger] = {}  # the trigger of each event coded so far, by head index
    aimed: set[int] = set()  # the heads of events coded with a target actor
    told_dates: dict[str, str | None] = {}  # the date of the last act told of each type
    dated_sentences: dict[int, str] = {}  # sentence -> the past day an act in it is dated to
    head_dates: dict[int, str | None] = {}  # the date of each event coded so far, by head index
    found_at = {h.i: e for e, h, _ in found}  # the trigger entry of each head
    for entry, head, _ in found:
        if (
            head.i in skip
            or entry.type not in know.types
            or is_topic(head)
            or motive(head, acts)
            or part_of_attack(head, entry, attacks)  # spoils taken, inmates freed
            or strikes_told_again(head, entry)
            or is_agentless_passive_meeting(head, entry)
            or other_sense(entry, head)
            or natural_harm(head, entry)
            or under_obligation(head)  # the act demanded: see demands()
            or asked_to_stop(head, found_at)
            or condition_of_stance(head)
            or time_reference(head, entry, anaphors, coded)
        ):
            continue
        sources, targets = arguments(head, index, know.kb, entry.type, entry.lemma)
        searcher = None if sources else searcher_source(head, entry.type, index)
        sources = [searcher] if searcher is not None else sources
        paired = [] if sources else pair_subject(head, index, told)
        sources = sources or paired  # 'both sides agreed': the two parties named before
        targets = targets or pair_object(head, index, sources, told)  # 'urged both sides to ...'
        entry = riot_reading(entry, sources, targets, know.triggers, head)
        entry = joint_reading(entry, sources, know.triggers)
        entry = threat_reading(entry, head, know.triggers, sources, targets)
        entry = exclusion_reading(entry, head, know.triggers)
        entry = official_protest_reading(entry, head, know.triggers)
        entry = regret_reading(entry, head, know.triggers)
        entry = armed_obstruction_reading(entry, sources, know.triggers)
        entry = armed_march_reading(entry, sources, know.triggers)
        entry = state_protest_reading(entry, head, sources, know.triggers)
        entry = call_reading(head, entry, know.triggers)
        if is_monologue(head, entry, targets) or (entry.lemma in WISH_VERBS and not targets):
            continue  # 'wants the talks to succeed': a wish put to no one
        # A side known only through a pronoun is resolved by coreference, a little less surely.
        sources, targets = ([replace(a, confidence=a.confidence * PRONOUN_DISCOUNT)
                             if by_pronoun(a, index) else a for a in side]
                            for side in (sources, targets))
        if not sources and all(a.via_pronoun for a in targets):
            targets = []  # only an object pronoun's antecedent, no agent: too thin a side
        if all(first_person(a) for a in sources + targets):
            # '"we have to sit down," X said': a quotation's own 'we' alone makes no event
            sources, targets = [], []
        if (
            not sources
            and not targets
            and not (entry.type == "ASSAULT" and locative_place(head, index))
            and not (
                counted_without_actors(facts_of(head, entry), head)
                and qualify(head, know.cues).value in HAPPENED
            )
        ):
            continue  # an event with no participant cannot be coded or counted, unless ACLED
            # counts it and the text says it happened ('a roadside bomb killed two')
        when, expression = event_date(head, published)
        main = result_of(head)
        if expression is None and main is not None:
            # 'attacked the base, killing two': the day of the attack, coded or not
            when = head_dates.get(main.i) or carried_date(main, dated_sentences) or when
        elif expression is None and retells(head):
            when = told_dates.get(entry.type, when)  # 'condemned the attack': the one told
        elif expression is None:
            when = offset_from_act(head, lambda noun: day_referred_to(
                noun, found_at, anaphors, coded, head_dates)) or \
                carried_date(head, dated_sentences) or when
        elif (when and published and len(when) == 10 and when < published.isoformat()
              and head.tag_ == "VBD"):  # told as done, not asked for ('urged X to rally on
            dated_sentences[sentence_index(doc)[head.i]] = when  # Monday')
        if phantom(head, entry, index, expression):
            continue  # figurative, or an undated recollection (events/phantoms.py)
        qualifier = question_mood(head, qualify(head, know.cues))
        qualifier = dated_ahead(qualifier, when, expression,
                                published.isoformat() if published else None)
        stance = stance_content(head, qualifier, coded)
        if stance is not None:
            # the act an event coded offers or refuses (events/phantoms.py); what that act
            # refuses in turn is the event's content too ('agreed to refuse to recognize X')
            coded[head.i] = stance
            continue
        act_type, told_as = entry.type, qualifier.value
        entry, qualifier = stance_reading(entry, qualifier, head)
        entry, qualifier = attempt_reading(entry, qualifier, head, know.cues)
        pronoun_only = (sources or targets) and all(by_pronoun(a, index) for a in sources + targets)
        # 'X said it will ...': an announcement is the event, its tense no doubt about it
        announced = entry.type != act_type or (told_as == "future" and entry.type == "SANCTION"
                                               and qualifier.value == "asserted")  # a halt
        if announced and qualifier.value == "asserted" and ahead_of(when, published):
            when = announcement_date(head, published)  # the promise is told, not the act
        elif announced and expression is None:
            # 'said last Tuesday it would not negotiate': the refusal is made that Tuesday
            when = saying_date(head, published) or when
        if qualifier.value != "asserted" and pronoun_only and not announced:
            continue  # a pronoun's antecedent and an unasserted mode: two doubts are too many

        claim = claim_around(head, claims)
        members = paired or (pair_members(sources[0], index, told=told) if len(sources) == 1
                             else [])
        sources = members or sources  # 'the two leaders agreed': the two named before
        mutual = len(sources) > 1 and not targets and reciprocal(head)
        # 'X and Y failed to reach an agreement': refusing a joint act is mutual too
        # 'X and Y offered to mediate': a commitment made side by side, not to each other
        alone = entry.lemma.split()[0] in frames().unilateral
        symmetric = (mutual or bool(members) or not alone and (
            entry.type in SYMMETRIC_TYPES or act_type in SYMMETRIC_TYPES
            or (entry.cameo or "").startswith(SYMMETRIC_CAMEO)
            or (head.pos_ == "VERB" and (entry.cameo or "").startswith(SYMMETRIC_VERB_CAMEO))))
        locative = place_target(head, index) if entry.type in LOCATIVE_TARGET_TYPES else None
        place = place_argument(locative, head) if locative is not None else None
        if sources and not targets and not (symmetric and len(sources) > 1):
            name = unknown_name(head, entry.type, entry.lemma, sources)
            targets = [name] if name is not None else []
        if targets and not sources:
            agent = unknown_agent(head, index)
            if agent is not None and not know.triggers.by_head(agent.token.lemma_, "NOUN"):
                sources = [agent]  # 'was beaten by prison guards'
        if (sources and all(owned_by(a, sources, index) for a in targets)
                and entry.type == "AGREE"
                and not (entry.cameo or "").startswith(SYMMETRIC_CAMEO)):
            agreed = agreed_place(head, index)  # 'agreed to a truce in Aleppo'
            targets = [agreed] if agreed is not None else []
        if not (symmetric and len(sources) > 1):
            sources, targets = complete(head, entry.type, sources, targets, index, told, place,
                                        entry.mode)
        if not mutual and sources and all(owned_by(a, sources, index) or guessed(a)
                                          for a in targets) and (
                place is None or not aimed_at(place, sources[0], head, entry)):
            # 'threatened to strike unless X pays', 'will not lay down its arms unless X
            # pays': aimed at X, before any guess from the sentence; else at the thing it is
            # done to ('boycotted the vote')
            found = unconditional(condition_party(head, index, know.kb), sources)
            thing = None if found or targets else thing_target(head, entry.type, sources, heads)
            targets = found or ([thing] if thing is not None else targets)
        if means_clause_of(head, coded) is not None and all(a.actor is None for a in targets):
            continue  # 'is supporting Manila by having its ships conduct patrols': one act
        retold = elaborated(head, entry, coded)
        if retold is not None and (retold in aimed or all(a.actor is None for a in targets)):
            continue  # 'shelled the town, killing ten': one event (events/merge.py), unless
            # only the clause names who was hit
        told += told_of(head, entry.type, sources, targets or aimed_place(place, sources, head,
                                                                       entry, index),
                        mutual or symmetric)
        targets = [state_of_place(a, entry.type, index, sources) for a in targets]
        if entry.type in SELF_WARNING_TYPES:
            # 'Iran's foreign minister warned that Tehran could withdraw': a warning of what
            # one's own state will do threatens others, not that state
            targets = [t for t in targets if not any(own_state(s, t) for s in sources)]
        pairs = dyads(symmetric, sources, targets)
        # 'X and Y blamed each other': each acts on the other
        pairs += [(t, s) for s, t in pairs if mutual and t is not None]
        for pair in pairs:
            events.append(
                build_event(doc_id, head, entry, know, pair, qualifier, claim, when, index,
                            announced)
            )
            coded[head.i] = entry
            head_dates[head.i] = when
            if events[-1].factuality in ("asserted", "reported"):
                told_dates[entry.type] = events[-1].date
            if events[-1].target is not None:
                aimed.add(head.i)
    events += demands(doc, doc_id, index, know, published)
    events += conditional_refusals(doc, doc_id, index, know, published,
                                   trigger_tokens(doc, events))
    events.sort(key=lambda e: e.trigger_start or 0)
    events = aim_at_doers(events, doc, doc_id, know.triggers)
    events = one_act(events, {doc[v].idx: (doc[n].idx, keeps) for v, (n, keeps) in twice.items()},
                     doc_id)
    lemmas = {doc[i].idx: doc[i].lemma_ for i in trigger_tokens(doc, events)}
    events = fold_anaphors(events, anaphors)
    anew = frozenset(doc[i].idx for i in trigger_tokens(doc, events) if told_anew(doc[i]))
    return merge_told_again(merge_repeats(events, anew), doc_text(doc),
                            published.isoformat() if published else None, lemmas,
                            headed=not doc.user_data.get(CONTINUED, False))


# Prepositions that time one act by another ('a day after the suspension').
TIMING_PREPS = frozenset({"after", "before", "following", "since", "until"})


def time_reference(head: Token, entry: Trigger, anaphors: frozenset[int],
                   coded: Mapping[int, Trigger]) -> bool:
    """'The ELN suspended the talks on Sunday. The group attacked a base a day after the
    suspension': a noun that refers back (``anaphors``: trigger offsets, see ``refers_back``)
    and only times another act by an act of its type told before is that act, no event of its
    own, whatever sides the clause around it offers."""
    return head.idx in anaphors and head.dep_ == "pobj" and \
        head.head.lower_ in TIMING_PREPS and \
        any(i < head.i and t.type == entry.type for i, t in coded.items())


def day_referred_to(noun: Token, found_at: Mapping[int, Trigger], anaphors: frozenset[int],
                    coded: Mapping[int, Trigger], dates: Mapping[int, str | None]) -> str | None:
    """The date of the last act coded before an event noun that refers back to it ('a day
    after the suspension': the suspension told before), None when there is none."""
    entry = found_at.get(noun.i)
    if entry is None or noun.idx not in anaphors:
        return None
    told = [i for i, t in coded.items() if i < noun.i and t.type == entry.type]
    return dates.get(max(told)) if told else None


def aimed_place(place: Argument | None, sources: list[Argument], head: Token, entry: Trigger,
                index: ActorIndex) -> list[Argument]:
    """The state an act is aimed at through the place it happened in ('struck sites in X'),
    as build_event makes it the target: a party a later pair noun may mean ('X struck sites
    in Y ... urged both countries')."""
    if place is None or not sources or not aimed_at(place, sources[0], head, entry):
        return []
    return [state_of_place(place, entry.type, index, sources)]


def trigger_tokens(doc: Doc, events: list[Event]) -> set[int]:
    """The token indices of the events' triggers."""
    out = set()
    for start in {e.trigger_start for e in events if e.trigger_start is not None}:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and span[0].idx == start:
            out.add(span[0].i)
    return out


DEMAND = Trigger("must", ("must",), "VERB", "REQUEST", None, "100")
REFUSAL = Trigger("not unless", ("not", "unless"), "VERB", "REJECT", None, "120")


def unconditional(found: list[Argument], sources: list[Argument]) -> list[Argument]:
    """The parties a condition is put on that are not the source itself."""
    return [a for a in found if not any(same_party(s, a) for s in sources)]


def condition_of_stance(verb: Token) -> bool:
    """The act an unless-clause asks of another party when the main clause refuses or
    announces ('will not return unless Lima meets the demands', 'threatened to strike unless
    X pays', 'threatened to storm it if the rebels failed to surrender'): the refusal or
    threat is the event, the condition only its content."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in NOT_DOING_VERBS:
        verb = verb.head  # 'if X failed to surrender': the condition is the failing
    main = verb.head
    return verb in conditions(main) and (
        any(c.dep_ == "neg" for c in main.children) or to_clause(main))


def conditional_refusals(
    doc: Doc, doc_id: str, index: ActorIndex, know: EventKnowledge, published: date | None,
    told: set[int],
) -> list[Event]:
    """'The miners will not return to work unless Lima meets their demands': a refusal put
    on a condition is a rejection of the party the condition is put on (CAMEO 12), told as a
    fact, whether or not the refused act is a trigger. ``told``: the tokens events were
    already read from (a refused trigger, 'will not lift the ban unless', is coded there)."""
    out: list[Event] = []
    if not mentions_any(doc, CONDITION_MARKS):
        return out  # no condition word anywhere: no token need be looked at
    for i in (i for i, pos in enumerate(coarse_pos(doc)) if pos == "VERB"):  # Tokens of verbs
        verb = doc[i]
        if (verb.pos_ != "VERB" or verb.i in told or not conditions(verb)
                or not any(c.dep_ == "neg" for c in verb.children)
                or any(c.i in told for c in verb.children if c.dep_ in ("xcomp", "dobj"))):
            continue
        subject = subject_of(verb)
        sources = resolve_all(with_conjuncts(subject), index, know.kb) if subject else []
        targets = unconditional(condition_party(verb, index, know.kb), sources)
        out += told_as_fact(doc_id, verb, REFUSAL, know, sources, targets, index, published)
    return out


def mentions_any(doc: Doc, words: set[str] | frozenset[str]) -> bool:
    """Whether any of the words occurs in the text at all (as a substring: a cheap test that
    lets a whole-document scan be skipped)."""
    text = doc.user_data.get("kronika_lower_text")
    if text is None:
        text = doc.user_data["kronika_lower_text"] = doc_text(doc).lower()
    return any(w in text for w in words)


def told_as_fact(
    doc_id: str, verb: Token, entry: Trigger, know: EventKnowledge, sources: list[Argument],
    targets: list[Argument], index: ActorIndex, published: date | None,
) -> list[Event]:
    """The asserted events of a construction (a demand, a conditional refusal) between its
    first source and each target, where both are known."""
    when, _ = event_date(verb, published)
    return [build_event(doc_id, verb, entry, know, (src, tgt), Qualifier("asserted"), None,
                        when, index)
            for src, tgt in dyads(False, sources[:1], targets)
            if src is not None and tgt is not None]


def demands(
    doc: Doc, doc_id: str, index: ActorIndex, know: EventKnowledge, published: date | None
) -> list[Event]:
    """'Russia said Sudan must return the helicopter': the speaker demands of the subject of
    the obliged clause (CAMEO 10), told as a fact, whether or not the act is a trigger."""
    out: list[Event] = []
    if not mentions_any(doc, OBLIGATION_MODALS):
        return out  # no modal of obligation anywhere: no token need be looked at
    for i in (i for i, dep in enumerate(dep_labels(doc)) if dep == "ccomp"):  # all it asks
        verb = doc[i]
        speech = obligation_speech(verb)
        speaker, obliged = (subject_of(speech), subject_of(verb)) if speech else (None, None)
        if speaker is None or obliged is None:
            continue
        sources = resolve_all(with_conjuncts(speaker), index, know.kb)
        targets = resolve_all(with_conjuncts(obliged), index, know.kb)
        out += told_as_fact(doc_id, verb, DEMAND, know, sources, targets, index, published)
    return out


def stance_reading(
    entry: Trigger, qualifier: Qualifier, head: Token
) -> tuple[Trigger, Qualifier]:
    """An act announced or refused rather than done, coded as CAMEO codes it: 'will release
    the prisoners' is an intent (AGREE), 'will not lift the ban' or 'failed to reach an
    agreement' a refusal (REJECT, itself asserted, as the promise is), 'will impose sanctions' a
    threat (the threatened act is still to come). A
    negated noun ('there was no meeting', 'the summit was called off', 'the meeting will not
    take place') says only that nothing happened: no refusal (one who calls it off is the
    verb's own event)."""
    said_no = head.pos_ != "VERB" and ((qualifier.cue or "").lower() in NON_OCCURRENCE or (
        head.dep_ in ("nsubj", "nsubjpass") and qualifier.cue_start in (
            head.head.idx, *(c.idx for c in head.head.children if c.dep_ == "neg"),
            *(v.idx for v in undoing_verbs(head.head)))))
    refusal = {} if said_no or not_done_yet(head) else REFUSAL_CAMEO
    cue = cue_lemma(head, qualifier)
    if qualifier.value == "future" and entry.type == "AGREE" and cue in READINESS:
        return entry, Qualifier("asserted")  # 'is willing to offer': the willingness is told
    intent = INTENT_CAMEO if cue in INTENT_CUES else {}
    if pulling_back(entry) and cue in FUTURE_AUXILIARIES and not said_by_someone(head):
        intent = {}  # 'under the deal, troops will withdraw': the move to come, no one's intent
    table = {"future": intent, "negated": refusal}.get(qualifier.value, {})
    if qualifier.value == "future" and halt_decided(entry, head, cue):
        return entry, Qualifier("asserted")
    if qualifier.value == "future" and entry.type in THREAT_CAMEO:
        table = THREAT_CAMEO if cue in THREAT_CUES else {}
    cameo = table.get(entry.type)
    if cameo is None:
        return entry, qualifier
    new_type = {"03": "AGREE", "12": "REJECT", "13": "THREATEN"}[cameo[:2]]
    if new_type in ("REJECT", "AGREE"):  # the refusal or the promise itself is told as a fact
        qualifier = Qualifier("asserted")
    return replace(entry, type=new_type, mode=None, cameo=cameo), qualifier


def not_done_yet(head: Token) -> bool:
    """A negated perfect with no modal ('Russia and China have not signed it', 'India has not
    ratified the treaty'): a state of affairs, that the act has not happened so far; no
    refusal is made by it ('refused to sign', 'will not sign', 'did not sign' are)."""
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    return (head.pos_ == "VERB" and head.tag_ == "VBN"
            and any(c.lemma_.lower() == "have" for c in aux)
            and not any(c.tag_ == "MD" for c in aux))


# Conjunctions of a condition on an act: 'will suspend talks unless ...' threatens.
CONDITIONS = frozenset({"if", "unless"})


def halt_decided(entry: Trigger, head: Token, cue: str) -> bool:
    """'The party said it would suspend talks on joining the EU until 2028', 'Kabul will halt
    negotiations with the group': halting talks or mediation (CAMEO 164-165) is done by saying
    so; announced with a plain future and no condition, the halt is decided, no threat. 'will
    suspend talks if the shelling goes on' threatens (CAMEO 131), and so does 'threatened to
    suspend talks'."""
    if entry.type != "SANCTION" or entry.mode != "cancel" or cue not in FUTURE_AUXILIARIES:
        return False
    return not any(c.dep_ == "mark" and c.lower_ in CONDITIONS
                   for a in head.children if a.dep_ == "advcl" for c in a.children)


def pulling_back(entry: Trigger) -> bool:
    """A trigger of forces pulling back (CAMEO 087 de-escalate military engagement: 'withdraw',
    'pull out', 'retreat')."""
    return entry.type == "RETREAT" and entry.mode == "withdraw" and \
        (entry.cameo or "").startswith("087")


def ahead_of(when: str | None, published: date | None) -> bool:
    """A date (ISO, a year, a month or a day) wholly after the day of publication."""
    if not when or published is None:
        return False
    return when > published.isoformat()[:len(when)]


def announcement_date(head: Token, published: date | None) -> str | None:
    """The date of the saying that announces the act of ``head`` ('the rebels said on Monday
    they would open a corridor on Friday': Monday): a promise or a refusal is made when it is
    said, whatever day it names for the act; the publication date when that verb has none or
    none is found."""
    when, _expression = said_on(head, published)
    return when if when is not None else (published.isoformat() if published else None)


def saying_date(head: Token, published: date | None) -> str | None:
    """The date the text gives the saying that announces the act of ``head``, or None."""
    when, expression = said_on(head, published)
    return when if expression is not None else None


def said_on(head: Token, published: date | None) -> tuple[str | None, str | None]:
    """(date, expression) of the verb of saying that reports the clause of ``head``, not
    ahead of publication; (None, None) when no such verb is found."""
    tok = head
    for _ in range(6):
        if tok.head == tok or tok.dep_ not in ("ccomp", "xcomp", "parataxis", "conj"):
            break
        tok = tok.head
        if tok.lemma_.lower() in speech_verbs():
            when, expression = speaking_date(tok, published)
            if not ahead_of(when, published):
                return when, expression
            break
    return None, None


def said_by_someone(head: Token) -> bool:
    """A clause some speaker is said to say ('Syria said it will withdraw', 'Israel announced
    that its troops would pull back'): a verb of speech governs it, through its complements."""
    tok = head
    for _ in range(6):
        if tok.head == tok:
            return False
        if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in speech_verbs():
            return True
        if tok.head.lemma_.lower() in speech_verbs() and tok.dep_ == "conj":
            return False
        tok = tok.head
    return False


def attempt_reading(
    entry: Trigger, qualifier: Qualifier, head: Token, cues: FactualityCues
) -> tuple[Trigger, Qualifier]:
    """'Gunmen tried to kill the governor': an attempted act of violence took place, as CAMEO
    codes it (185 attempt to assassinate), with the factuality of the trying itself ('will
    try to attack' is still to come)."""
    violent = entry.type == "ASSAULT" or entry.mode == "riot"
    if not violent or qualifier.value != "hypothetical":
        return entry, qualifier
    attempt = next((t for t in head.sent if t.idx == qualifier.cue_start), None)
    if attempt is None or attempt.lemma_.lower() not in ATTEMPTS:
        return entry, qualifier
    trying = qualify(attempt, cues)
    if trying.value not in HAPPENED:
        return entry, qualifier
    return replace(entry, cameo=ATTEMPTED_CAMEO.get(entry.cameo or "", entry.cameo)), trying


def cue_lemma(head: Token, qualifier: Qualifier) -> str:
    """The lemma of the word that gave the factuality value, '' when there is none."""
    at = qualifier.cue_start
    found = next((t for t in head.sent if t.idx == at), None) if at is not None else None
    return found.lemma_.lower() if found is not None else (qualifier.cue or "").lower()


# Adverbs that tell an act as done once more ('fired rockets again on Tuesday').
ANEW_ADVERBS = frozenset({"again", "anew"})
# Modifiers of an event noun that make it one more act ('another attack', 'fresh strikes').
ANEW_MODIFIERS = frozenset({"another", "new", "fresh", "renewed", "further", "second", "third",
                            "fourth"})


def told_anew(trigger: Token) -> bool:
    """An act told as done once more: 'again' or 'once more' on its verb, 'another', 'fresh'
    or 'renewed' on its noun. It is a second act, not the first told again."""
    verb = clause_verb(trigger)
    if any(c.lower_ in ANEW_ADVERBS and c.dep_ == "advmod" for c in verb.children):
        return True
    if any(c.lower_ == "more" and any(g.lower_ == "once" for g in c.children)
           for c in verb.children):
        return True  # 'once more'
    return trigger.pos_ in ("NOUN", "PROPN") and any(
        c.lower_ in ANEW_MODIFIERS and c.dep_ in ("det", "amod") for c in trigger.children)


def merge_repeats(events: list[Event], anew: frozenset[int] = frozenset()) -> list[Event]:
    """One event per (type, dyad, date, factuality): later mentions become mentions of the
    first, so that repetition in one article does not inflate counts. An event told as done
    once more (``anew``: trigger offsets, see ``told_anew``) is an act of its own."""
    first: dict[tuple, int] = {}
    out: list[Event] = []
    for ev in events:
        if (ev.source is None and ev.target is None) or ev.trigger_start in anew:
            out.append(ev)
            continue
        key = (
            ev.type,
            ev.source,
            ev.target,
            ev.source_country,
            ev.target_country,
            ev.date,
            ev.factuality,
        )
        if key in first:
            kept = out[first[key]]
            if ev.evidence.sentence == kept.evidence.sentence and ev.confidence > kept.confidence:
                # a verb and the noun of its manner in one sentence ('in a clash, soldiers shot
                # X'): the surer verb keeps its own record, so its trigger is not lost
                out.append(ev)
            else:
                out[first[key]] = _with_mention(kept, ev)
        else:
            first[key] = len(out)
            out.append(ev)
    return out


def _with_mention(kept: Event, repeat: Event) -> Event:
    return replace(kept, mentions=kept.mentions + (repeat.evidence,))
