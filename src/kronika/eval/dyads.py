"""Dyad scoring beyond spans of one text: sides as labelled spans, countries and codes.

- **dyad_spans** (Multi-CoPED): gold sides are character spans labelled SOURCE, TARGET or
  RECIPROCAL (an actor on both sides). A predicted side *covers* a gold span when a mention
  of its actor in the event's sentence, or the phrase it was read from (a place too),
  overlaps it. ``source``/``target``: a gold SOURCE (TARGET) span is found when some
  predicted event's source (target) covers it; a predicted side actor that covers no gold
  span of any label is a false positive.
  ``reciprocal``: a RECIPROCAL span is found when some event has it on either side.
  ``pair``: one gold pair per line (a source-capable and a different target-capable span);
  found when one predicted event covers both; a line whose predicted complete dyads all miss
  counts one false positive (one event is annotated per sentence, so extra events that miss
  are not each counted). ``penta``: the PentaClass of the pair-matching event (else of the
  first event) from its quad class; no event is class 0 (neutral statement).
- **events.dyad_country**: type accepted and each gold side's country equal to the
  predicted side's country; a side without a gold country is not checked, and an event with
  no gold country on either side is not scored.
- **events.dyad_code** (PLOVER GSR): the same against any annotated actor of each side, by
  country (or IGO/NGO) and, where gold gives one, the CAMEO sector (first three letters).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kronika.eval.gold import GoldActor, GoldEvent, GoldLine, GoldSide
from kronika.eval.score import Accuracy, Measure, Score
from kronika.records import Analysis, Event

Interval = tuple[int, int]

SOURCE_LABELS = ("SOURCE", "RECIPROCAL")
TARGET_LABELS = ("TARGET", "RECIPROCAL")


def side_spans(analysis: Analysis, event: Event, side: str) -> list[Interval]:
    """Where an event's side ("source" or "target") is: the phrase it was read from, and the
    mentions of its actor in the event's sentence (else anywhere)."""
    start, end = getattr(event, f"{side}_start"), getattr(event, f"{side}_end")
    spans = [(start, end)] if start is not None and end is not None else []
    actor = analysis.actor(getattr(event, side))
    if actor is None:
        return spans
    near = [(m.start, m.end) for m in actor.mentions if m.sentence == event.evidence.sentence]
    return spans + (near or [(m.start, m.end) for m in actor.mentions])


def covers(spans: Sequence[Interval], gold: GoldSide) -> bool:
    """Some predicted mention overlaps the gold span."""
    return any(min(e, gold.span.end) > max(s, gold.span.start) for s, e in spans)


def found(sides: Sequence[GoldSide], predicted: Sequence[list[Interval]]) -> list[bool]:
    """For each gold side, whether one of the predicted side mention lists covers it."""
    return [any(covers(p, g) for p in predicted) for g in sides]


def side_score(
    gold: Sequence[GoldSide], everything: Sequence[GoldSide], predicted: list[list[Interval]]
) -> Score:
    """Recall over the gold spans; a predicted side covering no gold span is a false positive."""
    hits = found(gold, predicted)
    stray = sum(1 for p in predicted if p and not any(covers(p, g) for g in everything))
    return Score(sum(hits), stray, len(hits) - sum(hits))


def pair_hit(line: GoldLine, src: list[Interval], tgt: list[Interval]) -> bool:
    """One predicted dyad covers a source-capable and a different target-capable gold span."""
    return any(
        covers(src, s) and covers(tgt, t)
        for s in line.sides if s.label in SOURCE_LABELS
        for t in line.sides if t.label in TARGET_LABELS and t is not s
    )


def has_pair(line: GoldLine) -> bool:
    """The gold line names two different sides."""
    return any(s is not t for s in line.sides if s.label in SOURCE_LABELS
               for t in line.sides if t.label in TARGET_LABELS)


def score_dyad_spans(
    line: GoldLine, analysis: Analysis
) -> tuple[dict[str, Measure], list[str], list[str]]:
    """Source, target and reciprocal span recall, pair P/R/F1 and PentaClass accuracy."""
    events = list(analysis.events)
    srcs = [side_spans(analysis, e, "source") for e in events]
    tgts = [side_spans(analysis, e, "target") for e in events]
    by = {label: [s for s in line.sides if s.label == label] for label in
          ("SOURCE", "TARGET", "RECIPROCAL")}
    complete = [(s, t) for s, t in zip(srcs, tgts, strict=True) if s and t]
    hits = [i for i, (s, t) in enumerate(zip(srcs, tgts, strict=True))
            if s and t and pair_hit(line, s, t)]
    wanted = has_pair(line)
    pair = Score(tp=int(wanted and bool(hits)), fn=int(wanted and not hits),
                 fp=int(bool(complete) and not hits))
    chosen = events[hits[0]] if hits else (events[0] if events else None)
    penta = Accuracy()
    if line.penta is not None:
        penta.add((chosen.quad_class or 0 if chosen else 0) == line.penta)
    measures: dict[str, Measure] = {
        "dyad_spans.source": side_score(by["SOURCE"], line.sides, srcs),
        "dyad_spans.target": side_score(by["TARGET"], line.sides, tgts),
        "dyad_spans.reciprocal": side_score(by["RECIPROCAL"], line.sides, []),
        "dyad_spans.pair": pair,
        "dyad_spans.penta": penta,
        **by_confidence("dyad_spans.pair", events, {id(events[i]) for i in hits}),
    }
    recip = found(by["RECIPROCAL"], srcs + tgts)
    measures["dyad_spans.reciprocal"] = Score(sum(recip), 0, len(recip) - sum(recip))
    missed = [f"{g.label} {g.span.text!r}" for label in ("SOURCE", "TARGET")
              for g, hit in zip(by[label], found(by[label], srcs if label == "SOURCE" else tgts),
                                strict=True) if not hit]
    missed += [f"RECIPROCAL {g.span.text!r}" for g, hit in zip(by["RECIPROCAL"], recip,
                                                                strict=True) if not hit]
    if wanted and not hits:
        missed.append("pair")
    produced = [f"{e.type} {side_text(line.text, s)} -> {side_text(line.text, t)}"
                for e, s, t in zip(events, srcs, tgts, strict=True) if not hits or e is not chosen]
    return measures, missed, produced


