"""Source, target and location of an event trigger, read off the dependency parse.

Which dependency paths give the two sides is data (``data/frames.csv``, read by
``frames.py``): :func:`read_sides` tries the paths of the trigger's form (active verb, passive,
event noun) in order and resolves the tokens they reach to actors, places or demonyms; each
side keeps the confidence of the path that found it and the characters it was read from.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Token

from kronika.actors.detect import BODY_NAME_WORDS
from kronika.actors.knowledge import KnowledgeBase
from kronika.actors.resolve import GROUP_NOUNS, NON_STATE_ARMED, ActorBuild, ActorIndex
from kronika.claims.quotes import quotes_of
from kronika.events.dates import clause_tokens
from kronika.events.factuality import CONDITION_MARKS, FINITE_TAGS, REPORTING_VERBS
from kronika.events.frames import Frames, Path, frames, is_preposition, walk
from kronika.lexicon import read_csv
from kronika.nlp import (
    coarse_pos,
    dep_labels,
    doc_text,
    lower_lemmas,
    lower_texts,
    per_token,
    sentence_index,
    sentences,
    token_starts,
)
from kronika.records import Place

SUBJECT_DEPS = {"nsubj", "csubj"}
LOCATION_PREPS = {"in", "near", "at", "outside", "inside", "around", "across", "from", "on"}
# Where an act's object is put or applies ('a curfew in X', 'its forces in X').
OBJECT_PLACE_PREPS = {"in", "across", "throughout", "inside"}
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
# Object pronouns and what they agree with; the actor layer resolves subjects and possessors.
# ('it' is left out: it refers to things far more often than to a country or a body.)
OBJECT_PRONOUNS = {"him": "person", "her": "person", "them": "plural"}
# The possessor of an act done to someone is the one it is done to ('a warrant for his arrest').
UNDERGOER_PRONOUNS = {"his": "person", "her": "person", "their": "plural"}
# 'it' too where a request echoes the main clause ('as X had urged it to do': see echoed_subject).
ECHO_PRONOUNS = {*OBJECT_PRONOUNS, "it"}
# Subjects and possessors are the actor layer's to resolve ('it is willing' may be expletive).
NOT_OBJECT_DEPS = {"poss", "nsubj", "nsubjpass", "expl", "csubj"}
# Entities that measure or date and refer to no one ('in the late 1980s').
MEASURE_ENTITIES = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
# Dependents that are part of a longer name, never a phrase head of their own.
NAME_PART_DEPS = {"compound", "flat", "amod", "nmod", "poss"}
# How sure the party is that a thing or a town was taken from ('seized Y from X').
DISPOSSESSED_CONFIDENCE = 0.85
# How much less sure a target is when read off the agent of an event noun it governs.
NESTED_DISCOUNT = 0.8
# How sure a target read off a locative phrase is ('the bombing in X').
PLACE_TARGET_CONFIDENCE = 0.6
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

# Places and things that belong to people: an act on one is an act on them ('a camp for
# refugees', 'the headquarters of the party').
FACILITY_NOUNS = {
    "camp",
    "base",
    "office",
    "headquarters",
    "home",
    "house",
    "residence",
    "compound",
    "embassy",
    "consulate",
    "convoy",
    "patrol",
    "vehicle",
    "position",
    "post",
    "checkpoint",
    "barracks",
    "school",
    "hospital",
    "shelter",
}

# Things 'it' or 'them' refers back to when one was just told of ('blocked the boat and sprayed
# it'): what is done to one is done to its owner or crew, when the text names them.
THING_NOUNS = FACILITY_NOUNS | {
    "boat", "ship", "vessel", "tanker", "ferry", "freighter", "trawler", "yacht", "warship",
    "plane", "aircraft", "airliner", "jet", "helicopter", "truck", "lorry", "car", "bus",
    "train", "ambulance", "building", "ministry", "parliament", "station", "newspaper",
}


@dataclass
class Argument:
    """One side of an event: an actor, or only a country when the text names a place or a
    demonym ('an American factory')."""

    actor: ActorBuild | None = None
    country: str | None = None
    token: Token | None = None
    confidence: float = 1.0  # of the frame path (or discourse rule) that found it
    span: tuple[int, int] | None = None  # characters of the phrase it was read from
    via_pronoun: bool = False  # read off the antecedent of an object pronoun ('sentenced him')
    sector: str | None = None  # of a country-only side, the state's body that acts for it


# Verbs that name a source of information ('..., rebels say', '..., an official told X').
INFORMING_VERBS = REPORTING_VERBS | {"claim", "allege", "note", "explain", "recount", "estimate"}
# Clause relations by which a trailing 'X said' hangs on the clause it reports.
TRAILING_DEPS = {"parataxis", "ccomp", "advcl", "conj"}


def informants(trigger: Token) -> frozenset[int]:
    """Tokens that name a source of information about the trigger's event, never a side of it:
    the phrase of 'according to X' anywhere in the sentence, and a trailing attribution ('X
    shelled the town, rebels said'; 'Y kills 17, officials say'; '..., an aide told the
    radio'): a verb of saying after the trigger with its subject and other dependents, but not
    the clause it reports. Computed once per token: each frame path and side asks for it."""
    return per_token(trigger, "kronika_informants", _informants)


def _informants(trigger: Token) -> set[int]:
    doc = trigger.doc
    sent = sentences(doc)[sentence_index(doc)[trigger.i]]
    lowers, lemmas, pos = lower_texts(doc), lower_lemmas(doc), coarse_pos(doc)
    # words read off the per-Doc lists: a Token is built only for 'according' and the verbs
    found = {t.i for i in range(sent.start, sent.end) if lowers[i] == "according"
             for t in doc[i].subtree}
    around = {trigger.i, *(a.i for a in trigger.ancestors)}
    for v in range(trigger.i + 1, sent.end):
        if pos[v] not in ("VERB", "AUX") or lemmas[v] not in INFORMING_VERBS:
            continue
        verb = doc[v]
        if verb.i in around:  # the trigger is (inside) what the verb reports
            reported = next(c for c in verb.children if c.i in around)
            if reported.dep_ not in ("ccomp", "parataxis"):
                continue
            words = {t.i for t in verb.subtree} - {t.i for t in reported.subtree}
        elif verb.dep_ in TRAILING_DEPS and verb.head.i in around:
            words = {t.i for t in verb.subtree}
        else:
            continue
        # a comma before the speaker ends the reported clause: what the parse hung on the
        # speaker before it is the event's ('killed an Israeli, public television reported')
        comma = max((i for i in range(trigger.i + 1, v) if doc[i].is_punct), default=-1)
        found |= {i for i in words if i > comma}
    return found


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
    """An actor, or a country via a place or demonym, for an argument phrase; an object
    pronoun the actor layer left open stands for its antecedent ('sentenced him')."""
    if (token.lower_ in ECHO_PRONOUNS and token.dep_ not in NOT_OBJECT_DEPS
            and index.actor_of(token) is None):
        return pronoun_antecedent(token, index, kb)
    if (token.lower_ in UNDERGOER_PRONOUNS and token.dep_ == "poss"
            and token.head.lemma_.lower() in frames().undergoer and index.actor_of(token) is None):
        return pronoun_antecedent(token, index, kb)
    if token.lower_ == "they" and index.actor_of(token) is None:
        group = speaking_group(token, index)
        if group is not None:
            token = group  # 'the Houthis announced they would release the crew'
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ in ("relcl", "acl"):
        token = token.head.head  # "..., which put X in ..." -> the noun the clause modifies
    counted = counted_group(token) or occupants(token)
    if counted is not None and actor_in(token, index) is None:
        token = counted  # "thousands of Chilean students" -> the students
    owner = reporters_own(counted or token, index)
    if owner is not None:  # 'X said the strikes killed five of their fighters': X's fighters
        return Argument(owner, owner.country, token, span=side_span(token))
    build = actor_in(token, index)
    if build is not None:
        return Argument(build, build.country, token, span=side_span(token))
    # A place inside a proper name ('the Budapest Memorandum') is no party to the event.
    near = place_heads(token)[1:] if token.pos_ != "PROPN" else []
    place = index.place_of(token) or next(
        (index.place_of(c) for c in near if index.place_of(c)), None
    )
    if place is not None:
        return Argument(None, place.country, token, span=side_span(token))
    for child in token.children:
        if child.dep_ in ("amod", "compound"):
            code = kb.demonym(child.text)
            if code:
                return Argument(None, code, token, span=side_span(token))
    return None


# Verbs by which a party tells of its own acts to come or done ('X said they would', 'X
# vowed they would never surrender').
OWN_WORD_VERBS = INFORMING_VERBS | {"vow", "pledge", "promise", "threaten", "warn", "insist",
                                    "deny", "admit", "boast"}


def speaking_group(pron: Token, index: ActorIndex) -> Token | None:
    """The group whose own report a subject 'they' is in ('the Houthis announced they would
    release the crew', 'the rebels said they had taken the town'): the subject of the verb of
    saying right above the pronoun's clause, when it names a group (not a state or a person,
    which 'they' seldom stands for) that the actor layer left without the pronoun."""
    if pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = reporting_verb_of(pron.head, OWN_WORD_VERBS)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    build = index.actor_of(subj) if subj is not None else None
    if build is None or build.kind != "group" or subj.pos_ == "PRON":
        return None
    return subj


def reporting_verb_of(clause: Token, verbs: frozenset[str]) -> Token | None:
    """The verb of ``verbs`` whose complement a clause (or a conjunct of it) is, if any."""
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    verb = clause.head
    return verb if clause.dep_ == "ccomp" and verb.lemma_.lower() in verbs else None


def reporters_own(token: Token, index: ActorIndex) -> ActorBuild | None:
    """The party who reports a clause in which the token's 'its' or 'their' people were hit,
    when that clause names no party acting ('the Houthis said the strikes killed five of their
    fighters'): the pronoun refers to the reporter, whatever party was named last. Not the
    clause's subject's own ('X said Y hid its weapons': Y's), which the actor layer reads."""
    poss = next((c for c in token.children if c.dep_ == "poss"
                 and c.lower_ in ("its", "their")), None)
    if poss is None or token.dep_ in ("nsubj", "nsubjpass"):
        return None
    clause = token.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or actor_in(subj, index) is not None or subj.pos_ == "PRON":
        return None
    verb = reporting_verb_of(clause, INFORMING_VERBS)
    if verb is None:
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    build = index.actor_of(speaker) if speaker is not None else None
    if build is None or build.kind == "person" or speaker.pos_ == "PRON":
        return None
    plural = poss.lower_ == "their"
    if not plural and speaker.tag_ in ("NNS", "NNPS"):
        return None  # 'its' is no plural reporter's
    read = actor_in(token, index)
    if read is not None and (read is build or (build.country and read.country == build.country)):
        return None  # the actor layer gave them to the reporter ('Israel ... its soldiers')
    return build


def pronoun_antecedent(pron: Token, index: ActorIndex, kb: KnowledgeBase) -> Argument | None:
    """The argument an object pronoun refers to: the nearest agreeing noun phrase before it,
    in its sentence or the one before, that is not the subject of its own clause ('X
    sentenced him': him is not X). The nearest agreeing phrase decides: when it names no
    actor ('beat three men and robbed them'), the pronoun names none either."""
    echo = echoed_subject(pron)
    found = argument_of(echo, index, kb) if echo is not None else None
    if found is None and pron.lower_ in ("it", "them"):
        thing = thing_antecedent(pron)
        found = argument_of(thing, index, kb) if thing is not None else None
        if thing is not None or pron.lower_ == "it":
            return replace(found, via_pronoun=True) if found is not None else None
    number = OBJECT_PRONOUNS.get(pron.lower_) or UNDERGOER_PRONOUNS.get(pron.lower_)
    if found is not None or number is None:
        return replace(found, via_pronoun=True) if found is not None else None
    bound = clause_subjects(pron)
    bound_actors = {id(b) for i in bound if (b := index.actor_of(pron.doc[i])) is not None}
    for tok in antecedent_order(pron):
        if (tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in NAME_PART_DEPS or tok.i in bound
                or (tok.ent_type_ in MEASURE_ENTITIES and counted_group(tok) is None)):
            continue  # 'hundreds of young people' counts people, tagged a number or not
        build = index.actor_of(tok)
        if (not agrees(tok, build, number) or (build is None and is_place_phrase(tok))
                or id(build) in bound_actors or killed_before(tok, pron)):
            continue
        if build is None and number == "person":
            continue  # an unnamed noun may be no person at all ('the house')
        found = argument_of(tok, index, kb)
        return replace(found, via_pronoun=True) if found else None
    return None


# Verbs whose object is dead once the act is told.
KILLING_VERBS = frozenset({"kill", "murder", "slay", "execute", "assassinate", "behead"})


def killed_before(tok: Token, pron: Token) -> bool:
    """Those a clause before the pronoun's says were killed ('Two assailants killed five people
    before security forces shot them dead', 'gunmen murdered three villagers, and troops later
    arrested them'): the dead are no longer acted on, so the pronoun names someone else."""
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
    verb = head.head
    return (head.dep_ == "dobj" and verb.lemma_.lower() in KILLING_VERBS
            and verb.i != pron.head.i and verb.i < pron.i)


# Where a phrase is an argument of its clause, not a phrase nested inside one.
CORE_DEPS = {"nsubj", "nsubjpass", "dobj", "dative"}


def antecedent_order(pron: Token) -> list[Token]:
    """The tokens a pronoun may refer to, in the order tried: its own sentence nearest first,
    then the sentence before, its subjects and objects before the phrases nested in them
    ('Protesters demanded the withdrawal of X. Police dispersed them': the protesters)."""
    doc, sents = pron.doc, sentence_index(pron.doc)
    here = sents[pron.i]
    own = [doc[j] for j in range(pron.i - 1, -1, -1) if sents[j] == here]
    if here == 0:
        return own
    sent = sentences(doc)[here - 1]
    last = [doc[j] for j in range(sent.end - 1, sent.start - 1, -1)]
    core = [t for t in last if t.dep_ in CORE_DEPS and main_clause(t.head)]
    return own + core + [t for t in last if t not in core]


def main_clause(verb: Token) -> bool:
    """A verb of a sentence's main clause, of one coordinated with it or of what it reports
    ('Police detained X, her paper said'); not of a participle or an adverbial clause set in
    it ('Hundreds protested in X, blocking roads. Police dispersed them': the roads blocked
    are not whom 'them' names before the protesters)."""
    return verb.dep_ == "ROOT" or (verb.dep_ in ("conj", "ccomp") and verb.head.dep_ == "ROOT")


def thing_antecedent(pron: Token) -> Token | None:
    """The vehicle, vessel, building or convoy an object 'it' or 'them' refers to: the nearest
    noun before it in its sentence (an adjunct's object left out), when that noun is such a
    thing of the pronoun's number and not the subject of the pronoun's own clause ('seized a
    tanker and towed it')."""
    plural = pron.lower_ == "them"
    bound = clause_subjects(pron)
    sent = pron.sent
    for j in range(pron.i - 1, sent.start - 1, -1):
        tok = pron.doc[j]
        if (tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in NAME_PART_DEPS or j in bound
                or tok.ent_type_ in MEASURE_ENTITIES
                or (tok.dep_ == "pobj" and tok.head.lower_ != "of")):
            continue  # 'seized a boat near X and towed it': where, not what
        if tok.lemma_.lower() in THING_NOUNS and (tok.tag_ in ("NNS", "NNPS")) == plural:
            return tok
        return None  # the nearest noun decides ('sprayed the crew of the boat with it')
    return None


def echoed_subject(pron: Token) -> Token | None:
    """'the navy could close the strait, as Athens had asked them to (do)': a request in an
    as-clause whose act is the main clause's own (a bare 'to do', 'to do so', or none) is put
    to the subject of that clause, whatever the pronoun's number ('them' for a country)."""
    verb = pron.head
    if (pron.dep_ not in ("dobj", "dative") or verb.dep_ != "advcl" or verb.head == verb
            or verb.lemma_.lower() not in frames().object_control
            or not any(m.dep_ == "mark" and m.lower_ == "as" for m in verb.children)):
        return None
    # a stranded 'to' ('as X asked them to.') is an elided act, parsed as the complement
    if any(x.lemma_.lower() not in ("do", "to") for x in verb.children if x.dep_ == "xcomp"):
        return None  # 'as X asked them to leave': an act of its own
    subj = subject_of(verb.head)
    return subj if subj is not None and subj.i not in clause_subjects(pron) else None


# Nouns of a body of people, which 'him' or 'her' never refers to ('his party said ... the
# government accused him': not the party).
BODY_NOUNS = BODY_NAME_WORDS | {"government", "regime", "junta", "administration", "cabinet",
                                "opposition", "police", "military", "militia", "force",
                                "office", "authority", "commission", "board", "bloc",
                                "council", "tribunal", "delegation", "team", "family",
                                "newspaper", "paper", "channel", "network", "campaign", "firm"}


def agrees(tok: Token, build: ActorBuild | None, number: str) -> bool:
    """A noun phrase a pronoun of that number can refer to."""
    if number == "person":
        return build is not None and (build.kind == "person" or (
            build.kind == "group" and tok.tag_ == "NN" and tok.lemma_.lower() not in BODY_NOUNS))
    # a company or a country is one party whatever its name ends in ('Turkish Aerospace
    # Industries', 'the Philippines'), as the actor layer counts it (resolve.number_of)
    named_one = build is not None and build.kind in ("organization", "country")
    plural = (tok.tag_ in ("NNS", "NNPS") and not named_one) or any(
        c.dep_ == "conj" for c in tok.children)
    return plural or tok.lower_ == "police"


def clause_subjects(pron: Token) -> set[int]:
    """Tokens of the subject of the clause a pronoun is an object in, conjuncts included."""
    verb = pron.head
    means: set[int] = set()
    if pron.dep_ == "nsubj" and verb.head != verb:
        verb = verb.head  # 'stop them reaching': an object form is the object of 'stop'
        if to_clause(verb):  # 'fired bullets to stop them': they are not the bullets
            means = {t.i for c in verb.head.children if c.dep_ == "dobj" for t in c.subtree}
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    subj = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    bound = {t.i for h in with_conjuncts(subj) for t in h.subtree} if subj is not None else set()
    return bound | means


# Dependents that belong to the name of a phrase, not to a clause or prepositional phrase.
PHRASE_DEPS = {"compound", "amod", "det", "poss", "nmod", "flat", "nummod", "case"}


def phrase_span(token: Token) -> tuple[int, int]:
    """Characters of a phrase head with its name-like modifiers ('the US-led coalition')."""
    tokens = [token] + [t for c in token.children if c.dep_ in PHRASE_DEPS for t in c.subtree]
    start = min(tokens, key=lambda t: t.i)
    end = max(tokens, key=lambda t: t.i)
    return start.idx, end.idx + len(end.text)


# Prepositions whose phrase belongs to the name of a common-noun side: who the people are,
# where they are from or stationed ('refugees from X', 'the leaders of X', 'police in X').
POSTMODIFIER_PREPS = {"of", "from", "in"}


def side_span(token: Token) -> tuple[int, int]:
    """Characters of the noun phrase a side was read from: a common noun keeps the phrases that
    say whose or from where it is ('refugees from Afghanistan'), a name only its modifiers."""
    start, end = phrase_span(token)
    if token.pos_ != "NOUN":
        return start, end
    for prep in token.children:
        if any(c.dep_ == "pcomp" for c in prep.children):
            continue  # 'accused the troops of executing ...': the charge, not whose they are
        if prep.dep_ == "prep" and prep.lower_ in POSTMODIFIER_PREPS and prep.i > token.i:
            last = max(t.i for t in prep.subtree)
            end = max(end, token.doc[last].idx + len(token.doc[last].text))
    return start, end


def resolve_all(heads: Sequence[Token], index: ActorIndex, kb: KnowledgeBase) -> list[Argument]:
    """The arguments that resolve to an actor or a country."""
    return [a for a in (argument_of(t, index, kb) for t in heads) if a]


def counted_group(token: Token) -> Token | None:
    """The people a quantity phrase counts ('dozens of soldiers', 'two of the envoys')."""
    if token.lemma_.lower() not in QUANTITY_NOUNS and token.pos_ != "NUM":
        return None
    return next((o for o in prep_objects(token, {"of"})), None)


def occupants(token: Token) -> Token | None:
    """The people a place or thing of theirs stands for ('the offices of the party', 'a camp
    for refugees', 'a convoy of aid workers'): what is done to it is done to them."""
    if token.lemma_.lower() not in THING_NOUNS:
        return None
    return next((o for o in prep_objects(token, {"of", "for"})), None)


def with_conjuncts(token: Token) -> list[Token]:
    """A phrase head and the heads coordinated with it ('X and Y'), with the members of a
    list the parser cut short ('X, Y, and Z')."""
    heads = [token, *[t for t in token.conjuncts if t.i > token.i]]
    if token.dep_ == "pobj":  # 'sanctions on X and on Y': the second preposition's object
        heads += [o for p in token.head.conjuncts if p.i > token.i and p.pos_ == "ADP"
                  and p.lower_ == token.head.lower_ for o in p.children if o.dep_ == "pobj"]
    return heads + [t for t in cut_list(token) if t not in heads]


# Nouns of a line between two lands, whose 'with X' names the land across it ('its border with
# X'), not a party of what is done at the line.
BOUNDARY_NOUNS = {"border", "frontier", "boundary"}


def boundary_partner(token: Token) -> bool:
    """The object of a 'with' right after a border that is where something is put or done ('sent
    troops to its border with both countries', 'massed forces along the frontier with X'),
    which the parser may hang on the verb: it says which border, and is no side of the act.
    Not after a border that is itself acted on ('closed its border with X': aimed at X)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "with" or prep.i == 0:
        return False
    before = token.doc[prep.i - 1]
    return before.lemma_.lower() in BOUNDARY_NOUNS and before.dep_ == "pobj"


def stray_object(token: Token) -> bool:
    """A second direct object after a comma ('held talks with X on Monday, the first Western
    visitor to Y'): the parser's reading of a phrase that describes the subject or the act,
    never what the verb is done to."""
    if token.dep_ != "dobj" or token.left_edge.i == 0:
        return False
    return (token.doc[token.left_edge.i - 1].text == ","
            and any(c.dep_ == "dobj" and c.i < token.i for c in token.head.children))


def listed_parties(token: Token, index: ActorIndex, kb: KnowledgeBase) -> list[Token]:
    """'Thai and Cambodian troops', 'Indian and Pakistani forces': one noun shared by a list
    of demonyms the actor layer made one actor each is that many parties (the demonyms, each
    standing for its own); any other phrase is itself (a list of names parsed as a modifier,
    'X and Y Z', is the parser's, not a shared noun)."""
    for mod in token.lefts:
        if mod.dep_ not in ("amod", "nmod", "compound") or not mod.conjuncts:
            continue
        members = [mod, *mod.conjuncts]
        if not all(kb.demonym(m.text) for m in members):
            continue
        if one_party_each(members, index):
            return members
        shared = noun_for_member(token, members, index, kb)
        if shared is not None:
            return shared
    return of_listed_states(token, index) or [token]


def noun_for_member(token: Token, members: list[Token], index: ActorIndex,
                    kb: KnowledgeBase) -> list[Token] | None:
    """'Eritrean and Ethiopian troops' where the actor layer made the shared noun the party of
    one demonym (a dateline's country, say) and left that demonym without its own: the noun
    stands for that member, each other member for its own party."""
    build = index.actor_of(token)
    if build is None or build.country is None:
        return None
    found = [token if index.actor_of(m) is None and kb.demonym(m.text) == build.country else m
             for m in members]
    if found.count(token) != 1:
        return None
    builds = [index.actor_of(m) for m in found]
    if any(b is None for b in builds) or len({id(b) for b in builds}) != len(builds):
        return None
    return found


def of_listed_states(token: Token, index: ActorIndex) -> list[Token]:
    """'the leaders of Armenia and Azerbaijan', 'the foreign ministers of Russia and China':
    the people of a list of states, joined by 'and', act for each state, one party each."""
    if token.tag_ not in ("NNS", "NNPS") or index.actor_of(token) is None:
        return []  # 'parts of Iraq and Syria' are no people of the two states
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in prep.children if g.dep_ == "pobj" and g.conjuncts):
            members = [obj, *obj.conjuncts]
            if one_party_each(members, index, kind="country"):
                return members
    return []


def one_party_each(members: list[Token], index: ActorIndex, kind: str | None = None) -> bool:
    """Whether a list joined by 'and' names a different actor (of ``kind``, if given) with
    each member: 'Russian or Syrian jets' is one party, the text does not say which."""
    if any(c.dep_ == "cc" and c.lower_ != "and" for c in members[0].children):
        return False
    builds = [index.actor_of(m) for m in members]
    return (all(b is not None and (kind is None or b.kind == kind) for b in builds)
            and len({id(b) for b in builds}) == len(builds))


def cut_list(token: Token) -> list[Token]:
    """'X, Y, and Z' parsed as X with an apposition Y (which has Z as its conjunct, or X has
    the 'and'), and Z sometimes a second subject of the verb: the names after X."""
    if token.pos_ != "PROPN":
        return []
    has_cc = any(c.dep_ == "cc" for c in token.children)
    names = [a for a in token.children if a.dep_ == "appos" and a.pos_ == "PROPN"
             and (has_cc or any(c.dep_ == "conj" for c in a.children))]
    found = [t for a in names for t in (a, *a.conjuncts)]
    if names and has_cc and token.dep_ == "nsubj":
        found += [c for c in token.head.children
                  if c.dep_ == "nsubj" and c.i > token.i and c.pos_ == "PROPN"]
    return found


def stative(verb: Token) -> bool:
    """'X is opposed to Y': a participle of a stance verb with no 'by' agent, whose passive
    subject holds the stance (frames.csv, scope stative)."""
    return (verb.tag_ == "VBN" and verb.lemma_.lower() in frames().stative
            and not any(c.dep_ == "agent" for c in verb.children))


def same_side(a: Argument, b: Argument) -> bool:
    """One actor, or (where one side is only a country) one country."""
    if a.actor is not None and b.actor is not None:
        return a.actor is b.actor
    return a.country is not None and a.country == b.country


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inherited through control and raising ('agreed to abandon', 'is
    set to restore', 'urged X to withdraw' -> X), coordination and relative clauses."""
    means = stranded_means(verb)
    if means is not None:
        return means  # 'expels envoy as drone strike kills 12': the strike kills
    subject = gerund_subject(verb)
    if subject is not None:
        return subject  # 'depend on Azerbaijan withdrawing': Azerbaijan withdraws
    tok = verb
    for _ in range(6):
        agent = by_agent(tok) if tok != verb and verb.tag_ == "VBG" else None
        if agent is not None:
            return agent  # 'X was attacked by Y, killing Z': Y killed Z
        for child in tok.children:
            if child.dep_ in SUBJECT_DEPS or (child.dep_ == "nsubjpass"
                                              and (tok != verb or stative(verb))):
                return child
        if to_clause(tok) and tok.head != tok:  # 'called on X to invade', parsed either way
            controller = object_controller(tok.head) if not asked_for(tok) else None
            if controller is not None:
                return controller
            tok = tok.head
        elif (doer := charged_doer(tok)) is not None:
            return doer  # 'accused X of ramming the boat, injuring four': X injured
        elif tok.dep_ == "conj" and (host := reporting_host(tok)) is not None:
            tok = host  # 'X said the police had acted lawfully and accused Y': X accused
        elif tok.dep_ == "conj" and (host := infinitive_host(tok)) is not None:
            tok = host  # 'X urged Y to withdraw and imposed sanctions': X imposed
        elif tok.dep_ in ("conj", "advcl") and tok.head != tok:
            tok = tok.head
        elif tok.dep_ in ("acomp", "oprd") and tok.head != tok:
            tok = tok.head  # 'X is willing to withdraw': the adjective's subject is X
        elif (host := voiced_on_the_way(tok)) is not None:
            tok = host  # 'marched toward parliament chanting X': the marchers chant
        elif (clause := free_adjunct_host(tok)) is not None:
            tok = clause  # 'sanctioned the army chief, accusing him of': the sanctioner accuses
        elif (subject := stranded_subject(tok)) is not None:
            return subject  # 'X and Y, which back the army, called on ...': X and Y called
        elif tok != verb and (subject := adjunct_gerund_subject(tok)) is not None:
            return subject  # 'responded by sending jets to bomb X': the sender bombs
        elif (asker := asking_verb(tok)) is not None:
            tok = asker  # 'asked the court for permission to hold a rally': the asker holds it
        elif tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head
        else:
            return None
    return None


# Prepositions whose object may be the subject of a gerund after it ('depends on X
# withdrawing', 'warned against Kyiv joining', 'without Y knowing'); not 'to' or 'with', whose
# object is more often whom the gerund's own subject addresses ('wrote to X urging him').
GERUND_SUBJECT_PREPS = frozenset({"on", "upon", "of", "about", "against", "without"})


def gerund_subject(verb: Token) -> Token | None:
    """The noun phrase right before a gerund with no subject of its own, as the object of a
    preposition of the verb the gerund hangs on ('depends on Azerbaijan withdrawing',
    'insisted on the rebels disarming'): the gerund's own subject, which the parser made the
    preposition's object, not the subject of the clause around it."""
    if verb.tag_ != "VBG" or verb.i == 0 or has_own_subject(verb):
        return None
    noun = verb.doc[verb.i - 1]
    while noun.head.i > noun.i and noun.head.i < verb.i:
        noun = noun.head  # the head of the phrase ending right before the gerund
    prep = noun.head
    if (noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN") or prep.dep_ != "prep"
            or prep.lower_ not in GERUND_SUBJECT_PREPS or prep.head.i != verb.head.i):
        return None
    return noun


def has_own_subject(verb: Token) -> bool:
    """The verb has a subject among its own dependents."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)


# Conjunctions that open a clause of its own, which the parser may read as prepositions
# ('expels envoy as drone strike kills 12').
CLAUSE_OPENERS = frozenset({"as", "after", "while", "since", "before", "until", "because"})


def stranded_means(verb: Token) -> Token | None:
    """The means of an attack the parser made the object of a conjunction read as a
    preposition, right before the verb it is the subject of ('Mali expels French envoy as drone
    strike kills 12': 'strike' hangs on 'as', and 'kills' took 'Mali' or 'envoy' for its
    subject), as headlines without articles are often parsed."""
    if verb.tag_ not in ("VBZ", "VBD", "VBP") or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or noun.i != verb.i - 1 or prep.lower_ not in CLAUSE_OPENERS \
            or prep.i > noun.i or not means_noun(noun):
        return None
    return noun


def means_noun(noun: Token) -> bool:
    """A noun naming the means of an attack, or modified by one ('a roadside bomb', 'drone
    strike'; frames.csv scope means)."""
    means = frames().means
    return noun.lemma_.lower() in means or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in means for c in noun.children)


def stranded_subject(verb: Token) -> Token | None:
    """The subject of a sentence's own verb that the parser hung, after a comma, on the object
    of a relative clause in the subject ('Kenya and Uganda, which host the refugees, called
    on the rebels to ...': 'called' hangs on 'refugees', the sentence's root is 'Kenya'): the
    noun the sentence is rooted in, which has that relative clause. A verb with a tense, or
    a participle with what only an active verb has (see active_participle)."""
    if verb.dep_ != "acl" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if verb.tag_ not in FINITE_TAGS and not (verb.tag_ == "VBN" and active_participle(verb)):
        return None
    clause = next((t for t in verb.head.ancestors if t.dep_ == "relcl"), None)
    root = clause.head if clause is not None else None
    if root is None or root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN"):
        return None
    return root


# Verbs that charge their object with an act, and the preposition that introduces the act
# ('accused X of killing', 'blamed X for shelling', 'charged X with torturing').
CHARGING_PREPS = {"accuse": "of", "blame": "for", "charge": "with", "suspect": "of",
                  "convict": "of", "condemn": "for", "criticize": "for", "criticise": "for"}


def charged(verb: Token) -> Token | None:
    """The one a charging verb charges ('accused X of', 'X was accused of'), when it has the
    act it charges them with as a gerund (its preposition hung on the verb or on X)."""
    prep = CHARGING_PREPS.get(verb.lemma_.lower())
    if prep is None:
        return None
    accused = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    holders = [verb] if accused is None else [verb, accused]
    if not any(is_preposition(c) and c.lower_ == prep and any(g.dep_ == "pcomp" for g in c.children)
               for h in holders for c in h.children):
        return None
    return accused


# Prepositions whose gerund tells another act of the subject of the verb they hang on
# ('after seizing X, the rebels advanced', 'retaliated by shelling Y', 'was arrested while
# filming'); not 'for' or 'from', whose gerund may be the object's ('arrested X for
# attacking', 'stopped X from entering').
SUBJECT_GERUND_PREPS = frozenset({"after", "before", "by", "while", "upon", "on", "since",
                                  "without", "despite", "through"})


def adjunct_gerund_subject(verb: Token) -> Token | None:
    """The subject of the clause a gerund after a preposition of time or manner hangs on
    ('after seizing the town, the rebels advanced': the rebels seized it; 'was arrested
    after attacking a guard': the one arrested attacked)."""
    prep = verb.head
    if (verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ not in SUBJECT_GERUND_PREPS
            or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX")):
        return None
    return next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def charged_doer(verb: Token) -> Token | None:
    """Who did what a participle set after a charge tells the outcome of ('accused X of
    ramming a boat, injuring four sailors': X injured them, not the accuser); not the
    accuser's own words beside it ('..., saying')."""
    head = verb.head
    if (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > head.i
            and verb.lemma_.lower() not in INFORMING_VERBS | SPEAKER_ACTS):
        return charged(head)
    return None


def free_adjunct_host(verb: Token) -> Token | None:
    """The verb of the main clause when the parser hung a participle set off by a comma on
    that clause's object ('imposed sanctions on the army chief, accusing him of', 'expelled
    the envoy, blaming him for'): a comma-set participle after a clause tells what the
    clause's subject did, the more so when its own object refers back to that object, or it
    is a speaker's act."""
    noun = verb.head
    if (verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.i == 0
            or verb.doc[verb.i - 1].text != "," or noun.dep_ not in ("dobj", "pobj", "dative")):
        return None
    # a participle cannot have the noun it modifies as its object pronoun ('the chief,
    # accusing him' is not the chief accusing himself)
    pronoun = any(c.dep_ in ("dobj", "dative") and c.lower_ in ECHO_PRONOUNS
                  for c in verb.children)
    if not pronoun and verb.lemma_.lower() not in SPEAKER_ACTS:
        return None
    host = noun.head
    for _ in range(3):  # up through 'sanctions on' to the verb whose object it is
        if host.pos_ in ("VERB", "AUX"):
            return host
        if not (is_preposition(host) or host.dep_ in ("dobj", "pobj")) or host.head == host:
            return None
        host = host.head
    return None


# Acts a speaker does beside speaking ('said ... and accused', 'and ordered the army to').
SPEAKER_ACTS = frozenset({"accuse", "order", "urge", "call", "announce", "vow", "pledge",
                          "warn", "deny", "insist", "demand", "promise", "add", "criticise",
                          "criticize", "blame", "condemn", "thank", "praise", "appeal", "ask",
                          "instruct", "direct", "threaten"})


def reporting_host(verb: Token) -> Token | None:
    """The verb of a report that a simple past verb is really coordinated with when the parser
    tied it to a verb of the reported clause in another tense ('said the police had acted
    lawfully and accused the opposition', 'said it would not negotiate with people who hold
    the country hostage and ordered the army to ...'): a reported 'had acted' or 'hold' shares
    no simple past with 'accused'. In the same tense, a speaker's own act ('said the border
    moves threatened the region and urged both capitals to talk') is the reporter's when the
    reported clause's subject is no one who could speak: moves and blockades urge no one."""
    head = verb.head
    speech = verb.lemma_.lower() in SPEAKER_ACTS
    if head.pos_ not in ("VERB", "AUX") or not (verb.tag_ == "VBD" or (
            verb.tag_ == "VBN" and speech and not has_auxiliary(verb))):
        return None  # the parser tags a bare 'and accused' a participle after 'to restore'
    present = head.tag_ in ("VBP", "VBZ")
    # 'had attacked the convoy and killed six': the auxiliary may govern both, so only a
    # speaker's own act ('and accused', 'and ordered') leaves a perfect or future clause
    if not present and not (speech and (head.tag_ in ("VBN", "VB") or (
            head.tag_ == "VBD" and (not speaking_subject(head) or stated_state(head))))):
        return None
    clause = head
    for _ in range(4):  # up through the reported clause's relative clauses and conjuncts
        if clause.dep_ == "ccomp" and clause.head.tag_ == "VBD" and clause.head.pos_ == "VERB":
            return clause.head
        if (clause.dep_ not in ("relcl", "conj", "ccomp", "xcomp") and not to_clause(clause)
                or clause.head == clause):
            return None
        if clause.dep_ == "relcl":  # up to the verb of the noun the clause modifies
            clause = next((a for a in clause.ancestors if a.pos_ in ("VERB", "AUX")), clause)
        else:  # 'said police had acted to restore order and accused ...': up from 'restore'
            clause = clause.head
    return None


def stated_state(verb: Token) -> bool:
    """A reported clause that states how things are with a copula ('said that the island was
    not for sale and criticised a visit', 'said the country was ready and urged talks'): a
    state does no act, so a speaker's act joined to it is the reporter's, whoever its subject
    is; one who had criticised would be told of in the past perfect."""
    return verb.lemma_.lower() == "be" and verb.dep_ == "ccomp" and not any(
        c.dep_ in ("aux", "auxpass") or (c.tag_ == "VBN" and c.dep_ != "conj")
        for c in verb.children)


def has_auxiliary(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


# Named entities that may speak: people, bodies, states and their peoples.
SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@cache
def speaking_nouns() -> frozenset[str]:
    """The generic nouns of people and bodies of people (``data/sectors.csv``)."""
    return frozenset(r["noun"].lower() for r in read_csv("sectors.csv", ("noun", "sector")))


def speaking_subject(verb: Token) -> bool:
    """The verb's own subject could be one who speaks: a pronoun, a name, a noun of people
    ('police', 'the government'), or none the parse shows (then assume so)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return True
    return (subj.pos_ in ("PRON", "PROPN") or subj.ent_type_ in SPEAKING_ENTITIES
            or subj.lower_ in speaking_nouns() or subj.lemma_.lower() in speaking_nouns()
            or subj.lemma_.lower() in FORCE_NOUNS or subj.lower_ in GROUP_NOUNS)


def infinitive_host(verb: Token) -> Token | None:
    """The verb that governs a to-infinitive a finite verb was coordinated with by the parser
    ('urged Rwanda to withdraw its forces and imposed sanctions on X'): 'imposed' cannot be
    part of what 'to' governs, so it is the governing verb's conjunct, and shares its
    subject. (The parser may tag it a participle; one with no auxiliary of its own cannot
    go with a bare 'to withdraw' either.)"""
    head = verb.head
    if (verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or head.tag_ != "VB"
            or not to_clause(head) or head.head == head
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
        return None
    return head.head


# Verbs of the voice: only people chant or shout ('marched to the palace chanting X').
VOICE_VERBS = {"chant", "shout", "yell", "scream", "sing", "roar", "jeer", "boo"}
# Prepositions of place and direction, whose object a participle may be misattached to.
WAY_PREPS = {"to", "toward", "towards", "into", "through", "past", "across", "along",
             "around", "outside", "inside", "near", "at", "in", "on", "from", "up", "down"}


def voiced_on_the_way(verb: Token) -> Token | None:
    """The verb a participle of the voice really hangs on when the parser tied it to the
    object of a preposition of place ('marched toward parliament chanting X', 'gathered
    outside the embassy shouting slogans'): no place chants, so the participle tells what
    that verb's subject did on the way. Not when the object may be people ('fired at
    protesters chanting X', 'a crowd', 'them')."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.lemma_.lower() not in VOICE_VERBS:
        return None
    noun, prep = verb.head, verb.head.head
    people = (noun.pos_ == "PRON" or noun.ent_type_ in ("PERSON", "NORP")
              or noun.tag_ in ("NNS", "NNPS") or noun.lemma_.lower() in QUANTITY_NOUNS)
    if (noun.dep_ != "pobj" or people or prep.lower_ not in WAY_PREPS
            or prep.head.pos_ != "VERB"):
        return None
    return prep.head


def by_agent(verb: Token) -> Token | None:
    """The agent of a passive verb ('was attacked by Y' -> Y)."""
    return next((o for a in verb.children if a.dep_ == "agent" for o in a.children
                 if o.dep_ == "pobj"), None)


# Prepositions that name the one a call or an appeal is addressed to ('called on X to').
ADDRESS_PREPS = {"on", "upon", "to"}


# Verbs of asking someone for something ('asked Congress for powers to deploy troops').
ASKING_FOR_VERBS = frozenset({"ask", "petition", "lobby", "press", "beg"})


def asking_verb(clause: Token) -> Token | None:
    """The verb of asking whose 'for' phrase a to-clause modifies ('asked the court for
    permission to hold a rally', 'begged donors for money to feed the refugees')."""
    noun, prep = clause.head, clause.head.head
    if (clause.dep_ != "acl" or not any(a.dep_ == "aux" and a.lower_ == "to"
                                        for a in clause.children)
            or noun.dep_ != "pobj" or prep.lower_ != "for" or noun.lemma_.lower() == "time"
            or prep.head.lemma_.lower() not in ASKING_FOR_VERBS):
        return None
    return prep.head


def asked_for(clause: Token) -> bool:
    """A to-clause after what one asks another for ('asked Congress for emergency powers to
    deploy the army', 'petitioned the court for permission to hold a rally'): it tells what
    the asker would do with it, so the asker is its doer, not the one asked."""
    governor = clause.head
    if governor.lemma_.lower() not in ASKING_FOR_VERBS:
        return False
    return any(is_preposition(p) and p.lower_ == "for" and p.i < clause.i
               and any(o.dep_ == "pobj" and o.ent_type_ not in MEASURE_ENTITIES
                       and o.lemma_.lower() != "time" for o in p.children)
               for p in governor.children)


def object_controller(governor: Token) -> Token | None:
    """The object of an object-control verb, who does what its to-clause says ('urged Iran
    to stop', 'asked Tehran to provide'); None for other verbs ('promised Iran to stop')."""
    fr = frames()
    lemma = governor.lemma_.lower()
    if lemma not in fr.object_control or lemma in fr.subject_control:
        return None
    found = next((c for c in governor.children if c.dep_ in ("dobj", "dative")), None)
    if found is not None:
        return found
    # 'called on Turkey to release', 'appealed to the rebels to lay down their arms'
    return next((o for p in governor.children if is_preposition(p) and p.lower_ in ADDRESS_PREPS
                 and p.i < governor.i + 3 for o in p.children
                 if o.dep_ == "pobj" and o.ent_type_ not in MEASURE_ENTITIES), None)


def trigger_form(trigger: Token) -> str:
    """VERB (active), PASSIVE ('was struck', 'civilians killed by troops') or NOUN."""
    if trigger.pos_ != "VERB":
        return "NOUN"
    deps = {c.dep_ for c in trigger.children}
    if stative(trigger):
        return "VERB"
    if deps & {"nsubjpass", "auxpass"} or ordered_done(trigger):
        return "PASSIVE"
    participle = trigger.tag_ == "VBN" and trigger.dep_ in ("acl", "amod")
    return "PASSIVE" if participle and not active_participle(trigger) else "VERB"


# Verbs whose object may be followed by a participle of what is to be done to it ('ordered the
# leader jailed', 'wants the envoy expelled').
ORDERING_VERBS = frozenset({"order", "want"})


def ordered_done(verb: Token) -> bool:
    """A participle after the object of a verb of ordering, which the parser reads as a clause
    with that object for its subject ('a judge ordered the opposition leader jailed pending
    trial'): the object is who it is done to, as a passive's subject is."""
    return (verb.dep_ == "ccomp" and verb.tag_ in ("VBD", "VBN")
            and verb.head.lemma_.lower() in ORDERING_VERBS
            and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)
            and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children))


def active_participle(participle: Token) -> bool:
    """A participle the parser hung on a noun that still has what only an active verb has:
    a direct object, or the party it calls on through its preposition ('X and Y, which back
    the army, called on both sides to ...': a passive strands the preposition, 'were called
    on to ...'). It is the sentence's own verb, its noun the subject."""
    return (any(c.dep_ == "dobj" for c in participle.children)
            or object_controller(participle) is not None)


def nominal_sources(noun: Token) -> list[Token]:
    """The agent phrases an event noun carries itself ('army shelling', "Russia's attack",
    'the attack by rebels'): its NOUN source paths that stay inside the noun phrase."""
    fr = frames()
    local = fr.inside_phrase("NOUN", "source")
    # the noun's own target prepositions introduce what it is aimed at, never who acts ('the
    # withdrawal of troops from X': X is left, not leaving); 'between' names both parties
    found = [t for p in local for t in walk(noun, p.steps, frozenset(), fr, SPECIAL_STEPS)]
    return [t for t in found if not aimed_phrase(t, noun)]


def aimed_phrase(token: Token, noun: Token) -> bool:
    """The object of one of an event noun's own target prepositions ('the withdrawal of
    troops from X': X is left, not leaving; 'between' names both parties): what the act is
    aimed at, never who acts."""
    if noun.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.head.i != noun.i:
        return False
    aimed = frames().preps.get(("lemma", noun.lemma_.lower()), frozenset()) - {"between"}
    return token.head.lower_ in aimed


def undergoers(noun: Token) -> list[Token]:
    """Who an act noun of frames.csv's scope undergoer is done to: its of-phrase, else its
    possessor ('the arrest of X', 'his detention'; in "Y's arrest of X" Y is the agent)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in frames().undergoer:
        return []
    undergoing = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
    return undergoing or [c for c in noun.children if c.dep_ == "poss"]


def undergoers_origin(noun: Token) -> list[Token]:
    """Where those an act noun is done to come from, in a 'from' phrase after its of-phrase
    ('the expulsion of diplomats from seven countries', 'the deportation of migrants from
    Mexico'): whose people they are, not who does it to them."""
    if not any(t.dep_ == "pobj" and t.head.lower_ == "of" for t in undergoers(noun)):
        return []
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "from"
            for o in p.children if o.dep_ == "pobj"]


def undergone_path(noun: Token, path: Path) -> bool:
    """A source path that reaches the one an act noun is done to ('his arrest', 'the
    detention of X'), who is no agent of it."""
    if path.steps[0] not in ("poss", "prep:of"):
        return False
    label = "poss" if path.steps[0] == "poss" else "pobj"
    return any(t.dep_ == label for t in undergoers(noun))


def inner_party(noun: Token) -> list[Token]:
    """The party an event noun reached as a target names: the one it is done to for an act
    done to someone ('a warrant for his arrest', 'sought the extradition of X'), else its
    agent ('condemned an attack by government soldiers')."""
    return undergoers(noun) or nominal_sources(noun)


def performers(noun: Token) -> list[Token]:
    """Who a participle on an act or its means says did it ('drones launched by the rebels', 'a
    ban imposed by the junta', 'strikes that were carried out by X'): the 'by' agent of a verb of
    frames.csv's scope perform, not of one that judges or tells of the act ('condemned by X')."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    perform = frames().perform
    return [a for c in noun.children if c.dep_ in ("acl", "relcl")
            and c.lemma_.lower() in perform and (a := by_agent(c)) is not None]


# Participles that, hyphenated to a name before a noun, say who leads the act or the body it
# names ('a US-led attack', 'the Saudi-led offensive'), unlike 'US-backed' or 'Iran-made'.
LEADING_PARTICIPLES = {"lead", "command", "spearhead"}


def leaders(noun: Token) -> list[Token]:
    """The name hyphenated to 'led' before an event noun ('a possible US-led attack on X',
    'the Saudi-led offensive'): who leads the act does it."""
    return [n for m in noun.children if m.dep_ in ("amod", "compound") and m.i < noun.i
            and m.lemma_.lower() in LEADING_PARTICIPLES and m.tag_ == "VBN"
            for n in m.children if n.dep_ in ("npadvmod", "compound", "nmod") and n.i < m.i]


def agentive(token: Token) -> list[Token]:
    """A named person, organisation or group, not a place ('the visit of the president')."""
    named = token.ent_type_ in ("PERSON", "ORG", "NORP") and not is_place_phrase(token)
    return [token] if named else []


# Prepositions that name whom aid goes to ('aid to X', 'support for X'): a modifier is then
# the giver ('US aid to Ukraine').
RECIPIENT_PREPS = frozenset({"to", "for"})
# Verbs whose subject is given what their object names ('Kyiv received US aid'): the
# modifier of that object is the giver.
RECEIVING_VERBS = frozenset({"receive", "get", "await", "welcome", "need", "seek", "request",
                             "want", "accept", "obtain", "expect"})


def recipients(noun: Token) -> list[Token]:
    """The named party set before a noun of aid that gets it ('passed the Ukraine aid bill',
    'paused Ukraine military aid', 'announced a new Gaza relief package'; frames.csv scope
    recipient), when another gives it: the verb whose object the noun is has a subject of its
    own, not one who receives, and the noun names no 'to'/'for' recipient ('US aid to
    Ukraine' is given by the US)."""
    if noun.pos_ != "NOUN" or not gift_noun(noun):
        return []
    if any(c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS for c in noun.children):
        return []
    verb = noun.head
    if noun.dep_ == "pobj":
        verb = verb.head  # 'voted for the Ukraine aid bill'
    if noun.dep_ not in ("dobj", "pobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") \
            or verb.lemma_.lower() in RECEIVING_VERBS or subject_of(verb) is None:
        return []
    # a name, not a demonym ('American aid' is given by the Americans)
    return [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod")
            and c.pos_ == "PROPN" and c.i < noun.i]


def gift_noun(noun: Token) -> bool:
    """A noun of aid given, or one modified by one ('aid', 'the Ukraine aid bill')."""
    gifts = frames().recipient
    return noun.lemma_.lower() in gifts or any(
        c.dep_ == "compound" and c.lemma_.lower() in gifts for c in noun.children)


SPECIAL_STEPS = {
    "subject": lambda t: [s] if (s := subject_of(t)) is not None else [],
    "event": nominal_sources,  # a gerund too: 'killed in army shelling'
    "agentive": agentive,
    "undergoer": undergoers,
    "performer": performers,
    "leader": leaders,
    "recipient": recipients,
    "ordered": lambda t: [c for c in t.children if c.dep_ == "nsubj"] if ordered_done(t) else [],
}


def path_arguments(
    trigger: Token, path: Path, preps: frozenset[str], index: ActorIndex, kb: KnowledgeBase
) -> list[Argument]:
    """The actors, places or demonyms one frame path reaches, coordinated heads included."""
    heads = walk(trigger, path.steps, preps, frames(), SPECIAL_STEPS)
    if not heads:
        return []  # most paths of most triggers reach nothing
    seen: list[Token] = []
    for head in heads:
        if any(stray_object(t) for t in [head, *head.ancestors] if t.head.i == trigger.i):
            continue  # nor through one ('..., the first visitor to Y')
        if boundary_partner(head):
            continue  # 'sent troops to its border with X': the border's, not the act's
        seen += [t for h in with_conjuncts(head) for t in listed_parties(h, index, kb)
                 if t not in seen and t != trigger]
    found = [replace(a, confidence=path.confidence) for a in resolve_all(seen, index, kb)]
    if found or path.side != "target":
        return found
    # 'condemned an attack by government soldiers', 'refused a demand from the US': a target
    # that is itself an event names its party as that event's agent.
    inner = [t for h in seen if h.pos_ == "NOUN" for t in inner_party(h) if t != trigger]
    return [replace(a, confidence=path.confidence * NESTED_DISCOUNT)
            for a in resolve_all(inner, index, kb)]


def read_side(
    trigger: Token, side: str, etype: str, lemma: str, index: ActorIndex, kb: KnowledgeBase,
    taken: list[Argument] | None = None,
) -> list[Argument]:
    """One side of a trigger: the arguments of the first frame path of its form that finds
    any (leaving out those already taken by the other side). A target reached only through a
    complement clause counts when it has a country ('refused to meet the Taiwanese
    delegation', not 'refused to send a delegation')."""
    fr: Frames = frames()
    form = trigger_form(trigger)
    preps = fr.target_preps(lemma, etype, form)
    used = {a.token.i for a in taken or () if a.token is not None}
    own: list[Argument] = []
    informing: set[int] | None = None  # computed once a path finds anything
    topic = side == "target" and form == "VERB" and trigger.lemma_.lower() in fr.topic
    stranded = side == "source" and form == "VERB" and stranded_means(trigger) is not None
    for path in fr.open_paths(form, side, trigger):
        if topic and (path.steps[-1] == "dobj" or "prep:of" in path.steps):
            continue  # 'discussed Syria with X': what is talked about is no party
        if stranded and path.steps[0] == "nsubj":
            continue  # 'envoy as drone strike kills 12': the strike kills, not the envoy
        found = [a for a in path_arguments(trigger, path, preps, index, kb)
                 if a.token is None or (a.token.i not in used
                                        and not idiom_word(a.token, trigger, lemma))]
        if (found and etype in GATHERING_TYPES and path.steps[0] == "^pobj"
                and setting_people(trigger, index)):
            # 'police killed 12 people during protests': the police are no protesters, and
            # the dead are not whom the protests were against; they were at the protests
            found = [] if side == "target" else [
                replace(a, confidence=SETTING_CONFIDENCE)
                for a in resolve_all(setting_people(trigger, index), index, kb)]
        if found:
            informing = (informants(trigger) | co_agents(trigger) | quoted_apart(trigger)
                         if informing is None else informing)
            found = [a for a in found if a.token is None or a.token.i not in informing]
        if "xcomp" in path.steps:
            found = [a for a in found if a.country]
        if side == "source" and found:
            found = [] if undergone_path(trigger, path) else found
            origin = {t.i for t in undergoers_origin(trigger)}
            found = [a for a in found if a.token is None or a.token.i not in origin]
            given = {t.i for t in recipients(trigger)} if trigger.pos_ == "NOUN" else set()
            found = [a for a in found if a.token is None or a.token.i not in given]
            found = [a for a in found if a.token is None or not aimed_phrase(a.token, trigger)]
            found = [a for a in found if not of_place(a) and not attack_site(a, trigger, etype,
                                                                                index)]
        if found and taken and side == "target" and etype in ATTACKING_TYPES:
            # 'struck X and destroyed its depots': the attacked party's thing, not the source's
            found = [attacked_owner(a, trigger, taken, index, kb) or a for a in found]
        if found and taken and etype in ADDRESSED_TYPES:
            # 'urged its citizens to leave': one's own people are asked all the same
            addressed = [a for a in found if owned_people(a, taken, index)]
            if addressed:
                return addressed
        if (found and taken and "xcomp" in path.steps
                and all(committed_forces(a, taken) for a in found)):
            # 'offered to send 30,000 troops to X': the source's own forces are what it
            # commits; a later path may reach the one the offer is aimed at (X)
            own = own or found
            continue
        if found and taken and all(owned_by(a, taken, index) for a in found):
            # 'lifted its ban on X': the source's own thing is no target; a later path may
            # reach the one it is aimed at (X)
            own = own or found
            continue
        if found and taken:
            # 'apologized to X for one of its gunboats': what is the source's own beside
            # the one the act is aimed at is no side
            found = [a for a in found if not owned_by(a, taken, index)]
        if found:
            return [possessors_forces(a, index) for a in found] if side == "source" else found
    return own


def committed_forces(arg: Argument, sources: list[Argument]) -> bool:
    """Armed men of the source's own country, named as the object of what the source says it
    will do ('pledged to deploy 500 police officers'): what it commits, not whom it aims at."""
    return (arg.actor is not None and arg.actor.sector in ARMED_SECTORS
            and arg.country is not None and arg.country == sources[0].country)


def idiom_word(token: Token, trigger: Token, lemma: str) -> bool:
    """The object noun of an idiom that names the act ('forces' of 'joined forces with X',
    frames.csv scope idiom): a word of the act's name, no side of it."""
    return (lemma in frames().idiom and token.head.i == trigger.i
            and token.lemma_.lower() in lemma.split()[1:])


# Acts of a gathering crowd, which may be named as the setting of another act done to people.
GATHERING_TYPES = {"PROTEST"}
# Prepositions that name a gathering as where or when another act was done ('as' and 'after'
# too: 'arrested 20 activists as protests spread', the clause the parser read as a phrase).
SETTING_PREPS = {"in", "at", "during", "amid", "amidst", "as", "after", "following"}


# How sure the people an act was done to at a gathering are to be its own (most were there).
SETTING_CONFIDENCE = 0.5


def setting_people(noun: Token, index: ActorIndex) -> list[Token]:
    """The people a verb was done to that has a gathering noun for its setting ('killed 12
    people during protests', 'arrested 300 in the protests', 'shot four students at a
    demonstration'): that verb's subject acted on the gathering's people, not in it. None
    when the verb's object is a thing ('held up banners during a protest': the subject is a
    protester) or there is none ('took part in protests')."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in SETTING_PREPS or prep.head.pos_ != "VERB":
        return []
    if prep.lower_ == "in" and noun.tag_ != "NNS":
        return []  # 'criticized X in protest': the manner of the subject's own act
    return [c for c in prep.head.children
            if c.dep_ == "dobj" and c.pos_ != "PRON" and (build := index.actor_of(c)) is not None
            and build.sector not in GUARD_SECTORS]


# Those at a gathering to guard it, not to take part ('killed five police officers at a
# protest').
GUARD_SECTORS = frozenset({"COP", "MIL", "SPY"})


# Acts done against someone, whose possessed object is more often the victim's than the doer's
# ('struck X and destroyed its depots', 'sanctioned X and froze its assets').
ATTACKING_TYPES = {"ASSAULT", "COERCE", "SANCTION"}


def attacked_owner(arg: Argument, trigger: Token, sources: list[Argument], index: ActorIndex,
                   kb: KnowledgeBase) -> Argument | None:
    """The party an 'its' or 'their' in the object of a hostile act refers to, when the
    actor layer gave it to the source (or to no one): the nearest fitting party before it in
    its sentence that is not the source ('Israel struck Hezbollah and destroyed its depots'
    is Hezbollah's depots). None where no other party fits ('the junta bombed its own
    people', 'the army blew up its ammunition dump' keep the source's own thing)."""
    tok = arg.token
    if tok is None or trigger_form(trigger) != "VERB" or not owned_by(arg, sources, index):
        return None
    poss = next(c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON")
    if poss.lower_ not in ("its", "their") or any(c.lower_ == "own" for c in tok.children):
        return None
    owner = index.actor_of(poss)
    if owner is not None and not any(s.actor is owner for s in sources):
        return None  # the actor layer read 'their' as the phrase's own party, not the source
    bound = {t.i for s in sources if s.token is not None for t in s.token.subtree}
    for cand in reversed(poss.doc[poss.sent.start:poss.i]):
        if (cand.pos_ not in ("NOUN", "PROPN") or cand.dep_ in NAME_PART_DEPS or cand.i in bound
                or cand.ent_type_ in MEASURE_ENTITIES):
            continue
        found = argument_of(cand, index, kb)
        if found is None or not owner_fits(found, cand, poss.lower_, index):
            continue
        if any(same_side(found, s) for s in sources):
            continue
        # the phrase stays the one the act is aimed at ('its depots'), its party the owner;
        # armed men or a body of no country of their own ('its military units') stay that
        # actor, of the owner's country
        actor = arg.actor if arg.actor is not None and arg.actor.country is None else None
        return replace(found, actor=actor or found.actor, via_pronoun=True,
                       confidence=arg.confidence, span=arg.span)
    return None


def owner_fits(found: Argument, head: Token, pronoun: str, index: ActorIndex) -> bool:
    """Whether a party can own what 'its' or 'their' marks: no person, and for 'its' no
    plural phrase unless the party was named in a modifier ('Hezbollah positions ... its')."""
    if found.actor is not None and found.actor.kind == "person":
        return False
    if pronoun == "their":
        return True
    plural = head.tag_ in ("NNS", "NNPS")
    return not plural or (found.actor is not None and index.actor_of(head) is not found.actor)


# Acts put to someone, whose own people may be the ones asked ('urged its citizens to leave').
ADDRESSED_TYPES = {"REQUEST"}


def owned_people(arg: Argument, sources: list[Argument], index: ActorIndex) -> bool:
    """A group of people the source possesses through a pronoun ('its citizens', 'their
    followers'): as the one asked, a side of its own (CAMEO codes a government urging its
    citizens, a leader appealing to his followers)."""
    return (arg.actor is not None and arg.actor.kind == "group" and arg.token is not None
            and arg.token.tag_ in ("NNS", "NNPS") and owned_by(arg, sources, index))


# Nouns of armed men who act for whoever has them ('his forces', 'its fighters').
FORCE_NOUNS = {"force", "troop", "fighter", "militia", "militiaman", "soldier", "gunman",
               "army", "unit", "militant", "commander", "loyalist", "men"}


def possessors_forces(arg: Argument, index: ActorIndex) -> Argument:
    """'his forces captured the city', 'its fighters attacked X': armed men told only as
    someone's act for the one the possessive pronoun refers to, whatever country or group the
    actor layer made of the bare noun. Only as the source: a target 'its troops' is more often
    the source's own (see owned_by)."""
    tok = arg.token
    if tok is None or tok.lemma_.lower() not in FORCE_NOUNS:
        return arg
    group = armed_possessor(tok, index)
    if group is not None and group is not arg.actor and (
            arg.actor is None or arg.actor.entry is None):
        # 'the guerrilla group's commanders', 'the rebels' fighters': the group's own men,
        # whatever army or country the actor layer made of the bare noun
        return replace(arg, actor=group, country=group.country)
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"
                 and c.lower_ in THIRD_PERSON_POSSESSIVES), None)
    if poss is None:
        return arg
    owner = index.actor_of(poss)
    if owner is None or owner is arg.actor:  # the actor layer kept 'its' in the forces' name
        owner = governing_subject(tok, poss.lower_, index)
    if owner is None or owner is arg.actor:
        return arg
    return replace(arg, actor=owner, country=owner.country)


# Words of a description that stands for a non-state armed group named before ('the guerrilla
# group', 'the militia', 'the rebels').
ARMED_GROUP_NOUNS = GROUP_NOUNS | {"militia", "guerrilla", "rebel", "insurgent", "militant",
                                   "insurgency", "faction"}


def armed_possessor(noun: Token, index: ActorIndex) -> ActorBuild | None:
    """The non-state armed group a noun possessor names ('the ELN's commanders', 'the rebels'
    fighters'), or stands for as a definite description when the text named exactly one such
    group before it ('The ELN said ... The guerrilla group's commanders ordered')."""
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")),
                None)
    if poss is None:
        return None
    owner = index.actor_of(poss)
    if owner is not None:
        return owner if owner.sector in NON_STATE_ARMED else None
    if (poss.lemma_.lower() not in ARMED_GROUP_NOUNS
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in poss.children)):
        return None
    named = {id(b): b for i, key in index.token_actor.items() if i < poss.i
             and (b := index.actors.get(key)) is not None and b.entry is not None
             and b.sector in NON_STATE_ARMED}
    return next(iter(named.values())) if len(named) == 1 else None


def governing_subject(phrase: Token, pronoun: str, index: ActorIndex) -> ActorBuild | None:
    """The actor a possessive pronoun in a subject phrase refers to when the actor layer left
    it open: the subject of the nearest clause above that has one ('X said its fighters
    attacked'; 'X claimed that his men ...'), when it fits the pronoun ('his' a person, 'its'
    no person)."""
    head = phrase
    while head.head.i != head.i:
        head = head.head
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
                    and phrase not in c.subtree]
        if subjects:
            build = index.actor_of(subjects[0])
            person = build is not None and build.kind == "person"
            fits = build is not None and (pronoun == "their" or person == (pronoun != "its"))
            # 'said 26 civilians were killed and that its air force had shot down five jets':
            # a plural noun is no antecedent of 'its'
            plural = pronoun == "its" and subjects[0].tag_ in ("NNS", "NNPS")
            return build if fits and not plural else None
    return None


# How sure a target is that names a thing or a place the actor layer makes no side of.
THING_CONFIDENCE = 0.3


# Where a verb tells of an act only as the circumstance, purpose or content of another
# ('dispersed protesters demanding X', 'ordered the paper to suspend publication').
DEPENDENT_VERB_DEPS = {"acl", "advcl", "xcomp", "amod", "pcomp", "relcl"}


def thing_target(trigger: Token, etype: str, sources: list[Argument],
                 events: frozenset[int]) -> Argument | None:
    """The thing a hostile act is aimed at when no actor, place or demonym is ('boycotted the
    elections', 'ambushed a military vehicle', 'deported a convicted smuggler'): CAMEO codes
    the object as the target, though it names no party (frames.csv, scope thing). Only the
    direct object of a verb that tells its own act (not a participle, gerund or to-clause of
    another verb's act), and not a pronoun (but for the thing 'it' refers to), a measure or
    date, an event of its own (``events``: trigger tokens), the act a light verb names
    ('imposed a curfew') nor the source's own thing ('laid down its weapons')."""
    if (etype.lower() not in frames().thing or trigger_form(trigger) != "VERB"
            or trigger.dep_ in DEPENDENT_VERB_DEPS or trigger.lemma_.lower() in frames().light):
        return None
    taken = {a.token.i for a in sources if a.token is not None}
    for head in aimed_objects(trigger, etype):
        if head.lower_ in ("it", "them"):  # 'blocked a boat and rammed it': the boat
            head = thing_antecedent(head) or head
        if (head.i in taken or head.i in events or head.pos_ not in ("NOUN", "PROPN")
                or head.ent_type_ in MEASURE_ENTITIES or own_thing(Argument(token=head))):
            continue
        return Argument(None, None, head, confidence=THING_CONFIDENCE, span=side_span(head))
    return None


# What is fired or thrown at someone, beside the means of attack of frames.csv ('fired shots at').
PROJECTILES = frozenset({"shot", "bullet", "round", "gas", "volley", "salvo", "barrage",
                         "stone", "rock", "projectile", "canister", "cannon", "flare"})


def aimed_objects(trigger: Token, etype: str) -> list[Token]:
    """The direct objects of a hostile verb; for one whose object is the means it is done with
    ('fired missiles at a ship', 'launched drones against an airbase'; frames.csv scope means),
    what its target prepositions name instead: the means is no target."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    means = frames().means | PROJECTILES
    if not any(o.lemma_.lower() in means for o in objects):
        return objects
    preps = frames().target_preps(trigger.lemma_.lower(), etype, "VERB")
    aimed = [t for h in [trigger, *objects] for t in prep_objects(h, preps)]
    if not aimed:  # 'deported a convicted bomber': a person, not what is fired
        return objects
    return [o for o in objects if o.lemma_.lower() not in means] + aimed


# How sure a target is that is read off the party a condition is put on.
CONDITION_CONFIDENCE = 0.6


def condition_party(trigger: Token, index: ActorIndex, kb: KnowledgeBase) -> list[Argument]:
    """'X threatened to strike unless Y paid', 'X will not return unless its demands are met
    by Y': an act announced or refused on a condition is aimed at the party the condition is
    put on, the one who acts in the unless-clause (its subject, or a passive's agent). The
    clause may hang on the trigger, on a verb the trigger completes ('threatened to strike')
    or on the trigger's own to-clause."""
    for clause in condition_clauses(trigger):
        agents = [o for a in clause.children if a.dep_ == "agent"
                  for o in a.children if o.dep_ == "pobj"]
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        # 'unless all prisoners are released': those set free are no party to it; who holds
        # them is, where the phrase names them ('the reporters held by X')
        held = [c for c in clause.children if c.dep_ == "nsubjpass"]
        holders = [a for h in held for c in h.children if c.dep_ in ("acl", "relcl")
                   if (a := by_agent(c)) is not None]
        heads = [t for h in agents or subjects or holders for t in with_conjuncts(h)]
        found = resolve_all(heads, index, kb)
        if found:
            return [replace(a, confidence=CONDITION_CONFIDENCE) for a in found]
    return []


def condition_clauses(trigger: Token) -> list[Token]:
    """The unless-clauses on the trigger, on a verb the trigger completes ('threatened to
    strike unless') or on the trigger's own to-clause ('refused to attend unless')."""
    clauses = [trigger, *[c for c in trigger.children if to_clause(c) or announced_act(c)]]
    tok = trigger
    while tok.dep_ == "xcomp" and tok.head != tok:
        tok = tok.head
        clauses.append(tok)
    return [c for verb in clauses for c in conditions(verb)]


# Modals of an act announced for later ('warned that it would strike').
ANNOUNCING_MODALS = frozenset({"would", "will", "'ll", "shall"})


def announced_act(clause: Token) -> bool:
    """A that-clause of what the trigger's subject will do ('warned that they would trigger
    sanctions if X did not restore access'): its condition is put on the party the warning
    is aimed at, as a to-clause's is ('threatened to strike unless X paid')."""
    return clause.dep_ == "ccomp" and any(
        c.dep_ == "aux" and c.lower_ in ANNOUNCING_MODALS for c in clause.children)


def to_clause(verb: Token) -> bool:
    """A verb's to-clause: its complement, or an adverbial the parser made of it after a
    phrase ('threatened in the capital to strike')."""
    return verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in verb.children))


def held_in_condition(trigger: Token) -> set[int]:
    """Tokens of those an agentless passive condition wants something done to ('would not
    join talks unless all prisoners were released', 'unless its jailed members are freed'):
    they neither act in the refused act nor are the party it is aimed at."""
    return {t.i for c in condition_clauses(trigger) if by_agent(c) is None
            for s in c.children if s.dep_ == "nsubjpass" for t in s.subtree}


# Words before 'with' that make its object one who acts beside the agent ('together with X',
# 'along with X', 'side by side with X', 'jointly with X').
ALLY_ADVERBS = {"together", "along", "side", "jointly", "alongside"}
# Nouns whose 'with the N of X' or 'in N with X' makes X a helper of the agent ('with the help
# of X', 'in coordination with X').
ALLY_NOUNS = {"help", "support", "backing", "assistance", "aid", "cooperation", "coordination",
              "partnership", "alliance", "concert", "tandem", "conjunction", "collaboration"}


# The prepositions allied() can accept.
ALLY_PREPS = frozenset({"alongside", "with", "of"})


def allied(prep: Token) -> bool:
    """A preposition that introduces one acting beside the agent, never its target ('fought
    alongside X', 'together with X', 'with the help of X', 'in coordination with X')."""
    word = prep.lower_
    if word == "alongside":
        return True
    if word == "with" and prep.i > 0 and prep.doc[prep.i - 1].lower_ in ALLY_ADVERBS:
        return True
    noun = prep.head
    return (word in ("with", "of") and noun.lemma_.lower() in ALLY_NOUNS
            and noun.dep_ == "pobj" and noun.head.lower_ in ("with", "in"))


def ally_preps(doc: Doc) -> list[int]:
    """The prepositions of a Doc that allied() may accept, found once per Doc (each trigger
    asks for those of its sentence)."""
    cached = doc.user_data.get("kronika_ally_preps")
    if cached is None:
        lowers = lower_texts(doc)
        cached = doc.user_data["kronika_ally_preps"] = [
            i for i, dep in enumerate(dep_labels(doc)) if dep == "prep" and lowers[i] in ALLY_PREPS]
    return cached


def co_agents(trigger: Token) -> set[int]:
    """Tokens of the phrases in the trigger's sentence that name those acting beside an agent
    (but not the partner of a trigger that is itself the joint act: 'in cooperation with X')."""
    doc = trigger.doc
    sent = sentences(doc)[sentence_index(doc)[trigger.i]]
    joint = trigger.lemma_.lower() in ALLY_NOUNS
    out: set[int] = set()
    # a Token is built only for a preposition allied() may accept
    for i in (i for i in ally_preps(doc) if sent.start <= i < sent.end):
        prep = doc[i]
        if not (joint and prep.head == trigger) and allied(prep):
            out.update(t.i for t in prep.subtree)
    return out


def predicated(trigger: Token) -> set[int]:
    """Tokens of an 'as' phrase that says what the trigger's act or its object is ('condemned
    the strikes as a violation of Lebanese sovereignty'): it names a judgement, not a side."""
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    # with no object of its own, the parse may have hung a shifted object inside the phrase
    # ('denounced as a crime X's crackdown'): then it is no mere judgement
    heads = [trigger, *objects] if objects else []
    return {t.i for h in heads for p in h.children
            if p.dep_ == "prep" and p.lower_ == "as" for t in p.subtree}


def other_segment(trigger: Token) -> set[int]:
    """Tokens of the sentence on the other side of a semicolon from the trigger: a headline's
    'X attacks town; Y sends troops' tells two events, neither a side of the other."""
    doc = trigger.doc
    sent = sentences(doc)[sentence_index(doc)[trigger.i]]
    texts = lower_texts(doc)
    cuts = [i for i in range(sent.start, sent.end) if texts[i] == ";"]
    if not cuts:
        return set()
    start = max((i for i in cuts if i < trigger.i), default=sent.start - 1)
    end = min((i for i in cuts if i > trigger.i), default=sent.end)
    return {i for i in range(sent.start, sent.end) if not start < i < end}


# Prepositions that place a site by what lies near it ('the base near X', 'a camp outside X').
NEARBY_PREPS = {"near", "outside", "around", "beside", "nearby", "off"}
# Military sites an attack is done to ('stormed the base', 'overran an outpost').
MILITARY_SITES = {"base", "camp", "barracks", "post", "outpost", "checkpoint", "position",
                  "garrison", "airbase", "depot", "headquarters", "fort"}


def surroundings(trigger: Token) -> set[int]:
    """Tokens of a phrase that places the site an act is done to by what lies near it ('stormed
    the base near the town of X'): the town is not what was hit (the base, or its owner, is)."""
    sites = [c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in MILITARY_SITES]
    if not sites:
        return set()
    return {t.i for h in [trigger, *sites] for p in h.children
            if p.dep_ == "prep" and p.lower_ in NEARBY_PREPS for t in p.subtree}


# What fills a verb's own object slot ('backed the polls', 'said that ...', 'agreed to go').
OWN_OBJECT_DEPS = {"dobj", "dative", "ccomp", "xcomp", "attr", "acomp"}


def conjunct_object(token: Token, trigger: Token) -> bool:
    """The token belongs to another verb that shares the trigger's subject, when the trigger
    has an object of its own ('backed the polls and pressed armed groups to disarm': the groups
    are pressed, not backed). A trigger with no object, or with a preposition left without one,
    shares the last conjunct's ('attacked and occupied X', 'established ties with and opened an
    embassy in X'); a conjunct with a subject of its own is a clause of its own, not this."""
    if trigger.pos_ != "VERB" or not any(c.dep_ in OWN_OBJECT_DEPS for c in trigger.children):
        return False
    conjoined = {c.i for c in trigger.conjuncts}
    for tok in token.ancestors:
        if tok.i == trigger.i:
            return False
        if tok.i in conjoined:
            between = trigger.doc[min(tok.i, trigger.i):max(tok.i, trigger.i)]
            stranded = any(is_preposition(t) and t.n_rights == 0 for t in between)
            # 'X did A, and it did B': a pronoun subject is the same party
            own = any(c.dep_ in SUBJECT_DEPS | {"nsubjpass"} and c.pos_ != "PRON"
                      for c in tok.children)
            return not stranded and not own
    return False


def outside_event(trigger: Token) -> frozenset[int]:
    """Tokens that name no side of the trigger's event however near they are: its sources of
    information, those held in a condition on it (see informants, held_in_condition), those
    acting beside an agent, an 'as' judgement, what lies near the site it is done to and
    whatever lies past a semicolon. Computed once per token: each side and path asks."""
    return per_token(trigger, "kronika_outside_event", _outside_event)


def _outside_event(trigger: Token) -> frozenset[int]:
    return (informants(trigger) | held_in_condition(trigger) | co_agents(trigger)
            | predicated(trigger) | other_segment(trigger) | surroundings(trigger)
            | quoted_apart(trigger) | currency_names(trigger) | behest_phrases(trigger))


def behest_host(noun: Token) -> Token | None:
    """The verb an adjunct of asking hangs on when the noun heads one ('sent troops to Juba at
    the request of X', frames.csv scope behest): the asked one's act."""
    preps = frames().preps.get(("behest", noun.lemma_.lower()))
    prep = noun.head
    if preps is None or noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in preps:
        return None
    host = prep.head
    for _ in range(4):  # the adjunct may hang on the verb's object ('sent troops to Juba at')
        if host.pos_ in ("VERB", "AUX") or host.head is host:
            break
        host = host.head
    return host if host.pos_ in ("VERB", "AUX") else None


def undergoing_host(noun: Token) -> Token | None:
    """The verb whose subject an act noun is done to, when the noun is the object of its
    'under' ('the convoy came under fire', frames.csv scope undergo)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "under":
        return None
    return prep.head if prep.head.lemma_.lower() in frames().undergo else None


def undergone_subject(verb: Token) -> Token | None:
    """The subject of a verb that undergoes an act in its 'under' phrase ('came under fire')."""
    if verb.lemma_.lower() not in frames().undergo or not any(
            c.dep_ == "prep" and c.lower_ == "under" and any(g.dep_ == "pobj" for g in c.children)
            for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def behest_askers(noun: Token) -> list[Token]:
    """Who asks in an adjunct of asking: its possessor ('at Kiir's request') or of-phrase."""
    return [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, {"of"})


def behest_phrases(trigger: Token) -> set[int]:
    """Tokens of the adjuncts of asking in the trigger's sentence that do not hold it ('sent
    troops at the request of X'): who asked is neither the sender nor where the troops went."""
    found: set[int] = set()
    for tok in trigger.sent:
        prep = tok.head
        if tok.dep_ == "pobj" and not prep.left_edge.i <= trigger.i <= prep.right_edge.i \
                and behest_host(tok) is not None:
            found |= {t.i for t in prep.subtree}
    return found


# Signs and nouns of money, which a country's name before them qualifies ('US $50 million',
# 'Hong Kong dollars').
CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥", "₹"})
CURRENCY_NOUNS = frozenset({"dollar", "euro", "pound", "yuan", "yen", "rupee", "rouble",
                            "ruble", "peso", "franc", "shilling", "naira", "rand", "lira"})


def currency_names(trigger: Token) -> set[int]:
    """Tokens of the trigger's sentence that name the country of a currency, not a party: right
    before a currency sign ('misusing US $50 million') or a modifier of a currency noun ('20
    million Hong Kong dollars')."""
    doc = trigger.doc
    sent = sentences(doc)[sentence_index(doc)[trigger.i]]
    texts, lemmas = lower_texts(doc), lower_lemmas(doc)
    found: set[int] = set()
    for i in range(sent.start, sent.end):
        if texts[i] in CURRENCY_SIGNS and i > sent.start:
            found.add(i - 1)
        elif lemmas[i] in CURRENCY_NOUNS:
            found |= {t.i for c in doc[i].children if c.dep_ in ("compound", "nmod", "amod")
                      and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "MONEY"))
                      for t in c.subtree}
    return found


