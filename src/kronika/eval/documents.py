"""Whole-document event tasks and typed entity mentions: gold fields and matching rules.

- **doc_events** (M2E2 VOA articles, every event of every sentence annotated): a predicted
  event of a mapped type (ASSAULT, CONSULT, PROTEST, COERCE) is scored at two levels.
  A kronika mode that names an event ACE types otherwise, or not at all, is not scored: a
  phone call (ACE Contact:Phone-Write) and a visit (Movement:Transport) are CONSULT in PLOVER
  but no Contact:Meet; a ban, a seizure, censorship, a curfew, a deportation, a restriction
  or martial law is COERCE in PLOVER but no Justice:Arrest-Jail; a boycott is no
  Conflict:Demonstrate (unmapped gold types are not scored either, SOURCE.md).
  *Trigger*: it hits a gold event of its type whose trigger span it overlaps. *Sentence*: the
  unit is (sentence, type); a predicted unit is right when the sentence holds a gold event of
  that type. A prediction whose trigger lies on a gold trigger of an unmapped type only
  ("killed" = Life:Die) is neither a hit nor a false positive. An event merged from several
  tellings (``mentions``) counts in each sentence that tells it. ``doc_events.dyad`` is the
  recall of mapped gold events for which a prediction of the type in the same sentence has
  source and target mentions overlapping the gold arguments (a side with no gold argument is
  not checked).
- **event_location** (Halterman): items whose event kronika finds (a predicted event whose
  trigger overlaps the gold verb) are scored; the location is right when it names a gold
  toponym (same folded name, or a mention of the predicted place overlapping the gold span),
  or when both have none. Items marked ``empty_location_marker`` are not scored.
- **entities** with typed gold (GUM): recall over *named* gold mentions, kind agreement
  (person / organization / place) over overlap-matched mentions, a group counting as a
  person unless a body noun names it; precision is the plain
  ``entities.overlap``/``entities.exact`` precision against all gold mentions.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kronika.errors import MalformedInputError
from kronika.eval.score import Accuracy, LabelScores, Measure, Score
from kronika.lexicon import read_csv
from kronika.records import Actor, Analysis, Event, Mention

Interval = tuple[int, int]

MAPPED_TYPES: frozenset[str] = frozenset({"ASSAULT", "CONSULT", "PROTEST", "COERCE"})
# kronika modes of a mapped type that are no event of the ACE type mapped to it (see above).
UNMAPPED_MODES: dict[str, frozenset[str]] = {
    "CONSULT": frozenset({"phone", "visit"}),
    "COERCE": frozenset({"ban", "censor", "confiscate", "curfew", "deport", "martial-law",
                         "restrict", "withhold"}),
    "PROTEST": frozenset({"boycott"}),
}
# ACE argument roles that name the source and the target of each mapped type (SOURCE.md).
SOURCE_ROLES: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset({"Attacker"}), "COERCE": frozenset({"Agent"}),
    "PROTEST": frozenset({"Entity"}), "CONSULT": frozenset({"Entity"}),
}
TARGET_ROLES: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset({"Target", "Victim"}), "COERCE": frozenset({"Person"}),
    "PROTEST": frozenset(), "CONSULT": frozenset({"Entity"}),
}
# kronika actor kinds as GUM's three entity labels. A ``group`` is either a body ('the army',
# 'the court': ORGANIZATION) or people in the plural ('soldiers', 'voters': GUM's PERSON); which
# one is read from the head noun of the mention (``body_label``).
KIND_LABELS: dict[str, str] = {
    "person": "PERSON", "organization": "ORGANIZATION", "group": "PERSON",
    "country": "PLACE", "place": "PLACE",
}
# Pronouns that stand for a thing, not for people: a group so named is a body.
THING_PRONOUNS: frozenset[str] = frozenset({"it", "its", "itself", "which"})
# Pronouns for people or bodies alike: the group's own name decides.
PEOPLE_PRONOUNS: frozenset[str] = frozenset({"they", "them", "their", "theirs", "themselves",
                                             "we", "us", "our", "who", "whom", "whose"})


@dataclass(frozen=True)
class GoldArgument:
    """One ACE event argument: its role and span."""

    role: str
    start: int
    end: int


@dataclass(frozen=True)
class DocEvent:
    """One M2E2 event: ACE type, mapped PLOVER types (empty when unmapped), trigger, args."""

    ace_type: str
    plover_types: tuple[str, ...]
    sentence: int
    trigger: Interval
    arguments: tuple[GoldArgument, ...] = ()


@dataclass(frozen=True)
class LocationItem:
    """One Halterman item: the event verb, the toponyms where it happened, and whether the
    original annotation is sound enough to score."""

    verb: Interval
    locations: tuple[Interval, ...]
    scored: bool


def _interval(value: Any, text_length: int, where: str) -> Interval:
    """A ``{start, end}`` object as checked offsets."""
    if not isinstance(value, dict):
        raise MalformedInputError(f"{where}: a span must be an object with start and end")
    start, end = value.get("start"), value.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= text_length):
        raise MalformedInputError(f"{where}: span offsets {start}..{end} outside the text")
    return start, end


def parse_doc_events(data: dict[str, Any], where: str) -> tuple[tuple[Interval, ...],
                                                                tuple[DocEvent, ...]]:
    """The sentence spans and events of an M2E2 line (empty when the line has none)."""
    size = len(data["text"])
    sents = tuple(_interval(s, size, f"{where}: sentences") for s in data.get("sentences") or [])
    events = []
    for n, raw in enumerate(data.get("events") or []):
        at = f"{where}: events[{n}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("trigger"), dict):
            continue  # the common event format (PLV, GSR) has no trigger span (GSR: its words)
        args = tuple(GoldArgument(str(a.get("role")), *_interval(a, size, at))
                     for a in raw.get("arguments") or [])
        events.append(DocEvent(str(raw.get("ace_type")), tuple(raw.get("plover_types") or ()),
                               int(raw.get("sentence") or 0), _interval(raw["trigger"], size, at),
                               args))
    return sents, tuple(events)


def parse_location_item(data: dict[str, Any], where: str) -> LocationItem | None:
    """The Halterman fields of a line, or None when it has no event verb."""
    if "verb" not in data:
        return None
    size = len(data["text"])
    places = tuple(_interval(p, size, f"{where}: locations") for p in data.get("locations") or [])
    return LocationItem(_interval(data["verb"], size, f"{where}: verb"), places,
                        not data.get("empty_location_marker"))


# --- doc_events ----------------------------------------------------------------------------


def overlaps(a: Interval, b: Interval) -> bool:
    """Whether two intervals share a character."""
    return min(a[1], b[1]) > max(a[0], b[0])


def sentence_of(offset: int, sents: tuple[Interval, ...]) -> int | None:
    """The gold sentence holding a character offset."""
    return next((n for n, (s, e) in enumerate(sents) if s <= offset < e), None)


def trigger_span(event: Event) -> Interval:
    """A predicted event's trigger offsets (its sentence start when it has none)."""
    if event.trigger_start is None or event.trigger_end is None:
        return event.evidence.start, event.evidence.start + 1
    return event.trigger_start, event.trigger_end