def side_text(text: str, spans: list[Interval]) -> str:
    """The first predicted mention of a side, for error listings."""
    return repr(text[spans[0][0]:spans[0][1]]) if spans else "None"


# --- countries and codes -------------------------------------------------------------------


def country_fits(gold: str | None, predicted: str | None) -> bool:
    """A gold side's country equals the predicted one; an absent gold country is not checked."""
    return gold is None or gold == predicted


def code_fits(gold: Sequence[GoldActor], country: str | None, sector: str | None) -> bool:
    """Some annotated actor of the side has the predicted country and (where gold gives one)
    sector; a side with no annotated actor is not checked."""
    coded = [a for a in gold if a.code]
    if not coded:
        return True
    return any(
        (a.code or "")[:3] == country
        and (not a.sector or not a.sector[:3].isalpha() or a.sector[:3].upper() == sector)
        for a in coded
    )


def sector_of(analysis: Analysis, actor_id: str | None) -> str | None:
    """The CAMEO sector of a side's actor, if any."""
    actor = analysis.actor(actor_id)
    return actor.sector if actor is not None else None


def dyad_by_country(gold: GoldEvent, event: Event) -> bool:
    """Type accepted and both gold countries met."""
    return (event.type in gold.plover_types
            and country_fits(gold.source_country, event.source_country)
            and country_fits(gold.target_country, event.target_country))


def dyad_by_code(gold: GoldEvent, event: Event, analysis: Analysis) -> bool:
    """Type accepted and both sides met by country and sector."""
    return (event.type in gold.plover_types
            and code_fits(gold.sources, event.source_country, sector_of(analysis, event.source))
            and code_fits(gold.targets, event.target_country, sector_of(analysis, event.target)))


def country_measures(line: GoldLine, analysis: Analysis) -> dict[str, Measure]:
    """``events.dyad_country`` and ``events.dyad_code`` over the gold events that have them."""
    out: dict[str, Measure] = {}
    by_country = [g for g in line.events if g.source_country or g.target_country]
    if by_country or not line.events:  # a line with no event: any prediction is wrong
        out["events.dyad_country"] = dyad_score(by_country, analysis, dyad_by_country)
    by_code = [g for g in line.events if any(a.code for a in g.sources + g.targets)]
    if by_code:
        out["events.dyad_code"] = dyad_score(
            by_code, analysis, lambda g, e: dyad_by_code(g, e, analysis))
    return out


def dyad_score(
    gold: Sequence[GoldEvent], analysis: Analysis, fits: Callable[[GoldEvent, Event], bool]
) -> Score:
    """Gold events found with a fitting dyad; predictions fitting none are false positives."""
    tp = sum(any(fits(g, e) for e in analysis.events) for g in gold)
    fp = sum(not any(fits(g, e) for g in gold) for e in analysis.events)
    return Score(tp, fp, len(gold) - tp)


# --- confidence -----------------------------------------------------------------------------

BANDS: tuple[float, ...] = (0.5, 0.7, 0.85)


def band(confidence: float) -> str:
    """The confidence band of an event, for precision per band ('<0.50', '0.50-0.70', ...)."""
    low = max((b for b in BANDS if confidence >= b), default=None)
    if low is None:
        return f"<{BANDS[0]:.2f}"
    higher = [b for b in BANDS if b > low]
    return f"{low:.2f}-{higher[0]:.2f}" if higher else f">={low:.2f}"


def by_confidence(prefix: str, events: Sequence[Event], right: set[int]) -> dict[str, Measure]:
    """Per confidence band, the share of predicted events that are right (by ``id()``), as
    ``PREFIX.conf BAND`` accuracies: whether ``confidence`` means what it should."""
    bands: dict[str, Accuracy] = {}
    for event in events:
        bands.setdefault(f"{prefix}.conf {band(event.confidence)}", Accuracy()).add(
            id(event) in right)
    return dict(bands)
