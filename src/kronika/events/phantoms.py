"""Phantom events: trigger words that report no new event.

The kinds below are filtered or re-qualified here, each a general fact about news language:

- **figurative violence**: a fight against a condition, not a party ('a battle against
  inflation', 'the war on poverty'), a contest of words, law or markets ('trade war', 'legal
  battle', 'war of words'), an argument over a thing ('lawmakers fought over the budget'), a
  fight waged in words or markets ('attacked Brussels in a speech', 'fired back with
  tariffs'), a win in a vote ('beat Le Pen in the runoff'), or a sports result ('beat Arsenal
  2-0'); a rule or a policy as the one who harms ('the law targets migrants', 'sanctions that
  hit farmers'), or the destruction of a whole ('the destruction of society'). The words are
  data (``data/figurative.csv``).
- **background**: an event the text recalls as the start or the anniversary of the present
  situation ('since the annexation', 'on the anniversary of the coup') or qualifies as past
  ('the previous ceasefire', 'hosted earlier rounds of talks'; 'in recent protests', with no
  article pointing at one told in the text: 'the recent clashes' may be the news itself).
  So is an event that a span of years lies after ('twenty years after the invasion', 'a
  decade after the war'). It is kept only when the text dates it (to that date: 'since the
  2014 annexation' is an event of 2014), otherwise dropped: an undated recollection must not
  become a new event on the publication date.
  So is an act in a clause opened by 'since' ('the worst day since a truce took effect',
  'since rebels seized the town'). An agreement, truce or sanction named as the frame an act
  keeps to or breaks ('under the agreement', 'despite the ceasefire', 'in violation of the
  truce') is a standing arrangement, never a new event, dated or not.
- **other senses**: a trigger word in a sense that is no event of its type: 'struck a deal',
  'struck down the law', 'hit a record' (making, annulling, reaching: no blow), 'called the
  claim "nonsense"' (naming, not a phone call), a press or news conference and talking to
  or with reporters (a statement to the press, not a meeting with another actor), 'met the
  conditions' (fulfilling), 'meet them halfway' (conceding), 'hosts a million refugees'
  (sheltering), 'the scandal may hit the economy' (economic harm), 'a vigil for the
  victims' (mourning, no protest), 'talk of a deal'
  (singular talk is speech; plural talks are negotiations), 'Johnson discusses voting laws'
  (one speaker and no partner: a statement), 'insisted that the army had not fired' (a
  fact insisted on; 'insisted that the army withdraw' demands), 'was flown to Kampala'
  (carried, no visit); 'shot a film', 'captured the moment', 'arrested
  the decline' (recording, halting), 'fired 200 workers' (dismissal), and on the field of
  play 'beat Chelsea in the league' or 'attacked down the left in the derby' (role 'sport');
  'Georgia could beat Russia' or 'a plan to beat Boko Haram' (defeating a state or a named
  group, no beating of people);
  a threat that something poses or is ('poses a threat to Japan', 'is a threat to regional
  stability', 'sees Iran as a threat', 'a threat to peace'), and a hazard or a state of
  affairs that threatens ('the drought threatens millions'): a danger described, nobody
  threatens anyone ('issued a threat', 'Beijing's threat to Taiwan' stay threats).
- **habits and kinds**: an act told as a habit ('police usually detain suspects', 'every
  Friday, supporters march', 'have marched every Sunday for months'), on every
  occasion ('whenever police arrest a journalist'), as a statistic or trend ('arrest rates',
  'attacks on migrants have surged'), as a kind one is open to ('vulnerability to
  airstrikes') or a kind judged ('protests are a right') is no one event; nor is violence
  in the perfect over a span of years ('has been battling an insurgency since 2015', 'have
  fought the army for nearly a decade'), a standing campaign the text recalls. An act a rule
  or a right is about is a kind ('made it a crime to attack journalists', 'it is illegal to
  detain minors', 'the right to protest').
- **what is not done**: a euphemism of killing that acts on no people ('neutralised the
  bomb'), the meetings a party is barred from ('barred X from its summits'), protests a ban
  forbids ('demonstrations have been banned'), a motive hung on the act it motivates ('fired
  missiles in retaliation', 'recalled its envoy in protest'), a symbol burnt as a gesture
  ('burned a paper flag'), a refusal to rule something out ('did not rule out
  attacking': the act stays possible, nothing is rejected), and an act a party disowns a
  share in ('denied any role in the attack', 'had no hand in the bombing'), which, if told,
  is told elsewhere, and not by that party.
- **readings**: barring a party from a body is a sanction (``exclusion_reading``), an official
  protest a complaint (``official_protest_reading``), and so is a protest by a state or a
  government (``state_protest_reading``), roads blocked by an armed body or the
  police a blockade (``armed_obstruction_reading``), an armed body's march a troop movement
  (``armed_march_reading``).
- **civil exercises**: a bare 'drill' or 'exercise' is a show of force (PLOVER MOBILIZE;
  several countries' is a joint one, COOPERATE) only when an armed force or a state holds it
  ('the army held drills', 'China launched exercises around the island') or a word makes it
  military ('naval drills', 'live-fire exercises'); a fire drill, an evacuation exercise, 'the
  exercise of power' or 'an exercise in futility' is none.
- **rehearsals**: an act an exercise acts out ('drills simulating an attack on the island',
  'held drills to shoot down drones', 'practised storming a town') does not take place.
- **conditions**: a singular 'hostility' (an attitude), and 'violence', 'bloodshed' or 'unrest'
  that no party is named as doing or suffering and no article or count makes one episode
  ('gun violence is unique', 'subjected to violence', 'a period of unrest') name a state of
  affairs, not an event, and so does violence against a whole class of people named by a bare
  plural with no place or date ('violence against women is a crisis'); 'PKK violence',
  'violence against the protesters in Lagos', 'the unrest' or 'a spate
  of violence' stay events.
- **questions**: an event in a yes/no question ('Will Russia attack?', 'Did the talks
  fail?') is asked about, not asserted nor announced: it is hypothetical, with '?' as its
  cue. A question asked is no request ('"Is it a crime?" asked the lawyer', 'the questions
  voters will ask').
- **stance content**: an act not told as done (hypothetical, future, negated) that is what
  another event offers, refuses or threatens ('agreed to a ceasefire', 'refused to resign',
  'threatened to quit the coalition', 'rejected calls for a truce'), or the act an accusation
  alleges ('accused Kigali of backing the rebels'): that event is coded (CAMEO codes the
  promise, refusal, threat or accusation), its content is no event of its own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from kronika.actors.resolve import ActorIndex
from kronika.events.arguments import ARMED_SECTORS, Argument, by_agent, subject_of
from kronika.events.dates import REVIEWING_VERBS
from kronika.events.factuality import POINTING_DETS, REPORTING_VERBS, Qualifier
from kronika.events.ontology import Trigger, TriggerLexicon, load_triggers
from kronika.lexicon import read_csv, word_list, word_set_map
from kronika.nlp import sentence_index, sentences

FIGURATIVE_FILE = "figurative.csv"
PHANTOM_WORDS = "phantom_words.yaml"
FIGURATIVE_ROLES = ("adversary", "contest", "dispute", "means", "arena", "measure", "whole",
                    "occasion", "sport")
# Verbs of acting out an event without it taking place ('drills simulating an attack').
REHEARSING_VERBS = word_list(PHANTOM_WORDS, "rehearsing_verbs")
# Nouns of a military exercise, whose purpose clause tells what is rehearsed ('held drills to
# shoot down drones'); the lemmatizer may read 'drills' as a verb.
DRILL_WORDS = word_list(PHANTOM_WORDS, "drill_words")
# Modifiers that make a bare drill or exercise a military one ('naval drills', 'live-fire
# exercises', 'air-defence drills'); a noun modifier outside them makes it civil ('fire drill',
# 'evacuation exercise'), save the neutral ones ('training exercises').
MILITARY_DRILL_WORDS = word_list(PHANTOM_WORDS, "military_drill_words")
# Words of a rule that an act is against or within ('made it a crime to', 'it is illegal
# to'), and nouns of a right to act ('the right to protest').
RULE_WORDS = word_list(PHANTOM_WORDS, "rule_words")
RIGHT_NOUNS = word_list(PHANTOM_WORDS, "right_nouns")
# Nouns of a length of time, which a 'for' only measures ('fought for weeks').
TIME_UNITS = word_list(PHANTOM_WORDS, "time_units")
# What a side holds of a place ('fought for control of the airport').
GROUND_NOUNS = word_list(PHANTOM_WORDS, "ground_nouns")
# Common nouns of places held or fought over, named or not ('control of the town').
PLACE_NOUNS = word_list(PHANTOM_WORDS, "place_nouns")
NEUTRAL_DRILL_WORDS = word_list(PHANTOM_WORDS, "neutral_drill_words")
# Prepositions after which 'exercise' is no drill ('the exercise of power', 'an exercise in
# futility').
CIVIL_EXERCISE_PREPS = word_list(PHANTOM_WORDS, "civil_exercise_preps")
# Lemmas of destroying: aimed at a whole (role 'whole') they are a figure.
RUIN_LEMMAS = word_list(PHANTOM_WORDS, "ruin_lemmas")
# Prepositions that name what a fight is aimed at ('against inflation', 'on poverty').
AIMED_PREPS = word_list(PHANTOM_WORDS, "aimed_preps")
# Verbs of defeating: in a vote they win it ('beat Le Pen in the runoff'), see role 'arena';
# on the field of play too (role 'sport').
DEFEAT_VERBS = word_list(PHANTOM_WORDS, "defeat_verbs")
# A score as one token ('2-0', '3–1').
SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}")
# What a range of days follows or precedes ('on 12-14 May', 'from 3-5 June'): no score.
DATE_PREPS = word_list(PHANTOM_WORDS, "date_preps")
MONTHS = word_list(PHANTOM_WORDS, "months")
# Prepositions that name the medium, instrument or arena of a fight ('in a speech', 'with
# tariffs', 'on Twitter', 'in the election').
MEANS_PREPS = word_list(PHANTOM_WORDS, "means_preps")
# Prepositions that name what a dispute is about ('over the budget', 'for equal pay').
TOPIC_PREPS = word_list(PHANTOM_WORDS, "topic_preps")
# Entity labels of places and parties: a fight over them is a real fight.
PARTY_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON"})
# Prepositions that present an event as the start of the present state ('since the coup').
BACKGROUND_PREPS = word_list(PHANTOM_WORDS, "background_preps")
# Prepositions that present an agreement, truce or sanction as the frame in force, no new
# act ('under the agreement', 'despite the ceasefire', 'notwithstanding the sanctions').
FRAME_PREPS = word_list(PHANTOM_WORDS, "frame_preps")
# Nouns whose 'of' or 'with' object is such a frame ('in violation of the truce', 'in line
# with the accord', 'in breach of the deal', 'under the terms of the agreement').
FRAME_NOUNS = word_list(PHANTOM_WORDS, "frame_nouns")
# Verbs that keep, stretch or break an arrangement already in force ('extend the ceasefire',
# 'respect the terms of the truce', 'violated the accord'): its noun names no new act.
KEEPING_VERBS = word_list(PHANTOM_WORDS, "keeping_verbs")
# Nouns of a part or a term of an arrangement ('the first phase of the ceasefire').
PART_NOUNS = word_list(PHANTOM_WORDS, "part_nouns")
# Nouns of a party's share in an act ('denied any role in the attack', 'had no hand in the
# killings'), and verbs that disown one: the act is the frame of a denial, no new event (if
# told, it is told elsewhere), and the denier is not its doer.
SHARE_NOUNS = word_list(PHANTOM_WORDS, "share_nouns")
DISOWNING_VERBS = word_list(PHANTOM_WORDS, "disowning_verbs")
# Event types whose trigger can name such a standing frame (agreements, truces, sanctions, aid).
FRAME_TYPES = frozenset({"AGREE", "RETREAT", "SANCTION", "COOPERATE", "AID"})
# Entity labels of an amount.
AMOUNT_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})
# Sectors of a government, which blocks a road or a boat by a blockade, never by a protest.
STATE_SECTORS = frozenset({"GOV"})
# Movable things an attack carries off ('seizing weapons'): spoils, no confiscation.
SPOILS = word_list(PHANTOM_WORDS, "spoils")
# Nouns whose 'of' object is an event remembered, not reported ('the anniversary of the coup').
BACKGROUND_HEADS = word_list(PHANTOM_WORDS, "background_heads")
# Adjectives that place an event before the present one ('the previous ceasefire').
PAST_MODIFIERS = word_list(PHANTOM_WORDS, "past_modifiers")
# Verbs that hold, host or attend an event named as their object ('hosted earlier talks').
HOLDING_VERBS = word_list(PHANTOM_WORDS, "holding_verbs")
# Adjectives that recall earlier events of a kind when no article points at one told in the
# text ('in recent protests'; 'the recent clashes' may be the very news).
RECENT_MODIFIERS = word_list(PHANTOM_WORDS, "recent_modifiers")
# Objects of 'strike' and 'hit' that make the verb making or reaching, never a blow ('struck a
# deal', 'strike a balance', 'struck a chord', 'hit a record', 'hit the headlines').
IDIOM_OBJECTS = word_set_map(PHANTOM_WORDS, "idiom_objects")
# Posts one is fired from, besides the civilian nouns of people of sectors.csv ('fired the
# police chief', 'fired its coach', 'fired two commanders').
POSTS = word_list(PHANTOM_WORDS, "posts")
# Nouns of a statistic: an event noun compounded on one names a kind of event counted, not
# one event ('re-arrest rates', 'the assault rate in prisons', 'protest figures').
STATISTIC_NOUNS = word_list(PHANTOM_WORDS, "statistic_nouns")
# Verbs of a change in number: a bare plural event noun as their subject is a trend, not one
# event ('attacks on migrants have surged', 'arrests of journalists rose in 2023').
TREND_VERBS = word_list(PHANTOM_WORDS, "trend_verbs")
# Nouns of being open to a kind of event: 'vulnerability to airstrikes' tells of none.
EXPOSURE_NOUNS = word_list(PHANTOM_WORDS, "exposure_nouns")
# Adverbs of frequency that make a present-tense clause a habit, not one event ('police
# usually detain suspects for two days', 'armed groups often attack convoys there').
HABITUAL_ADVERBS = word_list(PHANTOM_WORDS, "habitual_adverbs")
# Nouns of a span of years: an act in the perfect over one ('have fought the army for nearly a
# decade', 'has detained journalists over the past three years') is a standing campaign.
YEARS_NOUNS = word_list(PHANTOM_WORDS, "years_nouns")
# Prepositions of such a span, and the nouns after 'since' that open one as long as the
# conflict or the state ('since the start of the war', 'since independence').
SPAN_PREPS = word_list(PHANTOM_WORDS, "span_preps")
OPENING_NOUNS = word_list(PHANTOM_WORDS, "opening_nouns")
# Spans longer than years ('a generation after the war').
LONG_SPANS = word_list(PHANTOM_WORDS, "long_spans")
YEAR_NUMBER = re.compile(r"(?:1[89]|20)\d\d")
# A decade ('since the 1980s'), which spaCy does not read as a number.
DECADE = re.compile(r"(?:1[89]|20)\d0'?s")
# Words that open a clause of any and every occasion ('whenever police arrest a journalist').
EVERY_OCCASION = word_list(PHANTOM_WORDS, "every_occasion")
EVERY_DETS = word_list(PHANTOM_WORDS, "every_dets")
# Determiners of free choice: 'any attack', 'any talks' range over events that may come, and
# tell none ('will respond to any attack', 'warned against any offensive').
FREE_CHOICE_DETS = word_list(PHANTOM_WORDS, "free_choice_dets")
# Units of time that 'every' or 'each' makes a recurring occasion ('every Friday', 'each year').
RECURRING_UNITS = word_list(PHANTOM_WORDS, "recurring_units")
# What 'struck down' annuls: a rule, not a person ('the court struck down the law').
ANNULLED = word_list(PHANTOM_WORDS, "annulled")
# Nouns that name a statement to the press when they modify 'conference' or 'briefing'.
PRESS_WORDS = word_list(PHANTOM_WORDS, "press_words")
PRESS_EVENTS = word_list(PHANTOM_WORDS, "press_events")
# Addressees that make 'talk to' or 'speak to' a statement to the press.
PRESS_AUDIENCE = word_list(PHANTOM_WORDS, "press_audience")
# Professionals one consults on one's own affairs ('consulting with lawyers', 'met his doctors'):
# taking private advice, no consultation between political actors.
PRIVATE_COUNSEL = word_list(PHANTOM_WORDS, "private_counsel")
# The ones one meets in courtship ('met his future wife'): a private life, no meeting of actors.
COURTED = word_list(PHANTOM_WORDS, "courted")
# Verbs of talking to someone, which frame an interview when they open a clause of saying.
TALKING = word_list(PHANTOM_WORDS, "talking")
# Verbs of saying beyond the reporting ones that an interview frames.
DENYING_VERBS = word_list(PHANTOM_WORDS, "denying_verbs")
# Prepositions and modifiers that give a press conference a partner ('a joint news conference
# with the Danish minister'): then it is also a meeting.
PARTNER_PREPS = word_list(PHANTOM_WORDS, "partner_preps")
# Objects that make 'meet' fulfilling, not meeting ('met the conditions', 'meet people's needs').
FULFILLED = word_list(PHANTOM_WORDS, "fulfilled")
# Adverbs and 'in the' nouns that make 'meet' a compromise ('meet them halfway', 'meet X
# somewhere in the middle'): nobody comes together.
COMPROMISE_ADVERBS = word_list(PHANTOM_WORDS, "compromise_adverbs")
COMPROMISE_NOUNS = word_list(PHANTOM_WORDS, "compromise_nouns")
# People a country or a city shelters when it 'hosts' them ('hosts two million refugees'):
# shelter, not a meeting.
SHELTERED = word_list(PHANTOM_WORDS, "sheltered")
# Prepositions the parse may make of an amount's first word ('hosts over a million refugees').
AMOUNT_PREPS = word_list(PHANTOM_WORDS, "amount_preps")
# A consultation held 'by telephone', 'in a phone call' or 'over a video link' is no face-to-face
# meeting (PLOVER CONSULT phone, CAMEO 041; ACE Contact:Phone-Write): nouns that name such a
# call alone, and nouns that do with one of the modifiers ('phone call', 'video link').
DISTANT_NOUNS = word_list(PHANTOM_WORDS, "distant_nouns")
CALL_NOUNS = word_list(PHANTOM_WORDS, "call_nouns")
CALL_MODIFIERS = word_list(PHANTOM_WORDS, "call_modifiers")
CALL_PREPS = word_list(PHANTOM_WORDS, "call_preps")
# Gatherings that mourn, and the dead they mourn ('a vigil for the victims', 'a vigil for the
# fallen soldiers'): a commemoration, no protest (a vigil against a war stays one).
MOURNING_NOUNS = word_list(PHANTOM_WORDS, "mourning_nouns")
MOURNED = word_list(PHANTOM_WORDS, "mourned")
# Verbs that keep a party out of a body or its meetings ('barred the junta's leader from its
# summits', 'suspended Mali from the bloc'), and the bodies and meetings it is kept out of: a
# sanction (CAMEO 166, as 'suspend membership'), and the meetings are no meetings told.
EXCLUDING_VERBS = word_list(PHANTOM_WORDS, "excluding_verbs")
BODIES = word_list(PHANTOM_WORDS, "bodies")
# Verbs and nouns that forbid an activity: protests banned ('demonstrations have been banned
# since 2013', 'a ban on rallies', 'a decree prohibiting marches') are no protest held.
FORBIDDING = word_list(PHANTOM_WORDS, "forbidding")
# Verbs whose object names a kind of act a rule, a treaty or a threat is about ('the treaty
# covers attacks on its vessels', 'a law that punishes attacks on journalists', 'to deter
# attacks'), and the verbs whose 'to' does the same ('the pact applies to attacks').
KIND_SCOPING = word_list(PHANTOM_WORDS, "kind_scoping")
KIND_SCOPING_TO = word_list(PHANTOM_WORDS, "kind_scoping_to")
# Prepositions of where a thing is, not where it goes ('stationed on the shoal' against
# 'deployed to the border').
WHERE_PREPS = word_list(PHANTOM_WORDS, "where_preps")
# Verbs whose participle, after the noun of those posted, tells where they are: a posting.
POSTING_VERBS = word_list(PHANTOM_WORDS, "posting_verbs")
# Verbs that refuse their complement ('refused to rule out').
REFUSING = word_list(PHANTOM_WORDS, "refusing")
# Nouns of a motive that, as 'in retaliation', 'as a reprisal', 'in protest', hang on the act
# they motivate: that act is the event ('in retaliation for the sanctions, X fired missiles').
MOTIVE_PREPS = word_set_map(PHANTOM_WORDS, "motive_preps")
# Motive nouns that are never an act of their own: an act is done in retaliation or revenge.
PURE_MOTIVES = word_list(PHANTOM_WORDS, "pure_motives")
# Adjectives by which the writer infers why an act was done ('in an apparent protest against the
# ban, the state media criticised Beijing'): the protest is the act's motive, not an occasion.
INFERRED = word_list(PHANTOM_WORDS, "inferred")
# Symbols whose burning or tearing is a gesture of protest, no assault ('burned a paper flag',
# 'set fire to an effigy of the president').
SYMBOLS = word_list(PHANTOM_WORDS, "symbols")
# Materials a symbol burnt in protest is made of ('a paper flag', 'a cardboard effigy').
MATERIALS = word_list(PHANTOM_WORDS, "materials")
# Adjectives that make a protest a government's complaint, no demonstration ('an official
# protest', 'a formal diplomatic protest').
OFFICIAL = word_list(PHANTOM_WORDS, "official")
# Verbs that name a killing by euphemism only when people are what they act on ('the army
# said it had neutralised 40 fighters'; 'neutralised the bomb', 'neutralise the effect of a
# rate rise' are no blows).
EUPHEMISMS = word_list(PHANTOM_WORDS, "euphemisms")
# Entity labels of people.
PEOPLE_LABELS = frozenset({"PERSON", "NORP"})
# Mass nouns of violence that name a state of affairs unless a party is named as doing it.
CONDITION_NOUNS = word_list(PHANTOM_WORDS, "condition_nouns")
# Prepositions that name who violence is aimed at ('violence against women').
TARGET_PREPS = word_list(PHANTOM_WORDS, "target_preps")
# Nouns that count violence as an episode ('a spate of violence', 'an outbreak of unrest').
EPISODE_NOUNS = word_list(PHANTOM_WORDS, "episode_nouns")
# Modifiers through which a noun names who does it ('PKK violence', 'the army's violence').
DOER_DEPS = frozenset({"poss", "compound", "nmod", "amod"})
QUOTES = frozenset({'"', "“", "'", "‘"})
# First words of a yes/no question ('Will Russia attack?', 'Could talks resume?').
# Types of events whose complement names the subject's own act, offered, refused or threatened
# ('agreed to withdraw', 'refused to resign'). An act asked of another party ('urged X to
# support Y') is not among them: coders often code it as the act itself, source the asker.
STANCE_TYPES = frozenset({"AGREE", "REJECT", "THREATEN"})
# Verbs through which a stance reaches the act it carries on ('vowed to continue the attacks',
# 'pledged to step up their fight'): that act is the stance's content too.
CARRYING_ON = word_list(PHANTOM_WORDS, "carrying_on")
# Factuality values of an act not told as done.
UNTOLD = frozenset({"hypothetical", "future", "negated"})
# Nouns of a proposed act, whose infinitive is what is proposed ('a proposal to normalise
# relations', 'a plan to station troops'): one who accepts or rejects the noun takes a stance
# on that act.
PROPOSING_NOUNS = word_list(PHANTOM_WORDS, "proposing_nouns")
# Prepositions that hang the act alleged on an accusation ('accused X of shelling Y', 'charged
# X with funding Y', 'blamed X for attacking Y'): the accusation is the event.
ALLEGED_PREPS = word_list(PHANTOM_WORDS, "alleged_preps")
# Acts that hold someone for what they are said to have done ('arrested X for spying',
# 'convicted X of smuggling'): the deed alleged is the grounds, no event told of its own.
CHARGING_MODES = frozenset({"arrest", "convict"})
# Nouns that name such grounds ('on suspicion of', 'on charges of').
GROUNDS = word_list(PHANTOM_WORDS, "grounds")
# Prepositions that hang the deed, as a noun, on an arrest ('arrested X in the killing of Y',
# 'jailed X over the bombing').
CHARGED_IN = word_list(PHANTOM_WORDS, "charged_in")
# Prepositions that hang an act on a stance word ('calls for a truce', 'agreed to a ceasefire',
# 'an appeal for deploying troops', 'the demand of a withdrawal').
CONTENT_PREPS = word_list(PHANTOM_WORDS, "content_preps")
POLAR_STARTS = word_list(PHANTOM_WORDS, "polar_starts")


@cache
def figurative_words() -> dict[str, frozenset[str]]:
    """The lemmas of ``figurative.csv`` by role, checked on load."""
    rows = read_csv(FIGURATIVE_FILE, ("lemma", "role"))
    bad = next((r for r in rows if r["role"] not in FIGURATIVE_ROLES), None)
    if bad is not None:
        from kronika.errors import KnowledgeError

        raise KnowledgeError(f"{FIGURATIVE_FILE}: role {bad['role']!r} of {bad['lemma']!r} is "
                             f"not one of {', '.join(FIGURATIVE_ROLES)}")
    return {role: frozenset(r["lemma"] for r in rows if r["role"] == role)
            for role in FIGURATIVE_ROLES}


def phrase_of(tok: Token) -> set[str]:
    """The lemma of a noun and, with its compound or adjective, the two-word phrase
    ('climate change', 'red tape')."""
    lemma = tok.lemma_.lower()
    mods = [c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")]
    return {lemma, tok.lower_, *(f"{m} {lemma}" for m in mods)}


def aimed_at(head: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the trigger (direct, or after one of ``preps``)."""
    out = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")] if head.pos_ == "VERB" \
        else []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in preps):
        out += [o for o in prep.children if o.dep_ == "pobj"]
    return out