def scored_predictions(analysis: Analysis, gold: tuple[DocEvent, ...]) -> list[Event]:
    """Predicted events of a mapped type and a mode ACE types alike, less those on a trigger
    of unmapped gold type only."""
    out = []
    for event in analysis.events:
        if event.type not in MAPPED_TYPES or event.mode in UNMAPPED_MODES.get(event.type, ()):
            continue
        on = [g for g in gold if overlaps(g.trigger, trigger_span(event))]
        if on and not any(g.plover_types for g in on):
            continue
        out.append(event)
    return out


def match_doc_events(line: Any, analysis: Analysis) -> tuple[dict[str, Measure], list[str],
                                                               list[str]]:
    """Trigger- and sentence-level P/R/F1 per mapped type, and dyad recall."""
    text, sents = line.text, line.sentences
    gold = [g for g in line.doc_events if set(g.plover_types) & MAPPED_TYPES]
    preds = scored_predictions(analysis, line.doc_events)
    trig, sent = LabelScores(), LabelScores()
    for g in gold:
        kind = next(t for t in g.plover_types if t in MAPPED_TYPES)
        hit = any(p.type in g.plover_types and overlaps(g.trigger, trigger_span(p)) for p in preds)
        trig[kind].tp += hit
        trig[kind].fn += not hit
    for p in preds:
        if not any(p.type in g.plover_types and overlaps(g.trigger, trigger_span(p)) for g in gold):
            trig[p.type].fp += 1
    gold_units = {(g.sentence, t) for g in gold for t in g.plover_types if t in MAPPED_TYPES}
    # an event merged from several tellings is found in each sentence that tells it
    pred_units = {(sentence_of(at, sents), p.type) for p in preds
                  for at in (trigger_span(p)[0], *(m.start for m in p.mentions))}
    for unit in gold_units | pred_units:
        sent[unit[1]].tp += unit in gold_units and unit in pred_units
        sent[unit[1]].fn += unit in gold_units and unit not in pred_units
        sent[unit[1]].fp += unit in pred_units and unit not in gold_units
    dyad = Accuracy()
    for g in gold:
        dyad.add(any(dyad_fits(g, p, analysis) for p in preds
                     if p.type in g.plover_types and sentence_of(trigger_span(p)[0], sents)
                     == g.sentence))
    missed = [f"{t} {quote_unit(text, sents, s)}" for s, t in sorted(gold_units - pred_units)]
    wrong = [f"{p.type} {p.trigger!r} in {quote_unit(text, sents, s)}"
             for p in preds if (s := sentence_of(trigger_span(p)[0], sents),
                                p.type) not in gold_units]
    return ({"doc_events.trigger": trig, "doc_events.sentence": sent,
             "doc_events.dyad_recall": dyad}, missed, wrong)


