"""Matching rules: when does a kronika output count as finding a gold item.

Each ``match_*`` function compares one gold line with kronika's ``Analysis`` of the same text
and returns a ``TaskResult``: named measures (see ``score.py``) that add up over lines, and
short descriptions of what was missed and what was wrongly produced, for ``--errors``.

Rules (the README repeats them):

- **Spans** are character intervals ``[start, end)``. *Exact* means equal after trimming
  whitespace, quotes and punctuation at both edges; *overlap* means at least one shared
  character. Span metrics compare the sets of distinct spans one-to-one, greedily by overlap.
- **entities**: predictions are the actor mentions (span + the actor's country). Exact and
  overlap span P/R/F1; ``country`` is the accuracy of the actor country over overlap-matched
  mentions whose gold has a country.
- **events**: every predicted event counts, whatever its factuality. A gold event is *found*
  when some predicted event has one of its ``plover_types``; a predicted event is a *false
  positive* when its type is accepted by no gold event of the line. Several predictions of
  one gold event are neither rewarded nor penalised (tp counts gold events, fp counts
  predictions matching nothing). ``dyad``: the same, but the predicted event's source and
  target must also match: a side matches when a mention of the predicted actor in the event's
  sentence overlaps an occurrence of the gold ``source_text``/``target_text``; when the gold
  has only a country, the predicted side's country must equal it; a gold side with neither
  (or a text absent from the sentence, such as "an actor") is not checked.
  ``factuality``: a confusion matrix over found gold events, paired with a dyad-matching
  prediction when there is one, else with the first type-matching prediction.
- **event_type** (CASE 2021): only events kronika asserts or reports count (negated,
  hypothetical and future ones are not events that happened). A line with accepted types is
  right when a counted event has one of them; a line with ``[]`` is right when there is no
  counted event; lines with ``null`` are not scored. ``lines`` scores the same decisions as
  P/R/F1: tp a right event line, fn a missed one, fp a line with counted events of no
  accepted type (including false alarms on ``[]`` lines). ``acled``: the document's label
  is the CASE code of its main event's ``acled_type`` (``events.acled.main_event``), none
  when it has no such event; one gold and at most one predicted label per line, scored per
  label and headlined by the support-weighted F1 over all labels; ``acled_25`` the same over
  the 25 ACLED sub-event labels only (a prediction or gold label outside them is not counted).
- **claims**: speaker and content span P/R/F1 (exact and overlap). A predicted claim's
  speaker span is ``speaker_text`` located in its sentence (else the speaker actor's mention
  in that sentence). A claim matches a gold claim when its content overlaps at least half of
  the gold content and its speaker overlaps the gold speaker, or both have no speaker;
  one-to-one, greedily by content overlap.
- **genre**: accuracy of the document genre.
- **dyad_spans**, ``events.dyad_country``, ``events.dyad_code``: see ``dyads.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from kronika.eval.documents import entity_kinds, match_doc_events, match_event_location
from kronika.eval.dyads import by_confidence, country_measures, score_dyad_spans, side_spans
from kronika.eval.gold import GoldClaim, GoldEvent, GoldLine
from kronika.eval.score import Accuracy, Confusion, LabelScores, Measure, Score, SubtypeScores
from kronika.events.acled import load_acled, main_event, sub_event
from kronika.records import Actor, Analysis, Claim, Event

Interval = tuple[int, int]

COUNTED_FACTUALITY: frozenset[str] = frozenset({"asserted", "reported"})
EDGE_CHARS = " \t\r\n\u00a0\"'“”‘’«».,;:!?()[]—–-"


@dataclass
class TaskResult:
    """Measures of one task on one line, with what went wrong in words."""

    measures: dict[str, Measure]
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def errors(self) -> int:
        """Gold items missed plus predictions that matched nothing."""
        return len(self.missed) + len(self.spurious)


# --- spans -------------------------------------------------------------------------------


def overlap(a: Interval, b: Interval) -> int:
    """Number of characters two intervals share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def trim(span: Interval, text: str) -> Interval:
    """The span without whitespace, quotes or punctuation at its edges."""
    start, end = span
    while start < end and text[start] in EDGE_CHARS:
        start += 1
    while end > start and text[end - 1] in EDGE_CHARS:
        end -= 1
    return (start, end)