def is_party(tok: Token, index: ActorIndex) -> bool:
    """A token that names an actor or a place."""
    return index.actor_of(tok) is not None or index.place_of(tok) is not None or \
        tok.ent_type_ in PARTY_LABELS


def campaign_event(head: Token, entry: Trigger) -> bool:
    """A rally, march or parade noun named for an election or a celebration: candidates and
    winners gather their supporters, nobody demonstrates against anything."""
    return entry.type == "PROTEST" and head.pos_ == "NOUN" and any(
        c.lemma_.lower() in figurative_words()["occasion"] for c in prenominal(head))


def prenominal(head: Token) -> list[Token]:
    """The modifiers before a noun, and theirs ('her final primary night rally': 'final',
    'night', 'primary')."""
    out, todo = [], [head]
    while todo:
        mods = [c for c in todo.pop().children
                if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i]
        out += mods
        todo += mods
    return out


def figurative(head: Token, entry: Trigger, index: ActorIndex) -> bool:
    """A violent trigger used figuratively (see the module docstring)."""
    if entry.type != "ASSAULT":  # a protest against a policy is no figure
        return False
    words = figurative_words()
    # a light verb's own noun carries the modifiers ('launched a blistering attack')
    nouns = [head, *(c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in
                     entry.words[1:])]
    mods = {w for n in nouns for c in n.children if c.dep_ in ("compound", "amod", "nmod")
            for w in (c.lemma_.lower(), c.lower_)}  # 'withering' is lemmatised 'wither'
    of_objects = [o for o in aimed_at(head, frozenset({"of"}))]
    if mods & words["contest"] or any(o.lemma_.lower() in words["contest"] for o in of_objects):
        return True
    if by_measure(head, words["measure"], index) or ruins_whole(head, words, index):
        return True
    # what a light verb's object is aimed at counts ('launched an attack on the budget'), and
    # the trigger's own words are not what it is aimed at ('opened fire')
    holders = with_objects(head) if head.pos_ == "VERB" else [head]
    aimed = [o for h in holders for o in aimed_at(h, AIMED_PREPS)
             if o.lemma_.lower() not in entry.words]
    if any(phrase_of(o) & words["adversary"] and not is_party(o, index) for o in aimed):
        return True
    means = [o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in
             MEANS_PREPS for o in c.children if o.dep_ == "pobj"]
    if any(phrase_of(o) & words["means"] for o in means) or scoreline(head):
        return True
    # 'beat Le Pen in the runoff': a win in a vote, for the verbs of defeating only
    if head.lemma_.lower() in DEFEAT_VERBS and any(phrase_of(o) & words["arena"] for o in means):
        return True
    if head.lemma_.lower() not in words["dispute"] or any(is_party(o, index) for o in aimed):
        return False
    doer = subject_of(head) if head.pos_ == "VERB" else None
    if doer is not None and armed_body(doer, index):
        return False  # 'troops fought for three days', 'militias fought over the oil field'
    topics = [t for t in aimed_at(head, TOPIC_PREPS) if not time_span(t)]
    return bool(topics) and not any(is_party(o, index) or ground_held(o, index) for o in topics)


