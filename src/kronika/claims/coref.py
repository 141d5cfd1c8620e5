"""Speaker coreference: which actor a claim's "he", "they", "the minister" or "who" stands for.

The actor index links a pronoun to the latest person named before it; for a speaker that is
often wrong ("The secretary said ... . Reporters asked Smith about it. He said ..." is still
the secretary). Reporting is a chain: a pronoun speaker continues the chain's subject. So the
antecedent of a speaker pronoun is, walking back sentence by sentence, the first that agrees
in gender and number among (1) the speakers of earlier claims in that sentence, (2) the
subjects of its clauses; failing that, the latest agreeing speaker of a few sentences back.
A definite description ("the minister", "the spokesman") is the latest person whose role,
title or apposition holds its head noun, unless the phrase itself names someone; a relative
pronoun is the noun its clause modifies. Inside a speaker phrase a name outranks a bare title
and an owner comes last ("His rival, Tom Baker," is Baker). "It" stands for a body: an
organisation, a country or a group named by a singular noun ("the company"), or an earlier
speaker whose phrase names a body, whoever the claim went to ("Netanyahu's office said ... .
It said ..." is the office's, so Netanyahu's; not that of a group named in between).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from kronika.actors.detect import PERSON_HEAD_NOUNS
from kronika.actors.resolve import ActorBuild, ActorIndex
from kronika.claims.attribution import agent_nouns
from kronika.claims.cues import claim_word_map, claim_words
from kronika.claims.spans import ClaimSpan
from kronika.lexicon import read_csv
from kronika.nlp import sentence_index, sentences
from kronika.records import Claim

# pronoun -> what it agrees with: a man, a woman, a group (plural) or a body (singular)
PRONOUNS = claim_word_map("pronoun_agreement")
# possessive pronoun -> what it agrees with, as PRONOUNS
_OWNER_PRONOUNS = claim_word_map("possessive_agreement")
_RELATIVES = frozenset({"WP", "WDT"})
# the first and second person: '"We are ready," he said' - whoever the actor layer took "we"
# for, the words of a person or group speaking never stand for a third person's "he"
_SPEECH_PERSONS = claim_words("speaking_pronouns")
# prepositions of where a speaker is or works ("officials in Kabul", "the mission in Kosovo")
_PLACE_PREPS = claim_words("speaker_place_prepositions")
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_DEFINITE = claim_words("definite_determiners")
# how many sentences back a pronoun's antecedent may lie
_WINDOW = 3
# how many sentences back the chain of earlier speakers reaches when no sentence settles it
_CHAIN_WINDOW = 6


@lru_cache(maxsize=1)
def gendered_words() -> dict[str, str]:
    """Honorifics and gendered nouns (``data/gendered.csv``): word -> masc | fem."""
    rows = read_csv("gendered.csv", ("word", "gender"))
    return {r["word"].lower(): r["gender"] for r in rows if r["gender"] in ("masc", "fem")}


def _person_noun(word: str) -> bool:
    """Whether a noun names one person: a gendered noun, an agent noun of a person
    (``sectors.csv``) or a noun the actors layer knows renames a person's name ("the head of
    the commission, Ana Ruiz,")."""
    return (word in gendered_words() or agent_nouns().get(word) is True
            or word in PERSON_HEAD_NOUNS)


@dataclass
class _Chain:
    """What coreference has learnt so far: earlier speakers and the genders pronouns showed."""

    # (sentence, token, actor, whether the phrase names a body that "it" can stand for)
    speakers: list[tuple[int, int, ActorBuild | None, bool]] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)


def _gender(build: ActorBuild, doc: Doc, chain: _Chain) -> str | None:
    """masc, fem or None (unknown) for a person, from honorifics, gendered nouns next to its
    mentions ("Mr. Smith", "the chairwoman, Ana Ruiz") and pronouns already resolved to it."""
    if build.id in chain.genders:
        return chain.genders[build.id]
    words = gendered_words()
    for cand in build.mentions:
        if cand.origin == "pronoun":
            continue
        lo = max(0, cand.start - 1)
        root = doc[cand.start:cand.end].root
        near = [*doc[lo:cand.end], *(t for c in root.children if c.dep_ == "appos"
                                    for t in c.subtree)]
        if root.dep_ == "appos":
            near.append(root.head)
        for tok in near:
            g = words.get(tok.lower_.rstrip(".")) or words.get(tok.lemma_.lower())
            if g:
                return g
    return None


