"""Dyad scoring by labelled spans (Multi-CoPED), by country and by code, on hand-made pairs."""

from __future__ import annotations

import pytest

from kronika.eval.dyads import code_fits, score_dyad_spans
from kronika.eval.gold import GoldActor, GoldSide, Span
from kronika.eval.match import match_events
from kronika.records import Actor, Analysis, Document, Event, Evidence, Mention

TEXT = "Iran accused Iraq of shelling Basra."


def at(piece: str) -> tuple[int, int]:
    start = TEXT.index(piece)
    return start, start + len(piece)


def side(label: str, piece: str) -> GoldSide:
    return GoldSide(label, Span(*at(piece), piece))


def actor(name: str, country: str | None = None, sector: str | None = None) -> Actor:
    return Actor(id=name, name=name, kind="country", country=country, sector=sector,
                 mentions=(Mention(name, *at(name), 0),))


def event(source: str | None, target: str | None, quad: int = 3, kind: str = "ACCUSE",
          countries: tuple[str | None, str | None] = (None, None)) -> Event:
    return Event(id=f"{source}{target}", type=kind, mode=None, cameo=None, quad_class=quad,
                 goldstein=None, source=source, target=target, source_country=countries[0],
                 target_country=countries[1], source_code=None, target_code=None,
                 location=None, date=None, factuality="asserted", factuality_cue=None,
                 attributed_to=None, trigger="accused", confidence=0.9,
                 evidence=Evidence(0, 0, len(TEXT), TEXT))


def analysis(*events: Event, actors: tuple[Actor, ...] = ()) -> Analysis:
    actors = actors or (actor("Iran", "IRN", "GOV"), actor("Iraq", "IRQ", "MIL"))
    return Analysis(Document.from_text(TEXT), actors=actors, events=events)


def gold(*sides: GoldSide, penta: int | None = 3):
    from kronika.eval.gold import GoldLine
    return GoldLine(id="t", text=TEXT, published=None, tasks=("dyad_spans",), where="t:1",
                    sides=sides, penta=penta)


@pytest.mark.parametrize(("events", "source", "target", "pair", "penta"), [
    ((event("Iran", "Iraq"),), 1, 1, 1, 1),   # both sides and the class right
    ((event("Iraq", "Iran"),), 0, 0, 0, 1),   # sides swapped: nothing found
    ((event("Iran", None),), 1, 0, 0, 1),     # target left empty
    ((), 0, 0, 0, 0),                          # no event: class 0 (neutral)
])
def test_dyad_spans(events, source, target, pair, penta):
    line = gold(side("SOURCE", "Iran"), side("TARGET", "Iraq"))
    measures, _, _ = score_dyad_spans(line, analysis(*events))
    assert measures["dyad_spans.source"].tp == source
    assert measures["dyad_spans.target"].tp == target
    assert measures["dyad_spans.pair"].tp == pair
    assert measures["dyad_spans.penta"].correct == penta


def test_reciprocal_spans_count_on_either_side():
    line = gold(side("RECIPROCAL", "Iran"), side("RECIPROCAL", "Iraq"))
    measures, missed, _ = score_dyad_spans(line, analysis(event("Iraq", "Iran")))
    assert measures["dyad_spans.reciprocal"].tp == 2
    assert measures["dyad_spans.pair"].tp == 1 and not missed


def test_missed_pair_counts_one_false_positive_per_line():
    line = gold(side("SOURCE", "Iran"), side("TARGET", "Basra"))
    measures, missed, _ = score_dyad_spans(line, analysis(event("Iran", "Iraq"),
                                                          event("Iraq", "Iran")))
    assert measures["dyad_spans.pair"].fp == 1
    assert "TARGET 'Basra'" in missed


@pytest.mark.parametrize(("gold_actors", "country", "sector", "fits"), [
    ((GoldActor("Iraq", "IRQ", "MIL"),), "IRQ", "MIL", True),
    ((GoldActor("Iraq", "IRQ", "MIL"),), "IRQ", "GOV", False),   # sector differs
    ((GoldActor("Iraq", "IRQ", None),), "IRQ", "GOV", True),     # gold gives no sector
    ((GoldActor("Iraq", "IRQ", "***"),), "IRQ", None, True),     # unknown sector mark
    ((GoldActor("Iran", "IRN"), GoldActor("Iraq", "IRQ")), "IRQ", None, True),  # any actor
    ((), "USA", None, True),                                     # side not annotated
])
def test_code_fits(gold_actors, country, sector, fits):
    assert code_fits(gold_actors, country, sector) is fits


def test_events_score_dyad_by_country_and_code():
    from kronika.eval.gold import GoldEvent, GoldLine
    wanted = GoldEvent("ACCUSE", ("ACCUSE",), source_country="IRN", target_country="IRQ",
                       sources=(GoldActor("Iran", "IRN", "GOV"),),
                       targets=(GoldActor("Iraq", "IRQ", "GOV"),))
    line = GoldLine(id="t", text=TEXT, published=None, tasks=("events",), where="t:1",
                    events=(wanted,))
    result = match_events(line, analysis(event("Iran", "Iraq", countries=("IRN", "IRQ"))))
    assert result.measures["events.dyad_country"].tp == 1
    assert result.measures["events.dyad_code"].tp == 0  # Iraq predicted MIL, gold GOV


@pytest.mark.parametrize(("confidence", "label"), [
    (0.3, "<0.50"), (0.5, "0.50-0.70"), (0.84, "0.70-0.85"), (0.93, ">=0.85"),
])
def test_confidence_bands(confidence, label):
    from kronika.eval.dyads import band
    assert band(confidence) == label


def test_precision_per_confidence_band():
    from dataclasses import replace

    from kronika.eval.dyads import by_confidence
    sure, unsure = event("Iran", "Iraq"), replace(event("Iraq", "Iran"), confidence=0.4)
    bands = by_confidence("events.dyad", [sure, unsure], {id(sure)})
    assert bands["events.dyad.conf >=0.85"].value == 1.0
    assert bands["events.dyad.conf <0.50"].value == 0.0