def time_span(noun: Token) -> bool:
    """A noun that only says how long ('fought for weeks', 'for three days')."""
    return noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in TIME_UNITS


def armed_body(tok: Token, index: ActorIndex) -> bool:
    """An armed actor or a generic noun of an armed body ('troops', 'militiamen')."""
    actor = index.actor_of(tok)
    return (actor is not None and actor.sector in ARMED_SECTORS) or \
        tok.lemma_.lower() in armed_nouns()


def ground_held(noun: Token, index: ActorIndex) -> bool:
    """Control of a place or a party ('the battle for control of the airport'): ground
    fought for, no argument."""
    return noun.lemma_.lower() in GROUND_NOUNS and any(
        is_party(o, index) or o.lemma_.lower() in GROUND_NOUNS | PLACE_NOUNS
        for o in aimed_at(noun, frozenset({"of", "over"})))


def by_measure(head: Token, measures: frozenset[str], index: ActorIndex) -> bool:
    """'the new law targets migrants', 'sanctions that hit ordinary farmers', 'the decree was
    condemned for targeting journalists': a rule or a policy does the harm, no one strikes a
    blow."""
    if head.pos_ != "VERB":
        return False
    # 'farmers hit by the new tariffs', 'were hit hard by sanctions': the agent does it
    if ruled_void(head):
        return True
    doer = by_agent(head) or faulted_for(head) or subject_of(head)
    if doer is not None and doer.tag_ in ("WDT", "WP") and head.dep_ == "relcl":
        doer = head.head  # 'sanctions that hit farmers'
    return doer is not None and bool(phrase_of(doer) & measures) and not is_party(doer, index)


def ruled_void(gerund: Token) -> bool:
    """'stop-and-search was ruled unconstitutional for targeting minorities', 'a court declared
    the scheme unlawful for targeting migrants': only a rule or a practice is ruled void
    (VOID_RULINGS), whatever its name, so what it is judged for doing is no blow struck."""
    if faulted_for(gerund) is None:
        return False
    host = gerund.head.head
    return host.pos_ == "VERB" and any(
        c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.lower_ in VOID_RULINGS
        for c in host.children)


def faulted_for(gerund: Token) -> Token | None:
    """The one blamed or judged for what a gerund after 'for' says it does ('the decree was
    condemned for targeting journalists', 'faulted the policy for targeting Uzbeks', 'the
    curfew was ruled illegal for targeting young men'): the noun 'for' hangs on, or the
    object, else the passive subject, of the verb it hangs on."""
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or gerund.head.lower_ != "for":
        return None
    host = gerund.head.head
    if host.pos_ in ("NOUN", "PROPN"):
        return host
    if host.pos_ != "VERB":
        return None
    judged = [c for c in host.children if c.dep_ == "dobj"] or \
        [c for c in host.children if c.dep_ == "nsubjpass"]
    return judged[0] if judged else None


def ruins_whole(head: Token, words: Mapping[str, frozenset[str]], index: ActorIndex) -> bool:
    """'the destruction of society', 'destroying the country's democracy': what is destroyed
    is a whole only a figure can ruin (or a thing fought only in words: 'ruined the plan')."""
    if head.lemma_.lower() not in RUIN_LEMMAS:
        return False
    ruined = [o for o in aimed_at(head, frozenset({"of"})) if o.lemma_.lower() not in ("part",)]
    wholes = words["whole"] | words["adversary"]
    return bool(ruined) and all(phrase_of(o) & wholes and not is_party(o, index)
                                for o in ruined)


def rehearsed(head: Token) -> bool:
    """'drills simulating an attack on the island', 'held missile drills to shoot down
    drones', 'troops practised storming a town': an act an exercise rehearses does not take
    place (an act during an exercise does: 'killed during an exercise')."""
    if drill_infinitive(head):
        return True
    tok = head
    for _ in range(3):
        if tok.dep_ not in ("dobj", "xcomp", "acl", "advcl", "pcomp", "pobj", "ccomp"):
            return False
        gov = tok.head.head if tok.dep_ in ("pobj", "pcomp") else tok.head
        if gov.lemma_.lower() in REHEARSING_VERBS:
            return True
        if tok.dep_ in ("acl", "advcl", "xcomp") and any(
                phrase_of(o) & DRILL_WORDS for o in (gov, *(c for c in gov.children
                                                            if c.dep_ == "dobj"))):
            return True  # 'drills to shoot down drones', 'held drills to repel a landing'
        if gov == tok or gov.dep_ == "ROOT" and gov.pos_ != "VERB":
            return False
        tok = gov
    return False


def drill_infinitive(verb: Token) -> bool:
    """'including exercises to shoot down drones': an infinitive right after a drill noun says
    what the drill rehearses, wherever the parse hangs the infinitive."""
    marks = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
    if not marks or marks[0].i == 0:
        return False
    before = verb.doc[marks[0].i - 1]
    return before.pos_ == "NOUN" and bool(phrase_of(before) & DRILL_WORDS)


@cache
def armed_nouns() -> frozenset[str]:
    """The generic nouns of armed bodies and their craft (``data/sectors.csv``: 'troops',
    'navy', 'warplanes')."""
    return frozenset(r["noun"].lower() for r in read_csv("sectors.csv", ("noun", "sector"))
                     if r["sector"] in ARMED_SECTORS)


def civil_exercise(head: Token, entry: Trigger, index: ActorIndex) -> bool:
    """A bare 'drill' or 'exercise' that no armed force or state holds and no word makes
    military (module docstring): no show of force."""
    if entry.type not in ("MOBILIZE", "COOPERATE") or len(entry.words) > 1 or \
            head.lemma_.lower() not in DRILL_WORDS:
        return False
    mods = prenominal(head)
    if any(m.lower_ in MILITARY_DRILL_WORDS for m in mods):
        return False
    if any((m.dep_ == "compound" and m.pos_ == "NOUN" or m.tag_ == "VBG")
           and m.lower_ not in NEUTRAL_DRILL_WORDS and m.lemma_.lower() not in armed_nouns()
           for m in mods):
        return True  # 'a fire drill', 'an earthquake exercise', 'a cost-cutting exercise'
    if any(c.dep_ == "prep" and c.lower_ in CIVIL_EXERCISE_PREPS and not any(
            o.ent_type_ in ("GPE", "LOC") for o in c.children) for c in head.children):
        return True  # 'the exercise of power'; 'exercises in the Baltic' are placed, not civil
    holders = [*head.subtree]
    if head.dep_ in ("dobj", "nsubjpass") or (head.dep_ == "pobj" and head.head.dep_ == "agent"):
        verb = head.head if head.dep_ != "pobj" else head.head.head
        holders += [t for c in verb.children if c.dep_ in ("nsubj", "agent")
                    for t in c.subtree]
    return not any(armed_or_state(t, index) for t in holders if t.i != head.i)


def armed_or_state(tok: Token, index: ActorIndex) -> bool:
    """A word of an armed force or a state: an armed actor, a country or its people's name
    ('China', 'Chinese'), or a generic noun of an armed body ('troops', 'the navy')."""
    actor = index.actor_of(tok)
    if actor is not None and (actor.sector in ARMED_SECTORS or actor.kind == "country"):
        return True
    return tok.ent_type_ in ("GPE", "NORP") or tok.lemma_.lower() in armed_nouns() or \
        tok.lower_ in MILITARY_DRILL_WORDS


def with_objects(head: Token) -> list[Token]:
    """The trigger and its direct objects: a phrase hung on a light verb's object tells of the
    verb's act too ('held talks over a video link', 'launched an attack on the budget')."""
    return [head, *(o for o in head.children if o.dep_ == "dobj")]


def spelled_as(tok: Token, words: frozenset[str]) -> bool:
    """The word's lemma or the word as written is one of ``words`` (the lemmatizer may turn
    'media' into 'medium' or 'the dead' into 'dead')."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def scoreline(head: Token) -> bool:
    """'Chelsea beat Arsenal 2-0', 'crushed them 3–1': a score makes the blow a sports result
    (a range of days is none: 'on 12-14 May')."""
    doc = head.doc
    for tok in head.subtree:
        if tok.ent_type_ in ("DATE", "TIME") or tok.i + 2 >= len(doc):
            continue
        dash, right = doc[tok.i + 1], doc[tok.i + 2]
        spans = [(tok, tok.i + 1)] if SCORE.fullmatch(tok.text) else (
            [(tok, tok.i + 3)] if tok.like_num and dash.text in ("-", "–") and right.like_num
            else [])
        for first, after in spans:
            before = doc[first.i - 1].lower_ if first.i > 0 else ""
            following = doc[after].lower_.rstrip(".") if after < len(doc) else ""
            if before not in DATE_PREPS and following not in MONTHS:
                return True
    return False


def since_clause(head: Token) -> bool:
    """The trigger is the verb, or the subject or object of the verb, of a clause opened by
    'since' ('the deadliest day since a truce took effect', 'since rebels seized the town'):
    the start of the present state, recalled."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    return any(c.dep_ == "mark" and c.lower_ in BACKGROUND_PREPS for c in verb.children)


def framed_by(head: Token) -> bool:
    """An agreement, truce or sanction named as the frame an act keeps to, breaks or defies
    ('deployed under the agreement', 'despite the ceasefire', 'in violation of the truce'):
    a standing arrangement, no new event."""
    if head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ in FRAME_PREPS:
        return True
    return prep.lower_ in ("of", "with") and prep.head.lower_ in FRAME_NOUNS


