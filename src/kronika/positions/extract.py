"""Stances of actors on issues, from stance verbs and nouns and the issue lexicon."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from spacy.tokens import Doc, Token

from kronika.actors.resolve import ActorIndex
from kronika.events.arguments import actor_in, subject_of
from kronika.events.ontology import IssueLexicon
from kronika.records import Evidence, Position, content_id

# Negating a stance turns it into its opposite ("does not recognise" -> rejects).
NEGATED = {"supports": "opposes", "accepts": "rejects", "offers": "rejects",
           "opposes": "supports", "rejects": "accepts"}
HEDGES = {"seem", "appear", "reportedly", "apparently", "vaguely", "allegedly", "perhaps",
          "possibly", "likely", "reluctantly"}
OBJECT_DEPS = ("dobj", "xcomp", "ccomp", "attr", "nsubjpass")


def stance_of(token: Token, stances: Mapping[tuple[str, str], str]) -> str | None:
    """The stance a verb or noun expresses, if any."""
    pos = "VERB" if token.pos_ == "VERB" else "NOUN" if token.pos_ == "NOUN" else None
    if pos is None:
        return None
    return stances.get((token.lemma_.lower(), pos))


def is_negated(token: Token) -> bool:
    """A 'not'/'never' on the stance word or on the verb it is the object of."""
    heads = [token] + ([token.head] if token.dep_ in ("dobj", "xcomp") else [])
    return any(c.dep_ == "neg" for h in heads for c in h.children)


def is_hedged(token: Token) -> bool:
    """'seemed to abandon', 'vaguely agreed', 'reportedly offered'."""
    tok = token
    for _ in range(3):
        if any(c.lemma_.lower() in HEDGES for c in tok.children if c.dep_ in ("advmod", "aux")):
            return True
        if tok.dep_ != "xcomp" or tok.head is tok:
            return False
        tok = tok.head
        if tok.lemma_.lower() in HEDGES:
            return True
    return False


def object_phrase(token: Token, stances: Mapping[tuple[str, str], str]) -> list[Token]:
    """The tokens that say what the stance is about: the object, the complement clause or
    the prepositional object ('demand for a ceasefire', 'call for talks')."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in OBJECT_DEPS or child.dep_ == "acl":
            out.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in ("for", "on", "to", "of", "about", "with", "as"):
            if token.pos_ == "NOUN" and child.lower_ == "of" and any(
                    g.dep_ == "pobj" and g.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                    for g in child.children):
                continue  # "the proposals of Macron": the actor, not the issue
            out.extend(child.subtree)
    return sorted(out, key=lambda t: t.i)


def holder_of(token: Token, index: ActorIndex):
    """The actor holding a stance: the verb's subject, or the noun's possessor / 'of X'."""
    if token.pos_ == "VERB":
        subj = subject_of(token)
        return actor_in(subj, index) if subj is not None else None
    for child in token.children:
        if child.dep_ in ("poss", "compound", "amod"):
            found = actor_in(child, index)
            if found:
                return found
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
            for obj in child.children:
                found = actor_in(obj, index) if obj.dep_ == "pobj" else None
                if found:
                    return found
    if token.dep_ in ("dobj", "pobj") and token.head is not token:
        verb = token.head if token.dep_ == "dobj" else token.head.head
        subj = subject_of(verb)
        return actor_in(subj, index) if subj is not None else None
    return None


def issue_of(tokens: list[Token], issues: IssueLexicon) -> tuple[str, str] | None:
    """(issue key, issue text): a lexicon issue, else the normalised head noun phrase."""
    if not tokens:
        return None
    text = tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text
    issue = issues.match([t.lemma_.lower() for t in tokens])
    if issue is not None:
        return issue.key, text
    nouns = [t for t in tokens if t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj", "nsubjpass", "attr")]
    if not nouns:
        return None
    head = nouns[0]
    mods = [c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i]
    return "np:" + " ".join([*mods, head.lemma_.lower()]), text


def stance_phrase(token: Token, stances: Mapping[tuple[str, str], str]) -> list[Token]:
    """What a stance is about. When the object is itself a stance noun ('abandon his demand
    for X as a condition for Y'), the noun's complements and the verb's own complements."""
    phrase = object_phrase(token, stances)
    inner = [t for t in phrase if t.dep_ == "dobj" and t.head is token and stance_of(t, stances)]
    if not inner:
        return phrase
    noun = inner[0]
    outer = [t for c in token.children if c.dep_ in ("prep", "advcl", "xcomp") for t in c.subtree]
    inside = [t for t in noun.subtree if t is not noun and t.dep_ != "poss"]
    return sorted(set(inside + outer), key=lambda t: t.i)


def extract_positions(
    doc: Doc, doc_id: str, index: ActorIndex, stances: Mapping[tuple[str, str], str],
    issues: IssueLexicon, published: date | None,
) -> list[Position]:
    """Every stance an identified actor takes on an identifiable issue, in text order."""
    out: list[Position] = []
    covered: set[int] = set()
    sents = doc.user_data["kronika_sent_index"]
    for token in doc:
        stance = stance_of(token, stances)
        if stance is None or token.i in covered or governed_by_stance(token, stances):
            continue
        if any(c.dep_ == "xcomp" and stance_of(c, stances) for c in token.children):
            continue  # "agreed to abandon X": the inner verb carries the stance
        actor = holder_of(token, index)
        if actor is None:
            continue
        phrase = stance_phrase(token, stances)
        found = issue_of(phrase, issues)
        if found is None:
            continue
        covered.update(t.i for t in phrase)
        if is_negated(token):
            stance = NEGATED.get(stance)
            if stance is None:
                continue
        sent = token.sent
        out.append(Position(
            id=content_id(doc_id, actor.id, found[0], str(token.idx)), actor=actor.id,
            issue=found[0], issue_text=found[1], stance=stance, hedged=is_hedged(token),
            order=len(out), date=published.isoformat() if published else None,
            evidence=Evidence(sents[token.i], sent.start_char, sent.end_char, sent.text),
        ))
    return out


def governed_by_stance(token: Token, stances: Mapping[tuple[str, str], str]) -> bool:
    """A stance noun that is the object of a stance verb ('abandon his demand') is read as
    part of that verb's stance, not as a stance of its own."""
    return token.pos_ == "NOUN" and token.dep_ == "dobj" and stance_of(token.head, stances) is not None
