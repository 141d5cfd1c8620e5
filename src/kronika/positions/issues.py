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
        elif child.dep_ == "prep" and (child == cue_prep or child.lower_ in NOUN_PREPS):
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


def stance_phrases(token: Token, stances: Stances) -> list[list[Token]]:
    """What a stance is about, as candidate phrases in order of preference. When the object is
    itself a stance noun ('abandon his demand for X as a condition for Y'), the noun's
    complements and the verb's own complements come first, then the whole object phrase
    ('proposed a binding agreement on X' is about the agreement when X names no issue)."""
    phrase = object_phrase(token, stances)
    inner = inner_stance(token, stances)
    if inner is None:
        return [phrase]
    outer = [t for c in token.children if c.dep_ in ("prep", "advcl", "xcomp") for t in subtree(c)]
    inside = [t for t in object_phrase(inner, stances) if t.dep_ != "poss"]
    return [sorted({t.i: t for t in inside + outer}.values(), key=lambda t: t.i), phrase]


def inner_stance(token: Token, stances: Stances) -> Token | None:
    """The stance noun a stance verb takes as its object ('abandon his demand'), if any."""
    return next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")
                 and c.pos_ == "NOUN" and stance_of(c, stances)), None)


def issue_of(phrases: list[list[Token]], issues: IssueLexicon) -> tuple[str, str] | None:
    """(issue key, issue text) of the first candidate phrase naming a lexicon issue, else the
    normalised head noun phrase of the widest candidate whose head is not vague."""
    phrases = [sorted(p, key=lambda t: t.i) for p in phrases if p]
    for tokens in phrases:
        issue = issues.match([t.lemma_.lower() for t in tokens])
        if issue is not None:
            return issue.key, phrase_text(tokens)
    for tokens in reversed(phrases):  # the whole object first: "a binding agreement on X"
        if key := fallback_key(tokens):
            return key, phrase_text(tokens)
    return None


def phrase_text(tokens: list[Token]) -> str:
    """The text from a phrase's first to its last token."""
    return tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text


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