def kept_in_force(head: Token) -> bool:
    """An agreement or truce that a verb keeps, stretches or breaks ('urged them to extend
    their ceasefire', 'to respect the terms of the truce'): the arrangement stands already;
    its noun tells no new act."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lemma_.lower() in PART_NOUNS:
        noun = noun.head.head  # 'the first phase of their ceasefire'
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in KEEPING_VERBS


def promised_amount(head: Token, entry: Trigger) -> bool:
    """A promise told only as the measure of an amount ('far fewer than the 2,500 it was
    promised', 'short of the $5 billion donors pledged'): a yardstick, no act of the day."""
    if entry.type != "AGREE" or head.pos_ != "VERB" or head.dep_ != "relcl":
        return False
    amount = head.head
    return amount.like_num or amount.pos_ == "NUM" or amount.ent_type_ in AMOUNT_LABELS


# Adverbs that put an act in a past of its own, before the present state ('once fought
# alongside the army'), when they come after the subject: 'once the troops left' opens a
# clause of time instead.
FORMER_ADVERBS = word_list(PHANTOM_WORDS, "former_adverbs")


def done_formerly(verb: Token) -> bool:
    """A past-tense verb marked as done in a former time ('the militia, which once fought
    beside the army', 'the elders formerly attacked ...')."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBD":
        return False
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.dep_ == "advmod" and c.lower_ in FORMER_ADVERBS and c.i < verb.i
               and any(i < c.i for i in subjects) for c in verb.children)


def background(head: Token) -> bool:
    """An event recalled as the start or the past of the present state."""
    if since_clause(head) or holds_past(head) or done_formerly(head) or \
            years_after_clause(head):
        return True
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    if dates_back(head):
        return True
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ in BACKGROUND_PREPS:
        return True
    if head.dep_ == "pobj" and governor.lower_ == "after" and years_before(governor):
        return True  # 'twenty years after the invasion', 'a decade after the war'
    if head.dep_ == "pobj" and governor.lower_ == "of" and \
            governor.head.lemma_.lower() in BACKGROUND_HEADS:
        return True
    if any(c.dep_ == "amod" and c.lower_ in PAST_MODIFIERS for c in head.children):
        return True
    if reviewed(head):
        return True
    return any(c.dep_ == "amod" and c.lower_ in RECENT_MODIFIERS for c in head.children) and \
        not any(c.dep_ in ("det", "poss") and c.lower_ not in ("other", "some")
                for c in head.children)


def reviewed(noun: Token) -> bool:
    """An event noun a court or a government undoes or upholds ('overturned the conviction',
    'upheld the ban on the party'): a decision taken before, not a new one."""
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB" and \
        noun.head.lemma_.lower() in REVIEWING_VERBS


def dates_back(noun: Token) -> bool:
    """An event noun said to go back a long way ('his feud with Washington dates back years',
    'the conflict goes back to 1948'): a standing state, no act of the news."""
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.lemma_.lower() in ("date", "go") and \
        any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)


def years_after_clause(head: Token) -> bool:
    """An act in a clause that something came years after ('declared independence a decade
    after a bombing campaign ended the war'), or told inside it: the clause's acts lie years
    back."""
    # the first adverbial clause above the act: its own, or the one its noun or relative
    # clause sits in ('a decade after a deal ended the war, during which troops shelled ...')
    verb = next((t for t in (head, *head.ancestors) if t.pos_ == "VERB" and t.dep_ == "advcl"),
                None)
    if verb is None:
        return False
    after = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if after is None:
        return False
    # the span hangs on the clause or, as the parser often reads it, on the main verb
    return any(c.lemma_.lower() in YEARS_NOUNS | LONG_SPANS and c.right_edge.i + 1 == after.i
               for c in (*verb.children, *verb.head.children))


def years_before(after: Token) -> bool:
    """'after' measured in years ('twenty years after', 'a decade after', 'a generation
    after'): what it follows lies years back, no event of the day; 'days after the attack'
    may be the news itself."""
    spans = [c for c in after.children if c.dep_ == "npadvmod"]
    if after.head.dep_ == "npadvmod":
        spans.append(after.head)  # 'a decade after the war': 'after' hangs on 'decade'
    return any(t.lemma_.lower() in YEARS_NOUNS | LONG_SPANS for t in spans)


def holds_past(verb: Token) -> bool:
    """A verb of holding or hosting whose object the text marks as past ('hosted earlier
    rounds of talks', 'attended the previous summit', 'held former rallies'): the event held
    is background, and so is the holding."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in HOLDING_VERBS:
        return False
    return any(c.dep_ == "dobj" and any(m.dep_ == "amod" and m.lower_ in PAST_MODIFIERS
                                        for m in c.children) for c in verb.children)


def recalled(head: Token) -> bool:
    """A relative clause in the past perfect that says what a noun had done or undergone
    ('the hostages whom the rebels had seized'): background to the sentence's news, not an
    event the text reports."""
    if head.pos_ != "VERB" or head.dep_ != "relcl":
        return False
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in head.children)


def patients(verb: Token) -> list[Token]:
    """What a verb acts on: its object, its passive subject, or the noun its participle or
    relative clause modifies when the clause has a subject of its own ('the deal the West
    struck', 'a deal struck in Vienna')."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" or (verb.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children)):
        out.append(verb.head)
    return out


def idiom_sense(head: Token, entry: Trigger) -> bool:
    """'struck a deal', 'hit a record', 'struck down the law', 'shot a film', 'captured the
    moment', 'arrested the decline': a violent or coercive verb that makes, reaches, records,
    halts or annuls something (see IDIOM_OBJECTS, ANNULLED)."""
    if entry.type not in ("ASSAULT", "PROTEST", "COERCE") or head.pos_ != "VERB":
        return False
    # a misread subject counts too ('any deal struck between ...' parsed as 'deal struck'):
    # a deal or a record strikes nothing
    objects = {o.lemma_.lower() for o in patients(head) + [c for c in head.children
                                                            if c.dep_ == "nsubj"]}
    if objects & IDIOM_OBJECTS.get(head.lemma_.lower(), frozenset()):
        return True
    down = any(c.dep_ == "prt" and c.lower_ == "down" for c in head.children)
    return head.lemma_.lower() == "strike" and down and bool(objects & ANNULLED)


def dismissal(head: Token, entry: Trigger) -> bool:
    """'fired two hundred workers', 'the mayor fired him': 'fire' with people as its object
    dismisses them; shots, shells or rockets are what is fired at people."""
    if entry.type != "ASSAULT" or head.pos_ != "VERB" or head.lemma_.lower() != "fire":
        return False
    people = dismissable_nouns()
    return any(o.dep_ == "dobj" and (o.ent_type_ == "PERSON" or spelled_as(o, people)
                                     or (o.pos_ == "PRON" and o.lower_ != "it"))
               for o in head.children)


def sports_result(head: Token, entry: Trigger) -> bool:
    """'beat Chelsea in the league', 'attacked relentlessly in the derby': on the field of play
    (a word of role 'sport' in the sentence) a verb of defeating whose objects are named sides,
    or 'attack' with no object at all, is play; 'police beat supporters outside the stadium'
    and 'fans attacked a steward after the match' stay assaults."""
    if entry.type != "ASSAULT" or head.pos_ != "VERB":
        return False
    lemma = head.lemma_.lower()
    objects = patients(head)
    if lemma in DEFEAT_VERBS:  # a side is named ('beat Chelsea'); 'beat supporters' is a beating
        if not objects or not all(o.pos_ == "PROPN" or o.ent_type_ in PARTY_LABELS
                                  for o in objects):
            return False
    elif lemma != "attack" or objects or aimed_at(head, AIMED_PREPS):
        return False
    sport = figurative_words()["sport"]
    sent = head.sent
    words = [t.lemma_.lower() for t in sent]
    return any(w in sport for w in words) or any(
        f"{a} {b}" in sport for a, b in zip(words, words[1:], strict=False))


# Entity labels of a state or an organisation: one beats people, but 'beats' a country or an
# armed group only as one defeats it ('Ukraine can beat Russia', 'a plan to beat the Islamic
# State'), the outcome of a war told or hoped for, no beating.
BODY_LABELS = frozenset({"GPE", "ORG"})


def defeat(head: Token, entry: Trigger, index: ActorIndex) -> bool:
    """'can beat Russia', 'to beat the Islamic State': a verb of beating whose objects are all
    named states or organisations defeats them; 'beat protesters', 'beat Navalny supporters',
    'beat a soldier' or a named person stay beatings."""
    if entry.type != "ASSAULT" or entry.mode != "beat" or head.pos_ != "VERB" or \
            head.lemma_.lower() not in DEFEAT_VERBS:
        return False
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(named_body(o, index) for o in objects)


def named_body(tok: Token, index: ActorIndex) -> bool:
    """A proper name of a state or an organisation, not of a person (the actor resolved says
    which; the tagger may take 'Boko Haram' for a person)."""
    if tok.pos_ != "PROPN":
        return False
    actor = index.actor_of(tok)
    return actor.kind != "person" if actor is not None else tok.ent_type_ in BODY_LABELS


# What one calls in the sense of proclaiming it ('called a general strike', 'called snap
# elections', 'called a ceasefire'): the thing called is the act, 'call' is no phone call.
PROCLAIMED = word_list(PHANTOM_WORDS, "proclaimed")


def naming_call(head: Token, entry: Trigger) -> bool:
    """'called the claim "nonsense"', 'calling them "women of strength"', 'calls into doubt',
    'called a general strike': 'call' names, questions or proclaims something; it is no
    phone call."""
    if entry.type != "CONSULT" or head.lemma_.lower() != "call" or head.pos_ != "VERB":
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if len(objects) > 1 or any(c.dep_ == "prep" and c.lower_ == "into" for c in head.children):
        return True
    if any(o.lemma_.lower() in PROCLAIMED for o in objects):
        return True
    if not objects:
        return False
    # the name follows the object, quoted: inside its phrase or right after it
    after = objects[0].right_edge.i + 1
    named = [t for t in objects[0].subtree if t.i > objects[0].i and t.text in QUOTES]
    return bool(named) or (after < len(head.doc) and head.doc[after].text in QUOTES)


def press_statement(head: Token, entry: Trigger) -> bool:
    """A news conference or talking to reporters: a statement to the press, not a meeting
    with another actor, unless it has a partner ('a joint news conference with ...')."""
    if entry.type != "CONSULT":
        return False
    preps = {c.lower_ for c in head.children if c.dep_ == "prep"}
    mods = {c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod")}
    if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in PRESS_EVENTS:
        return bool(mods & PRESS_WORDS) and not preps & PARTNER_PREPS and "joint" not in mods
    if entry.mode != "phone" and interview_frame(head):
        return True
    # 'talks to reporters', 'met with reporters and editors': only the press is addressed
    addressed = [o for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                 for p in c.children if p.dep_ == "pobj"
                 for o in (p, *(t for t in p.subtree if t.dep_ == "conj"))]
    # the lemma of 'media' may be 'medium': the word as written counts too
    return bool(addressed) and all(spelled_as(o, PRESS_AUDIENCE) for o in addressed)


def private_advice(head: Token, entry: Trigger) -> bool:
    """'is consulting with lawyers', 'met with her doctors', 'consulted his attorneys': advice
    taken from one's own professionals (PRIVATE_COUNSEL), no meeting of political actors."""
    if entry.type != "CONSULT":
        return False
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("with", "to")]
    preps += [t for c in preps for t in c.subtree if t.dep_ == "conj" and t.pos_ == "ADP"]
    partners = [c for c in head.children if c.dep_ == "dobj"] + [
        p for c in preps for p in c.children if p.dep_ == "pobj"]
    partners += [t for p in partners for t in p.subtree if t.dep_ == "conj"]
    # 'lawyers for the detained activists', 'lawyers representing the family': they speak for
    # another party, whom the meeting is with (the parse may hang 'for' on the verb)
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children):
        return False
    return bool(partners) and all(
        spelled_as(p, PRIVATE_COUNSEL)
        and not any(c.dep_ in ("prep", "acl", "relcl") for c in p.children) for p in partners)


def interview_frame(head: Token) -> bool:
    """'Speaking to the BBC, the minister said ...', 'Talking with CNN, she denied ...': a
    subjectless participle of talking that frames what its clause says is an interview, no
    meeting (a phone call stays one: 'speaking by phone with Lavrov')."""
    return head.tag_ == "VBG" and head.dep_ == "advcl" and head.lemma_.lower() in TALKING \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) \
        and head.head.lemma_.lower() in REPORTING_VERBS | DENYING_VERBS


# What a reporter asks for and a source asks to be spared: the newsroom's own exchanges with
# its sources ('did not respond to requests for comment', 'asked not to be named').
PRESS_INQUIRIES = word_list(PHANTOM_WORDS, "press_inquiries")
QUESTION_NOUNS = word_list(PHANTOM_WORDS, "question_nouns")
UNNAMED = word_list(PHANTOM_WORDS, "unnamed")


def press_inquiry(head: Token, entry: Trigger) -> bool:
    """A request for comment or for anonymity: reporting practice, no political request."""
    if entry.type != "REQUEST":
        return False
    wanted = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "for"
              for o in c.children if o.dep_ == "pobj"]
    wanted += [c for c in head.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in PRESS_INQUIRIES for o in wanted):
        return True
    return head.pos_ == "VERB" and any(c.dep_ == "xcomp" and c.lemma_.lower() in UNNAMED
                                       for c in head.children)


def question_asked(head: Token, entry: Trigger) -> bool:
    """'asked a question', 'the questions voters will ask', '"Is it a crime?" asked the
    lawyer', '"Who will pay?" the mayor asked': a question asked requests nothing ('asked
    Kenya to withdraw' and 'asked for aid' still do)."""
    if entry.type != "REQUEST" or head.lemma_.lower() != "ask" or head.pos_ != "VERB":
        return False
    if any(spelled_as(o, QUESTION_NOUNS) for o in patients(head)):
        return True
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in head.children):
        return False
    sent = sentences(head.doc)[sentence_index(head.doc)[head.i]]
    if any(t.text == "?" for t in sent):
        return True
    # '"Is it a crime?" asked the lawyer', '"Who will pay?" the minister asked': the segmenter
    # may end the sentence at the '?', before the speaker put first or last
    start = min([head.i, *(c.left_edge.i for c in head.children if c.dep_ == "nsubj")])
    before = next((t for t in reversed(head.doc[:start]) if not (t.is_quote or t.is_space)),
                  None)
    return before is not None and before.text == "?"


def fulfilment(head: Token, entry: Trigger) -> bool:
    """'met the conditions', 'conditions Tehran would have to meet', 'to meet people's needs':
    'meet' fulfils something; nobody meets anybody."""
    if entry.type != "CONSULT" or head.lemma_.lower() != "meet" or head.pos_ != "VERB":
        return False
    clause = head
    while clause.dep_ == "xcomp" and clause.head != clause:
        clause = clause.head  # 'conditions Tehran would have to meet': the clause of 'have'
    met = patients(head) + ([clause.head] if clause != head and clause.dep_ == "relcl"
                            else [])
    return any(o.lemma_.lower() in FULFILLED for o in met)


def courtship(head: Token, entry: Trigger) -> bool:
    """'met the woman of his dreams', 'met her future husband in Lagos': 'meet' a spouse or a
    love (COURTED) is a private life's story, no meeting of political actors."""
    if entry.type != "CONSULT" or head.lemma_.lower() != "meet" or head.pos_ != "VERB":
        return False
    met = patients(head) + [p for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
                            for p in c.children if p.dep_ == "pobj"]
    # 'met the wife of the jailed reporter': she stands for another party
    return bool(met) and all(
        (spelled_as(o, COURTED) and not any(c.dep_ == "prep" for c in o.children))
        or dreamt_of(o) for o in met)


