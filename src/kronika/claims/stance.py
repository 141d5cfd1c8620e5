"""A claim's stance toward the actor it is about, where the words show one.

"X praised Y", "X accused Y of ...": the cue itself is evaluative and its object is the actor
the claim is about. "X said Y had betrayed the country" shows nothing about the speaker's
stance toward anyone but the verb's subject's; "X said he would back Y" does, because the
evaluative verb's subject is the speaker. Anything else leaves the stance unset: the text
does not show it.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from kronika.actors.resolve import ActorIndex
from kronika.claims.cues import claim_words
from kronika.lexicon import read_csv
from kronika.nlp import coarse_pos, lower_lemmas

STANCES = ("supports", "opposes")
_SELF = claim_words("self_subject_pronouns")


@lru_cache(maxsize=1)
def stance_verbs() -> dict[str, str]:
    """Evaluative verbs (``data/claim_stances.csv``): lemma -> supports | opposes."""
    rows = read_csv("claim_stances.csv", ("lemma", "stance"))
    return {r["lemma"].lower(): r["stance"] for r in rows if r["stance"] in STANCES}


def _object_actor(verb: Token, index: ActorIndex, speaker: str | None) -> str | None:
    """The actor a verb is directed at: its object, or 'of/against/on' object, not the
    speaker."""
    for child in verb.children:
        objects = [child] if child.dep_ in ("dobj", "nsubjpass") else []
        if child.dep_ == "prep" and child.lower_ in ("against", "on", "of"):
            objects = [g for g in child.children if g.dep_ == "pobj"]
        for obj in objects:
            build = index.actor_of(obj)
            if build is not None and build.id != speaker:
                return build.id
    return None


def _negated(verb: Token) -> bool:
    """'did not criticise': the stance is not shown (a denial is not its opposite)."""
    return any(c.dep_ == "neg" for c in verb.children)


def claim_stance(doc: Doc, cue: tuple[int, int] | None, content: tuple[int, int],
                 speaker: str | None, index: ActorIndex) -> tuple[str | None, str | None]:
    """(target actor id, supports | opposes) of one claim, or (None, None)."""
    verbs = stance_verbs()
    lemmas, pos = lower_lemmas(doc), coarse_pos(doc)  # a Token only for a stance verb
    if cue is not None:
        span = doc.char_span(*cue, alignment_mode="expand")
        for i in range(span.start, span.end) if span is not None else ():
            stance = verbs.get(lemmas[i])
            if stance and pos[i] == "VERB" and not _negated(tok := doc[i]):
                target = _object_actor(tok, index, speaker)
                if target is not None:
                    return target, stance
    inner = doc.char_span(*content, alignment_mode="expand")
    for i in range(inner.start, inner.end) if inner is not None else ():
        stance = verbs.get(lemmas[i])
        if not stance or pos[i] != "VERB" or _negated(tok := doc[i]):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        own = subject is not None and (subject.lower_ in _SELF or (
            speaker is not None and (b := index.actor_of(subject)) is not None and b.id == speaker))
        if own and (target := _object_actor(tok, index, speaker)) is not None:
            return target, stance
    return None, None
