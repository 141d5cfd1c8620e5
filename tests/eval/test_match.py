"""Matching rules on small hand-made gold/prediction pairs with known answers."""

from __future__ import annotations

import pytest

from kronika.eval.gold import GoldClaim, GoldEntity, GoldEvent, GoldLine, Span
from kronika.eval.match import (
    greedy_pairs,
    match_claims,
    match_entities,
    match_event_type,
    match_events,
    match_factuality,
    occurrences,
    trim,
)
from kronika.eval.score import Accuracy, Score
from kronika.records import Actor, Analysis, Claim, Document, Event, Evidence, Mention


def span_of(text: str, piece: str) -> tuple[int, int]:
    """Offsets of the first occurrence of a piece of the text."""
    start = text.index(piece)
    return start, start + len(piece)


def actor(text: str, name: str, *surface: str, country: str | None = None) -> Actor:
    """An actor whose mentions are the given surface forms, all in sentence 0."""
    mentions = tuple(Mention(s, *span_of(text, s), 0) for s in surface)
    return Actor(id=name, name=name, kind="group", country=country, mentions=mentions)


def event(kind: str, source: str | None = None, target: str | None = None,
          factuality: str = "asserted", country: tuple[str | None, str | None] = (None, None),
          ) -> Event:
    """A predicted event in sentence 0."""
    return Event(
        id=f"{kind}-{source}-{target}", type=kind, mode=None, cameo=None, quad_class=None,
        goldstein=None, source=source, target=target, source_country=country[0],
        target_country=country[1], source_code=None, target_code=None, location=None,
        date=None, factuality=factuality, factuality_cue=None,  # type: ignore[arg-type]
        attributed_to=None, trigger=kind.lower(), confidence=1.0,
        evidence=Evidence(0, 0, 0, ""),
    )


def claim(text: str, speaker: str | None, content: str) -> Claim:
    """A predicted claim whose sentence is the whole text."""
    start, end = span_of(text, content)
    return Claim(id=content[:8], speaker=None, speaker_text=speaker, speaker_kind="named",
                 cue=None, content=content, content_start=start, content_end=end, direct=False,
                 evidence=Evidence(0, 0, len(text), text))


def line(text: str, tasks: tuple[str, ...], **fields: object) -> GoldLine:
    """A gold line over a text."""
    return GoldLine(id="t", text=text, published=None, tasks=tasks, where="test:1", **fields)


def analysis(text: str, **parts: object) -> Analysis:
    """An analysis of a text with the given actors, events or claims."""
    return Analysis(Document.from_text(text), **parts)  # type: ignore[arg-type]


# --- spans -------------------------------------------------------------------------------


def test_trim_drops_quotes_and_punctuation() -> None:
    text = '"We will not retreat," he said.'
    assert trim((0, 23), text) == (1, 20)


def test_occurrences_case_insensitive_within_bounds() -> None:
    text = "Kenya and Somalia; kenya again."
    assert occurrences(text, "Kenya") == [(0, 5), (19, 24)]
    assert occurrences(text, "Kenya", (10, len(text))) == [(19, 24)]
    assert occurrences(text, "  ") == []


def test_greedy_pairs_one_to_one_heaviest_first() -> None:
    weights = {(0, 0): 5, (1, 0): 9, (1, 1): 1}
    assert greedy_pairs(2, 2, lambda g, p: weights.get((g, p), 0)) == [(1, 0)]


# --- claims ------------------------------------------------------------------------------

CLAIMS_TEXT = ("Ethiopia's foreign minister said the dam talks had failed. "
               "Egypt warned that it would defend its water rights.")


def gold_claim(speaker: str | None, content: str) -> GoldClaim:
    """A gold claim with located spans."""
    c_start, c_end = span_of(CLAIMS_TEXT, content)
    s_span = Span(*span_of(CLAIMS_TEXT, speaker), speaker) if speaker else None
    return GoldClaim(speaker=speaker, content=content, speaker_span=s_span,
                     content_span=Span(c_start, c_end, content))


GOLD_CLAIMS = (
    gold_claim("Ethiopia's foreign minister", "the dam talks had failed"),
    gold_claim("Egypt", "it would defend its water rights"),
)


def test_two_gold_claims_one_found() -> None:
    pred = analysis(CLAIMS_TEXT, claims=(
        claim(CLAIMS_TEXT, "Ethiopia's foreign minister", "the dam talks had failed"),))
    result = match_claims(line(CLAIMS_TEXT, ("claims",), claims=GOLD_CLAIMS), pred)
    score = result.measures["claims.claim"]
    assert score == Score(tp=1, fp=0, fn=1)
    assert (score.precision, score.recall) == (1.0, 0.5)
    assert result.measures["claims.speaker_exact"] == Score(1, 0, 1)
    assert result.missed == ["'Egypt': 'it would defend its water rights'"]