def quote_spans(trigger: Token) -> list[tuple[int, int]]:
    """(first, last) token of each closed double quotation in the trigger's sentence, marks
    included (the Doc's quotations of claims.quotes; single quotes are too often apostrophes,
    and a quotation left open runs past the sentence and is left alone)."""
    doc = trigger.doc
    sent = sentences(doc)[sentence_index(doc)[trigger.i]]
    text, starts = doc_text(doc), token_starts(doc)
    return [(bisect_right(starts, q.start) - 1, bisect_right(starts, q.end - 1) - 1)
            for q in quotes_of(doc)
            if q.closed and sent.start_char <= q.start and q.end <= sent.end_char
            and text[q.start] not in SINGLE_QUOTES]


# Marks of single quotations, which quote_spans leaves out.
SINGLE_QUOTES = frozenset("\u2018'")


def quoted_apart(trigger: Token) -> set[int]:
    """Tokens inside a quotation the trigger is outside of, one that says something (not a
    quoted name alone: 'the "Islamic State"'): 'protesters chanting "X must go" blocked
    roads' -- the words of a chant or a slogan are no side of what the chanters do, however
    the parser hangs the rest of the sentence on the quoted verb. Not when the quotation is
    the trigger's own complement ('demanded: "X must withdraw"'), whose parties it names."""
    doc = trigger.doc
    found: set[int] = set()
    for first, last in quote_spans(trigger):
        if first < trigger.i < last:
            continue
        inside = range(first + 1, last)
        if all(doc[i].pos_ in ("PROPN", "PUNCT", "DET") for i in inside):
            continue  # a quoted name is still the name
        if any(doc[i].head.i == trigger.i for i in inside):
            continue
        found |= set(inside)
    return found