def dreamt_of(noun: Token) -> bool:
    """'the woman of my dreams', 'the love of his life'."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in ("dream", "life") and any(
            d.dep_ == "poss" for d in o.children) for o in c.children)
        for c in noun.children)


def compromise(head: Token, entry: Trigger) -> bool:
    """'will meet Kyiv halfway', 'met the unions in the middle': 'meet' concedes ground; nobody
    comes together."""
    if entry.type != "CONSULT" or head.lemma_.lower() != "meet" or head.pos_ != "VERB":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in COMPROMISE_ADVERBS for c in head.children):
        return True
    # 'in the middle' hangs on the verb, on 'somewhere' or, misparsed, on its object
    holders = with_objects(head) + [c for c in head.children if c.dep_ == "advmod"]
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in COMPROMISE_NOUNS
        and not any(p.dep_ == "prep" for p in o.children)  # 'in the middle of the square'
        for o in c.children)
        for h in holders for c in h.children)


def shelter(head: Token, entry: Trigger) -> bool:
    """'Jordan hosts a million refugees': hosting people who fled is sheltering them, not a
    meeting (hosting talks or a delegation stays one)."""
    if entry.type != "CONSULT" or head.lemma_.lower() != "host" or head.pos_ != "VERB":
        return False
    hosted = patients(head) + amounts_hosted(head) + antecedent_hosted(head)
    hosted += [o for h in hosted for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]  # 'thousands of Syrian refugees'
    return any(spelled_as(o, SHELTERED) for o in hosted)


def amounts_hosted(verb: Token) -> list[Token]:
    """'hosts over a million refugees', 'hosting about 300,000 migrants': an amount the parse
    takes for a preposition."""
    return [o for c in verb.children if c.dep_ == "prep" and c.lower_ in AMOUNT_PREPS
            for o in c.children if o.dep_ == "pobj"]


def antecedent_hosted(verb: Token) -> list[Token]:
    """'the refugees Pakistan has hosted for decades': a clause with no object of its own hung on
    the noun before its subject (a relative clause the parse did not join to its noun)."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].left_edge.i == 0:
        return []
    before = verb.doc[subjects[0].left_edge.i - 1]
    return [before] if before.pos_ == "NOUN" else []



def mourning(head: Token, entry: Trigger) -> bool:
    """'a prayer vigil for the victims', 'a vigil for the dead soldiers': people gather to mourn
    the dead, not to protest (PLOVER PROTEST and ACE Conflict:Demonstrate are protests)."""
    if entry.type != "PROTEST" or head.lemma_.lower() not in MOURNING_NOUNS:
        return False
    # on the noun or on the verb that holds it ('held a vigil for the victims')
    holders = [head, *([head.head] if head.dep_ == "dobj" else [])]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    if any(p.lower_ in ("against", "over") for p in preps):
        return False  # 'a vigil against the war', 'a vigil over the killings'
    mourned = [o for p in preps if p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    return any(spelled_as(o, MOURNED) or any(
        c.dep_ == "amod" and c.lower_ in MOURNED for c in o.children) for o in mourned)


def partnered(head: Token) -> bool:
    """A consultation that names a partner ('with the minister', 'between X and Y')."""
    return any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in head.children)


def statement(head: Token, entry: Trigger) -> bool:
    """Talk that is speech, not consultation: a singular 'talk' ('Trump's talk of a deal';
    plural 'talks' are negotiations), or 'discuss' with one speaker and no partner ('Lopez
    discusses new tax rules at a book fair')."""
    if entry.type != "CONSULT" or partnered(head) or len(entry.words) > 1:
        return False
    if head.pos_ == "NOUN" and head.lemma_.lower() == "talk":
        return head.tag_ == "NN"
    if head.pos_ != "VERB" or head.lemma_.lower() != "discuss":
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return len(subjects) == 1 and subjects[0].tag_ in ("NN", "NNP") and not any(
        c.dep_ == "conj" for c in subjects[0].children)


# Verbs of saying that make a demand only of an act wanted ('insisted on new elections',
# 'insisted that the army withdraw'); with a fact as their content they only report it.
SAYING_DEMANDS = word_list(PHANTOM_WORDS, "saying_demands")
# Modals of a content clause that demand its act ('insisted that the army must withdraw').
MANDATING_MODALS = word_list(PHANTOM_WORDS, "mandating_modals")


def insisted_fact(head: Token, entry: Trigger) -> bool:
    """A claim insisted on, no demand: 'insisted that the army had not shelled the village',
    'Nigeria does not want war, the president insisted' (a content told as fact, or quoted
    before the verb), unlike 'insisted that the government raise wages' (a bare verb, the
    mandative subjunctive) or 'insisted on talks'."""
    if entry.type != "REQUEST" or head.pos_ != "VERB" or \
            head.lemma_.lower() not in SAYING_DEMANDS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in head.children):
        return False
    contents = [c for c in head.children if c.dep_ == "ccomp"]
    return bool(contents) and not any(mandative(c, head) for c in contents)


def mandative(clause: Token, verb: Token) -> bool:
    """A content clause after its verb that asks for an act: a bare verb with no auxiliary
    ('that the government raise wages', which the tagger may read as a present) or a modal
    of obligation ('that X must go')."""
    auxes = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return clause.i > verb.i and ((clause.tag_ in ("VB", "VBP") and not auxes)
                                  or any(a in MANDATING_MODALS for a in auxes))


# Verbs of a journey whose passive carries the one it names ('was flown to Kampala').
CARRYING_VERBS = word_list(PHANTOM_WORDS, "carrying_verbs")


# What one flies that travels with its pilot: flying it somewhere is the pilot's own journey.
FLOWN_CRAFT = word_list(PHANTOM_WORDS, "flown_craft")


def carried(head: Token, entry: Trigger) -> bool:
    """A journey told in the passive: 'was flown to Kampala', 'detainees flown to the base'
    are carried there by others, on no visit of their own ('was visited by the envoy', a
    visit received, stays one); and so are the people one flies somewhere ('released them
    and flew them to Guatemala', 'flew the migrants to Texas'): a transfer, no visit by the
    one who flies them ('flew his plane to Minsk' is a journey of his own)."""
    if entry.mode != "visit" or head.lemma_.lower() not in CARRYING_VERBS:
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() not in FLOWN_CRAFT for c in head.children):
        return True
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
    # the parser hangs a shared passive on the first conjunct ('was abducted and flown')
    first = head.head if head.dep_ == "conj" else head
    return passive or head.tag_ == "VBN" and (
        head.dep_ == "acl" or any(c.dep_ in ("auxpass", "nsubjpass") for c in first.children))


def condition(head: Token, index: ActorIndex) -> bool:
    """Violence or unrest as a phenomenon: no party doing it or suffering it, no definite
    article pointing at one episode ('the unrest' told before), no episode it is counted in
    ('a spate of violence'): a state of affairs, not an event (module docstring)."""
    lemma = head.lemma_.lower()
    if lemma not in CONDITION_NOUNS or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if lemma == "hostility":
        return head.tag_ != "NNS"  # an attitude ('hostility toward migrants'); 'hostilities' fight
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("no", "any") for c in head.children):
        return False
    if any(c.dep_ in ("acl", "relcl") for c in head.children):
        return False  # 'mob violence aimed at Muslims'
    aimed = [c for c in head.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS]
    if aimed and not all(generic_class(p) for p in aimed):
        return False  # 'violence against the protesters in Lagos'
    if head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.lemma_.lower() in EPISODE_NOUNS:
        return False  # 'a new spate of violence': an episode
    doers = [c for c in head.children if c.dep_ in DOER_DEPS]
    doers += [o for c in head.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
              for o in c.children if o.dep_ == "pobj"]
    if head.dep_ in ("nsubjpass", "nsubj"):  # 'violence was ordered and perpetrated by X'
        verbs = [head.head, *(t for t in head.head.subtree if t.dep_ == "conj")]
        doers += [o for v in verbs for c in v.children if c.dep_ == "agent"
                  for o in c.children if o.dep_ == "pobj"]
    return not any(is_party(d, index) for d in doers)


def by_call(head: Token, entry: Trigger) -> bool:
    """'discussed Syria in a phone call', 'talked by telephone', 'held talks over a video link':
    a consultation at a distance, not a meeting."""
    if entry.type != "CONSULT" or entry.mode is not None:
        return False
    # on the verb or on the talks a light verb holds ('held talks over a video link')
    holders = with_objects(head)
    for prep in (c for h in holders for c in h.children
                 if c.dep_ == "prep" and c.lower_ in CALL_PREPS):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            mods = {c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")}
            lemma = obj.lemma_.lower()
            if lemma in DISTANT_NOUNS or (lemma in CALL_NOUNS and mods & CALL_MODIFIERS):
                return True
    return False


def exclusion_reading(entry: Trigger, head: Token, lexicon: TriggerLexicon) -> Trigger:
    """'barred the junta's leader from its summits', 'banned Russia from the league': keeping
    a party out of a body or its meetings is a sanction (as 'suspend membership', CAMEO 166),
    not a ban on an activity ('banned him from travelling')."""
    if entry.type != "COERCE" or head.pos_ != "VERB" or not kept_out_of(head):
        return entry
    expel = [t for t in lexicon.by_head("suspend", "VERB") if t.words == ("suspend", "membership")]
    return expel[0] if expel else entry


def armed_obstruction_reading(entry: Trigger, sources: Sequence[Argument],
                              lexicon: TriggerLexicon) -> Trigger:
    """'militants blocked the roads into the city', 'troops barricaded the streets', 'Chinese
    vessels blocked the boat': an armed body, the police or a state blocking the way restricts
    movement (as 'blockade', CAMEO 191); only civilians blocking a road protest."""
    if entry.type != "PROTEST" or entry.mode != "obstruct" or not any(
            a.actor is not None and (a.actor.sector in ARMED_SECTORS | STATE_SECTORS
                                     or a.actor.kind == "country") for a in sources):
        return entry
    blockade = [t for t in lexicon.by_head("blockade", "VERB") if t.type != "PROTEST"]
    return blockade[0] if blockade else entry


# Verbs of a demonstration on foot that an armed body does as a troop movement.
MARCHING = word_list(PHANTOM_WORDS, "marching")


def armed_march_reading(entry: Trigger, sources: Sequence[Argument],
                        lexicon: TriggerLexicon) -> Trigger:
    """'federal troops marched into Mekelle', 'rebels marched on the capital': an army or an
    armed group on the march moves its forces (as 'deploy troops', CAMEO 154), no
    demonstration. Police march in formation or on parade, which moves no front."""
    if entry.type != "PROTEST" or entry.lemma not in MARCHING or not any(
            a.actor is not None and a.actor.sector in ARMED_SECTORS - {"COP"}
            for a in sources):
        return entry
    moved = [t for t in lexicon.by_head("deploy", "VERB")
             if t.type == "MOBILIZE" and t.words == ("deploy",)]
    return moved[0] if moved else entry


def protest_note(entry: Trigger, lexicon: TriggerLexicon) -> Trigger:
    """The lexicon's diplomatic protest (CAMEO 114), or the entry when it has none."""
    note = [t for t in lexicon.by_head("protest", "NOUN") if t.words == ("protest", "note")]
    return note[0] if note else entry


def official_protest_reading(entry: Trigger, head: Token, lexicon: TriggerLexicon) -> Trigger:
    """'drew an official protest from Vietnam', 'a diplomatic protest against the law': a
    government's formal complaint (as 'protest note', CAMEO 114), no demonstration."""
    if entry.type != "PROTEST" or head.pos_ != "NOUN" or head.lemma_.lower() != "protest" or \
            not any(c.dep_ == "amod" and c.lower_ in OFFICIAL for c in head.children):
        return entry
    note = [t for t in lexicon.by_head("protest", "NOUN") if t.words == ("protest", "note")]
    return note[0] if note else entry


def state_protest_reading(entry: Trigger, head: Token, sources: Sequence[Argument],
                          lexicon: TriggerLexicon) -> Trigger:
    """'Vietnam protested against the oil rig', 'Moscow protested to Oslo over the arrest', 'the
    government protested the ruling': a state or a government that protests, with no word of
    marching or rallying (the plain 'protest', CAMEO 140), complains (as 'protest note', CAMEO
    114); a state does not take to the streets. People of a country ('thousands of Iranians
    protested') and parties out of government still demonstrate, and so does a country's
    owner of the noun ('Peru's recent protests': its people's); a protest noun 'from' a state
    is its complaint too ('drew a protest from Tokyo')."""
    if entry.type != "PROTEST" or entry.mode or entry.words[0] != "protest":
        return entry
    if head.pos_ == "NOUN":
        # 'drew a sharp protest from Hanoi': the noun's maker named by 'from', as a verb's
        # subject (an owner, 'Peru's protests', is its people, see above)
        sources = [a for a in sources if a.token is not None and a.token.dep_ == "pobj"
                   and a.token.head.lower_ == "from" and a.token.head.head.i == head.i]
        if sources and all(a.actor is None and a.country and a.token.pos_ == "PROPN"
                           for a in sources):
            return protest_note(entry, lexicon)  # 'from Zagreb': a capital for its government
    elif head.pos_ != "VERB":
        return entry
    if head.pos_ == "VERB" and purpose_of_complaint(head, lexicon):
        note = [t for t in lexicon.by_head("protest", "NOUN") if t.words == ("protest", "note")]
        return note[0] if note else entry
    if not sources or \
            not all(a.actor is not None and (a.actor.kind == "country"
                                             or a.actor.sector in STATE_SECTORS)
                    and not (a.token is not None and a.token.tag_ in ("NNS", "NNPS"))
                    for a in sources):  # 'the Palestinians were protesting': a people
        return entry
    note = [t for t in lexicon.by_head("protest", "NOUN") if t.words == ("protest", "note")]
    return note[0] if note else entry



def purpose_of_complaint(verb: Token, lexicon: TriggerLexicon) -> bool:
    """'summoned China's envoy to protest', 'called in the ambassador to protest the
    arrests': a protest that is the purpose of a diplomatic complaint (a verb the lexicon
    codes as ACCUSE) is that complaint, made to the one summoned, not a demonstration."""
    if verb.dep_ not in ("xcomp", "advcl") or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    governor = verb.head  # the word alone, not a phrase ('launch a probe', not 'launch a strike')
    return governor.pos_ == "VERB" and any(
        t.type == "ACCUSE" and len(t.words) == 1
        for t in lexicon.by_head(governor.lemma_.lower(), "VERB"))


def regret_foretold(head: Token, entry: Trigger) -> bool:
    """'Brussels will regret it', 'a response they would regret': regret foretold is a
    warning of what is to come, no apology made."""
    return entry.type in ("CONCEDE", "ACCUSE") and head.lemma_.lower() == "regret" and \
        head.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ in WARNED_MODALS for c in head.children)


