"""What a stance is about: the phrase of the parse, matched to the issue vocabulary.

An issue is a lexicon key of ``data/issues.yaml`` when a phrase of it occurs in the stance's
phrase; otherwise (the ``other`` bucket) ``other:<lemma of the head noun>``, so that "a binding
agreement on water" and "the agreements" group together whatever their wording, with the
named body a relational noun concerns ("membership in ASEAN" -> ``other:membership in asean``);
never when that noun is too vague to name an issue ("option", "step"; ``vague_nouns`` in the
same file). The phrase as written stays in ``issue_text``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import yaml
from spacy.tokens import Token

from kronika.events.extract import labour_word, military_strike
from kronika.events.location import (
    PART_NOUNS,
    REGION_NOUNS,
    SCENE_PREPS,
    SETTLEMENT_NOUNS,
    TERRITORY_NOUNS,
)
from kronika.events.ontology import IssueLexicon
from kronika.nlp import coarse_pos, lower_lemmas
from kronika.positions.cues import Stances, cue_preposition, stance_of

OBJECT_DEPS = ("dobj", "xcomp", "ccomp", "attr", "nsubjpass", "acomp")
NOUN_PREPS = ("for", "on", "to", "of", "about", "with", "as", "over", "against")
# Clauses that describe or comment on the issue rather than name it.
SKIP_DEPS = ("relcl", "appos", "punct", "cc")
ACTOR_ENTS = ("PERSON", "ORG", "GPE", "NORP")
# A prepositional phrase naming a time says when, not what ("on March 3", "in 2022").
TIME_ENTS = ("DATE", "TIME")
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
# Prepositions that tie a relational noun to the body it concerns ("membership in X").
RELATION_PREPS = ("in", "of", "to", "into")


@lru_cache(maxsize=1)
def issue_file() -> dict:
    """The raw issues.yaml."""
    return yaml.safe_load(files("kronika.data").joinpath("issues.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def vague_nouns() -> frozenset[str]:
    """Nouns that never name an issue on their own (``vague_nouns`` of issues.yaml)."""
    return frozenset(str(w).lower() for w in issue_file().get("vague_nouns") or ())


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def acting_bodies() -> frozenset[str]:
    """Bodies asked to act (``acting_bodies`` of issues.yaml)."""
    return frozenset(str(w).lower() for w in issue_file().get("acting_bodies") or ())


def verb_object_rules() -> tuple[tuple[str, frozenset[str], frozenset[str], frozenset[str]],
                                  ...]:
    """(issue, verbs, objects, excluding modifiers) rules: ``cessation`` (stopping violence is
    the ceasefire issue) and each of ``verb_object`` in issues.yaml ("withdraw its troops",
    "hand over weapons"); an object modified by an ``unless`` word satisfies no rule."""
    raw = issue_file()
    rules = [raw.get("cessation") or {}, *(raw.get("verb_object") or [])]
    return tuple((str(r.get("issue", "")), frozenset(r.get("words") or ()),
                  frozenset(r.get("violence") or r.get("objects") or ()),
                  frozenset(r.get("unless") or ())) for r in rules if r)


def subtree(token: Token) -> list[Token]:
    """A phrase's tokens without relative clauses, appositions and punctuation inside it."""
    out = [token]
    for child in token.children:
        if finite_after_infinitive(token, child):
            continue
        # a hyphen stays: the lexicon writes 'long-range missile' with it
        if child.dep_ not in SKIP_DEPS or child.text == "-":
            out.extend(subtree(child))
    return out


def finite_after_infinitive(verb: Token, child: Token) -> bool:
    """A past-tense verb the parser joined to an infinitive ('called on them to lift the
    roadblocks and offered talks'): the subject's next act, not part of what was asked."""
    return (child.dep_ == "conj" and verb.tag_ == "VB" and child.tag_ in ("VBD", "VBZ")
            and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children))


