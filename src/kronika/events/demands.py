"""Demands told as obligations: 'Russia said Sudan must return the helicopter' is Russia
demanding something of Sudan (CAMEO 10, PLOVER REQUEST), whatever the demanded act is."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kronika.lexicon import read_csv

# Modals that put an obligation on the subject of their clause.
OBLIGATION_MODALS = {"must", "should"}


@cache
def speech_verbs() -> frozenset[str]:
    """The reporting verbs of cues.csv ('say', 'insist', 'warn'), by lemma."""
    rows = read_csv("cues.csv", ("cue", "pos", "kind"))
    return frozenset(
        r["cue"].split()[0] for r in rows if r["pos"] == "VERB" and r["kind"] == "speech"
    )


def obligation_speech(verb: Token) -> Token | None:
    """The reporting verb whose that-clause puts an obligation on its subject ('X said Y
    must withdraw' -> said), else None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ccomp":
        return None
    if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in verb.children):
        return None
    speech = verb.head
    return speech if speech.lemma_.lower() in speech_verbs() else None


def under_obligation(trigger: Token) -> bool:
    """A trigger that is the act demanded ('said Sudan must return', 'said the US must be
    ready to mediate'): the demand is the event, the act only its content."""
    tok = trigger
    for _ in range(4):
        if obligation_speech(tok) is not None:
            return True
        if tok.dep_ not in ("xcomp", "acomp") or tok.head == tok:
            return False
        tok = tok.head
    return False
