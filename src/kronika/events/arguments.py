"""Source, target and location of an event trigger, read off the dependency parse."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kronika.actors.knowledge import KnowledgeBase
from kronika.actors.resolve import ActorBuild, ActorIndex
from kronika.events.dates import clause_tokens
from kronika.nlp import sentence_index, sentences
from kronika.records import Place

SUBJECT_DEPS = {"nsubj", "csubj"}
TARGET_PREPS = {
    "against",
    "on",
    "at",
    "with",
    "to",
    "toward",
    "towards",
    "into",
    "over",
    "upon",
    "onto",
    "for",
}
NOUN_TARGET_PREPS = TARGET_PREPS | {"of"}
LOCATION_PREPS = {"in", "near", "at", "outside", "inside", "around", "across", "from", "on"}
# Verbs whose object is the event noun and whose subject is its source ("held talks").
LIGHT_VERBS = {
    "hold",
    "conduct",
    "launch",
    "carry",
    "stage",
    "have",
    "make",
    "begin",
    "start",
    "continue",
    "go",
    "mount",
    "wage",
    "order",
    "announce",
    "intensify",
    "resume",
    "step",
    "escalate",
    "unleash",
    "give",
    "provide",
    "issue",
    "impose",
    "sign",
    "reach",
    "offer",
    "lodge",
    "file",
    "host",
    "join",
    "organize",
    "organise",
}
RELATIVE_PRONOUNS = {"which", "that", "who", "whom"}
# Nouns that name a place rather than an actor ("the city of X", "the port of X").
PLACE_NOUNS = {
    "city",
    "town",
    "village",
    "region",
    "province",
    "port",
    "capital",
    "district",
    "area",
    "border",
    "territory",
}
SYMMETRIC_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
# Nouns that count or gather the people named after "of" ("thousands of Chilean students").
QUANTITY_NOUNS = {
    "thousand",
    "hundred",
    "million",
    "dozen",
    "score",
    "handful",
    "number",
    "group",
    "crowd",
    "band",
    "team",
    "delegation",
    "contingent",
    "unit",
    "some",
    "many",
    "several",
    "most",
    "all",
}


@dataclass
class Argument:
    """One side of an event: an actor, or only a country when the text names a place or a
    demonym ('an American factory')."""

    actor: ActorBuild | None = None
    country: str | None = None
    token: Token | None = None


def actor_in(token: Token, index: ActorIndex) -> ActorBuild | None:
    """The actor a phrase refers to: its head first, then its modifiers, nearest first."""
    build = index.actor_of(token)
    if build is not None:
        return build
    for child in sorted(token.children, key=lambda c: abs(c.i - token.i)):
        if child.dep_ in ("compound", "poss", "amod", "nmod", "appos", "flat"):
            build = index.actor_of(child)
            if build is not None:
                return build
    return None


def argument_of(token: Token, index: ActorIndex, kb: KnowledgeBase) -> Argument | None:
    """An actor, or a country via a place or demonym, for an argument phrase."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ in ("relcl", "acl"):
        token = token.head.head  # "..., which put X in ..." -> the noun the clause modifies
    counted = counted_group(token)
    if counted is not None and actor_in(token, index) is None:
        token = counted  # "thousands of Chilean students" -> the students
    build = actor_in(token, index)
    if build is not None:
        return Argument(build, build.country, token)
    # A place inside a proper name ('the Budapest Memorandum') is no party to the event.
    near = place_heads(token)[1:] if token.pos_ != "PROPN" else []
    place = index.place_of(token) or next(
        (index.place_of(c) for c in near if index.place_of(c)), None
    )
    if place is not None:
        return Argument(None, place.country, token)
    for child in token.children:
        if child.dep_ in ("amod", "compound"):
            code = kb.demonym(child.text)
            if code:
                return Argument(None, code, token)
    return None


def counted_group(token: Token) -> Token | None:
    """The people a quantity phrase counts ('dozens of soldiers', 'two of the envoys')."""
    if token.lemma_.lower() not in QUANTITY_NOUNS and token.pos_ != "NUM":
        return None
    return next((o for o in prep_objects(token, {"of"})), None)