def object_phrase(token: Token, stances: Stances) -> list[Token]:
    """The object, complement clause or prepositional object of a stance word
    ('demand for a ceasefire', 'call for talks', 'ready to negotiate')."""
    out: list[Token] = []
    cue_prep = cue_preposition(token, stances)
    for child in token.children:
        if addressee(token, child):
            continue  # "urged the two sides to return to talks": whom, not what
        if (child.dep_ in ("dobj", "mark") and child.lower_ in RELATIVE_OBJECTS
                and token.dep_ in ("relcl", "acl")):
            # "a vote that the opposition dismissed as a sham": about the vote (the parser
            # may take the relative 'that' for a subordinator)
            own = {t.i for t in token.subtree}
            out.extend(t for t in subtree(token.head) if t.i not in own)
            continue
        if child.dep_ in OBJECT_DEPS or (child.dep_ == "acl" and token.pos_ == "NOUN") \
                or reduced_relative(child) or asked_act(token, child):
            out.extend(subtree(child))
        elif child.dep_ == "prep" and (child == cue_prep or child.lower_ in NOUN_PREPS):
            if child.i < token.i or names_time(child):
                continue  # "On March 3, X rejected ...": when, not what
            if token.pos_ == "NOUN" and child.lower_ == "of" and names_actor(child):
                continue  # "the proposals of Macron": the holder, not the issue
            out.extend(subtree(child))
    if not out and token.pos_ == "NOUN":
        out = following_infinitive(token)
    return sorted(out, key=lambda t: t.i)


def reduced_relative(verb: Token) -> bool:
    """A participle the parser hung on the verb that describes the verb's object: 'blocked
    language calling for X' (the language calls, not the one who blocks)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0:
        return False
    obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.pos_ == "NOUN" and obj.right_edge.i == verb.i - 1


# Relative pronouns that can be a relative clause's object ("the plan that X rejected").
RELATIVE_OBJECTS = frozenset({"that", "which", "whom"})


def addressee(verb: Token, child: Token) -> bool:
    """The object or 'on'-phrase of a verb that also takes an infinitive ('asked both sides
    to stop', 'called on the UN to act'): the one asked, not what is asked for."""
    if verb.pos_ not in ("VERB", "AUX") or not any(
            c.i > child.i and (c.dep_ == "xcomp" or infinitive_clause(c))
            for c in verb.children):
        return False
    return child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ == "on")


def asked_act(verb: Token, clause: Token) -> bool:
    """The act a verb asks of someone, in an infinitive the parser hung on it as an adverbial
    clause ('called on both sides to protect civilians': to protect civilians)."""
    return infinitive_clause(clause) and any(
        c.i < clause.i and (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "on"))
        for c in verb.children)


def infinitive_clause(clause: Token) -> bool:
    """A 'to' infinitive the parser hung on a verb as an adverbial clause ('called on both
    sides to protect civilians')."""
    return clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                          for c in clause.children)