def quote_unit(text: str, sents: tuple[Interval, ...], n: int | None) -> str:
    """A sentence of the gold text, shortened."""
    if n is None or n >= len(sents):
        return "?"
    piece = " ".join(text[sents[n][0]:sents[n][1]].split())
    return repr(piece if len(piece) <= 100 else piece[:99] + "…")


def dyad_fits(gold: DocEvent, event: Event, analysis: Analysis) -> bool:
    """Source and target mentions of a prediction overlap the gold arguments of their roles."""
    kind = event.type
    src_args = [(a.start, a.end) for a in gold.arguments if a.role in SOURCE_ROLES[kind]]
    tgt_args = [(a.start, a.end) for a in gold.arguments if a.role in TARGET_ROLES[kind]]
    src, tgt = side_mentions(analysis, event, event.source), side_mentions(analysis, event,
                                                                           event.target)
    fits_src = not src_args or any(overlaps(a, m) for a in src_args for m in src)
    fits_tgt = not tgt_args or any(overlaps(a, m) for a in tgt_args for m in tgt)
    if kind == "CONSULT" and len(src_args) < 2:
        return fits_src or fits_tgt  # one named party of a meeting may stand on either side
    return fits_src and fits_tgt


def side_mentions(analysis: Analysis, event: Event, actor_id: str | None) -> list[Interval]:
    """Mentions of a side's actor in the event's sentence."""
    actor = analysis.actor(actor_id)
    if actor is None:
        return []
    return [(m.start, m.end) for m in actor.mentions if m.sentence == event.evidence.sentence]


# --- event_location ------------------------------------------------------------------------


def fold_name(name: str) -> str:
    """A place name compared loosely: lower case, no diacritics or punctuation."""
    from kronika.places.gazetteer import fold

    return fold(name).strip(" .,")


def location_right(item: LocationItem, event: Event, analysis: Analysis, text: str) -> bool:
    """Whether the event's location is a gold toponym (or both have none)."""
    if event.location is None:
        return not item.locations
    name = fold_name(event.location.name)
    spans = [(m.start, m.end) for p in analysis.places if fold_name(p.name) == name
             for m in p.mentions]
    spans += [(m.start, m.end) for a in analysis.actors if fold_name(a.name) == name
              for m in a.mentions]
    return any(fold_name(text[s:e]) == name or any(overlaps((s, e), m) for m in spans)
               for s, e in item.locations)


