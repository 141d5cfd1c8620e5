"""Decide whether an event trigger is asserted, negated, hypothetical, future or reported,
and keep the cue that decided it."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kronika.events.ontology import FactualityCues

# Dependencies through which a governing verb's modality reaches the trigger.
CONTROL_DEPS = {"xcomp", "ccomp", "advcl", "conj", "acl", "pcomp", "relcl"}
# A noun event inherits modality from its verb only as its object or predicate,
# not as its subject ("the bombing is not decreasing" does not negate the bombing).
NOUN_INHERIT_DEPS = {"dobj", "attr", "oprd", "pobj", "nsubjpass"}
RANK = {"negated": 0, "hypothetical": 1, "future": 2, "reported": 3, "asserted": 4}


@dataclass(frozen=True)
class Qualifier:
    """A factuality value and the token that made it so."""

    value: str
    cue: str | None = None
    cue_start: int | None = None


def governing_chain(trigger: Token) -> list[Token]:
    """The trigger and the verbs it depends on, up to its sentence root, including the verb a
    noun trigger is the object of."""
    chain = [trigger]
    tok = trigger
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ not in NOUN_INHERIT_DEPS or tok.head is tok:
            return chain
        tok = tok.head
        while tok.pos_ == "ADP" and tok.head is not tok:
            tok = tok.head
        chain.append(tok)
    while tok.dep_ in CONTROL_DEPS and tok.head is not tok:
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
            # A relative clause inherits from the noun's own verb, as the noun would.
            noun = tok.head
            if noun.dep_ not in NOUN_INHERIT_DEPS or noun.head is noun:
                break
            tok = noun.head
        else:
            tok = tok.head
        chain.append(tok)
    return chain


def qualify(trigger: Token, cues: FactualityCues) -> Qualifier:
    """The strongest non-asserted qualifier found on the trigger or its governors."""
    found: list[Qualifier] = []
    for depth, tok in enumerate(governing_chain(trigger)):
        found.extend(qualifiers_of(tok, cues, is_trigger=depth == 0))
        if tok.dep_ == "advcl" or tok.dep_ == "ccomp" and depth > 0:
            found.extend(clause_marks(tok, cues))
        found.extend(clause_marks(tok, cues) if depth == 0 else ())
    if not found:
        return Qualifier("asserted")
    return min(found, key=lambda q: RANK[q.value])


def qualifiers_of(tok: Token, cues: FactualityCues, *, is_trigger: bool) -> list[Qualifier]:
    """Qualifiers carried by one token's own children and lemma."""
    out = []
    lemma = tok.lemma_.lower()
    for child in tok.children:
        word = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "det" and word in cues.negated_words):
            out.append(Qualifier("negated", child.text, child.idx))
        elif child.dep_ in ("aux", "auxpass"):
            value = cues.modal_value(word)
            if value:
                out.append(Qualifier(value, child.text, child.idx))
        elif child.dep_ == "advmod" and word in cues.negated_words:
            out.append(Qualifier("negated", child.text, child.idx))
        elif child.dep_ == "advmod" and word in cues.reported_words:
            out.append(Qualifier("reported", child.text, child.idx))
    if not is_trigger:
        value = cues.governor_value(lemma, tok.pos_)
        if value:
            out.append(Qualifier(value, tok.text, tok.idx))
    return out


def clause_marks(tok: Token, cues: FactualityCues) -> list[Qualifier]:
    """'if', 'unless', 'whether' introducing the clause of a token, and hypothetical nouns
    ('the possibility of', 'rumours that') the clause depends on."""
    out = []
    for child in tok.children:
        if child.dep_ == "mark" and child.lower_ in cues.hypothetical_words:
            out.append(Qualifier("hypothetical", child.text, child.idx))
    anc = tok.head
    steps = 0
    while anc is not tok and steps < 4:
        if anc.lemma_.lower() in cues.hypothetical_nouns and anc.pos_ == "NOUN":
            out.append(Qualifier("hypothetical", anc.text, anc.idx))
            break
        if anc.head is anc:
            break
        tok, anc, steps = anc, anc.head, steps + 1
    return out