def names_actor(prep: Token) -> bool:
    """True when a preposition's object is a named person, organisation or country."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ACTOR_ENTS for g in prep.children)


def names_time(prep: Token) -> bool:
    """True when a preposition's object is a date, a time or a stretch of time ('in 2022',
    'on Monday', 'within hours')."""
    return any(g.dep_ == "pobj" and (g.ent_type_ in TIME_ENTS or g.lemma_.lower() in TIME_UNITS)
               for g in prep.children)


def following_infinitive(noun: Token) -> list[Token]:
    """'the proposals of X to introduce Y', where the parser hung 'to introduce' on the verb:
    an infinitive right after the noun phrase, attached to a verb the noun depends on."""
    doc = noun.doc
    nxt = noun.right_edge.i + 1
    if nxt >= len(doc) - 1 or doc[nxt].lower_ != "to" or doc[nxt].dep_ != "aux":
        return []
    verb = doc[nxt].head
    if verb.dep_ not in ("advcl", "xcomp", "acl") or verb.head not in noun.ancestors:
        return []
    return subtree(verb)


def stance_phrases(token: Token, stances: Stances) -> list[list[Token]]:
    """What a stance is about, as candidate phrases in order of preference. When the object is
    itself a stance noun ('abandon his demand for X as a condition for Y'), the noun's
    complements and the verb's own complements come first, then the whole object phrase
    ('proposed a binding agreement on X' is about the agreement when X names no issue)."""
    phrase = object_phrase(token, stances)
    inner = inner_stance(token, stances)
    if inner is None:
        return [phrase]
    outer = [t for c in token.children if c.dep_ in ("prep", "advcl", "xcomp")
             and not (c.dep_ == "prep" and names_time(c)) and not set_off(c)
             and not subordinate(c) for t in subtree(c)]
    inside = [t for t in object_phrase(inner, stances) if t.dep_ != "poss"]
    return [sorted({t.i: t for t in inside + outer}.values(), key=lambda t: t.i), phrase]


def subordinate(clause: Token) -> bool:
    """A finite adverbial clause with a subordinator tells when or why ('rejects the plan as
    tensions rise', 'dropped the demand after the talks failed'), not what is rejected."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in clause.children)


def set_off(clause: Token) -> bool:
    """An adverbial clause set off by a comma tells another act of the subject ('opposed the
    plan, demanding new elections'), not what the stance is about."""
    start = clause.left_edge.i
    return clause.dep_ == "advcl" and start > 0 and clause.doc[start - 1].text == ","


def inner_stance(token: Token, stances: Stances) -> Token | None:
    """The stance noun a stance verb takes as its object ('abandon his demand'), if any."""
    return next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")
                 and c.pos_ == "NOUN" and stance_of(c, stances)), None)


def issue_of(phrases: list[list[Token]], issues: IssueLexicon) -> tuple[str, str] | None:
    """(issue key, issue text) of the first candidate phrase naming a lexicon issue, else the
    normalised head noun phrase of the widest candidate whose head is not vague."""
    phrases = [sorted(p, key=lambda t: t.i) for p in phrases if p]
    for tokens in phrases:
        if stopped := stopped_violence(tokens):
            return stopped, phrase_text(tokens)
    for tokens in phrases:
        issue = lexicon_issue(tokens, issues)
        if issue is not None:
            return issue, phrase_text(tokens)
    for tokens in phrases:
        if (referred := pronoun_issue(tokens, issues)) is not None:
            return referred
    for tokens in reversed(phrases):  # the whole object first: "a binding agreement on X"
        if key := fallback_key(tokens):
            return antecedent_issue(tokens, issues) or key, phrase_text(tokens)
        # 'accepted the proposal' after 'a proposal to release the hostages': a vague noun
        # names the issue of the earlier mention it refers back to
        if head_noun(tokens) is not None and (found := antecedent_issue(tokens, issues)):
            return found, phrase_text(tokens)
    return None


# Prepositions of where, and nouns of places: 'in the region' places a thing
# ('interference in the region'); 'participation in the talks' does not.
PLACING_PREPS = frozenset({"in", "across", "throughout", "around", "inside", "within", "near"})
PLACE_NOUNS = frozenset({"region", "area", "country", "territory", "zone", "city", "town",
                         "village", "province", "state", "district", "border", "world",
                         "continent", "neighbourhood", "neighborhood", "south", "north",
                         "east", "west"})


# Nouns of the people who live in a place: 'residents of the region' are people, not a region.
DWELLER_NOUNS = frozenset({"resident", "inhabitant", "people", "population", "citizen",
                           "civilian", "villager", "local", "family", "child"})


def placing(prep: Token) -> bool:
    """A preposition that says where ('interference in the region', 'residents of the
    region')."""
    return prep.lower_ in PLACING_PREPS or (
        prep.lower_ == "of" and prep.head.lemma_.lower() in DWELLER_NOUNS)