def test_claim_content_overlap_but_not_exact() -> None:
    pred = analysis(CLAIMS_TEXT, claims=(
        claim(CLAIMS_TEXT, "Egypt", "that it would defend its water rights"),))
    result = match_claims(line(CLAIMS_TEXT, ("claims",), claims=GOLD_CLAIMS), pred)
    assert result.measures["claims.content_exact"] == Score(0, 1, 2)
    assert result.measures["claims.content_overlap"] == Score(1, 0, 1)
    assert result.measures["claims.claim"] == Score(1, 0, 1)


def test_claim_needs_half_the_gold_content() -> None:
    pred = analysis(CLAIMS_TEXT, claims=(claim(CLAIMS_TEXT, "Egypt", "water rights"),))
    result = match_claims(line(CLAIMS_TEXT, ("claims",), claims=GOLD_CLAIMS), pred)
    assert result.measures["claims.content_overlap"] == Score(1, 0, 1)
    assert result.measures["claims.claim"] == Score(0, 1, 2)


def test_claim_needs_the_right_speaker() -> None:
    pred = analysis(CLAIMS_TEXT, claims=(
        claim(CLAIMS_TEXT, "Ethiopia", "it would defend its water rights"),))
    result = match_claims(line(CLAIMS_TEXT, ("claims",), claims=GOLD_CLAIMS), pred)
    assert result.measures["claims.claim"] == Score(0, 1, 2)


def test_claims_without_speaker_match_each_other() -> None:
    gold = (gold_claim(None, "the dam talks had failed"),)
    pred = analysis(CLAIMS_TEXT, claims=(claim(CLAIMS_TEXT, None, "the dam talks had failed"),))
    result = match_claims(line(CLAIMS_TEXT, ("claims",), claims=gold), pred)
    assert result.measures["claims.claim"] == Score(1, 0, 0)
    assert result.measures["claims.speaker_exact"] == Score(0, 0, 0)


def test_one_prediction_matches_one_gold_claim_only() -> None:
    gold = (gold_claim("Egypt", "it would defend its water rights"),) * 2
    pred = analysis(CLAIMS_TEXT, claims=(
        claim(CLAIMS_TEXT, "Egypt", "it would defend its water rights"),))
    result = match_claims(line(CLAIMS_TEXT, ("claims",), claims=gold), pred)
    assert result.measures["claims.claim"] == Score(1, 0, 1)


# --- events ------------------------------------------------------------------------------

EVENT_TEXT = "Sudanese troops shelled rebel positions near Khartoum and vowed to seize the city."
ASSAULT = GoldEvent("ASSAULT", ("ASSAULT",), "asserted", "Sudanese troops", "rebel positions")
COERCE = GoldEvent("COERCE", ("COERCE", "ASSAULT"), "future", "Sudanese troops", "the city")
ACTORS = (actor(EVENT_TEXT, "army", "Sudanese troops", country="SDN"),
          actor(EVENT_TEXT, "rebels", "rebel"), actor(EVENT_TEXT, "city", "Khartoum"))


def test_event_type_and_dyad_scores() -> None:
    pred = analysis(EVENT_TEXT, actors=ACTORS, events=(
        event("ASSAULT", "army", "rebels"), event("CONSULT", "army", "rebels")))
    result = match_events(line(EVENT_TEXT, ("events",), events=(ASSAULT,)), pred)
    assert result.measures["events.type"] == Score(tp=1, fp=1, fn=0)
    assert result.measures["events.dyad"] == Score(tp=1, fp=1, fn=0)
    assert result.measures["events.factuality"].accuracy == Accuracy(1, 1)
    assert result.spurious == ["CONSULT army -> rebels [asserted] 'consult'"]


def test_event_wrong_target_is_type_hit_but_dyad_miss() -> None:
    pred = analysis(EVENT_TEXT, actors=ACTORS, events=(event("ASSAULT", "army", "city"),))
    result = match_events(line(EVENT_TEXT, ("events",), events=(ASSAULT,)), pred)
    assert result.measures["events.type"] == Score(1, 0, 0)
    assert result.measures["events.dyad"] == Score(0, 1, 1)


def test_event_accepted_types_and_factuality_confusion() -> None:
    # One ASSAULT prediction is accepted by both gold events: both found, no false positive.
    pred = analysis(EVENT_TEXT, actors=ACTORS, events=(event("ASSAULT", "army", "rebels"),))
    gold = line(EVENT_TEXT, ("events",), events=(ASSAULT, COERCE))
    result = match_events(gold, pred)
    assert result.measures["events.type"] == Score(2, 0, 0)
    assert result.measures["events.dyad"] == Score(1, 0, 1)
    confusion = result.measures["events.factuality"]
    assert dict(confusion.pairs) == {("asserted", "asserted"): 1, ("future", "asserted"): 1}
    assert match_factuality(gold, pred).measures["factuality"].accuracy == Accuracy(1, 2)