def unknown_name(trigger: Token, etype: str, lemma: str, sources: list[Argument]
                 ) -> Argument | None:
    """A proper name the trigger's target paths reach that the actor layer does not know
    ('the invasion of South Kordofan', 'talks with Zakharchenko'): the grammar's own target,
    surer than the nearest actor elsewhere in the sentence, though it names no country."""
    fr = frames()
    form = trigger_form(trigger)
    preps = fr.target_preps(lemma or trigger.lemma_.lower(), etype, form)
    taken = {a.token.i for a in sources if a.token is not None}
    for path in fr.of(form, "target"):
        for head in walk(trigger, path.steps, preps, fr, SPECIAL_STEPS):
            if (head.pos_ == "PROPN" and head != trigger and head.i not in taken
                    and head.i not in informants(trigger)
                    and head.ent_type_ not in MEASURE_ENTITIES):
                return Argument(None, None, head, confidence=THING_CONFIDENCE,
                                span=side_span(head))
    return None


def unknown_agent(trigger: Token, index: ActorIndex) -> Argument | None:
    """The 'by' agent of a passive that the actor layer does not know ('was beaten by prison
    guards', 'were detained by Zetas'): people or a name the grammar gives as the one who acted,
    surer than any party guessed from the discourse, though it names no country. Not a means
    ('killed by a roadside bomb'), which implicit.py reads as such."""
    agent = by_agent(trigger) if trigger_form(trigger) == "PASSIVE" else None
    if (agent is None or index.actor_of(agent) is not None
            or agent.tag_ not in ("NNS", "NNPS", "NNP") or agent.ent_type_ in MEASURE_ENTITIES
            or agent.lemma_.lower() in frames().means or is_place_phrase(agent)):
        return None
    return Argument(None, None, agent, confidence=THING_CONFIDENCE, span=side_span(agent))


