"""What a stance is about: the phrase of the parse, matched to the issue vocabulary.

An issue is a lexicon key of ``data/issues.yaml`` when a phrase of it occurs in the stance's
phrase; otherwise (the fallback) the normalised head noun phrase, ``np:<words>``, unless that
noun is too vague to name an issue ("option", "step"; ``vague_nouns`` in the same file).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import yaml
from spacy.tokens import Token

from kronika.events.ontology import IssueLexicon
from kronika.positions.cues import Stances, cue_preposition, stance_of

OBJECT_DEPS = ("dobj", "xcomp", "ccomp", "attr", "nsubjpass", "acomp")
NOUN_PREPS = ("for", "on", "to", "of", "about", "with", "as", "over", "against")
# Clauses that describe or comment on the issue rather than name it.
SKIP_DEPS = ("relcl", "appos", "punct", "cc")
ACTOR_ENTS = ("PERSON", "ORG", "GPE", "NORP")


@lru_cache(maxsize=1)
def vague_nouns() -> frozenset[str]:
    """Nouns that never name an issue on their own (``vague_nouns`` of issues.yaml)."""
    raw = yaml.safe_load(files("kronika.data").joinpath("issues.yaml").read_text("utf-8"))
    return frozenset(str(w).lower() for w in raw.get("vague_nouns") or ())


def subtree(token: Token) -> list[Token]:
    """A phrase's tokens without relative clauses, appositions and punctuation inside it."""
    out = [token]
    for child in token.children:
        if child.dep_ not in SKIP_DEPS:
            out.extend(subtree(child))
    return out


def object_phrase(token: Token, stances: Stances) -> list[Token]:
    """The object, complement clause or prepositional object of a stance word
    ('demand for a ceasefire', 'call for talks', 'ready to negotiate')."""
    out: list[Token] = []
    cue_prep = cue_preposition(token, stances)
    for child in token.children:
        if child.dep_ in OBJECT_DEPS or (child.dep_ == "acl" and token.pos_ == "NOUN"):
            out.extend(subtree(child))
        elif child.dep_ == "prep" and (child == cue_prep or (
                token.pos_ in ("NOUN", "ADJ") and child.lower_ in NOUN_PREPS)):
            if token.pos_ == "NOUN" and child.lower_ == "of" and names_actor(child):
                continue  # "the proposals of Macron": the holder, not the issue
            out.extend(subtree(child))
    if not out and token.pos_ == "NOUN":
        out = following_infinitive(token)
    return sorted(out, key=lambda t: t.i)


def names_actor(prep: Token) -> bool:
    """True when a preposition's object is a named person, organisation or country."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ACTOR_ENTS for g in prep.children)


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


def stance_phrase(token: Token, stances: Stances) -> list[Token]:
    """What a stance is about. When the object is itself a stance noun ('abandon his demand
    for X as a condition for Y'), the noun's complements and the verb's own complements."""
    phrase = object_phrase(token, stances)
    inner = inner_stance(token, stances)
    if inner is None:
        return phrase
    outer = [t for c in token.children if c.dep_ in ("prep", "advcl", "xcomp") for t in subtree(c)]
    inside = [t for t in object_phrase(inner, stances) if t.dep_ != "poss"]
    return sorted({t.i: t for t in inside + outer}.values(), key=lambda t: t.i)


def inner_stance(token: Token, stances: Stances) -> Token | None:
    """The stance noun a stance verb takes as its object ('abandon his demand'), if any."""
    return next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")
                 and c.pos_ == "NOUN" and stance_of(c, stances)), None)


def issue_of(tokens: list[Token], issues: IssueLexicon) -> tuple[str, str] | None:
    """(issue key, issue text): a lexicon issue, else the normalised head noun phrase."""
    if not tokens:
        return None
    text = tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text
    issue = issues.match([t.lemma_.lower() for t in tokens])
    if issue is not None:
        return issue.key, text
    key = fallback_key(tokens)
    return (key, text) if key else None


def fallback_key(tokens: list[Token]) -> str | None:
    """'np:' and the head noun's lemma with its modifiers: adjectives as written in lowercase
    ('binding agreement', not the lemma 'bind'), compounds as lemmas."""
    nouns = [t for t in tokens if t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj", "nsubjpass",
                                                                   "attr", "nsubj")]
    if not nouns or nouns[0].lemma_.lower() in vague_nouns():
        return None
    head = nouns[0]
    mods = [(c.lower_ if c.dep_ == "amod" else c.lemma_.lower()) for c in head.children
            if c.dep_ in ("compound", "amod") and c.i < head.i and c.pos_ != "PROPN"]
    return "np:" + " ".join([*mods, head.lemma_.lower()])
