"""PLOVER events from a parsed document: triggers, arguments, factuality, date and place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from kronika.actors.knowledge import KnowledgeBase
from kronika.actors.resolve import ActorIndex
from kronika.events.arguments import (
    SYMMETRIC_TYPES,
    Argument,
    argument_of,
    location_of,
    noun_arguments,
    verb_arguments,
)
from kronika.events.dates import event_date
from kronika.events.factuality import Qualifier, qualify
from kronika.events.ontology import EventType, FactualityCues, Trigger, TriggerLexicon
from kronika.records import Claim, Event, Evidence, Location, content_id

TRIGGER_POS = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN"}


@dataclass(frozen=True)
class EventKnowledge:
    """What the events stage reads: the ontology, triggers and factuality cues."""

    types: dict[str, EventType]
    triggers: TriggerLexicon
    cues: FactualityCues
    kb: KnowledgeBase


def match_trigger(token: Token, lexicon: TriggerLexicon) -> Trigger | None:
    """The most specific trigger entry for a token: a multiword entry whose other words are
    the token's particle, object or preposition, else the single-word entry."""
    pos = TRIGGER_POS.get(token.pos_)
    if pos is None:
        return None
    entries = lexicon.by_head(token.lemma_.lower(), pos)
    if not entries:
        return None
    child_words = {c.lemma_.lower() for c in token.children if c.dep_ in
                   ("prt", "dobj", "prep", "compound", "amod", "pobj")}
    multi = [t for t in entries if len(t.words) > 1 and set(t.words[1:]) <= child_words]
    if multi:
        return max(multi, key=lambda t: len(t.words))
    single = [t for t in entries if len(t.words) == 1]
    return single[0] if single else None


def arguments(trigger: Token, index: ActorIndex, kb: KnowledgeBase) -> tuple[list[Argument], list[Argument]]:
    """Resolved source and target arguments of a trigger."""
    if trigger.pos_ == "VERB":
        src_heads, tgt_heads = verb_arguments(trigger)
    else:
        src_heads, tgt_heads = noun_arguments(trigger)
    sources = [a for a in (argument_of(t, index, kb) for t in src_heads) if a]
    targets = [a for a in (argument_of(t, index, kb) for t in tgt_heads) if a]
    return sources, targets


def dyads(etype: str, sources: list[Argument], targets: list[Argument]) -> list[tuple[Argument | None, Argument | None]]:
    """Source x target pairs; 'X and Y agreed' gives X -> Y for symmetric types."""
    if not targets and len(sources) > 1 and etype in SYMMETRIC_TYPES:
        return [(sources[0], s) for s in sources[1:]]
    srcs: list[Argument | None] = list(sources) or [None]
    tgts: list[Argument | None] = list(targets) or [None]
    pairs = []
    for s in srcs:
        for t in tgts:
            if s is not None and t is not None and s.actor is not None and s.actor is t.actor:
                continue
            pairs.append((s, t))
    return pairs


def claim_around(start: int, claims: Sequence[Claim]) -> Claim | None:
    """The innermost claim whose content contains a character offset."""
    inside = [c for c in claims if c.content_start <= start < c.content_end
              and c.speaker_kind != "author"]
    return min(inside, key=lambda c: c.content_end - c.content_start) if inside else None


def build_event(
    doc_id: str, trigger: Token, entry: Trigger, etype: EventType, pair: tuple[Argument | None, Argument | None],
    qualifier: Qualifier, claim: Claim | None, when: str | None, index: ActorIndex,
) -> Event:
    """One Event record from its parts."""
    src, tgt = pair
    sent = trigger.sent
    sents = index.doc.user_data["kronika_sent_index"]
    location = location_of(trigger, index)
    if tgt is None and location is not None and entry.type == "ASSAULT":
        tgt = Argument(None, location.country, None)  # "bombing in X" is aimed at X
    factuality = qualifier.value
    if factuality == "asserted" and claim is not None:
        factuality = "reported"
    score = 0.4 + (0.2 if src else 0) + (0.2 if tgt else 0) + (0.1 if trigger.pos_ == "VERB" else 0)
    return Event(
        id=content_id(doc_id, entry.type, str(trigger.idx),
                      src.actor.id if src and src.actor else "", tgt.actor.id if tgt and tgt.actor else ""),
        type=entry.type, mode=entry.mode or None, cameo=entry.cameo or etype.cameo,
        quad_class=etype.quad_class, goldstein=etype.goldstein,
        source=src.actor.id if src and src.actor else None,
        target=tgt.actor.id if tgt and tgt.actor else None,
        source_country=src.country if src else None, target_country=tgt.country if tgt else None,
        source_code=code_of(src), target_code=code_of(tgt),
        location=Location(location.name, location.country, location.lat, location.lon) if location else None,
        date=when, factuality=factuality, factuality_cue=qualifier.cue,
        attributed_to=claim.id if claim else None, trigger=trigger.text,
        confidence=round(min(score, 1.0), 2),
        evidence=Evidence(sents[trigger.i], sent.start_char, sent.end_char, sent.text),
    )


def code_of(arg: Argument | None) -> str | None:
    """CAMEO-style code of an argument: the actor's code, else its country."""
    if arg is None:
        return None
    if arg.actor is not None and arg.actor.code:
        return arg.actor.code
    return arg.country


def extract_events(
    doc: Doc, doc_id: str, index: ActorIndex, know: EventKnowledge, claims: Sequence[Claim],
    published: date | None,
) -> list[Event]:
    """Every event of the document, one per trigger and dyad, in text order."""
    events: list[Event] = []
    for token in doc:
        if token.i in index.token_actor:
            continue
        entry = match_trigger(token, know.triggers)
        if entry is None or entry.type not in know.types:
            continue
        sources, targets = arguments(token, index, know.kb)
        qualifier = qualify(token, know.cues)
        claim = claim_around(token.idx, claims)
        when, _ = event_date(token, published)
        for pair in dyads(entry.type, sources, targets):
            events.append(build_event(doc_id, token, entry, know.types[entry.type], pair,
                                      qualifier, claim, when, index))
    return merge_repeats(events)


def merge_repeats(events: list[Event]) -> list[Event]:
    """One event per (type, dyad, date, factuality): later mentions become mentions of the
    first, so that repetition in one article does not inflate counts."""
    first: dict[tuple, int] = {}
    out: list[Event] = []
    for ev in events:
        if ev.source is None and ev.target is None:
            out.append(ev)
            continue
        key = (ev.type, ev.source, ev.target, ev.source_country, ev.target_country, ev.date, ev.factuality)
        if key in first:
            kept = out[first[key]]
            out[first[key]] = _with_mention(kept, ev)
        else:
            first[key] = len(out)
            out.append(ev)
    return out


def _with_mention(kept: Event, repeat: Event) -> Event:
    from dataclasses import replace
    return replace(kept, mentions=kept.mentions + (repeat.evidence,))