def _agrees(build: ActorBuild, want: str, doc: Doc, chain: _Chain) -> bool:
    """Whether an actor can be what a pronoun of the given agreement stands for."""
    if want in ("masc", "fem"):
        return build.kind == "person" and _gender(build, doc, chain) in (None, want)
    if want == "plural":
        return build.kind in ("group", "organization", "country") or any(
            doc[c.start:c.end].root.tag_ in ("NNS", "NNPS") for c in build.mentions)
    # "it": a body, or a group named by a singular noun ("the company", "the ministry")
    return build.kind in ("organization", "country") or build.kind == "group" and any(
        doc[c.start:c.end].root.tag_ in ("NN", "NNP") for c in build.mentions
        if c.origin != "pronoun")


def _cleft_focus(tok: Token) -> bool:
    """'it is Putin, not Trump, who ...': the focus of a cleft is the clause's real subject."""
    head = tok.head
    return tok.dep_ == "attr" and head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children)


def _subjects(doc: Doc, start: int, end: int, index: ActorIndex) -> list[ActorBuild]:
    """Actors that are clause subjects (or a cleft's focus) between two token indices,
    latest first; a pronoun of the third person is left to the chain, one of the first or
    second to the quotation it speaks in."""
    out = []
    for tok in reversed(doc[start:end]):
        if _cleft_focus(tok) or (tok.dep_ in ("nsubj", "nsubjpass")
                                 and tok.lower_ not in PRONOUNS
                                 and tok.lower_ not in _SPEECH_PERSONS):
            build = index.actor_of(tok)
            if build is not None:
                out.append(build)
    return out


def _pronoun_owner(head: Token) -> Token | None:
    """The possessive pronoun that owns a speaker phrase ("its spokesman", "his lawyer")."""
    return next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS),
                None)


def _titled(head: Token, index: ActorIndex) -> bool:
    """Whether the actors layer gave a speaker's head noun to a person only by the title it
    shares with an earlier mention ("spokesman" -> the spokesman named before)."""
    build = index.actor_of(head)
    return build is not None and build.kind == "person" and any(
        m.origin == "title" and m.start <= head.i < m.end for m in build.mentions)


def _pronoun_antecedent(head: Token, index: ActorIndex, chain: _Chain, sents: Sequence[int],
                        bounds: dict[int, tuple[int, int]],
                        want: str | None = None) -> tuple[bool, ActorBuild | None]:
    """Whether a speaker pronoun's antecedent was found, and its actor (see the module
    docstring): an earlier speaker that names a body stands for "it" even with no actor.
    ``want`` is the agreement of a possessive ("its"), which PRONOUNS does not list."""
    doc = head.doc
    want = want or PRONOUNS[head.lower_]
    here = sents[head.i]

    def fits(build: ActorBuild | None, body: bool) -> bool:
        return (want == "body" and body) or (
            build is not None and _agrees(build, want, doc, chain))

    for back in range(_WINDOW + 1):
        s = here - back
        if s < 0:
            break
        start, end = bounds[s]
        end = min(end, head.i)
        for _, tok, build, body in reversed(chain.speakers):
            if sents[tok] == s and tok < head.i and fits(build, body):
                return True, build
        for build in _subjects(doc, start, end, index):
            if _agrees(build, want, doc, chain):
                return True, build
    for sent, _, build, body in reversed(chain.speakers):
        if here - sent <= _CHAIN_WINDOW and fits(build, body):
            return True, build
    return False, None


