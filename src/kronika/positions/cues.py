"""Stance cues in a parse: which word expresses a stance, and whether it is negated or hedged.

A cue is a (lemma, pos) row of ``data/stances.csv``; a multiword cue is the head's lemma
followed by its particle and/or preposition ("give up", "call for", "agree to", "open to").
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from spacy.tokens import Token

from kronika.errors import KnowledgeError
from kronika.lexicon import read_csv

Stances = Mapping[tuple[str, str], str]

# Words that weaken a stance without cancelling it ("seemed to abandon", "vaguely agreed").
HEDGES = frozenset({"seem", "appear", "reportedly", "apparently", "vaguely", "allegedly",
                    "perhaps", "possibly", "likely", "reluctantly", "tentatively", "partly",
                    "partially", "conditionally", "cautiously", "signal", "hint"})
# Negating a stance turns it into its opposite ("does not recognise" -> rejects).
NEGATED = {"supports": "opposes", "accepts": "rejects", "offers": "rejects",
           "opposes": "supports", "rejects": "accepts"}
# Verbs that start an activity: "began to talk about a ceasefire" is taking up the issue.
INCHOATIVE = frozenset({"begin", "start", "resume"})
# Verbs of raising a subject, a stance only under an inchoative verb ("began to talk about").
RAISING = frozenset({"talk about", "speak about", "speak of", "talk of"})
_POS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "ADJ": "ADJ"}
# Adverbs the parser may give a phrasal verb in place of its particle ("pressed ahead with").
PARTICLE_ADVERBS = frozenset({"ahead", "on", "back", "away", "down", "off", "out", "up"})


def cue_keys(token: Token) -> list[str]:
    """Candidate lemma keys of a cue headed by the token, the longest first."""
    lemma = token.lemma_.lower()
    prts: list[str] = []
    preps: list[str] = []
    infinitives: list[str] = []
    for c in token.children:  # one pass: most cue heads have few children
        dep = c.dep_
        if dep == "prt" or (dep == "advmod" and c.i == token.i + 1
                            and c.lower_ in PARTICLE_ADVERBS):
            prts.append(c.lower_)
        elif c.i > token.i and dep in ("prep", "agent"):
            preps.append(c.lower_)
        elif c.i > token.i and dep == "xcomp" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            # "asked them to leave": the infinitive's 'to' keys a cue like a preposition
            infinitives.append("to")
    preps += infinitives
    keys = [" ".join([lemma, *prts, p]) for p in preps]
    if prts:
        keys.append(" ".join([lemma, *prts]))
    keys += [f"{lemma} {p}" for p in preps if prts]
    return [*keys, lemma]


# The head lemmas of each stance lexicon, by part of speech, kept with the lexicon they
# came from (it is loaded once per process and compared by identity).
_HEADS: list[tuple[Stances, frozenset[tuple[str, str]]]] = []


def cue_heads(stances: Stances) -> frozenset[tuple[str, str]]:
    """(first word, part of speech) of every cue key: a token whose lemma is none of them
    heads no cue, so its keys need not be built (most tokens of a text)."""
    for known, heads in _HEADS:
        if known is stances:
            return heads
    heads = frozenset((key.split(" ", 1)[0], pos) for key, pos in stances)
    _HEADS[:] = [(stances, heads)]
    return heads


def may_express(lemma: str, pos: str, stances: Stances) -> bool:
    """Whether a word of this lemma and part of speech (Token.pos_) can express a stance at
    all (``stance_of`` gives None for any other): it heads a cue key, or is a verb of raising,
    regarding or expecting. Read off the per-Doc lists, before any Token is built."""
    pos = _POS.get(pos, "")
    return (lemma, pos) in cue_heads(stances) or (pos == "VERB" and lemma in stance_verbs())


@lru_cache(maxsize=1)
def stance_verbs() -> frozenset[str]:
    """The lemmas ``raised``, ``evaluation_of`` and ``expected_demand`` look at."""
    return frozenset({*RAISING, *(r.split(" ", 1)[0] for r in RAISING), *evaluations()[0],
                      *expectation_verbs()[0]})


def stance_of(token: Token, stances: Stances) -> str | None:
    """The stance a verb, noun or adjective expresses, if any."""
    pos = _POS.get(token.pos_)
    if pos is None:
        return None
    if (token.lemma_.lower(), pos) in cue_heads(stances):
        for key in cue_keys(token):
            stance = stances.get((key, pos))
            if stance is not None:
                return stance
    if pos == "VERB" and raised(token):
        return "supports"
    if pos == "VERB" and (found := evaluation_of(token, stances)) is not None:
        return found[0]
    if pos == "VERB" and expected_demand(token, stances) is not None:
        return "demands"
    return None


EVALUATION_KINDS = ("frame", "supports", "opposes", "expect", "fulfil")


@lru_cache(maxsize=1)
def evaluation_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``data/evaluations.csv``, each kind checked."""
    rows = read_csv("evaluations.csv", ("lemma", "kind"))
    for row in rows:
        if row["kind"] not in EVALUATION_KINDS:
            raise KnowledgeError(f"evaluations.csv: {row['lemma']}: kind {row['kind']!r} is "
                                 f"not one of {EVALUATION_KINDS}")
    return tuple(rows)