def located_words(tokens: list[Token]) -> set[int]:
    """The words of the place phrases in a phrase ('in the region' of 'outside interference
    in the region')."""
    return {t.i for p in tokens if p.dep_ == "prep" and placing(p)
            and p.head.pos_ in ("NOUN", "PROPN") and any(
                o.dep_ == "pobj" and (o.lemma_.lower() in PLACE_NOUNS
                                      or o.ent_type_ in ("GPE", "LOC", "FAC"))
                for o in p.children)
            for t in p.subtree}


def lexicon_issue(tokens: list[Token], issues: IssueLexicon) -> str | None:
    """The lexicon issue a phrase names as written, or as the compound its 'N for/of M'
    paraphrases ('guarantees for Ukraine's security' is a security guarantee)."""
    found = [m for m in issues.find([t.lemma_.lower() for t in tokens])
             if not legislative_vote(tokens[m.start : m.end])]
    if found:
        # the issue of the phrase's head beats a longer one in its modifiers ('a ceasefire
        # along the current front line' is about the ceasefire, not the territory)
        head = head_noun(tokens)
        at = next((n for n, t in enumerate(tokens) if t is head), None)
        covering = [m for m in found if at is not None and m.start <= at < m.end]
        # 'interference in the region': where a thing happens is not what it is
        placed = located_words(tokens)
        covering = covering or [m for m in found if not all(
            tokens[k].i in placed for k in range(m.start, m.end))]
        if not covering:
            return None
        return max(covering, key=lambda m: m.end - m.start).issue.key
    inside = {t.i for t in tokens}
    for noun in (t for t in tokens if t.pos_ == "NOUN"):
        # 'four disputed temple areas': the adjective and its noun, a compound between them
        for mod in (c for c in noun.children if c.dep_ == "amod" and c.i in inside):
            issue = issues.match([mod.lower_, noun.lemma_.lower()])
            if issue is not None:
                return issue.key
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
            for obj in (g for g in prep.children if g.dep_ == "pobj" and g.i in inside):
                issue = issues.match([obj.lemma_.lower(), noun.lemma_.lower()])
                if issue is not None:
                    return issue.key
    return None


def legislative_vote(words: list[Token]) -> bool:
    """A 'vote' on a measure, no election: 'bring the aid package to a vote', 'a vote on the
    bill' (the measure names the issue)."""
    if len(words) != 1 or words[0].lemma_.lower() != "vote":
        return False
    vote = words[0]
    on_a_measure = any(c.dep_ == "prep" and c.lower_ == "on" for c in vote.children)
    put_to = vote.dep_ == "pobj" and vote.head.lower_ == "to" and vote.head.head.lemma_.lower() in (
        "bring", "put", "send", "take")
    # 'urged the speaker to allow a vote': a chamber's procedure
    allowed = vote.dep_ == "dobj" and vote.head.lemma_.lower() in ("allow", "block", "force")
    return on_a_measure or put_to or allowed


DEFINITE = frozenset({"the", "this", "these", "that", "those", "such"})


def antecedent_issue(tokens: list[Token], issues: IssueLexicon) -> str | None:
    """The lexicon issue of an earlier mention that a definite phrase refers back to: 'the
    agreement' after 'a peace agreement', 'these guarantees' after 'guarantees for Ukraine's
    security' (the nearest earlier noun of the same lemma whose phrase names an issue)."""
    head = head_noun(tokens)
    if head is None or not any(c.dep_ == "det" and c.lower_ in DEFINITE
                               for c in head.children):
        return None
    lemma = head.lemma_.lower()
    # an agreement refers back to any agreement ('the deal' after 'a truce')
    kin = agreement_nouns() if lemma in agreement_nouns() else frozenset({lemma})
    lemmas, pos = lower_lemmas(head.doc), coarse_pos(head.doc)  # a Token only for a match
    for i in range(tokens[0].i - 1, -1, -1):
        if pos[i] == "NOUN" and lemmas[i] in kin:
            earlier = head.doc[i]
            issue = lexicon_issue(sorted(subtree(earlier), key=lambda t: t.i), issues)
            if issue is not None:
                return issue
    return None


