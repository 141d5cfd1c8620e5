"""Stance cues in a parse: which word expresses a stance, and whether it is negated or hedged.

A cue is a (lemma, pos) row of ``data/stances.csv``; a multiword cue is the head's lemma
followed by its particle and/or preposition ("give up", "call for", "agree to", "open to").
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

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


def cue_keys(token: Token) -> list[str]:
    """Candidate lemma keys of a cue headed by the token, the longest first."""
    lemma = token.lemma_.lower()
    prts = [c.lower_ for c in token.children if c.dep_ == "prt"]
    preps = [c.lower_ for c in token.children if c.dep_ in ("prep", "agent") and c.i > token.i]
    keys = [" ".join([lemma, *prts, p]) for p in preps]
    if prts:
        keys.append(" ".join([lemma, *prts]))
    keys += [f"{lemma} {p}" for p in preps if prts]
    return [*keys, lemma]


def stance_of(token: Token, stances: Stances) -> str | None:
    """The stance a verb, noun or adjective expresses, if any."""
    pos = _POS.get(token.pos_)
    if pos is None:
        return None
    for key in cue_keys(token):
        stance = stances.get((key, pos))
        if stance is not None:
            return stance
    if pos == "VERB" and raised(token):
        return "supports"
    return None


def raised(token: Token) -> bool:
    """'began to talk about X': a verb of raising a subject under an inchoative verb."""
    if not any(k in RAISING for k in cue_keys(token)):
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