def occurrences(text: str, needle: str, within: Interval | None = None) -> list[Interval]:
    """Every place ``needle`` occurs in ``text`` (inside ``within``), case-insensitive."""
    if not needle.strip():
        return []
    low, key = text.lower(), needle.lower()
    lo, hi = within or (0, len(text))
    found, at = [], low.find(key, lo)
    while at != -1 and at + len(key) <= hi:
        found.append((at, at + len(key)))
        at = low.find(key, at + 1)
    return found


def greedy_pairs(
    n_gold: int, n_pred: int, weight: Callable[[int, int], float]
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold, pred) of positive weight, heaviest first."""
    candidates = [
        (w, g, p) for g in range(n_gold) for p in range(n_pred) if (w := weight(g, p)) > 0
    ]
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, g, p in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append((g, p))
    return pairs


def span_scores(
    gold: Sequence[Interval], pred: Sequence[Interval], text: str
) -> tuple[Score, Score, list[Interval], list[Interval]]:
    """Exact and overlap scores of two span sets, and the spans left unmatched by overlap."""
    gold_set = sorted({trim(s, text) for s in gold})
    pred_set = sorted({trim(s, text) for s in pred})
    exact = len(set(gold_set) & set(pred_set))
    pairs = greedy_pairs(len(gold_set), len(pred_set),
                         lambda g, p: overlap(gold_set[g], pred_set[p]))
    hit_gold, hit_pred = {g for g, _ in pairs}, {p for _, p in pairs}
    return (
        Score(exact, len(pred_set) - exact, len(gold_set) - exact),
        Score(len(pairs), len(pred_set) - len(pairs), len(gold_set) - len(pairs)),
        [s for i, s in enumerate(gold_set) if i not in hit_gold],
        [s for i, s in enumerate(pred_set) if i not in hit_pred],
    )


def quote(text: str, span: Interval, limit: int = 80) -> str:
    """The text of a span, shortened for error listings."""
    piece = " ".join(text[span[0]:span[1]].split())
    return piece if len(piece) <= limit else piece[: limit - 1] + "…"


# --- entities ----------------------------------------------------------------------------


def actor_mentions(analysis: Analysis) -> list[tuple[Interval, Actor]]:
    """Every actor mention as (span, actor)."""
    return [((m.start, m.end), a) for a in analysis.actors for m in a.mentions]


def match_entities(line: GoldLine, analysis: Analysis) -> TaskResult:
    """Entity spans exact and overlap, and actor country on overlapping mentions."""
    text = line.text
    gold = [(e.span.start, e.span.end) for e in line.entities]
    predicted = actor_mentions(analysis)
    places = [(m.start, m.end) for p in analysis.places for m in p.mentions]
    exact, loose, missed, spurious = span_scores(gold, [s for s, _ in predicted] + places, text)
    country = Accuracy()
    for entity in line.entities:
        if entity.country is None:
            continue
        span = (entity.span.start, entity.span.end)
        best = max(predicted, key=lambda m: overlap(span, m[0]), default=None)
        if best is not None and overlap(span, best[0]) > 0:
            country.add(best[1].country == entity.country)
    return TaskResult(
        {"entities.exact": exact, "entities.overlap": loose, "entities.country": country,
         **entity_kinds(line, analysis)},
        [f"entity {quote(text, s)!r}" for s in missed],
        [f"entity {quote(text, s)!r}" for s in spurious],
    )


# --- events ------------------------------------------------------------------------------


def side_matches(
    text: str, gold_text: str | None, gold_country: str | None,
    pred_spans: list[Interval], pred_country: str | None,
) -> bool:
    """Whether one side (source or target) of a predicted event fits the gold side."""
    gold_spans = occurrences(text, gold_text) if gold_text else []
    if gold_spans:
        return any(overlap(g, p) for g in gold_spans for p in pred_spans)
    if gold_country:
        return pred_country == gold_country
    return True  # an unlocatable or absent gold side is not checked


def dyad_matches(text: str, gold: GoldEvent, analysis: Analysis, event: Event) -> bool:
    """Type accepted and both source and target fit the gold event."""
    return (
        event.type in gold.plover_types
        and side_matches(text, gold.source_text, gold.source_country,
                         side_spans(analysis, event, "source"), event.source_country)
        and side_matches(text, gold.target_text, gold.target_country,
                         side_spans(analysis, event, "target"), event.target_country)
    )


def describe_gold_event(gold: GoldEvent) -> str:
    """A gold event in one line."""
    dyad = f"{gold.source_text or gold.source_country} -> {gold.target_text or gold.target_country}"
    return f"{'|'.join(gold.plover_types) or '-'} {dyad} [{gold.factuality or '?'}]"


def describe_event(analysis: Analysis, event: Event) -> str:
    """A predicted event in one line."""
    source, target = analysis.actor(event.source), analysis.actor(event.target)
    return (f"{event.type} {source.name if source else None} -> "
            f"{target.name if target else None} [{event.factuality}] {event.trigger!r}")


def pair_events(line: GoldLine, analysis: Analysis) -> list[tuple[GoldEvent, Event | None, bool]]:
    """Each gold event with its best prediction (dyad match first) and whether the dyad fits."""
    paired = []
    for gold in line.events:
        typed = [e for e in analysis.events if e.type in gold.plover_types]
        dyad = [e for e in typed if dyad_matches(line.text, gold, analysis, e)]
        best = dyad[0] if dyad else (typed[0] if typed else None)
        paired.append((gold, best, bool(dyad)))
    return paired


def gold_label(gold: GoldEvent, best: Event | None) -> str:
    """The PLOVER label a gold event is counted under (its finder's type when found)."""
    if best is not None:
        return best.type
    if gold.type in gold.plover_types or not gold.plover_types:
        return gold.type or "-"
    return gold.plover_types[0]  # a data-set label such as YIELD counts as its first PLOVER type


def match_events(line: GoldLine, analysis: Analysis) -> TaskResult:
    """Type and dyad P/R/F1, per-type scores and factuality over found gold events."""
    paired = pair_events(line, analysis)
    accepted = {t for g in line.events for t in g.plover_types}
    dyad_hit = {id(e) for e in analysis.events
                if any(dyad_matches(line.text, g, analysis, e) for g in line.events)}
    false_pos = [e for e in analysis.events if e.type not in accepted]
    by_type = LabelScores()
    for gold, best, _ in paired:
        by_type[gold_label(gold, best)].tp += best is not None
        by_type[gold_label(gold, best)].fn += best is None
    for event in false_pos:
        by_type[event.type].fp += 1
    found = sum(best is not None for _, best, _ in paired)
    dyads = sum(d for _, _, d in paired)
    result = TaskResult({
        "events.type": Score(found, len(false_pos), len(paired) - found),
        "events.type_by_label": by_type,
        "events.dyad": Score(dyads, len(analysis.events) - len(dyad_hit), len(paired) - dyads),
        "events.factuality": factuality_confusion(paired),
        **country_measures(line, analysis),
        **by_confidence("events.dyad", analysis.events, dyad_hit),
    })
    result.missed = [describe_gold_event(g) for g, best, d in paired if not d]
    result.spurious = [describe_event(analysis, e) for e in analysis.events
                       if id(e) not in dyad_hit]
    return result


def factuality_confusion(paired: list[tuple[GoldEvent, Event | None, bool]]) -> Confusion:
    """Gold against predicted factuality over gold events that were found."""
    confusion = Confusion()
    for gold, best, _ in paired:
        if best is not None and gold.factuality is not None:
            confusion.add(gold.factuality, best.factuality)
    return confusion


def match_factuality(line: GoldLine, analysis: Analysis) -> TaskResult:
    """Factuality accuracy alone, for lines that annotate it without the full events task."""
    confusion = factuality_confusion(pair_events(line, analysis))
    wrong = [f"{g} -> {p}" for (g, p), n in confusion.pairs.items() if g != p for _ in range(n)]
    return TaskResult({"factuality": confusion}, missed=wrong)


def acled_label(analysis: Analysis) -> str | None:
    """The CASE 2021 label of a document: the code of its main event's ACLED sub-event."""
    main = main_event(analysis.events)
    sub = sub_event(main.acled_type) if main is not None else None
    return sub.case if sub is not None else None


def acled_scores(gold: str, predicted: str | None, labels: frozenset[str] | None) -> SubtypeScores:
    """One line's single-label counts, over ``labels`` only when given."""
    scores = SubtypeScores()
    if labels is None or gold in labels:
        if predicted == gold:
            scores[gold].tp += 1
        else:
            scores[gold].fn += 1
    if predicted is not None and predicted != gold and (labels is None or predicted in labels):
        scores[predicted].fp += 1
    return scores


def match_acled(line: GoldLine, analysis: Analysis) -> TaskResult:
    """CASE 2021 sub-event: the document's ACLED label against the gold one."""
    if line.acled_subtype is None:
        return TaskResult({})
    predicted = acled_label(analysis)
    core = frozenset(s.case for s in load_acled())
    result = TaskResult({"event_type.acled": acled_scores(line.acled_subtype, predicted, None),
                         "event_type.acled_25": acled_scores(line.acled_subtype, predicted, core)})
    if predicted != line.acled_subtype:
        result.missed = [f"ACLED {line.acled_subtype} (got {predicted or 'none'})"]
    return result


def match_event_type(line: GoldLine, analysis: Analysis) -> TaskResult:
    """CASE 2021: is there a counted event of an accepted type (or none where none is due),
    and the ACLED sub-event of the document."""
    acled = match_acled(line, analysis)
    if line.plover_types is None:
        return acled
    counted = [e for e in analysis.events if e.factuality in COUNTED_FACTUALITY]
    types = {e.type for e in counted}
    wanted = set(line.plover_types)
    right = bool(types & wanted) if wanted else not counted
    quiet = Accuracy()
    if not wanted:
        quiet.add(not counted)
    lines = Score(
        tp=int(bool(wanted) and right),
        fn=int(bool(wanted) and not types & wanted),
        fp=int(bool(counted) and not types & wanted),
    )
    result = TaskResult({"event_type.accuracy": Accuracy(int(right), 1),
                         "event_type.lines": lines, "event_type.no_event": quiet,
                         **acled.measures}, acled.missed)
    if not right:
        result.missed.append(f"{line.acled_subtype}: {'|'.join(sorted(wanted)) or 'no event'}")
        result.spurious = [describe_event(analysis, e) for e in counted]
    return result


# --- claims ------------------------------------------------------------------------------


def predicted_speaker(claim: Claim, analysis: Analysis) -> Interval | None:
    """Where a predicted claim's speaker is: its own offsets, else its text in the claim's
    sentence, else a mention of the speaker actor."""
    if claim.speaker_start is not None and claim.speaker_end is not None:
        return claim.speaker_start, claim.speaker_end
    text, ev = analysis.document.text, claim.evidence
    if claim.speaker_text:
        spans = occurrences(text, claim.speaker_text, (ev.start, ev.end))
        spans = spans or occurrences(text, claim.speaker_text)
        if spans:
            return min(spans, key=lambda s: abs(s[0] - claim.content_start))
    actor = analysis.actor(claim.speaker)
    if actor is not None:
        spans = [(m.start, m.end) for m in actor.mentions if m.sentence == ev.sentence]
        return spans[0] if spans else None
    return None


def gold_spans(claim: GoldClaim, text: str) -> tuple[Interval | None, Interval | None]:
    """A gold claim's (speaker, content) spans, located in the text when not given."""
    content = ((claim.content_span.start, claim.content_span.end) if claim.content_span
               else next(iter(occurrences(text, claim.content)), None))
    speaker = ((claim.speaker_span.start, claim.speaker_span.end) if claim.speaker_span
               else next(iter(occurrences(text, claim.speaker or "")), None))
    return speaker, content


def claim_weight(
    gold: tuple[Interval | None, Interval | None], pred: tuple[Interval | None, Interval]
) -> float:
    """Content overlap of a gold and a predicted claim when they match, else 0."""
    (g_speaker, g_content), (p_speaker, p_content) = gold, pred
    if g_content is None:
        return 0.0
    shared = overlap(g_content, p_content)
    if shared == 0 or shared * 2 < g_content[1] - g_content[0]:
        return 0.0
    if g_speaker is None or p_speaker is None:
        return float(shared) if g_speaker is None and p_speaker is None else 0.0
    return float(shared) if overlap(g_speaker, p_speaker) else 0.0


def match_claims(line: GoldLine, analysis: Analysis) -> TaskResult:
    """Speaker and content spans (exact, overlap) and whole-claim P/R/F1."""
    text = line.text
    gold = [gold_spans(c, text) for c in line.claims]
    pred = [(predicted_speaker(c, analysis), (c.content_start, c.content_end))
            for c in analysis.claims]
    speakers = [s for s, _ in gold if s], [s for s, _ in pred if s]
    sp_exact, sp_loose, _, _ = span_scores(*speakers, text)
    ct_exact, ct_loose, _, _ = span_scores([c for _, c in gold if c], [c for _, c in pred], text)
    pairs = greedy_pairs(len(gold), len(pred), lambda g, p: claim_weight(gold[g], pred[p]))
    hit_gold, hit_pred = {g for g, _ in pairs}, {p for _, p in pairs}
    return TaskResult(
        {
            "claims.speaker_exact": sp_exact, "claims.speaker_overlap": sp_loose,
            "claims.content_exact": ct_exact, "claims.content_overlap": ct_loose,
            "claims.claim": Score(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs)),
        },
        [f"{c.speaker!r}: {quote(c.content, (0, len(c.content)))!r}"
         for i, c in enumerate(line.claims) if i not in hit_gold],
        [f"{c.speaker_text!r}: {quote(text, (c.content_start, c.content_end))!r}"
         for i, c in enumerate(analysis.claims) if i not in hit_pred],
    )