# Pronouns that stand for a thing, with the noun tag of their antecedent's number.
THING_PRONOUNS: dict[str, str] = {"it": "NN", "them": "NNS"}
# Dependencies of a noun that heads an argument a pronoun may refer back to.
REFERABLE_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj"})


def pronoun_issue(tokens: list[Token], issues: IssueLexicon) -> tuple[str, str] | None:
    """(issue, words) of the noun a lone 'it' or 'them' stands for: the nearest earlier noun
    of its number heading an argument in its sentence or the one before ('France supported
    the tariffs, while Hungary voted against them'), when that noun's phrase names a lexicon
    issue. Only the nearest one is tried: a farther one is a guess."""
    words = [t for t in tokens if t.pos_ != "ADP"]
    if len(words) != 1 or (tag := THING_PRONOUNS.get(words[0].lower_)) is None:
        return None
    pronoun = words[0]
    sentences = [s for s in pronoun.doc.sents if s.start <= pronoun.i][-2:]
    for i in range(pronoun.i - 1, sentences[0].start - 1, -1):
        noun = pronoun.doc[i]
        if noun.pos_ == "NOUN" and noun.tag_ == tag and noun.dep_ in REFERABLE_DEPS:
            phrase = sorted(subtree(noun), key=lambda t: t.i)
            issue = lexicon_issue(phrase, issues)
            return (issue, phrase_text(phrase)) if issue is not None else None
    return None


@lru_cache(maxsize=1)
def agreement_nouns() -> frozenset[str]:
    """Nouns of agreements (``agreement_nouns`` of issues.yaml)."""
    return frozenset(str(w).lower() for w in issue_file().get("agreement_nouns") or ())


def phrase_tops(tokens: list[Token]) -> list[Token]:
    """The words of a phrase that hang from outside it, with what a preposition among them
    takes: the words whose objects say what the phrase asks for."""
    inside = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    # 'opposed to sending missiles': the gerund a preposition takes
    # 'called for an end to the violence': the noun a cue's preposition takes
    return tops + [c for t in tops if t.pos_ == "ADP" for c in t.children
                   if c.dep_ in ("pcomp", "pobj")]


def objects_of(word: Token, preps: Collection[str]) -> list[Token]:
    """A word's direct objects, then the nouns its prepositions of ``preps`` take ('lift
    the ban', 'an end to the curfew')."""
    objects = [c for c in word.children if c.dep_ == "dobj"]
    return objects + [g for c in word.children if c.dep_ == "prep" and c.lower_ in preps
                      for g in c.children if g.dep_ == "pobj"]


def stopped_violence(tokens: list[Token]) -> str | None:
    """The issue of a verb-object rule the phrase's top word satisfies: a word of stopping
    whose object is a noun of violence ('to stop the shelling', 'an end to the attacks') is
    the ceasefire; 'withdraw its troops' troop withdrawal; 'hand over weapons' disarmament."""
    for top in phrase_tops(tokens):
        objects = objects_of(top, ("to", "of"))
        for issue, words, nouns, unless in verb_object_rules():
            if top.lemma_.lower() in words and any(
                    o.lemma_.lower() in nouns and not any(c.lower_ in unless for c in o.children)
                    and not walkout(o) for o in objects):
                return issue or None
        if meets_a_party(top):
            return meeting_rule().issue
        if not objects and armed_party(top):
            issue = bare_verb_issues().get(top.lemma_.lower())
            if issue is not None and only_place_left(top):
                return issue
    return None