def test_unlocatable_gold_side_is_not_checked() -> None:
    gold = GoldEvent("ASSAULT", ("ASSAULT",), "asserted", "Sudanese troops", "a recipient")
    pred = analysis(EVENT_TEXT, actors=ACTORS, events=(event("ASSAULT", "army", None),))
    result = match_events(line(EVENT_TEXT, ("events",), events=(gold,)), pred)
    assert result.measures["events.dyad"] == Score(1, 0, 0)


def test_country_only_gold_side_compares_countries() -> None:
    gold = GoldEvent("ASSAULT", ("ASSAULT",), source_country="SDN")
    right = analysis(EVENT_TEXT, events=(event("ASSAULT", country=("SDN", None)),))
    wrong = analysis(EVENT_TEXT, events=(event("ASSAULT", country=("SSD", None)),))
    gold_line = line(EVENT_TEXT, ("events",), events=(gold,))
    assert match_events(gold_line, right).measures["events.dyad"] == Score(1, 0, 0)
    assert match_events(gold_line, wrong).measures["events.dyad"] == Score(0, 1, 1)


# --- event_type (CASE 2021) --------------------------------------------------------------

SNIPPET = "Police fired tear gas at protesters in La Paz on Monday."


@pytest.mark.parametrize(
    ("accepted", "events", "right", "lines"),
    [
        (("ASSAULT", "COERCE"), [event("COERCE")], True, Score(1, 0, 0)),
        (("ASSAULT",), [event("ASSAULT", factuality="hypothetical")], False, Score(0, 0, 1)),
        (("ASSAULT",), [event("PROTEST", factuality="reported")], False, Score(0, 1, 1)),
        ((), [], True, Score(0, 0, 0)),
        ((), [event("PROTEST", factuality="reported")], False, Score(0, 1, 0)),
        ((), [event("ASSAULT", factuality="negated")], True, Score(0, 0, 0)),
    ],
)
def test_event_type_lines(
    accepted: tuple[str, ...], events: list[Event], right: bool, lines: Score
) -> None:
    gold = line(SNIPPET, ("event_type",), plover_types=accepted, acled_subtype="X")
    result = match_event_type(gold, analysis(SNIPPET, events=tuple(events)))
    assert result.measures["event_type.accuracy"] == Accuracy(int(right), 1)
    assert result.measures["event_type.lines"] == lines
    quiet = result.measures["event_type.no_event"]
    assert quiet == (Accuracy(int(right), 1) if not accepted else Accuracy())


def test_event_type_null_is_not_scored() -> None:
    gold = line(SNIPPET, ("event_type",), plover_types=None)
    assert match_event_type(gold, analysis(SNIPPET, events=(event("ASSAULT"),))).measures == {}


# --- entities ----------------------------------------------------------------------------


def test_entities_exact_overlap_and_country() -> None:
    text = "Venezuelan President Nicolas Maduro met Colombian officials in Caracas."
    gold = line(text, ("entities",), entities=(
        GoldEntity(Span(*span_of(text, "Nicolas Maduro"), "Nicolas Maduro"), "PERSON", "VEN"),
        GoldEntity(Span(*span_of(text, "Colombian"), "Colombian"), "NORP", "COL"),
        GoldEntity(Span(*span_of(text, "Caracas"), "Caracas"), "GPE", "VEN"),
    ))
    pred = analysis(text, actors=(
        actor(text, "maduro", "Venezuelan President Nicolas Maduro", country="VEN"),
        actor(text, "colombia", "Colombian", country="ECU"),
    ))
    result = match_entities(gold, pred)
    assert result.measures["entities.exact"] == Score(1, 1, 2)
    assert result.measures["entities.overlap"] == Score(2, 0, 1)
    assert result.measures["entities.country"] == Accuracy(1, 2)
    assert result.missed == ["entity 'Caracas'"]


def test_data_set_labels_count_under_plover_types() -> None:
    gold = line(EVENT_TEXT, ("events",), events=(GoldEvent("YIELD", ("CONCEDE", "RETREAT")),))
    missed = match_events(gold, analysis(EVENT_TEXT)).measures["events.type_by_label"]
    found = match_events(gold, analysis(EVENT_TEXT, events=(event("RETREAT"),)))
    assert missed.labels == {"CONCEDE": Score(0, 0, 1)}
    assert found.measures["events.type_by_label"].labels == {"RETREAT": Score(1, 0, 0)}