def regret_reading(entry: Trigger, head: Token, lexicon: TriggerLexicon) -> Trigger:
    """'France regretted the decision', 'Seoul regrets Tokyo's move', 'regretted the decision
    by Washington to cut aid': regretting another's act is disapproval (as 'deplore', CAMEO
    111); regretting one's own ('regretted its mistakes', 'regrets the suffering it caused')
    stays the concession of an apology."""
    if entry.lemma != "regret" or head.pos_ != "VERB" or not others_act(head):
        return entry
    deplore = [t for t in lexicon.by_head("deplore", "VERB") if t.type == "ACCUSE"]
    return deplore[0] if deplore else entry


def others_act(verb: Token) -> bool:
    """The object of a verb is a particular act of someone else: one with a named owner
    ('Tokyo's decision') or agent ('the decision by Paris'), or one pointed at with no
    owner ('the decision', 'this move'); not one owned by a pronoun ('its decision') or done
    by one ('the harm it caused'), nor any of a kind ('mistakes')."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None:
        return False
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner.pos_ in ("PROPN", "NOUN")
    if any(c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.pos_ == "PRON" for s in c.children)
           for c in obj.children):
        return False
    agent = any(p.dep_ == "prep" and p.lower_ == "by" for p in obj.children)
    return agent or any(c.dep_ == "det" and c.lower_ in POINTING_DETS for c in obj.children)


def call_reading(head: Token, entry: Trigger, lexicon: TriggerLexicon) -> Trigger:
    """A consultation held by call (``by_call``) takes the mode and CAMEO code of the
    lexicon's phone call; any other entry stays as it is."""
    if not by_call(head, entry):
        return entry
    phone = next((t for t in lexicon.by_head("phone", "VERB") if t.mode == "phone"), None)
    return entry if phone is None else replace(entry, mode=phone.mode, cameo=phone.cameo)


def generic_class(prep: Token) -> bool:
    """'against women', 'against religious minorities': a whole class of people, bare plural,
    no count, no owner, and no place or date in the clause that tells of it (a cause or a
    social ill, not one episode; 'against students in Dhaka' is one)."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    if not objects:
        return False
    bare = all(o.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in o.children)
               for o in objects)
    clause = prep.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head  # the clause telling of it: 'rose in Borno last month' places it
    placed = any(t.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") for t in clause.subtree)
    placed = placed or any(t.ent_type_ == "NORP" for t in prep.subtree)  # 'against Syrian refugees'

    return bare and not placed


@cache
def people_nouns() -> frozenset[str]:
    """The generic nouns of people and bodies of people (``data/sectors.csv``)."""
    return frozenset(r["noun"].lower() for r in read_csv("sectors.csv", ("noun", "sector")))


@cache
def dismissable_nouns() -> frozenset[str]:
    """Nouns of people one may be fired from a post as: the posts (POSTS) and the nouns of
    people of sectors.csv outside the military, whose list also holds guns and craft that are
    fired ('artillery', 'tanks')."""
    rows = read_csv("sectors.csv", ("noun", "sector"))
    return POSTS | frozenset(r["noun"].lower() for r in rows if r["sector"] != "MIL")


def names_people(tok: Token, index: ActorIndex) -> bool:
    """A word that names people: an actor, a person or group entity, a pronoun or a generic
    noun of people ('three gunmen', 'the attacker')."""
    return tok.pos_ == "PRON" or tok.ent_type_ in PEOPLE_LABELS or \
        index.actor_of(tok) is not None or spelled_as(tok, people_nouns())


def euphemism_for_things(head: Token, entry: Trigger, index: ActorIndex) -> bool:
    """'neutralised the bomb', 'to neutralise the effect': a euphemism of killing (EUPHEMISMS)
    that acts on no people is no blow."""
    if entry.type != "ASSAULT" or head.lemma_.lower() not in EUPHEMISMS:
        return False
    return not any(names_people(o, index) for o in patients(head))


def kept_out_of(verb: Token) -> list[Token]:
    """The bodies or meetings an excluding verb keeps its object out of ('barred X from its
    summits'): the objects of its 'from'."""
    if verb.lemma_.lower() not in EXCLUDING_VERBS:
        return []
    return [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
            for o in c.children if o.dep_ == "pobj" and (
                spelled_as(o, BODIES) or o.ent_type_ == "ORG")]


def forbidden(head: Token, entry: Trigger) -> bool:
    """'demonstrations have been banned', 'a ban on rallies', 'a decree prohibiting public
    marches': the activity a ban forbids is not held; the ban is the event."""
    if entry.type != "PROTEST" or head.pos_ != "NOUN":
        return False
    if head.dep_ in ("dobj", "nsubjpass"):
        return head.head.lemma_.lower() in FORBIDDING
    return head.dep_ == "pobj" and head.head.lower_ in ("on", "against") and \
        head.head.head.lemma_.lower() in FORBIDDING


def left_open(head: Token, entry: Trigger) -> bool:
    """'did not rule out attacking', 'refused to rule out sanctions': not excluding an act
    rejects nothing; the act stays possible (factuality.LEFT_OPEN)."""
    if entry.type != "REJECT" or head.pos_ != "VERB":
        return False
    if head.lemma_.lower() in REFUSING:  # 'refused to rule out': the refusal rejects nothing
        return any(c.dep_ == "xcomp" and c.lemma_.lower() == "rule" for c in head.children)
    if head.lemma_.lower() != "rule":
        return False
    return any(c.dep_ == "neg" for c in head.children) or (
        head.dep_ == "xcomp" and head.head.lemma_.lower() in REFUSING)


def motive(head: Token, acts: frozenset[int]) -> bool:
    """'In retaliation for the sanctions, Pyongyang fired missiles', 'Moscow recalled its envoy
    in protest': a motive noun hung on a verb that tells an act of its own (``acts``: the
    heads of such triggers) is why that act was done, no second event."""
    if head.dep_ != "pobj" or \
            head.head.lower_ not in MOTIVE_PREPS.get(head.lemma_.lower(), ()):
        return False
    if head.head.lower_ == "in" and (head.tag_ != "NN" or any(
            c.dep_ in ("det", "poss", "nummod") for c in head.children)) and not inferred(head):
        return False  # 'killed in protests', 'in the protest': the occasion, no motive
    if head.lemma_.lower() in PURE_MOTIVES:
        return True  # 'in retaliation for X' is why some act was done, whatever the parse hung
        # it on; only 'in protest' may be a protest of its own ('workers stayed home in protest')
    verb = head.head.head
    return verb.pos_ == "VERB" and verb.i in acts


def inferred(noun: Token) -> bool:
    """'an apparent protest', 'in a thinly veiled protest': a singular motive noun with an
    article and an adjective of inference (INFERRED) says why an act was done."""
    return noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                     for c in noun.children) and \
        any(c.dep_ == "amod" and c.lower_ in INFERRED for c in noun.children)


def part_of_attack(head: Token, entry: Trigger, attacks: frozenset[int]) -> bool:
    """'stormed the base, burning vehicles and seizing weapons', 'attacked the town, freeing
    500 inmates from the prison', 'raided the jail and freed the prisoners': a verb with no
    subject of its own under an attack (``attacks``: the heads of assault triggers) that takes
    movable things (see SPOILS) or frees people tells what the attack did, no act of its own:
    a seizure of spoils is no confiscation, and attackers freeing prisoners are no holder
    releasing them (RETREAT)."""
    if entry.type not in ("COERCE", "RETREAT") or head.pos_ != "VERB" or not attacks or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in head.children):
        return False
    if entry.type == "COERCE":
        things = [o for o in head.children if o.dep_ == "dobj"]
        things += [c for o in things for c in o.conjuncts]
        if not things or not all(o.lemma_.lower() in SPOILS for o in things):
            return False
    elif entry.mode != "release":
        return False
    sent = head.sent
    return any(a.i in attacks for a in head.ancestors if sent.start <= a.i < sent.end)


def burnt_symbol(head: Token, entry: Trigger) -> bool:
    """'burned a paper flag', 'set fire to an effigy of the president': destroying a symbol is
    a gesture, no assault."""
    if entry.type != "ASSAULT" or entry.mode != "destroy" or head.pos_ != "VERB":
        return False
    burnt = [o for o in patients(head) + aimed_at(head, frozenset({"to"}))
             if o.lemma_.lower() not in entry.words]  # 'set fire to': the fire is no patient
    return bool(burnt) and all(spelled_as(o, SYMBOLS) or material_symbol(o) for o in burnt)


def material_symbol(noun: Token) -> bool:
    """'a paper flag bearing his face', 'a cardboard flag bearing the face of X': a thing of
    paper or cloth (MATERIALS), or a symbol the parse makes a modifier ('flag' as the compound
    of 'bearing')."""
    return noun.lemma_.lower() in MATERIALS or any(
        c.dep_ == "compound" and spelled_as(c, SYMBOLS) for c in noun.children)


def excluded_from(head: Token, entry: Trigger) -> bool:
    """'barred the junta's leader from its summits': the summits one is kept out of are no
    meeting the text tells of."""
    return entry.type == "CONSULT" and head.dep_ == "pobj" and head.head.lower_ == "from" and \
        any(o.i == head.i for o in kept_out_of(head.head.head))