@lru_cache(maxsize=1)
def evaluations() -> tuple[frozenset[str], dict[str, str]]:
    """(verbs of regarding, evaluative word -> stance) of ``data/evaluations.csv``."""
    rows = evaluation_rows()
    frames = frozenset(r["lemma"].lower() for r in rows if r["kind"] == "frame")
    return frames, {r["lemma"].lower(): r["kind"] for r in rows
                    if r["kind"] in ("supports", "opposes")}


@lru_cache(maxsize=1)
def expectation_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs of expecting, verbs of meeting a demand) of ``data/evaluations.csv``."""
    rows = evaluation_rows()
    return (frozenset(r["lemma"].lower() for r in rows if r["kind"] == "expect"),
            frozenset(r["lemma"].lower() for r in rows if r["kind"] == "fulfil"))


def expected_demand(verb: Token, stances: Stances) -> Token | None:
    """'X expects its ultimatum to be met', 'X wants its conditions accepted': a verb of
    expecting whose passive complement meets a demand noun is a demand; the noun, or None."""
    expecting, fulfilling = expectation_verbs()
    if verb.lemma_.lower() not in expecting:
        return None
    for comp in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd")):
        if comp.lemma_.lower() not in fulfilling:
            continue
        for noun in (c for c in comp.children if c.dep_ in ("nsubjpass", "nsubj")):
            if noun.pos_ == "NOUN" and stances.get((noun.lemma_.lower(), "NOUN")) == "demands":
                return noun
    return None


def _word_stance(word: Token, stances: Stances) -> str | None:
    """The stance an evaluative word expresses ('empty' opposes, 'unacceptable' rejects);
    'not legitimate' the opposite."""
    lemma = word.lemma_.lower()
    stance = stances.get((lemma, "ADJ")) if word.pos_ == "ADJ" else None
    stance = stance or evaluations()[1].get(lemma)
    if stance is not None and any(c.dep_ == "neg" for c in word.children):
        return NEGATED.get(stance)
    return stance


def evaluation_of(verb: Token, stances: Stances) -> tuple[str, list[Token]] | None:
    """'X views Y as empty', 'X considers Y illegitimate', 'X sees Y as a provocation': a verb
    of regarding whose 'as' phrase or small clause evaluates its object is the holder's
    stance on that object. (stance, the evaluated phrase's tokens), or None."""
    if verb.lemma_.lower() not in evaluations()[0]:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # the parser hangs the 'as' phrase on the verb or on its object ("sees Y as essential")
    for child in [*verb.children, *(c for o in objects for c in o.children)]:
        if child.dep_ == "prep" and child.lower_ == "as":
            words = [child, *(g for g in child.children if g.dep_ in ("pobj", "amod"))]
            evaluated = objects
            if objects and child.head == objects[0]:  # the object without its 'as' phrase
                own = {t.i for t in child.subtree}
                return _evaluated_by(words, stances, [t for t in objects[0].subtree
                                                      if t.i not in own])
        elif child.dep_ in ("ccomp", "oprd", "xcomp") and child.pos_ in ("ADJ", "NOUN"):
            words = [child]
            # 'considers Y illegitimate' (a clause of its own) or 'called Y a mistake'
            evaluated = [c for c in child.children if c.dep_ == "nsubj"] or (
                objects if child.dep_ == "oprd" else [])
        else:
            continue
        if evaluated and (found := _evaluated_by(words, stances, list(evaluated[0].subtree))):
            return found
    return None


def _evaluated_by(words: list[Token], stances: Stances,
                  evaluated: list[Token]) -> tuple[str, list[Token]] | None:
    """(stance, evaluated tokens) when one of the words (or their modifiers) evaluates."""
    words = [*words, *(a for w in words for a in w.children if a.dep_ in ("amod", "conj"))]
    stance = next((s for w in words if (s := _word_stance(w, stances))), None)
    if stance is None or not evaluated:
        return None
    return stance, sorted(evaluated, key=lambda t: t.i)


def raised(token: Token) -> bool:
    """'began to talk about X': a verb of raising a subject under an inchoative verb."""
    lemma = token.lemma_.lower()  # every key starts with it: most verbs need no keys built
    if not any(r == lemma or r.startswith(lemma + " ") for r in RAISING) or not any(
            k in RAISING for k in cue_keys(token)):
        return False
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in INCHOATIVE


def cue_preposition(token: Token, stances: Stances) -> Token | None:
    """The preposition that is part of a multiword cue ('call for', 'insist on'), if any."""
    pos = _POS.get(token.pos_, "")
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.i > token.i:
            keys = [k for k in cue_keys(token) if k.endswith(" " + child.lower_)]
            if any((k, pos) in stances for k in keys) or (pos == "VERB" and raised(token)):
                return child
    return None


def stance_heads(token: Token) -> list[Token]:
    """The stance word and the verb it is the object or complement of."""
    if token.dep_ in ("dobj", "xcomp", "acomp") and token.head != token:
        return [token, token.head]
    return [token]


def is_negated(token: Token) -> bool:
    """A 'not'/'never' on the stance word or on the verb it is the object of."""
    return any(c.dep_ == "neg" or c.lower_ == "never"
               for h in stance_heads(token) for c in h.children)


def no_longer(token: Token) -> bool:
    """'no longer insists on X': a stance given up."""
    return any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
               for h in stance_heads(token) for c in h.children)