def with_conjuncts(token: Token) -> list[Token]:
    """A phrase head and the heads coordinated with it ('X and Y')."""
    return [token, *[t for t in token.conjuncts if t.i > token.i]]


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inherited through xcomp/conj chains and relative clauses."""
    tok = verb
    for _ in range(6):
        for child in tok.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        if tok.dep_ in ("xcomp", "conj", "advcl") and tok.head is not tok:
            tok = tok.head
        elif tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head
        else:
            return None
    return None


def verb_arguments(verb: Token) -> tuple[list[Token], list[Token]]:
    """(source heads, target heads) of a verb trigger, passives included."""
    sources, targets = [], []
    subj = subject_of(verb)
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            targets.extend(with_conjuncts(child))
        elif child.dep_ == "agent":
            sources.extend(t for c in child.children if c.dep_ == "pobj" for t in with_conjuncts(c))
        elif child.dep_ in ("dobj", "dative"):
            targets.extend(with_conjuncts(child))
    if not passive and subj is not None:
        sources.extend(with_conjuncts(subj))
    if not targets:
        targets.extend(prep_objects(verb, TARGET_PREPS))
    return sources, targets


def prep_objects(head: Token, preps: set[str]) -> list[Token]:
    """Objects of the given prepositions under a head ('strikes on X', 'talks with X')."""
    out = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out.extend(with_conjuncts(obj))
    return out


def noun_arguments(noun: Token) -> tuple[list[Token], list[Token], list[Token]]:
    """(source heads, fallback source heads, target heads) of a nominal trigger. Sources:
    possessor, demonym or compound, 'by X', 'of <person>', 'between X and Y'; failing those,
    the subject of the verb the noun is the object of ('held talks') or attached to ('in a
    conversation with X, Y agreed'). Targets: 'on/against/with X' or 'of <place>'."""
    sources = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    sources += prep_objects(noun, {"by", "from", "between", "among"})
    of_objects = prep_objects(noun, {"of"})
    # "the visit of the president" names the agent, "the bombing of Kyiv" the target.
    agents = [
        t
        for t in of_objects
        if t.ent_type_ in ("PERSON", "ORG", "NORP")
        and t.ent_type_ != "GPE"
        and not is_place_phrase(t)
    ]
    sources += agents  # "the proposals of Macron", "a visit of the president"
    fallback: list[Token] = []
    if noun.dep_ in ("dobj", "attr", "pobj") and noun.head is not noun:
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.lemma_.lower() in LIGHT_VERBS or noun.dep_ == "pobj":
            subj = subject_of(verb)
            if subj is not None:
                fallback.extend(with_conjuncts(subj))
    targets = [t for t in prep_objects(noun, NOUN_TARGET_PREPS) if t not in agents]
    if not targets and noun.dep_ == "dobj":
        targets = prep_objects(noun.head, {"with", "against", "on"})
    return sources, fallback, targets


def is_place_phrase(token: Token) -> bool:
    """A toponym phrase ('Kyiv', 'the city of Mukachevo'): named as a location, not an agent."""
    return token.ent_type_ in ("GPE", "LOC", "FAC") or token.lemma_.lower() in PLACE_NOUNS


def object_targets(verb: Token, addressee_clause: bool = False) -> list[Token]:
    """Second-choice target heads of a verb whose direct object names no actor: its
    prepositional objects ('sent aid to X'), those of its event-noun object ('imposed
    sanctions on X', 'demanded a truce with X'), those of its complement clause
    ('threatened to shell Iraqi towns', 'refused to deploy troops in X', 'threatened to cut
    ties with X') and, for a demand, the subject of its that-clause ('demanded that X
    withdraw')."""
    out = prep_objects(verb, TARGET_PREPS)
    for child in verb.children:
        if child.dep_ == "dobj":
            out += prep_objects(child, TARGET_PREPS)
        elif child.dep_ == "xcomp" and child.pos_ == "VERB":
            objects = [c for c in child.children if c.dep_ in ("dobj", "dative")]
            out += [t for c in objects for t in with_conjuncts(c)]
            out += prep_objects(child, TARGET_PREPS | {"in"})
            out += [t for c in objects for t in prep_objects(c, TARGET_PREPS)]
        elif child.dep_ == "ccomp" and addressee_clause:
            out += [t for c in child.children if c.dep_ == "nsubj" for t in with_conjuncts(c)]
    return out


def place_heads(obj: Token) -> list[Token]:
    """A prepositional object and the names attached to it ('the city of Mukachevo')."""
    near = [c for c in obj.children if c.dep_ in ("compound", "appos", "conj")]
    near += [
        g
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return [obj, *near]


def location_of(trigger: Token, index: ActorIndex) -> Place | None:
    """The place of a locative phrase (see locative_place); failing that the nearest place
    of the trigger's clause, then of its sentence, leaving out the places that name a party
    ('Kyiv said', 'asked the United States') rather than a location."""
    found = locative_place(trigger, index)
    if found is not None:
        return found
    subj = subject_of(trigger) if trigger.pos_ == "VERB" else None
    skip = source_tokens(trigger, subj)
    doc = trigger.doc
    sent = sentences(doc)[sentence_index(doc)[trigger.i]]
    for scope in (clause_tokens(trigger), set(range(sent.start, sent.end))):
        near = [
            (abs(i - trigger.i), place)
            for i in sorted(scope - skip)
            if i in index.token_place  # only a place's tokens are worth building
            and (place := index.place_of(doc[i])) is not None
            and index.actor_of(doc[i]) is None
        ]
        if near:
            return min(near, key=lambda p: p[0])[1]
    return None


def locative_place(trigger: Token, index: ActorIndex) -> Place | None:
    """The place in a locative phrase of the trigger ('near Lviv', 'in Ukraine'), then of the
    verb it depends on, then of its subject; nearest first."""
    heads = [trigger]
    if trigger.head is not trigger:
        heads.append(trigger.head.head if trigger.head.pos_ == "ADP" else trigger.head)
    subj = subject_of(trigger) if trigger.pos_ == "VERB" else None
    if subj is not None:
        heads.append(subj)
    for head in heads:
        found = [
            (abs(tok.i - trigger.i), place)
            for obj in prep_objects(head, LOCATION_PREPS)
            for tok in place_heads(obj)
            if (place := index.place_of(tok)) is not None
        ]
        if found:
            return min(found, key=lambda p: p[0])[1]
    return None


def source_tokens(trigger: Token, subj: Token | None) -> set[int]:
    """Tokens of the phrases that name the trigger's source: its subject, possessor or
    modifiers ('Kyiv's proposal', 'the Moscow talks' keep Moscow as a place)."""
    heads = [subj] if subj is not None else []
    heads += [c for c in trigger.children if c.dep_ == "poss"]
    return {t.i for h in heads for t in h.subtree}