def _names_a_body(head: Token) -> bool:
    """Whether a speaker phrase's head is a singular common noun for a body, not a person
    ("Netanyahu's office", "the ministry", but not "the minister"), which "it" can take up."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.ent_type_ == "PERSON":
        return False
    word = head.lemma_.lower()
    return not _person_noun(word)


def _sentence_bounds(doc: Doc) -> dict[int, tuple[int, int]]:
    """Token range of every sentence number (read off the per-Doc sentences: no scan of
    the words)."""
    return {n: (sent.start, sent.end) for n, sent in enumerate(sentences(doc))}


def _described(head: Token, index: ActorIndex, chain: _Chain) -> ActorBuild | None:
    """'the minister said': the latest earlier actor whose role, or a noun in apposition to
    one of its mentions, has the same head noun. A noun for a body ('the union', 'the
    party') describes no person, whatever body a person works for ('the EU envoy', 'Ana
    Ruiz, head of the party,'): the body is the actor of its own words."""
    noun = head.lemma_.lower()
    if agent_nouns().get(noun) is False or agent_nouns().get(head.lower_) is False:
        return None
    doc = head.doc
    best: tuple[int, ActorBuild] | None = None
    for build in index.actors.values():
        if build.kind != "person":
            continue
        for cand in build.mentions:
            if cand.start >= head.i or cand.origin == "pronoun":
                continue
            if _names_role(doc, build, cand.start, cand.end, noun) and (
                    best is None or cand.start > best[0]):
                best = (cand.start, build)
    return best[1] if best else None


def _names_role(doc: Doc, build: ActorBuild, start: int, end: int, noun: str) -> bool:
    """Whether a mention, its appositions or the actor's role contain a noun."""
    if build.role and noun in _title_words(build.role):
        return True
    root = doc[start:end].root
    # a title before the name is in apposition too ("Health Minister Sara Adeyemi")
    near = [*doc[start:end], *(t for c in root.children if c.dep_ in ("appos", "compound")
                                for t in c.subtree)]
    if root.dep_ == "appos":
        near.extend(root.head.subtree)
    return any(t.lemma_.lower() == noun for t in near)


# words after which a role names the body or place a person serves, not the title
# ("Envoy of European Union", "Minister for Trade")
_ROLE_BODY_WORDS = claim_words("role_body_prepositions")


def _title_words(role: str) -> list[str]:
    """The words of a role before the body it serves: "Envoy of European Union" -> envoy."""
    words = role.lower().split()
    cut = next((k for k, w in enumerate(words) if w in _ROLE_BODY_WORDS), len(words))
    return words[:cut]


def _is_description(head: Token) -> bool:
    """'the minister', 'this spokesman': a definite common noun with no name inside."""
    if head.pos_ != "NOUN" or head.tag_ in ("NNS", "NNPS"):
        return False
    kids = list(head.children)
    if any(c.pos_ == "PROPN" or c.dep_ in ("poss", "appos") for c in kids):
        return False
    if any(t.pos_ == "PROPN" for t in head.subtree if t.i < head.i):
        return False  # "the Viv Ansanm gang coalition": a name in the words before the noun
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids)


def _renamed_by_inner_apposition(head: Token, index: ActorIndex) -> ActorBuild | None:
    """'The leader of the opposition Naleraq party, Pele Broberg, said': the person whose
    name the parser hung on a noun inside the phrase. A person's name cannot rename a
    body or a thing ('party', 'commission'), so it renames the phrase's head; one after a
    noun for a person ('the wife of the president, Ana Ruiz,') may be that person's."""
    if head.pos_ != "NOUN":
        return None
    for tok in head.subtree:
        if tok.i <= head.i or tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.head == head:
            continue
        inner = tok.head.lemma_.lower()
        if tok.head.pos_ != "NOUN" or _person_noun(inner):
            continue
        build = index.actor_of(tok)
        if build is not None and build.kind == "person":
            return build
    return None


def _head(doc: Doc, span: ClaimSpan) -> Token | None:
    """The head token of a claim's speaker phrase."""
    if span.speaker_start is None or span.speaker_end is None:
        return None
    if span.speaker_end <= span.speaker_start:
        return None
    tokens = doc.char_span(span.speaker_start, span.speaker_end, alignment_mode="expand")
    return tokens.root if tokens is not None and len(tokens) else None


