"""Implicit arguments: a side the parse leaves empty, recovered from the discourse.

An event that has one side from its frames (arguments.py) but not the other takes the missing
side, in this order, from:

1. the same chain: the source of the nearest earlier event of the same type in the same
   sentence or the one before ("the army began to strike ... Strikes targeting X");
2. the sentence: the nearest actor (or place, for a target) mentioned before the trigger for a
   source, after it for a target, that is not the other side.

Each rule has its own, lower confidence (below every frame path), so that a user filtering on
``confidence`` keeps only what the grammar found. An event with no side at all is never
completed here: it stays out (phantom control belongs to the events stage).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from kronika.actors.resolve import ActorIndex
from kronika.events.arguments import Argument, phrase_span
from kronika.nlp import sentence_index, sentences

CHAIN_CONFIDENCE = 0.5
NEAREST_CONFIDENCE = 0.35


@dataclass(frozen=True)
class Told:
    """An event already read: its sentence, type and source, for the chain rule."""

    sentence: int
    type: str
    source: Argument


def chain_source(trigger: Token, etype: str, told: list[Told], exclude: Argument | None
                 ) -> Argument | None:
    """The source of the nearest earlier event of the same type, this sentence or the last."""
    here = sentence_index(trigger.doc)[trigger.i]
    for event in reversed(told):
        if (event.type == etype and here - 1 <= event.sentence <= here
                and (exclude is None or not same_side(event.source, exclude))):
            return replace(event.source, confidence=CHAIN_CONFIDENCE)
    return None


def same_side(a: Argument, b: Argument) -> bool:
    """One actor, or one country with no actor."""
    if a.actor is not None or b.actor is not None:
        return a.actor is b.actor
    return a.country == b.country


def nearest(trigger: Token, index: ActorIndex, side: str, exclude: Argument | None
            ) -> Argument | None:
    """The nearest actor mention before (source) or after (target) the trigger in its
    sentence, places counting for a target, leaving out the other side."""
    doc = trigger.doc
    sent = sentences(doc)[sentence_index(doc)[trigger.i]]
    order = (range(trigger.i - 1, sent.start - 1, -1) if side == "source"
             else range(trigger.i + 1, sent.end))
    for i in order:
        token = doc[i]
        build = index.actor_of(token)
        place = index.place_of(token) if build is None and side == "target" else None
        if build is None and place is None:
            continue
        arg = Argument(build, build.country if build else place.country, token,  # type: ignore[union-attr]
                       confidence=NEAREST_CONFIDENCE, span=phrase_span(token))
        if token.pos_ == "PRON" or (exclude is not None and same_side(arg, exclude)):
            continue
        return arg
    return None


def complete(
    trigger: Token, etype: str, sources: list[Argument], targets: list[Argument],
    index: ActorIndex, told: list[Told],
) -> tuple[list[Argument], list[Argument]]:
    """The sides with an empty one filled from the discourse, when the other is known."""
    if sources and not targets:
        found = nearest(trigger, index, "target", sources[0])
        targets = [found] if found else []
    elif targets and not sources:
        found = (chain_source(trigger, etype, told, targets[0])
                 or nearest(trigger, index, "source", targets[0]))
        sources = [found] if found else []
    return sources, targets