def conditions(verb: Token) -> list[Token]:
    """The unless-clauses of a verb ('will strike unless X pays' -> pays), and its if-not
    clauses, which say the same ('if X does not pay', 'if X fails to pay')."""
    return [c for c in verb.children if c.dep_ == "advcl" and (any(
        m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children) or if_not(c))]


# Verbs that make an if-clause an unless-clause ('if X fails to pay' = 'unless X pays').
NOT_DOING_VERBS = {"fail", "refuse", "decline"}


def if_not(clause: Token) -> bool:
    """An if-clause that puts a condition in the negative ('if Iran does not restore access',
    'if the rebels fail to withdraw'): an unless-clause in other words."""
    return any(m.dep_ == "mark" and m.lower_ == "if" for m in clause.children) and (
        clause.lemma_.lower() in NOT_DOING_VERBS or any(c.dep_ == "neg" for c in clause.children))


def own_thing(arg: Argument) -> bool:
    """A side read from a phrase its actor possesses through a pronoun ('its borders')."""
    tok = arg.token
    return tok is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)


def reciprocal(trigger: Token) -> bool:
    """The trigger acts on 'each other' or 'one another' ('X and Y blamed each other', 'fired
    on one another', 'imposed sanctions on each other'), or is a verb of frames.csv scope
    reciprocal ('X and Y clashed', 'exchanged fire'): its coordinated subjects are also its
    targets. The phrase must hang on the trigger itself, not on a verb below it."""
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in frames().reciprocal:
        return True
    if each_the_other(trigger):
        return True
    for tok in trigger.subtree:
        before = tok.nbor(-1).lower_ if tok.i > 0 else ""
        if (before, tok.lower_) not in (("each", "other"), ("one", "another")):
            continue
        head = tok.nbor(-1) if tok.dep_ == "det" else tok  # 'one<dobj another<det'
        while head != trigger and head.pos_ not in ("VERB", "AUX") and head.head != head:
            head = head.head
        if head == trigger:
            return True
    return False