def _own_actor(head: Token, index: ActorIndex) -> ActorBuild | None:
    """The actor the speaker phrase itself names: its head's, else any of its tokens'."""
    if head.tag_ in _RELATIVES and head.head.dep_ == "relcl":
        head = head.head.head  # "farmers who said": the noun the clause modifies
        tokens = [t for t in head.subtree if t.i < head.i or t.i == head.i
                  or (t.dep_ != "relcl" and t.head == head and t.i > head.i)]
    else:
        tokens = list(head.subtree)
    # "His rival, Tom Baker," is Baker: an owner names whose the speaker is, so it comes last
    owned = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    # "NATO's mission in Kosovo, KFOR,": where a body works is never who speaks
    # ("Republicans in Congress" are members of a body: that one stays)
    placed = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS
              and _a_place(c, index) for t in c.subtree}
    tokens = [t for t in tokens if t.i not in placed]
    # "the Houthi movement, backed by Iran,": who backs or leads the speaker is named by a
    # clause after the noun, so it comes after the phrase's own words ("a statement issued
    # by the Kremlin": the Kremlin, when the noun names no one)
    clause = {t.i for c in head.children if c.dep_ in ("acl", "relcl") and c.i > head.i
              for t in c.subtree}
    tokens = ([t for t in tokens if t.i not in owned and t.i not in clause]
              + [t for t in tokens if t.i in clause and t.i not in owned]
              + [t for t in tokens if t.i in owned])
    if _names_a_person(head):
        # "Her son, Ana Ruiz," is Ruiz even where the actors layer knows no actor by that
        # name: the owner is someone else, so then the speaker stays unresolved
        tokens = [t for t in tokens if t.i not in owned]
    builds = [b for b in (index.actor_of(t) for t in [head, *tokens]) if b is not None]
    own = index.actor_of(head)
    if own is not None and all(index.actor_of(t) in (own, None) for t in tokens
                               if t.i not in owned and t.i not in clause):
        return own  # "Bolivia's constitutional court ruled": the court, not its owner
    # a name in the phrase outranks a bare title the head gave ("The lawyer, Ana Ruiz,")
    return next((b for b in builds if _named(b, head.doc)), builds[0] if builds else None)


def _names_a_person(head: Token) -> bool:
    """Whether a speaker phrase gives its speaker's own name, as its head or in an appositive
    ("Her son, Ana Ruiz,", "his lawyer Tom Baker")."""
    if head.pos_ == "PROPN":
        return head.ent_type_ == "PERSON"
    # a name the recognizer missed or misread ("Her wife, Hope Joy Sunday,": a date) is
    # known by the noun it renames: a kinsman or a person's role, never a body's
    word = head.lemma_.lower()
    person = _person_noun(word)
    return any(c.dep_ == "appos" and c.pos_ == "PROPN"
               and (c.ent_type_ == "PERSON" or (person and c.ent_type_ not in _BODY_ENTITIES))
               for c in head.children)


# entity types of bodies and places: "its arm, Hezbollah," names no person
_BODY_ENTITIES = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})


def _a_place(prep: Token, index: ActorIndex) -> bool:
    """Whether a preposition's object is a place (a country, a city, a region), not a body."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    build = index.actor_of(obj)
    return obj.ent_type_ in _PLACE_ENTITIES or (build is not None and build.kind == "country")


def _named(build: ActorBuild, doc: Doc) -> bool:
    """Whether an actor has a mention that names it (a proper noun), not only descriptions
    such as "the minister" or pronouns."""
    return any(doc[m.start:m.end].root.pos_ == "PROPN" for m in build.mentions
               if m.origin != "pronoun")


# nouns for one party to a dispute, which "each", "both" or "the two" make the parties
# named before ("each side accused the other", "both countries said")
_PARTY_NOUNS = claim_words("party_nouns")


def _reciprocal(head: Token) -> bool:
    """'each side', 'both sides', 'the two countries': the parties named before, together."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _PARTY_NOUNS:
        return False
    kids = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "predet")}
    return "each" in kids or "both" in kids or "two" in kids


def _named_pair(head: Token, index: ActorIndex, sents: Sequence[int],
                bounds: dict[int, tuple[int, int]]) -> list[ActorBuild]:
    """The latest two (or more) actors joined by "and" before a reciprocal speaker, within a
    few sentences ("Thailand and Cambodia agreed ... . Each side accused the other ..."),
    else []."""
    here = sents[head.i]
    start = bounds[max(0, here - _WINDOW)][0]
    for tok in reversed(head.doc[start:head.i]):
        if tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in tok.children):
            continue
        builds: list[ActorBuild] = []
        for word in (tok, *tok.conjuncts):
            build = index.actor_of(word)
            if build is not None and build not in builds:
                builds.append(build)
        if len(builds) >= 2:
            return builds
    return []