def walkout(noun: Token) -> bool:
    """A 'strike' that is a stoppage of work ('called on its members to end the strike'): in a
    text that speaks of work or pay, unless the text marks it military ('the air strikes',
    'strikes on Syria'). Ending a walkout is no ceasefire."""
    if noun.lemma_.lower() != "strike" or noun.pos_ != "NOUN" or military_strike(noun):
        return False
    return any(labour_word(t) for t in noun.doc)


@dataclass(frozen=True)
class MeetingRule:
    """``meeting`` of issues.yaml: meeting or talking with a party is the talks issue."""

    issue: str
    verbs: frozenset[str]
    preps: frozenset[str]
    not_objects: frozenset[str]


@lru_cache(maxsize=1)
def meeting_rule() -> MeetingRule:
    """The ``meeting`` rule of issues.yaml."""
    raw = issue_file().get("meeting") or {}
    return MeetingRule(str(raw.get("issue", "")), frozenset(raw.get("words") or ()),
                       frozenset(raw.get("preps") or ()), frozenset(raw.get("not_objects") or ()))


def meets_a_party(verb: Token) -> bool:
    """A verb of meeting with someone for object ('meet his counterpart', 'talk to the
    envoy'), not one of meeting a demand or a deadline, nor talking about a thing."""
    rule = meeting_rule()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in rule.verbs:
        return False
    return any(o.lemma_.lower() not in rule.not_objects for o in objects_of(verb, rule.preps))


@lru_cache(maxsize=1)
def held_ground() -> frozenset[str]:
    """Nouns of ground troops hold (``held_ground`` of issues.yaml)."""
    return frozenset(str(w) for w in issue_file().get("held_ground") or ())


@lru_cache(maxsize=1)
def relation_parties() -> frozenset[str]:
    """Nouns of parties by their tie to someone (``relation_parties`` of issues.yaml)."""
    return frozenset(str(w) for w in issue_file().get("relation_parties") or ())


@lru_cache(maxsize=1)
def desire_verbs() -> frozenset[str]:
    """Verbs of wanting (``desires`` of issues.yaml)."""
    return frozenset(str(w) for w in issue_file().get("desires") or ())


@lru_cache(maxsize=1)
def avoidance_verbs() -> frozenset[str]:
    """Verbs of not doing a thing (``avoidance`` of issues.yaml)."""
    return frozenset(str(w) for w in issue_file().get("avoidance") or ())


@lru_cache(maxsize=1)
def bare_verb_issues() -> dict[str, str]:
    """Verbs that name an issue with no object (``bare`` of a verb_object rule): 'disarm'."""
    raw = issue_file()
    return {str(w): str(r.get("issue", "")) for r in raw.get("verb_object") or ()
            for w in r.get("bare") or ()}


def armed_party(verb: Token) -> bool:
    """Whether a verb is said of a party that may hold arms: a named or described subject,
    or the one asked to act ('urged Israel to withdraw'), never a person's own exit ('she
    withdrew from the race' has a pronoun or a person for subject)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":  # the one asked, else the subject
        controllers = sorted((c for c in verb.head.children if c.dep_ in ("dobj", "nsubj")),
                             key=lambda c: c.dep_ != "dobj")
        subject = controllers[0] if controllers else None
    return subject is not None and subject.ent_type_ != "PERSON" and subject.lower_ not in (
        "he", "she", "i")


# Common nouns of a place a force may hold ('withdraw from civilian areas').
PLACE_NOUNS = (SETTLEMENT_NOUNS | REGION_NOUNS | TERRITORY_NOUNS | PART_NOUNS
               | {"capital", "zone", "position", "front", "country"})


def only_place_left(verb: Token) -> bool:
    """No complement but the place left: 'withdraw from the city', not 'withdraw from the
    talks' or 'withdraw its candidacy'."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "from" and objs and all(
                o.ent_type_ in ("GPE", "LOC", "FAC") or (o.pos_ == "PROPN" and o.ent_type_ != "ORG")
                or o.lemma_.lower() in PLACE_NOUNS for o in objs):
            continue  # 'withdraw from Goma', 'from civilian areas', 'from the capital'
        if prep.lower_ == "from":
            return False
    return True