def share_disowned(head: Token) -> bool:
    """'denied any role in the attack', 'rejected claims of involvement in the bombing', 'had
    no hand in the killings': an act named as what a party disowns a share in (the parse may
    hang the 'in' on the verb). 'did not deny a role in it' disowns nothing."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ("in", "for"):
        return False
    owner = prep.head
    shares = [owner] if owner.lemma_.lower() in SHARE_NOUNS else [
        c for c in owner.children if c.dep_ == "dobj" and c.lemma_.lower() in SHARE_NOUNS]
    for share in shares:
        if any(c.dep_ == "det" and c.lower_ == "no" for c in share.children):
            return True
        verb = share.head
        while verb.pos_ in ("ADP", "NOUN") and verb.head != verb:
            verb = verb.head  # 'rejected claims of a role'
        negated = any(c.dep_ == "neg" for c in verb.children)
        if share.dep_ in ("dobj", "pobj") and negated != (
                verb.lemma_.lower() in DISOWNING_VERBS):
            return True
    return False


def other_sense(head: Token, entry: Trigger) -> bool:
    """A trigger word in a sense that is no event of its type (see the module docstring)."""
    return idiom_sense(head, entry) or dismissal(head, entry) or sports_result(head, entry) or \
        naming_call(head, entry) or \
        press_statement(head, entry) or private_advice(head, entry) or \
        fulfilment(head, entry) or statement(head, entry) or \
        compromise(head, entry) or courtship(head, entry) or shelter(head, entry) or \
        mourning(head, entry) or \
        insisted_fact(head, entry) or carried(head, entry) or \
        press_inquiry(head, entry) or question_asked(head, entry) or \
        campaign_event(head, entry) or \
        excluded_from(head, entry) or forbidden(head, entry) or left_open(head, entry) or \
        burnt_symbol(head, entry) or forecast(head, entry) or share_disowned(head) or \
        own_routine_halted(head, entry)


# A body's own routine of teaching, play or show, which halting denies to no other party
# ('the university suspended classes', 'the league cancelled its matches'): no sanction.
OWN_ROUTINES = word_list(PHANTOM_WORDS, "own_routines")


def own_routine_halted(head: Token, entry: Trigger) -> bool:
    """'The university suspended classes', 'schools halted lessons', 'the federation
    suspended the season': halting one's own routine sanctions nobody (a halt of aid,
    cooperation, flights or talks with another still does)."""
    if entry.type != "SANCTION" or head.pos_ != "VERB" or len(entry.words) != 1:
        return False
    objects = [o for c in head.children if c.dep_ in ("dobj", "nsubjpass")
               for o in (c, *c.conjuncts)]
    return bool(objects) and all(o.lemma_.lower() in OWN_ROUTINES or o.lower_ in OWN_ROUTINES
                                 for o in objects)


# Verbs whose object or complement a 'threat' is as a danger described, no threat made ('poses a
# threat to', 'is a threat', 'remains a menace'), and verbs of regarding whose 'as' names it
# ('sees Iran as a threat').
POSING_VERBS = word_list(PHANTOM_WORDS, "posing_verbs")
REGARDING_VERBS = word_list(PHANTOM_WORDS, "regarding_verbs")
DANGER_NOUNS = word_list(PHANTOM_WORDS, "danger_nouns")
# Verbs of threatening, whose subject may be a danger rather than a party ('the drought
# threatens millions', 'the crisis threatens the ceasefire').
THREATENING_VERBS = word_list(PHANTOM_WORDS, "threatening_verbs")
# States of affairs that endanger without acting, besides hazards and CONDITION_NOUNS.
DANGERS = word_list(PHANTOM_WORDS, "dangers")


@cache
def hazard_nouns() -> frozenset[str]:
    """The nouns of natural hazards, accidents and diseases (``data/hazards.csv``)."""
    return frozenset(r["lemma"] for r in read_csv("hazards.csv", ("lemma", "pos"))
                     if r["pos"] == "NOUN")


def danger_threatens(head: Token, entry: Trigger, index: ActorIndex) -> bool:
    """'The drought threatens millions of Somalis with hunger', 'the crisis threatens the
    truce': a hazard or a state of affairs endangers, nobody issues a threat (a party that
    threatens stays: 'Russia threatened Ukraine', 'the militia threatened journalists')."""
    if entry.type != "THREATEN" or head.pos_ != "VERB" or \
            head.lemma_.lower() not in THREATENING_VERBS:
        return False
    subject = subject_of(head)
    if subject is None or subject.pos_ not in ("NOUN",) or is_party(subject, index) or \
            names_people(subject, index):
        return False
    lemma = subject.lemma_.lower()
    return lemma in hazard_nouns() | DANGERS | CONDITION_NOUNS or \
        bool(phrase_of(subject) & figurative_words()["adversary"])


def danger(head: Token, entry: Trigger, index: ActorIndex) -> bool:
    """'North Korea poses a grave threat to Japan', 'the group is a threat to regional
    stability', 'described the militia as a threat', 'a threat to peace': a danger told of
    someone or something, no threat issued ('issued a threat', 'Beijing's threat to Taiwan',
    'a threat to strike' stay threats)."""
    if entry.type != "THREATEN" or head.pos_ != "NOUN" or head.lemma_.lower() not in DANGER_NOUNS:
        return False
    if any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in head.children):
        return False  # 'a threat to strike', 'a threat that it would retaliate'
    governor = head.head
    if head.dep_ in ("dobj", "attr", "oprd") and governor.lemma_.lower() in POSING_VERBS:
        return True
    if head.dep_ == "pobj" and governor.lower_ == "as" and \
            governor.head.lemma_.lower() in REGARDING_VERBS:
        return True
    # 'a threat to regional stability': endangered is a thing, no party
    endangered = aimed_at(head, frozenset({"to"}))
    return bool(endangered) and not any(is_party(o, index) or names_people(o, index)
                                        for o in endangered)


# What a warning's clause must have to threaten: an act still to come or only possible.
WARNED_MODALS = word_list(PHANTOM_WORDS, "warned_modals")
# Subjects by which a warner speaks of its own side's act ('warned that it would respond').
OWN_SIDE = word_list(PHANTOM_WORDS, "own_side")


# Warners who have no means of force and so warn only of what others' acts will bring ('aid
# groups warned that the fighting would cut off food'): the noun, or a group's modifier.
UNARMED_WARNERS = word_list(PHANTOM_WORDS, "unarmed_warners")
UNARMED_GROUP_MODIFIERS = word_list(PHANTOM_WORDS, "unarmed_group_modifiers")


def unarmed_warner(verb: Token) -> bool:
    """The subject of a warning is an aid, rights or expert body ('aid agencies', 'rights
    groups', 'UN experts', 'Human Rights Watch' aside, which needs a resolved actor)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    modifiers = {c.lower_ for c in subject.children if c.dep_ in ("amod", "compound")}
    return lemma in UNARMED_WARNERS or (lemma in ("group", "organisation", "organization")
                                        and bool(modifiers & UNARMED_GROUP_MODIFIERS))


def forecast(head: Token, entry: Trigger) -> bool:
    """A warning that tells how things stand, not what the warner will do: 'the UN warned
    that a million people face famine' is a gloomy forecast (CAMEO's pessimistic comment),
    no threat, and so is a warning by an aid, rights or expert body of what will come of
    others' acts ('aid agencies warned that the fighting would cut off food'); 'warned that it
    would respond', 'warned Iran that', 'warned of retaliation' and 'warned that any attack
    would be met with force' stay threats."""
    if entry.type != "THREATEN" or head.pos_ != "VERB" or head.lemma_.lower() != "warn":
        return False
    if any(c.dep_ in ("dobj", "dative", "prep") for c in head.children):
        return False
    clause = next((c for c in head.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")),
                   None)
    if subject is None or subject.lower_ in OWN_SIDE:
        return False
    if unarmed_warner(head):
        return True
    return not any(c.dep_ == "aux" and c.lower_ in WARNED_MODALS for c in clause.children)


def clause_verb(head: Token) -> Token | None:
    """The verb whose clause tells of a trigger: the trigger itself, or the verb a trigger
    noun is the subject or object of ('attacks often happen at night')."""
    if head.pos_ in ("VERB", "AUX"):
        return head
    if head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def every_occasion(verb: Token) -> bool:
    """A clause of any and every occasion ('whenever police arrest a journalist', 'every time
    the army shells the valley'), or the main clause of one."""
    def opens(clause: Token) -> bool:
        if any(c.dep_ in ("advmod", "mark") and c.lower_ in EVERY_OCCASION
               for c in clause.children):
            return True
        time = clause.head
        return clause.dep_ == "relcl" and time.lower_ == "time" and any(
            c.dep_ == "det" and c.lower_ in EVERY_DETS for c in time.children)
    if opens(verb) or any(c.dep_ == "advcl" and opens(c) for c in verb.children):
        return True
    # the main clause of an 'every time' clause hangs it on 'time', an adverbial of the verb
    return any(c.dep_ == "npadvmod" and c.lower_ == "time" and any(
        d.dep_ == "det" and d.lower_ in EVERY_DETS for d in c.children) for c in verb.children)


def trend(head: Token) -> bool:
    """'attacks on migrants have surged', 'arrests of journalists rose': a bare plural event
    noun (no article, owner or count) as the subject of a verb of change in number is a trend;
    'the attacks rose in intensity' and mass nouns ('violence rose in Borno') are not."""
    subject = head
    while subject.dep_ == "conj" and subject.head != subject:
        subject = subject.head  # 'hostility toward and attacks on migrants have surged'
    if head.tag_ != "NNS" or subject.dep_ != "nsubj" or \
            subject.head.lemma_.lower() not in TREND_VERBS:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)


def kind_scoped(head: Token) -> bool:
    """'The treaty covers attacks on its ships', 'a law banning arrests without warrant', 'the
    pact applies to attacks': a bare event noun (no article, owner or count) that a rule, a
    treaty or a deterrent is about names a kind of act, none done ('deter the attack on the
    capital' points at one; so does 'the ban covers the strike' with its article)."""
    if head.pos_ != "NOUN" or head.tag_ not in ("NN", "NNS"):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    if head.dep_ == "dobj":
        return head.head.lemma_.lower() in KIND_SCOPING
    return head.dep_ == "pobj" and head.head.lower_ == "to" and \
        head.head.head.lemma_.lower() in KIND_SCOPING_TO


# Copulas by which a kind of act is said to be, become or stay a kind of thing.
KIND_COPULAS = word_list(PHANTOM_WORDS, "kind_copulas")


def kind_judged(head: Token) -> bool:
    """'Protests are a right', 'attacks on civilians are a war crime', 'kidnapping for ransom
    has become a lucrative trade': a bare event noun (no article, owner or count), plural or
    a singular gerund, said in the present or the present perfect to be, become or remain a
    kind of thing is judged as a kind, no event is told ('the protests are a warning' points
    at some, and so does 'rallies at Makerere are a headache for the police'; 'protests are
    planned' is no judgement; 'the kidnapping was a warning' points at one)."""
    verb = head.head
    if verb.lemma_.lower() not in KIND_COPULAS:
        return False
    if head.dep_ == "csubj" and head.tag_ == "VBG" and judged_possible(verb):
        # 'fighting the Taliban could be a common cause': a gerund clause judged as a kind
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) and \
            any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in verb.children)
    if head.dep_ != "nsubj":
        return False
    if not (head.tag_ == "NNS" or (head.tag_ == "NN" and head.lower_.endswith("ing"))):
        return False  # a singular count noun ('attack is a crime') is rare and headline-like
    if not (verb.tag_ in ("VBP", "VBZ") or (verb.tag_ == "VBN" and present_perfect(verb))
            or judged_possible(verb)):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    if any(t.ent_type_ in PARTY_LABELS for t in head.subtree if t != head):
        return False  # 'rallies at Makerere University are a headache': those held there;
        # the event noun itself is no party, however the recognizer labels it ('Protests'
        # opening a paragraph is read as a NORP)
    return any(c.dep_ == "attr" and c.pos_ == "NOUN" and any(
        d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) for c in verb.children)


# Modals by which a kind of act is said to be a kind of thing ('fighting the militants could be
# a common cause', 'talks would be a mistake').
JUDGING_MODALS = word_list(PHANTOM_WORDS, "judging_modals")


def judged_possible(verb: Token) -> bool:
    """A bare 'be' after a modal ('could be', 'would be'): a judgement as the present is."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in JUDGING_MODALS
                                     for c in verb.children)


def years_span(prep: Token) -> bool:
    """A prepositional phrase of a span of years: 'for nearly a decade', 'over the past three
    years', 'in recent years', 'since 2015', 'since the 2021 coup', 'since the start of the
    war'; 'since March' or 'for weeks' is the news itself, going on."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ in BACKGROUND_PREPS:
        return any(o.lemma_.lower() in OPENING_NOUNS or any(
            (t.like_num and YEAR_NUMBER.fullmatch(t.text)) or DECADE.fullmatch(t.text)
            for t in o.subtree) for o in objects)
    if prep.lower_ not in SPAN_PREPS:
        return False
    return any(o.lemma_.lower() in YEARS_NOUNS and (o.tag_ == "NNS" or prep.lower_ == "for")
               for o in objects)


def standing(head: Token) -> bool:
    """An act in the perfect over a span of years ('the country has been battling an
    insurgency since 2015', 'rebels who have fought the army for nearly a decade'): a standing
    campaign the text recalls, no one event of any one day; so is a perfect clause joined to
    one ('..., and attacks on army posts have killed thousands of soldiers'). Only violence
    is read so (``phantom``): arrests, bans or posts set up over years ('have established 56
    observation points since 2017') are counted as a standing measure by CASE 2021 and M2E2
    coders, and cost both sets when dropped."""
    verb = clause_verb(head)
    if verb is None or not perfect(verb) or any(c.dep_ == "auxpass" for c in verb.children):
        return False  # a passive toll ('have been killed since the start of the war') is
        # what victims suffered, which event coders (Halterman) still count and place
    if verb.dep_ == "conj" and perfect(verb.head) and spans_years(verb.head):
        return True
    return spans_years(verb)


def posted_where(head: Token) -> bool:
    """'resupply its troops stationed on the shoal', 'a barracks housing soldiers stationed
    near the border': a participle that says where those posted are, after the object some
    other act is done to, with no time of its own, only tells who they are: a state, no
    deployment done ('troops deployed to the border on Monday' go somewhere, on a day; 'units
    stationed in the hills were waiting for the order' tell the posture of the clause's own
    subject, which is news of its own)."""
    if head.dep_ != "acl" or head.tag_ != "VBN" or head.lemma_.lower() not in POSTING_VERBS:
        return False
    if head.head.dep_ not in ("dobj", "pobj", "dative"):
        return False
    preps = [c for c in head.children if c.dep_ == "prep"]
    if not any(p.lower_ in WHERE_PREPS for p in preps) or \
            any(p.lower_ not in WHERE_PREPS for p in preps):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in head.subtree)