def co_speakers(doc: Doc, span: ClaimSpan, first: str | None,
                index: ActorIndex) -> tuple[str, ...]:
    """The actors conjoined with a claim's speaker ("Russia and China oppose X and have said
    ..."): the claim is each one's, as a stance is each co-holder's; so is the other party of
    a reciprocal speaker ("each side accused the other")."""
    head = _head(doc, span)
    if head is None or first is None or head.tag_ in _RELATIVES:
        return ()
    if _reciprocal(head):
        pair = _named_pair(head, index, sentence_index(doc), _sentence_bounds(doc))
        if any(b.id == first for b in pair):
            return tuple(b.id for b in pair if b.id != first)
    out: list[str] = []
    for conj in head.conjuncts:
        build = index.actor_of(conj)
        if build is not None and build.id != first and build.id not in out:
            out.append(build.id)
    return tuple(out)


def resolve_speakers(doc: Doc, spans: Sequence[ClaimSpan], index: ActorIndex) -> list[str | None]:
    """The actor id of every claim's speaker, pronouns and descriptions resolved (in order)."""
    sents = sentence_index(doc)
    bounds = _sentence_bounds(doc)
    chain = _Chain()
    out: list[str | None] = []
    for span in spans:
        head = _head(doc, span)
        build = None
        if head is not None:
            if head.lower_ in PRONOUNS and head.pos_ == "PRON":
                found, build = _pronoun_antecedent(head, index, chain, sents, bounds)
                if not found:
                    build = index.actor_of(head)
                if build is not None and PRONOUNS[head.lower_] in ("masc", "fem"):
                    chain.genders.setdefault(build.id, PRONOUNS[head.lower_])
            elif _reciprocal(head) and (pair := _named_pair(head, index, sents, bounds)):
                build = pair[0]  # "each side accused the other": both sides named before
            elif (named := _renamed_by_inner_apposition(head, index)) is not None:
                build = named
            elif _is_description(head):
                # "the minister said" after "Interior Minister Ana Ruiz": the person named
                # with that title, unless the phrase itself already names a person (a
                # generic actor, "Minister" or "the military", is no one in particular)
                own = index.actor_of(head)
                build = own if own is not None and _named(own, doc) else (
                    _described(head, index, chain) or own)
            elif (owner := _pronoun_owner(head)) is not None and _titled(head, index):
                # "Iran denied any role. Its spokesman said ...": Iran's spokesman, not the
                # spokesman named earlier with the same title
                build = _pronoun_antecedent(owner, index, chain, sents, bounds,
                                            _OWNER_PRONOUNS[owner.lower_])[1]
                if build is index.actor_of(head):
                    build = None  # "his spokesman" is never the spokesman himself
            else:
                build = _own_actor(head, index)
            body = head.pos_ != "PRON" and _names_a_body(head)
            if build is not None or body:
                chain.speakers.append((sents[head.i], head.i, build, body))
        out.append(build.id if build is not None else None)
    return out


def pronoun_speakers(doc: Doc, claims: Sequence[Claim]) -> list[tuple[int, str]]:
    """(token index, actor id) of each claim whose speaker is a lone 'he' or 'she' resolved
    to an actor: what the actor layer should bind that word to, so that the events and
    positions of the speaker's clause are the speaker's too ('it' and 'they', whose chains
    run through bodies and groups, stay the actor layer's). Only a pronoun that
    opens its sentence continues the chain of speakers; one inside a sentence ('after she
    rejected it') or inside another's words ('X said he would ...') is left to the actor
    layer, which reads the clause around it."""
    out = []
    for claim in claims:
        if claim.speaker is None or claim.speaker_start is None or claim.speaker_end is None \
                or claim.via is not None:
            continue
        span = doc.char_span(claim.speaker_start, claim.speaker_end)
        if span is not None and len(span) == 1 and span[0].lower_ in ("he", "she") and (
                span[0].pos_ == "PRON") and opens_sentence(span[0]):
            out.append((span[0].i, claim.speaker))
    return out


def opens_sentence(token: Token) -> bool:
    """Whether a word is the first of its sentence but for quotation marks and brackets."""
    return all(t.is_punct for t in token.doc[token.sent.start:token.i])