def is_hedged(token: Token) -> bool:
    """'seemed to abandon', 'vaguely agreed', 'reportedly offered', 'appears ready to'."""
    if token.lemma_.lower() in HEDGES:
        return True  # the cue is itself tentative: "hinted at increased support"
    tok = token
    for _ in range(4):
        if any(c.lemma_.lower() in HEDGES for c in tok.children if c.dep_ in ("advmod", "aux")):
            return True
        if tok.dep_ not in ("xcomp", "acomp", "ccomp") or tok.head == tok:
            return False
        tok = tok.head
        if tok.lemma_.lower() in HEDGES:
            return True
    return False


# Subordinators of a condition ("only if", "unless", "once", "as long as", "provided that",
# "on condition that"): closed-class words of English, not a lexicon.
CONDITION_MARKS = frozenset({"if", "unless", "once", "provided", "providing"})


# After a negated stance, 'until' states the condition too: 'will not return to the talks
# until the hostages are freed' returns once they are.
NEGATED_CONDITION_MARKS = CONDITION_MARKS | {"until", "till"}


def _condition_start(clause: Token, negated: bool = False) -> Token | None:
    """The first word of a conditional clause ('only if ...', 'as long as ...'), or None."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    wanted = NEGATED_CONDITION_MARKS if negated else CONDITION_MARKS
    mark = next((m for m in marks if m.lower_ in wanted), None)
    if mark is None and any(m.lower_ == "as" for m in marks) and clause.head.lower_ == "long":
        mark = clause.head.doc[clause.head.i - 1] if clause.head.i > 0 else clause.head
    if mark is None:
        return None
    before = mark.doc[mark.i - 1] if mark.i > 0 else None
    return before if before is not None and before.lower_ in ("only", "even") else mark


def _conditional(child: Token, stance: Token) -> tuple[Token, Token] | None:
    """(first word, clause) when a child of the stance's clause states a condition."""
    # ', but only if Y' after the stance may be parsed as a coordinated clause
    if child.dep_ == "advcl" or (child.dep_ == "conj" and child.i > stance.i):
        start = _condition_start(child, negated=is_negated(stance))
        return (start, child) if start is not None else None
    if child.dep_ == "advmod" and child.lower_ == "long":  # "as long as Y"
        clause = next((c for c in child.children if c.dep_ == "advcl"), None)
        start = _condition_start(clause) if clause is not None else None
        return (start, clause) if start is not None and clause is not None else None
    on_condition = child.dep_ == "prep" and child.lower_ == "on" and any(
        g.lemma_.lower() == "condition" for g in child.children)
    provided = child.lower_ in ("provided", "providing") and child.i > stance.i
    return (child, child) if on_condition or provided else None


def condition_of(token: Token) -> tuple[int, int] | None:
    """Character span of the condition a stance is tied to: 'would accept X only if Y',
    'unless Y', 'as long as Y', 'on condition that Y', 'provided that Y' (which the parser
    may hang on the object)."""
    heads = [token]
    while heads[-1].dep_ in ("xcomp", "acomp", "dobj") and heads[-1].head != heads[-1]:
        heads.append(heads[-1].head)
    # "said it was ready to talk, but only if Y": the condition coordinated with the verb
    # that reports the stance
    top = heads[-1]
    reported = [c for c in top.head.children if c.dep_ == "conj" and c.i > token.i] \
        if top.dep_ == "ccomp" else []
    # "offered to finance X if Y": the parser may hang the condition on the complement
    heads += [c for c in token.children if c.dep_ == "xcomp"]
    objects = [o for h in heads for o in h.children if o.dep_ == "dobj"]
    for child in [c for h in heads for c in h.children] + [c for o in objects
                                                           for c in o.children] + reported:
        found = _conditional(child, token)
        if found is not None:
            start, clause = found
            end = clause.right_edge
            return start.idx, end.idx + len(end.text)
    return None