def perfect(verb: Token) -> bool:
    """A verb in the perfect ('has been battling', 'have fought')."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def spans_years(verb: Token) -> bool:
    """A verb with a phrase of a span of years (``years_span``)."""
    return any(c.dep_ == "prep" and years_span(c) for c in verb.children)


def generic(head: Token) -> bool:
    """An act told as a habit, a rule or a statistic, not as one event: an event noun
    compounded on a statistic ('arrest rates'), a kind one is open to ('vulnerability to
    airstrikes'), a trend or a kind judged (see ``trend``, ``kind_judged``), a present-tense
    clause with an adverb of frequency ('police usually detain suspects for two days',
    'soldiers often shoot at smugglers'), or a clause of any and every occasion and its main
    clause ('whenever police arrest a journalist, the union protests'). Adverbs of frequency
    count in the present only: 'in May police often fired on marchers' tells of events. An
    event noun under 'any' ranges over events that may come ('condemned any attack')."""
    if head.dep_ in ("compound", "amod", "nmod") and head.head.lemma_.lower() in STATISTIC_NOUNS:
        return True  # 'arrest rates': a kind of event counted
    if head.dep_ == "pobj" and head.head.lower_ == "to" and \
            head.head.head.lemma_.lower() in EXPOSURE_NOUNS:
        return True  # 'its vulnerability to airstrikes'
    if head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in FREE_CHOICE_DETS
                                   for c in head.children):
        return True  # 'condemned any attack on aid workers': whichever may come, none told
    if trend(head) or kind_judged(head) or ruled_kind(head) or kind_scoped(head) or \
            threat_list(head):
        return True
    verb = clause_verb(head)
    if verb is None:
        return False
    if every_occasion(verb) or (verb.dep_ == "advcl" and every_occasion(verb.head)):
        return True
    present = verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)
    if (present or present_passive(verb)) and any(
            c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in verb.children):
        return True  # 'such raids are often blamed on bandits' as 'police often detain'
    if habit_of_a_kind(verb):
        return True
    # 'every Friday, supporters march', 'have marched every Sunday for months': a series
    return (present or present_perfect(verb)) and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in RECURRING_UNITS and any(
            d.dep_ == "det" and d.lower_ in EVERY_DETS for d in c.children)
        for c in verb.children)


def ruled_kind(head: Token) -> bool:
    """An act a rule or a right is about: 'made it a crime to attack journalists', 'it is
    illegal to detain minors', 'the right to protest' name a kind of act, no act done. The
    rule's word is the infinitive's governor or the words around it, with an expletive 'it'
    ('he was wrong to attack the minister' judges an act done; no 'it', no rule)."""
    if head.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False
    gov = head.head
    if head.dep_ == "acl" and gov.lemma_.lower() in RIGHT_NOUNS:
        return True  # 'the right to protest', 'the freedom to assemble'
    near = [gov, *gov.children, *(c for c in head.children if c.dep_ == "nsubj")]
    ruled = [t for t in near if t.lemma_.lower() in RULE_WORDS and t != head]
    return bool(ruled) and any(c.dep_ == "nsubj" and c.lower_ == "it"
                               for t in ruled + [gov] for c in t.children)


def present_passive(verb: Token) -> bool:
    """A passive in the simple present ('are often blamed', 'is usually held')."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and \
        auxes[0].tag_ in ("VBZ", "VBP")


def bare_plural(noun: Token) -> bool:
    """A plural noun with no determiner, owner or count: a kind ('bandits', 'roadside
    bombs'), not the ones told of ('the bandits', 'three raids')."""
    return noun.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def habit_of_a_kind(verb: Token) -> bool:
    """A relative clause in the simple present on a bare plural ('bandits who kidnap
    villagers for ransom', 'militias that attack convoys'): what such people do, no one act."""
    return verb.dep_ == "relcl" and verb.tag_ in ("VBP", "VBZ") and \
        verb.lemma_.lower() != "be" and bare_plural(verb.head) and \
        not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


# Verbs whose object is a danger one lives with ('troops contend with ambushes and mines',
# 'farmers face kidnappings and cattle raids'), and nouns a list of acts is said to be
# ('roadside bombs and raids have become a daily threat').
FACING_VERBS = word_list(PHANTOM_WORDS, "facing_verbs")
PERIL_NOUNS = word_list(PHANTOM_WORDS, "peril_nouns")


def threat_list(head: Token) -> bool:
    """An event noun in a bare plural list of dangers, not one act: 'contend with roadside
    bombs, snipers and raids', 'kidnappings and cattle raids have become a daily threat'."""
    if head.pos_ != "NOUN" or not bare_plural(head):
        return False
    top = head
    while top.dep_ == "conj" and top.head != top:
        top = top.head
    # a list the parser may misread in part ('landmines' as a verb): its nouns all bare
    members = [top, *(t for t in top.subtree if t.dep_ == "conj" and t.pos_ == "NOUN")]
    if len(members) < 2 or not all(bare_plural(m) for m in members):
        return False
    verb = top.head.head if top.dep_ == "pobj" else top.head
    if top.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in FACING_VERBS:
        return True
    return top.dep_ == "nsubj" and verb.lemma_.lower() in ("be", "become", "remain") and any(
        c.dep_ in ("attr", "acomp") and c.lemma_.lower() in PERIL_NOUNS for c in verb.children)


def present_perfect(verb: Token) -> bool:
    """A verb in the present perfect ('have marched', 'has detained')."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "'s") for c in verb.children)


# What a court or a body rules a rule or a practice to be ('ruled unconstitutional').
VOID_RULINGS = word_list(PHANTOM_WORDS, "void_rulings")
# Verbs that say what a term means ('"the long march" refers to the retreat of 1934').
TERM_VERBS = word_list(PHANTOM_WORDS, "term_verbs")
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»"})


def term_explained(head: Token) -> bool:
    """'"The long march" refers to the retreat of 1934', 'the term "massacre" means ...': a
    quoted name whose meaning a sentence explains is a word talked about, no event told (the
    unquoted 'the attack means war' tells of one)."""
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in TERM_VERBS:
        return False
    doc = head.doc
    edges = (head.left_edge.i - 1, head.right_edge.i + 1, head.i - 1, head.i + 1)
    return any(0 <= i < len(doc) and doc[i].text in QUOTE_MARKS for i in edges)


def phantom(head: Token, entry: Trigger, index: ActorIndex, own_date: str | None) -> bool:
    """A trigger that reports no new event: part of a date ('in March 2011'), figurative, in
    another sense, or background the text does not date (``own_date``: the date expression
    the text gives the trigger's clause, if any)."""
    if head.ent_type_ in ("DATE", "TIME"):
        return True
    return figurative(head, entry, index) or other_sense(head, entry) or \
        danger(head, entry, index) or danger_threatens(head, entry, index) or \
        civil_exercise(head, entry, index) or defeat(head, entry, index) or \
        euphemism_for_things(head, entry, index) or \
        condition(head, index) or rehearsed(head) or generic(head) or \
        (entry.type == "ASSAULT" and standing(head)) or \
        (entry.type == "MOBILIZE" and posted_where(head)) or \
        (entry.type in FRAME_TYPES and (framed_by(head) or kept_in_force(head))) or \
        promised_amount(head, entry) or characterisation(head, entry) or \
        regret_foretold(head, entry) or term_explained(head) or \
        ((background(head) or recalled(head)) and own_date is None)


# Verbs that call a thing by a name or judge it as one ('calling the deal a surrender',
# 'denounced the vote as a coup'): the name says what the speaker makes of the thing.
CHARACTERISING_VERBS = REGARDING_VERBS | word_list(PHANTOM_WORDS, "characterising_verbs")


def characterisation(head: Token, entry: Trigger) -> bool:
    """An event noun that names what a speaker makes of a thing ('calling the deal "a
    surrender to Hamas"', 'described the vote as a coup', 'branded the referendum a sham and
    an annexation'): a judgement, no event; the thing judged is told on its own. So is the
    'call' that gives the name (``calls_by_name``)."""
    if head.pos_ == "VERB" and head.lemma_.lower() == "call":
        return calls_by_name(head)
    if head.pos_ != "NOUN":
        return False
    name = head
    while name.dep_ == "conj" and name.head != name:
        name = name.head
    verb = name.head
    if name.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head
    elif name.dep_ not in ("oprd", "dobj"):
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CHARACTERISING_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c != name]
    # 'branded the referendum a sham': the parse gives the name as a second object
    if not objects or (name.dep_ == "dobj" and objects[0].i > name.i) or \
            objects[0].lower_ == "what":  # 'joined what the union termed a rally': the
        return False  # name is what the clause tells of
    return not same_kind(objects[0], entry)  # 'the raids were described as an assault on
    # the town': the name is one more mention of an act of its kind, told as such


def same_kind(thing: Token, entry: Trigger) -> bool:
    """The noun names an event of the trigger's type and mode (or of no mode told):
    'shootings' and 'assault' are one attack; 'deal' and 'surrender', 'ceasefire' and
    'capitulation', 'arrests' and 'crackdown' are not one act."""
    return any(t.type == entry.type and (not t.mode or not entry.mode or t.mode == entry.mode)
               for t in load_triggers().by_head(thing.lemma_, "NOUN"))


def calls_by_name(verb: Token) -> bool:
    """'called the ceasefire a capitulation', 'called the strike on Rafah a massacre': 'call'
    with an object and the name given it names, it calls no ceasefire and no strike."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and (len(objects) > 1 or any(c.dep_ == "oprd" for c in verb.children))


def question_mood(head: Token, qualifier: Qualifier) -> Qualifier:
    """An asserted or future event in a yes/no question is hypothetical: asked about, not
    told ('Will Russia attack again?' announces no attack and threatens no one); so is one in
    a wh-question asked in the present or of what may come ('Why does the government keep
    bombing its citizens?', 'Who will stop the militias?'): a rhetorical question tells no
    act of a day. A wh-question of the past presupposes its act ('Who killed the
    journalist?')."""
    if qualifier.value not in ("asserted", "future"):
        return qualifier
    mark = polar_question_mark(head)
    if mark is None:
        mark = open_question_mark(head)
    return qualifier if mark is None else Qualifier("hypothetical", "?", mark)


# Words that open a wh-question.
WH_STARTS = word_list(PHANTOM_WORDS, "wh_starts")
# Auxiliaries of a question asked in the present or of what may come.
UNTOLD_AUXES = POLAR_STARTS - {"did", "was", "were", "had"}


def open_question_mark(head: Token) -> int | None:
    """The offset of the '?' that ends a wh-question asked in the present or of what may
    come, if the token is in one: its root or the root's first auxiliary is no past
    form ('Why does ...', 'Who will ...', 'How can ...')."""
    sent = sentences(head.doc)[sentence_index(head.doc)[head.i]]
    end = next((t for t in reversed(sent) if not t.is_space), None)
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if end is None or end.text != "?" or first is None or first.lower_ not in WH_STARTS:
        return None
    root = sent.root
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    told = auxes[0].lower_ not in UNTOLD_AUXES if auxes else root.tag_ not in ("VBZ", "VBP")
    return None if told else end.idx


def polar_question_mark(head: Token) -> int | None:
    """The offset of the '?' that ends the yes/no question a token is in, if it is in one
    (computed once per sentence: every event of the sentence asks)."""
    doc = head.doc
    number = sentence_index(doc)[head.i]
    cache = doc.user_data.setdefault("kronika_polar_questions", {})
    if number not in cache:
        sent = sentences(doc)[number]
        end = next((t for t in reversed(sent) if not t.is_space), None)
        first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
        asked = end is not None and end.text == "?"
        polar = first is not None and first.lower_ in POLAR_STARTS
        cache[number] = end.idx if end is not None and asked and polar else None
    return cache[number]


def content_governor(head: Token) -> Token | None:
    """The word whose content a trigger's clause or noun is: the verb of an infinitive or
    that-clause ('urged X to leave', 'demanded that X leave') or of a noun object
    ('threatened air strikes'), the noun of an infinitive
    ('an offer to host talks'), or the word before 'for', 'to', 'of' or 'on' ('calls for a
    truce'); a conjunct counts as its first conjunct ('to unite and mobilize')."""
    tok = head
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    if tok.dep_ in ("dobj", "xcomp") and tok.head.lemma_.lower() in CARRYING_ON and \
            tok.head.dep_ == "xcomp":
        return tok.head.head  # 'vowed to keep up the attacks': the attacks are the vow's
    if tok.dep_ in ("xcomp", "ccomp") or (tok.dep_ == "acl" and tok.head.pos_ == "NOUN"):
        return tok.head
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN":
        return tok.head  # 'threatened air strikes', 'promised talks': the noun is the act
    prep = tok.head
    if tok.dep_ in ("pobj", "pcomp") and prep.lower_ in CONTENT_PREPS and prep.head != prep:
        return prep.head
    return None


def stance_content(
    head: Token, qualifier: Qualifier, told: Mapping[int, Trigger]
) -> Trigger | None:
    """The trigger of an event already coded (``told``: by head index) that offers, refuses
    or threatens the act of ``head``, when that act is not told as done: the act is
    that event's content, no event of its own; so is the act an accusation alleges, told as
    done or not. None otherwise."""
    accusation = alleged(head, told)
    if accusation is not None:
        return accusation
    if qualifier.value not in UNTOLD:
        return None
    governor = content_governor(head)
    stance = told.get(governor.i) if governor is not None else None
    if stance is None and governor is not None and proposed_in(head, governor):
        stance = told.get(governor.head.i)  # 'rejected an EU proposal to normalise ties'
    return stance if stance is not None and stance.type in STANCE_TYPES else None


def proposed_in(act: Token, noun: Token) -> bool:
    """The act is what a proposal, plan or offer that a verb takes as its object puts forward
    ('rejected an EU proposal to normalise relations', 'turned down a plan to station
    troops'): one who rejects or accepts the proposal takes a stance on the act, no act of the
    proposer's of its own. An act that names its own doer ('a demand that Kinshasa negotiate
    with the rebels') stays that doer's."""
    children = list(act.children)
    return act.dep_ == "acl" and noun.pos_ == "NOUN" and \
        noun.lemma_.lower() in PROPOSING_NOUNS and noun.dep_ in ("dobj", "nsubjpass") and \
        any(c.dep_ == "aux" and c.tag_ == "TO" for c in children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in children)


def alleged(head: Token, told: Mapping[int, Trigger]) -> Trigger | None:
    """The accusation, arrest or conviction already coded whose gerund ``head`` is ('accused X
    of backing Y', 'arrested X on suspicion of smuggling'), or None."""
    if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ in CHARGED_IN:
        charge = told.get(head.head.head.i)  # 'arrested X in the killing of Y'
        return charge if charge is not None and charge.mode in CHARGING_MODES else None
    if head.tag_ != "VBG" or head.dep_ != "pcomp" or head.head.lower_ not in ALLEGED_PREPS:
        return None
    governor = head.head.head
    if governor.lemma_.lower() in GROUNDS and governor.dep_ == "pobj":
        governor = governor.head.head  # 'arrested him on suspicion of spying'
    accusation = told.get(governor.i)
    if accusation is None and governor.dep_ == "dobj":
        accusation = told.get(governor.head.i)  # the parse hung 'of' on the one charged
    if accusation is None:
        return None
    return accusation if accusation.type == "ACCUSE" or accusation.mode in CHARGING_MODES \
        else None