def match_event_location(line: Any, analysis: Analysis) -> tuple[dict[str, Measure], list[str],
                                                                   list[str]]:
    """Found share, and location accuracy / precision / recall over found events."""
    item: LocationItem | None = line.location_item
    if item is None or not item.scored:
        return {}, [], []
    text = line.text
    on_verb = [e for e in analysis.events if overlaps(item.verb, trigger_span(e))]
    found = Accuracy(int(bool(on_verb)), 1)
    if not on_verb:
        return {"event_location.found": found}, [f"no event on {text[slice(*item.verb)]!r}"], []
    event = next((e for e in on_verb if e.location is not None), on_verb[0])
    right = location_right(item, event, analysis, text)
    gold_names = [text[s:e] for s, e in item.locations]
    located = Score(tp=int(right and event.location is not None and bool(item.locations)),
                    fp=int(event.location is not None and not right),
                    fn=int(bool(item.locations) and not right))
    measures: dict[str, Measure] = {"event_location.found": found,
                                    "event_location.accuracy": Accuracy(int(right), 1),
                                    "event_location.place": located}
    if right:
        return measures, [], []
    produced = event.location.name if event.location else "none"
    return measures, [f"location {gold_names or 'none'}"], [f"location {produced!r}"]


# --- typed entities (GUM) ------------------------------------------------------------------


@lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    """Generic nouns that name a body, not people (``kind`` body in ``data/sectors.csv``)."""
    rows = read_csv("sectors.csv", ("noun", "sector"))
    return frozenset(r["noun"].lower() for r in rows if r.get("kind") == "body")


def names_a_body(phrase: str) -> bool:
    """Whether a phrase ends in a body noun ('the Indian navy', 'the supreme court') or is a
    pronoun for a thing ('it')."""
    words = phrase.lower().replace("’", "'").removesuffix("'s").split()
    if not words:
        return False
    if len(words) == 1 and words[0] in THING_PRONOUNS:
        return True
    return any(" ".join(words[-n:]) in body_nouns() for n in (1, 2, 3))


def mention_label(actor: Actor, mention: Mention) -> str:
    """GUM's label of one actor mention: a group's by the noun that names it there, or, for
    a pronoun or a name, by the actor's canonical name."""
    label = KIND_LABELS.get(actor.kind, "ORGANIZATION")
    if actor.kind != "group":
        return label
    if names_a_body(mention.text) or (mention.text.lower() in PEOPLE_PRONOUNS
                                      and names_a_body(actor.name)):
        return "ORGANIZATION"
    return label


def typed_mentions(analysis: Analysis) -> list[tuple[Interval, str]]:
    """Every actor and place mention with its GUM label."""
    out = [((m.start, m.end), mention_label(a, m)) for a in analysis.actors for m in a.mentions]
    out += [((m.start, m.end), "PLACE") for p in analysis.places for m in p.mentions]
    return out


def entity_kinds(line: Any, analysis: Analysis) -> dict[str, Measure]:
    """Named-mention recall (exact, overlap) and kind agreement, for gold with labels."""
    labelled = [e for e in line.entities if e.label in ("PERSON", "ORGANIZATION", "PLACE")]
    if not labelled:
        return {}
    from kronika.eval.match import trim

    text = line.text
    predicted = [(trim(s, text), k) for s, k in typed_mentions(analysis)]
    exact, loose, kind = Accuracy(), Accuracy(), Accuracy()
    for entity in labelled:
        span = trim((entity.span.start, entity.span.end), text)
        near = [(s, k) for s, k in predicted if overlaps(span, s)]
        if entity.named:
            exact.add(any(s == span for s, _ in near))
            loose.add(bool(near))
        if near:
            best = max(near, key=lambda m: min(m[0][1], span[1]) - max(m[0][0], span[0]))
            kind.add(best[1] == entity.label)
    return {"entities.named_recall_exact": exact, "entities.named_recall_overlap": loose,
            "entities.kind": kind}