# Prepositions of where two parties who fought each other met ('clashed at X', 'near X').
MEETING_PLACE_PREPS = frozenset({"at", "in", "near", "around", "outside", "inside", "along",
                                 "on", "across"})


def mutual_at_place(trigger: Token, sources: list[Argument], targets: list[Argument]) -> bool:
    """Two or more parties acting on each other ('X and Y clashed at Z', 'exchanged fire at the
    crossing') with only places, or names told as where it happened, for targets: the place
    is where they fought, and each party is the other's target."""
    return (len(sources) > 1 and bool(targets) and reciprocal(trigger)
            and all(a.actor is None or at_meeting_place(a.token) for a in targets))


def at_meeting_place(token: Token | None) -> bool:
    """The token heads the object of a preposition of place ('at Heglig', 'near the border')."""
    head = token
    while head is not None and head.dep_ in ("compound", "amod", "flat") and head.head != head:
        head = head.head
    return (head is not None and head.dep_ == "pobj"
            and head.head.lower_ in MEETING_PLACE_PREPS)


def each_the_other(verb: Token) -> bool:
    """'each side blamed the other', 'each accused the other of X': a subject with 'each' acting
    on 'the other' is a pair acting on each other."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (subj is not None and any(c.lower_ == "each" for c in [subj, *subj.children])
            and any(c.lower_ == "other" and c.dep_ in ("dobj", "pobj")
                    for c in verb.subtree if c.head == verb or c.head.head == verb))


def owned_by(arg: Argument, sources: list[Argument], index: ActorIndex) -> bool:
    """Whether a side is a thing a source possesses through a pronoun ('its ban', 'their
    troops'): the pronoun refers to that source, or to no actor but the phrase itself ('Chile
    reinforced its troops in X' is Chile's troops, whatever country the actor layer gave them)."""
    tok = arg.token
    if tok is None or not own_thing(arg):
        return False
    poss = next(c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON")
    owner = index.actor_of(poss)
    if owner is None or not sources:
        return True  # no source read yet: the pronoun's owner is the one to be read
    return any(s.actor is owner or (s.actor is None and s.country == owner.country)
               for s in sources)


THIRD_PERSON_POSSESSIVES = {"its", "their", "his", "her"}
# Sectors whose members strike by force (CAMEO sector codes).
ARMED_SECTORS = NON_STATE_ARMED | {"MIL", "SPY", "COP"}


def own_forces(arg: Argument, sources: list[Argument], index: ActorIndex) -> bool:
    """'the government withdraws its troops', 'the police pull their officers out': the
    source's own armed men, which an act of the source moves or holds but is not aimed at
    (its citizens or its partners may be)."""
    tok = arg.token
    return (bool(sources) and arg.actor is not None and arg.actor.sector in ARMED_SECTORS
            and tok is not None and owned_by(arg, sources, index)
            # 'our troops' are the speaker's, whoever acts on them
            and all(c.lower_ in THIRD_PERSON_POSSESSIVES for c in tok.children
                    if c.dep_ == "poss" and c.pos_ == "PRON"))


# Acts that move one's own forces away or toward somewhere ('withdrew its troops').
FORCE_MOVING_TYPES = {"RETREAT", "MOBILIZE"}


def moved_own_forces(arg: Argument, etype: str) -> bool:
    """'X withdrew its troops', 'Y pulled back their fighters': armed men marked by a
    possessive pronoun as someone's, moved by a withdrawal or a deployment, are the mover's
    own whoever the pronoun was resolved to: what is moved, never whom the act is aimed at."""
    tok = arg.token
    return (etype in FORCE_MOVING_TYPES and tok is not None and arg.actor is not None
            and arg.actor.sector in ARMED_SECTORS and tok.lemma_.lower() in FORCE_NOUNS
            and any(c.dep_ == "poss" and c.lower_ in THIRD_PERSON_POSSESSIVES
                    for c in tok.children))


def as_thing(arg: Argument) -> Argument:
    """The phrase of a side kept as what the act is done to, naming no party."""
    return replace(arg, actor=None, country=None, confidence=THING_CONFIDENCE)


def deployed_forces(arg: Argument, sources: list[Argument], etype: str) -> bool:
    """'massed troops near X', 'deployed police in the capital': the forces a mobilization
    moves are the source's own (unless the text gives them another country), never its
    target."""
    return (etype == "MOBILIZE" and bool(sources) and arg.actor is not None
            and arg.actor.sector in ARMED_SECTORS
            and arg.country in (None, sources[0].country))


# Acts that move or hold one's own forces ('troops were deployed', 'police were massed').
MOVING_TYPES = {"MOBILIZE"}


def moved_forces(trigger: Token, etype: str, sources: list[Argument], targets: list[Argument],
                 index: ActorIndex) -> tuple[list[Argument], list[Argument]]:
    """'its forces are deployed in the region', 'troops were massed near the border', 'police
    deployed in the capital': the forces a passive mobilization moves are the instrument of
    whoever has them, never its target: they are the source when none is named (the owner,
    for 'its forces'), and left out beside one of the same (or no) country."""
    if etype not in MOVING_TYPES or trigger_form(trigger) != "PASSIVE":
        return sources, targets
    moved = [a for a in targets if a.actor is not None and a.actor.sector in ARMED_SECTORS
             and a.token is not None and passive_subject(a.token, trigger)
             and (not sources or a.country in (None, sources[0].country))]
    if not moved:
        return sources, targets
    rest = [a for a in targets if a not in moved]
    return sources or [possessors_forces(a, index) for a in moved], rest


def passive_subject(token: Token, trigger: Token) -> bool:
    """The subject of a passive verb ('troops were deployed'), or the noun its participle
    modifies ('troops deployed near X')."""
    return ((token.dep_ == "nsubjpass" and token.head.i == trigger.i)
            or (trigger.dep_ in ("acl", "amod") and trigger.head.i == token.i))


def of_place(arg: Argument) -> bool:
    """A place after "of" ('the bombing of Kyiv'): what the event hit, never who acted."""
    tok = arg.token
    return arg.actor is None and tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "of"


# Words that place a name within a country or region ('central Mali', 'northern Nigeria').
DIRECTIONS = {"central", "northern", "southern", "eastern", "western", "north", "south", "east",
              "west", "northeast", "northwest", "southeast", "southwest", "northeastern",
              "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
              "south-eastern", "south-western", "mid-western", "upper", "lower"}
# Acts whose noun takes the name of where it happened ('the Kabul attack', 'a northern Mali raid').
SITE_TYPES = {"ASSAULT"}


def attack_site(arg: Argument, trigger: Token, etype: str, index: ActorIndex) -> bool:
    """A place name compounded on an attack noun tells where it happened, not who attacked:
    a town or region ('the Kabul attack', 'the Bamako bombing') or a country under a word of
    direction ('a central Mali attack'); a demonym ('a Russian attack') still tells who."""
    tok = arg.token
    if etype not in SITE_TYPES or tok is None:
        return False
    noun = tok.head  # the trigger, or the attack noun a verb's side is read from ('the Kabul
    # attack killed 20', 'were killed in a Bamako bombing')
    if (tok.dep_ not in ("compound", "nmod") or noun.pos_ != "NOUN" or tok.i > noun.i
            or trigger not in [noun, *list(noun.ancestors)[:2]] or tok.ent_type_ == "NORP"):
        return False
    if arg.actor is None and index.place_of(tok) is not None:
        return True
    return any(t.lower_ in DIRECTIONS for t in tok.doc[tok.left_edge.i:tok.i]) or any(
        c.lower_ in DIRECTIONS for c in noun.children if c.i < tok.i)


def read_sides(
    trigger: Token, etype: str, index: ActorIndex, kb: KnowledgeBase, addressee: bool = False,
    lemma: str = "",
) -> tuple[list[Argument], list[Argument]]:
    """(sources, targets) of a trigger by its frames; for a demand, the subject of its
    that-clause is the addressee ('demanded that X withdraw'). ``lemma`` is the trigger's
    lexicon entry ('strike deal'), which keys its target prepositions."""
    lemma = lemma or trigger.lemma_.lower()
    host = behest_host(trigger) if trigger.pos_ == "NOUN" else None
    if host is not None:
        # 'Uganda sent troops at the request of Kiir's government': the government asked
        # Uganda, whatever the prepositions of the noun would say
        asked = subject_of(host)
        return (resolve_all(behest_askers(trigger), index, kb),
                resolve_all([asked] if asked is not None else [], index, kb))
    host = undergoing_host(trigger) if trigger.pos_ == "NOUN" else None
    if host is not None:
        # 'a UN helicopter came under fire': the helicopter is fired on, by one not named
        # (or named after 'from' or 'by': 'came under criticism from X')
        hit = subject_of(host)
        targets = resolve_all([hit] if hit is not None else [], index, kb)
        sources = [a for a in read_side(trigger, "source", etype, lemma, index, kb)
                   if not any(same_side(a, t) for t in targets)]
        return sources, targets
    if lemma in frames().converse and trigger_form(trigger) == "VERB":
        # 'rebels received weapons from X': X gives, the subject is given to
        givers = resolve_all(prep_objects(trigger, {"from"}), index, kb)
        receivers = read_side(trigger, "source", etype, lemma, index, kb)
        return [replace(a, confidence=CONVERSE_CONFIDENCE) for a in givers], receivers
    sources = read_side(trigger, "source", etype, lemma, index, kb)
    hit = undergone_subject(trigger.head) if trigger.tag_ == "VBG" and trigger.dep_ in (
        "advcl", "xcomp", "conj") else None
    if hit is not None:
        # 'the convoy came under fire, killing two': whoever fired killed, not the convoy
        struck = resolve_all([hit], index, kb)
        sources = [a for a in sources if not any(same_side(a, s) for s in struck)]
    # whom a taking took from, when the text tells who took it (a taking with no taker told,
    # 'weapons they seized from X' with 'they' unresolved, stays uncoded as before)
    taker = sources or adjunct_gerund_subject(trigger) is not None
    losers = dispossessed(trigger, lemma, index, kb) if taker else []
    if losers:
        # 'the seizure of the town from the rebels': 'from' names whom it was taken from,
        # never who took it
        lost = {a.token.i for a in losers if a.token is not None}
        sources = [a for a in sources if a.token is None or a.token.i not in lost]
    if not sources and lemma in frames().origin and trigger.pos_ == "VERB":
        # 'the minister called from Cairo to Tehran': where the call came from
        sources = [replace(a, confidence=ORIGIN_CONFIDENCE)
                   for a in resolve_all(prep_objects(trigger, {"from"}), index, kb)]
    defenders = withstanding(trigger, index, kb)
    if defenders:
        # 'its forces repelled 40 assaults': the defenders did not attack
        sources = [a for a in sources if not any(same_side(a, d) for d in defenders)]
    held = held_subject(trigger)
    if held is not None:
        # 'X remains in detention': X is the one held, no one who holds
        kept = {t.i for t in held.subtree}
        sources = [a for a in sources if a.token is None or a.token.i not in kept]
    targets = losers or read_side(trigger, "target", etype, lemma, index, kb, sources)
    if held is not None and not targets:
        targets = [replace(a, confidence=HELD_CONFIDENCE) for a in resolve_all([held], index, kb)]
    if defenders and not any(a.actor is not None for a in targets):
        targets = defenders
    if not targets:
        # 'will receive his Moroccan counterpart to discuss migration': with whom
        targets = [replace(a, confidence=PURPOSE_PARTNER_CONFIDENCE)
                   for a in resolve_all(purpose_partners(trigger), index, kb)]
    if not targets and etype in ATTACKING_TYPES and trigger.pos_ == "VERB":
        # 'fired tear gas to stop them reaching parliament': whom the act was to stop
        # ('them' in 'stop them reaching' is an object, whatever the parser made of it)
        found = [pronoun_antecedent(t, index, kb) if t.lower_ in OBJECT_PRONOUNS
                 else argument_of(t, index, kb) for t in hindered(trigger)]
        targets = [replace(a, confidence=HINDERED_CONFIDENCE) for a in found if a]
    if not targets and trigger.pos_ == "NOUN":
        # 'the Kabul attack': where it happened is what it hit, when nothing else is named
        sites = resolve_all([c for c in trigger.children if c.dep_ in ("compound", "nmod")],
                            index, kb)
        targets = [replace(a, confidence=PLACE_TARGET_CONFIDENCE) for a in sites
                   if attack_site(a, trigger, etype, index)]
    targets = against_over_venue(trigger, lemma, targets, index, kb)
    if mutual_at_place(trigger, sources, targets):
        targets = []  # 'X and Y clashed at Z': each fought the other, at Z
    sources, targets = moved_forces(trigger, etype, sources, targets, index)
    if addressee and (trigger.pos_ != "VERB"
                      or all(owned_by(a, sources, index) for a in targets)):
        # a demand noun's own that-clause names whom it is put to before any other path
        found = resolve_all(addressed(trigger), index, kb)
        found = [replace(a, confidence=0.6) for a in found if a.country]
        targets = found or targets
    return sources, targets


# How sure the one held is when read off the subject of the verb a holding noun is in
# ('X remains in detention').
HELD_CONFIDENCE = 0.6
# Prepositions by which a noun of an act done to someone tells the state one is in ('in
# detention', 'under arrest'), and verbs of being or ending up in it.
STATE_PREPS = frozenset({"in", "under"})
STATE_VERBS = frozenset({"be", "remain", "stay", "languish", "die", "sit", "spend"})


def held_subject(noun: Token) -> Token | None:
    """The subject of a verb of being with no object, in the state an act noun done to someone
    leaves one in ('Aung San Suu Kyi remains in detention', 'the journalist died in detention',
    'X is under arrest'; frames.csv scope undergoer): the one it is done to, not its doer
    ('police held him in detention' has an object, and the police hold him)."""
    if (noun.pos_ != "NOUN" or noun.lemma_.lower() not in frames().undergoer
            or noun.dep_ != "pobj" or noun.head.lower_ not in STATE_PREPS):
        return None
    verb = noun.head.head
    if verb.lemma_.lower() not in STATE_VERBS or any(c.dep_ in ("dobj", "dative")
                                                     for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


# How sure a party is that is read off 'against X' past where a complaint is brought.
AGAINST_CONFIDENCE = 0.7


def against_over_venue(trigger: Token, lemma: str, targets: list[Argument], index: ActorIndex,
                       kb: KnowledgeBase) -> list[Argument]:
    """'filed a complaint with the WTO against X', 'sued X in the ICJ', 'appealed to the UN
    against X': a complaint, appeal or suit (frames.csv scope venue) is aimed at the party it
    is against; the body it is brought to is only where, once the text names that party. The
    parser may hang 'against X' on the trigger, on the verb it is the object of, or on the
    venue."""
    fr = frames()
    preps = frozenset(p for w in lemma.split() for p in fr.preps.get(("venue", w), ()))
    if not preps:
        return targets
    heads = [trigger] + ([trigger.head] if trigger.dep_ in ("dobj", "nsubjpass") else [])
    venues = [o for h in heads for o in prep_objects(h, preps)]
    against = [o for h in heads + venues for o in prep_objects(h, {"against"})]
    parties = resolve_all(against, index, kb)
    if not parties:
        return targets
    where = {t.i for v in venues for t in with_conjuncts(v)}
    kept = [a for a in targets if a.token is None or a.token.i not in where]
    have = {a.token.i for a in kept if a.token is not None}
    return kept + [replace(a, confidence=AGAINST_CONFIDENCE) for a in parties
                   if a.token is None or a.token.i not in have]


# How sure the giver of a converse verb is ('received weapons from X').
CONVERSE_CONFIDENCE = 0.8
# How sure the source of a call is when read off where it came from ('called from X').
ORIGIN_CONFIDENCE = 0.6


def dispossessed(trigger: Token, lemma: str, index: ActorIndex, kb: KnowledgeBase
                 ) -> list[Argument]:
    """Whom a taking (frames.csv scope dispossess) took from: an actor or a state after
    'from' ('retook the town of X from the militants', 'captured Y from Russia', 'seized
    weapons from the rebels'), aimed at before the town or the thing taken, which names no
    side. Not a town or a thing it was taken from or out of ('seized drugs from a truck in
    X')."""
    if lemma not in frames().dispossess:
        return []
    found = resolve_all(prep_objects(trigger, {"from"}), index, kb)
    return [replace(a, confidence=DISPOSSESSED_CONFIDENCE) for a in found
            if a.actor is not None or (a.token is not None and index.place_of(a.token)
                                       and kb.country_code(a.token.text) is not None)]


# How sure the one received or met is to be the partner of the talk it was for.
PURPOSE_PARTNER_CONFIDENCE = 0.6
# How sure the one a hostile act was done to stop is to be its target.
HINDERED_CONFIDENCE = 0.65
# Verbs of stopping someone ('to stop', 'to prevent', 'to keep back', 'to disperse').
HINDERING_VERBS = frozenset({"stop", "prevent", "keep", "block", "deter", "disperse", "halt",
                             "repel", "scatter", "bar", "hold", "push", "drive", "turn"})


def hindered(trigger: Token) -> list[Token]:
    """Whom a hostile act with no target of its own was done to stop ('fired tear gas to stop
    them reaching the legislature', 'fired warning shots to keep the crowd back', 'used water
    cannon to disperse the marchers'): the object of its to-clause of stopping, or the
    subject the parser gave the clause stopped ('stop them reaching' -> them)."""
    found = []
    for clause in trigger.children:
        if (clause.dep_ not in ("advcl", "xcomp") or clause.lemma_.lower() not in HINDERING_VERBS
                or not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)):
            continue
        objects = [c for c in clause.children if c.dep_ in ("dobj", "dative")]
        if not objects:  # 'stop them reaching': the parser makes 'them' the clause's subject
            objects = [s for c in clause.children if c.dep_ in ("ccomp", "xcomp")
                       for s in c.children if s.dep_ == "nsubj"]
        found += objects
    return found


def purpose_partners(trigger: Token) -> list[Token]:
    """Whom a talk told as the purpose of receiving or meeting someone is held with: the
    object of the verb its to-clause hangs on ('received his counterpart on Thursday to
    discuss X', 'hosted the envoy in Ankara to discuss Y'); frames.csv scope topic."""
    host = trigger.head
    if (trigger.dep_ != "advcl" or trigger.lemma_.lower() not in frames().topic
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
            or host.pos_ != "VERB" or host.lemma_.lower() in frames().object_control):
        return []  # 'invited X to discuss': X discusses (object_controller)
    return [c for c in host.children if c.dep_ == "dobj"]


# How sure the one who withstands an attack is to be its target ('repelled an assault').
WITHSTANDING_CONFIDENCE = 0.7


def withstanding(trigger: Token, index: ActorIndex, kb: KnowledgeBase) -> list[Argument]:
    """Who withstood an attack noun (frames.csv scope withstand): the subject of the verb it
    is the object of ('Ukrainian forces repelled 40 assaults near X'), or the 'by' agent of
    that verb in the passive ('the assault was repulsed by the army')."""
    verb = trigger.head
    if trigger.pos_ != "NOUN" or verb.lemma_.lower() not in frames().withstand:
        return []
    if trigger.dep_ == "dobj":
        found = subject_of(verb)
    elif trigger.dep_ == "nsubjpass":
        found = by_agent(verb)
    else:
        return []
    args = resolve_all([found], index, kb) if found is not None else []
    return [replace(a, confidence=WITHSTANDING_CONFIDENCE) for a in args]


def addressed(trigger: Token) -> list[Token]:
    """The subjects of the that-clause of a demand ('demanded that X withdraw', 'its demand
    that X withdraw', 'insisted on its demand that X withdraw'): the one the demand is put
    to. A verb's clause may lack 'that'; a noun's needs it (else it is a relative clause)."""
    clauses = [c for c in trigger.children if c.dep_ == "ccomp"] if trigger.pos_ == "VERB" else []
    nouns = [trigger] if trigger.pos_ != "VERB" else [
        o for c in trigger.children if c.dep_ == "dobj" or is_preposition(c)
        for o in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"])
        if o.pos_ == "NOUN"]
    clauses += [c for n in nouns for c in n.children if c.dep_ in ("acl", "relcl", "ccomp")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return [t for c in clauses for s in c.children if s.dep_ == "nsubj"
            for t in with_conjuncts(s)]


def prep_objects(head: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    """Objects of the given prepositions under a head ('strikes on X', 'talks with X')."""
    out = []
    for child in head.children:
        if is_preposition(child) and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out.extend(with_conjuncts(obj))
    return out


def is_place_phrase(token: Token) -> bool:
    """A toponym phrase ('Kyiv', 'the city of Mukachevo'): named as a location, not an agent."""
    return token.ent_type_ in ("GPE", "LOC", "FAC") or token.lemma_.lower() in PLACE_NOUNS


def place_heads(obj: Token, depth: int = 3) -> list[Token]:
    """A prepositional object and the names attached to it ('the city of Mukachevo'), down
    a short chain of "of" phrases ('two districts of the old town of Mukachevo')."""
    near = [c for c in obj.children if c.dep_ in ("compound", "appos", "conj")]
    for of_object in (
        g
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ):
        near += place_heads(of_object, depth - 1) if depth > 1 else [of_object]
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
    if trigger.head != trigger and not own_clause(trigger):
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


def own_clause(trigger: Token) -> bool:
    """The trigger heads a clause of its own, with its subject or its conjunction ('seize a
    town near Goma as the army retreats'): where the clause above happened is not its place."""
    return trigger.dep_ in ("advcl", "ccomp", "conj", "relcl") and (
        has_own_subject(trigger) or any(c.dep_ == "mark" for c in trigger.children))


# Prepositions that place what an act is aimed at ('positions in X', 'a base near X').
LOCATIVE_PREPS = {"in", "near", "outside", "inside", "around"}
# Prepositions that introduce only what an act noun is aimed at ('attack on X', 'war against X').
AIMED_PREPS = {"on", "upon", "against", "into"}


def aimed_phrases(trigger: Token) -> list[Token]:
    """The objects of an event noun's own 'on X' or 'against X' ('Turkey's attack on Kurdish
    positions in Syria drew criticism from Washington'): what it was aimed at is told there,
    though it may name no party; no one outside them is its target."""
    if trigger.pos_ != "NOUN":
        return []
    return [o for c in trigger.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPS
            for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in MEASURE_ENTITIES]


def place_target(trigger: Token, index: ActorIndex) -> Place | None:
    """The place an act is aimed at when no actor is: a locative phrase of the trigger
    (locative_place), else of its object or its complement's object ('imposed a curfew in X',
    'strengthened its forces in X', 'threatened to institute a curfew in X'). For an event
    noun with its own 'on X', the first place in that phrase."""
    aimed = aimed_phrases(trigger)
    near = [t for o in aimed for h in [o, *prep_objects(o, LOCATIVE_PREPS)]
            for t in place_heads(h)]  # 'on positions in northern Syria'
    found = next((p for t in near if (p := index.place_of(t)) is not None), None)
    if found is not None or aimed:
        return found
    found = locative_place(trigger, index)
    if found is not None:
        return found
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for x in trigger.children if x.dep_ == "xcomp"
                for o in [x, *x.children] if o == x or o.dep_ == "dobj"]
    for obj in objects:  # the phrase's first place: 'in parts of the city of X'
        for tok in (t for o in prep_objects(obj, OBJECT_PLACE_PREPS) for t in o.subtree):
            place = index.place_of(tok)
            if place is not None:
                return place
    return None


def agreed_place(trigger: Token, index: ActorIndex) -> Argument | None:
    """Where the act a party agrees to is to happen, when no one else is named ('agreed to a
    truce in Aleppo', 'agreed to postpone the rally in Mogadishu', 'agreed to hold elections in
    X'): the place of that act's object or of its to-clause, as a side. A place said before the
    agreed act ('agreed in Geneva to ...') is where the agreement was reached, not what it is
    about."""
    acts = [o for p in trigger.children if is_preposition(p) and p.lower_ == "to"
            for o in p.children if o.dep_ == "pobj"]
    acts += [x for x in trigger.children if x.dep_ == "xcomp"]
    if not acts:
        return None
    after = min(a.i for a in acts)
    heads = [h for a in acts for h in (a, *[o for o in a.children if o.dep_ == "dobj"])]
    objects = prep_objects(trigger, OBJECT_PLACE_PREPS)  # 'to a truce in X' hung on the verb
    objects = [o for o in objects if o.i > after]
    objects += [o for h in heads for o in prep_objects(h, OBJECT_PLACE_PREPS)]
    for obj in sorted(objects, key=lambda o: o.i):
        place = next((p for t in place_heads(obj) if (p := index.place_of(t)) is not None), None)
        if place is not None:
            return place_argument(place, trigger)
        if obj.ent_type_ in ("GPE", "LOC") and obj.pos_ == "PROPN":
            # a town the gazetteer does not know ('a truce in Hodeida'): its name, no country
            return Argument(None, None, obj, confidence=THING_CONFIDENCE, span=side_span(obj))
    return None


def place_argument(place: Place, trigger: Token) -> Argument:
    """A place as the side an event is aimed at, read from its mention nearest the trigger."""
    near = min(place.mentions, key=lambda m: abs(m.start - trigger.idx), default=None)
    span = (near.start, near.end) if near is not None else None
    return Argument(None, place.country, None, confidence=PLACE_TARGET_CONFIDENCE, span=span)


def source_tokens(trigger: Token, subj: Token | None) -> set[int]:
    """Tokens of the phrases that name the trigger's source: its subject, possessor or
    modifiers ('Kyiv's proposal', 'the Moscow talks' keep Moscow as a place)."""
    heads = [subj] if subj is not None else []
    heads += [c for c in trigger.children if c.dep_ == "poss"]
    return {t.i for h in heads for t in h.subtree}