def phrase_text(tokens: list[Token]) -> str:
    """The text from a phrase's first to its last token."""
    text = tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text.strip()  # no headline newline
    # a quotation cut by the phrase's edge leaves one mark: 'negotiate "with those'
    return text.replace('"', "") if text.count('"') % 2 else text


OTHER = "other:"


@lru_cache(maxsize=1)
def removal_words() -> frozenset[str]:
    """Words of undoing a thing (``removal`` of issues.yaml): 'lift', 'scrap', 'an end to'."""
    return frozenset(str(w).lower() for w in issue_file().get("removal") or ())


def undone_object(word: Token) -> Token | None:
    """What a word of undoing undoes: its object ('lift the ban') or the noun its 'of'/'to'
    takes ('an end to the curfew', 'the lifting of sanctions'), else None."""
    if word.lemma_.lower() not in removal_words():
        return None
    # 'an end to the curfew', 'the lifting of sanctions', 'a ban on arms sales'
    preps = ("to", "of", "on") if word.pos_ == "NOUN" else ("to", "of")
    objects = objects_of(word, preps)
    return objects[0] if objects else None


def removes(tokens: list[Token]) -> bool:
    """Whether a stance's phrase asks to undo the thing it names ('to lift the ban', 'an
    end to the curfew'); stopping violence is the ceasefire, not an undoing."""
    if not tokens or stopped_violence(tokens) is not None:
        return False
    inside = {t.i for t in tokens}
    tops = phrase_tops(tokens)
    # 'restore the ban on arms sales': the undoing is the object of a verb that keeps it
    tops += [c for t in tops if undone_object(t) is None for c in t.children
             if c.dep_ == "dobj" and c.i in inside]
    return any(undoings(t, inside) % 2 == 1 for t in tops)


def undoings(word: Token, inside: set[int]) -> int:
    """How many words of undoing stand in a chain from a word down to what they undo ('lift
    the ban on arms sales' undoes an undoing: two, which keeps the sales); a verb of stopping
    ('to end the blockade') is an avoided act, judged as such."""
    count = 0
    while (obj := undone_object(word)) is not None and obj.i in inside and not (
            word.pos_ == "VERB" and word.lemma_.lower() in avoidance_verbs()):
        count += 1
        word = obj
    return count


def fallback_key(tokens: list[Token]) -> str:
    """``other:`` and the head noun's lemma (with the named body of a relational noun), or ''
    when the phrase has no head noun or only a vague one."""
    head = head_noun(tokens)
    if head is None or head.lemma_.lower() in vague_nouns():
        return ""
    return OTHER + " ".join([head.lemma_.lower(), *relation(head)])


def head_noun(tokens: list[Token]) -> Token | None:
    """The first object or subject noun of a phrase: what it is about, never where ('protect
    Serbs in the north' is not about the north), nor a body asked to act ('that the
    authorities bring the children home'), nor a partner of the act ('agreed with the
    government')."""
    return next((t for t in tokens if t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj", "nsubjpass",
                                                                   "attr", "nsubj")
                 and not (t.dep_ == "pobj" and t.head.lower_ in SCENE_PREPS)
                 # 'agreed with the government to ...': a partner, not what is agreed
                 and not (t.dep_ == "pobj" and t.head.lower_ == "with"
                          and t.head.head.pos_ == "VERB")
                 and not (t.dep_ == "nsubj" and t.lemma_.lower() in acting_bodies())
                 and undone_object(t) is None), None)  # 'an end to the curfew': the curfew


def relation(noun: Token) -> list[str]:
    """The named body a relational noun concerns ('membership in ASEAN' -> 'in asean')."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in RELATION_PREPS):
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.ent_type_ in ACTOR_ENTS:
                return [prep.lower_, obj.lemma_.lower()]
    return []