def match_genre(line: GoldLine, analysis: Analysis) -> TaskResult:
    """Whether the document genre equals the gold genre."""
    if line.genre is None:
        return TaskResult({})
    right = analysis.document.genre == line.genre
    return TaskResult({"genre": Accuracy(int(right), 1)},
                      [] if right else [f"genre {line.genre} (got {analysis.document.genre})"])


def match_dyad_spans(line: GoldLine, analysis: Analysis) -> TaskResult:
    """Multi-CoPED: source, target, reciprocal and pair over labelled side spans (dyads.py)."""
    measures, missed, produced = score_dyad_spans(line, analysis)
    return TaskResult(measures, missed, produced)


def match_whole_document(line: GoldLine, analysis: Analysis) -> TaskResult:
    """M2E2 whole-article events (rules in ``documents.py``)."""
    return TaskResult(*match_doc_events(line, analysis))


def match_location(line: GoldLine, analysis: Analysis) -> TaskResult:
    """Halterman event location (rules in ``documents.py``)."""
    return TaskResult(*match_event_location(line, analysis))


MATCHERS: dict[str, Callable[[GoldLine, Analysis], TaskResult]] = {
    "entities": match_entities,
    "events": match_events,
    "factuality": match_factuality,
    "event_type": match_event_type,
    "claims": match_claims,
    "genre": match_genre,
    "dyad_spans": match_dyad_spans,
    "doc_events": match_whole_document,
    "event_location": match_location,
}
