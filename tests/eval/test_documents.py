"""doc_events, event_location and typed entities on hand-made gold with known answers."""

from __future__ import annotations

import json

import pytest

from kronika.eval.gold import parse_line
from kronika.eval.match import MATCHERS
from kronika.eval.score import Accuracy
from kronika.records import (
    Actor,
    Analysis,
    Document,
    Event,
    Evidence,
    Location,
    Mention,
    Place,
)

TEXT = "Police Detain Activists\nPolice detained ten activists in Minsk.\nThe rebels died."


def event(kind: str, word: str, sentence: int, location: Location | None = None,
          source: str | None = None, mentions: tuple[Evidence, ...] = (),
          mode: str | None = None) -> Event:
    """A predicted event on the first occurrence of a word."""
    start = TEXT.index(word)
    return Event(id=f"{kind}{start}", type=kind, mode=mode, cameo=None, quad_class=None,
                 goldstein=None, source=source, target=None, source_country=None,
                 target_country=None, source_code=None, target_code=None, location=location,
                 date=None, factuality="asserted", factuality_cue=None, attributed_to=None,
                 trigger=word, confidence=1.0, evidence=Evidence(sentence, 0, 0, ""),
                 trigger_start=start, trigger_end=start + len(word), mentions=mentions)


def gold(**fields: object) -> str:
    return json.dumps({"id": "t", "text": TEXT, **fields})


def span(word: str) -> dict[str, object]:
    start = TEXT.index(word)
    return {"start": start, "end": start + len(word), "text": word}


SENTS = [{"start": TEXT.index(line), "end": TEXT.index(line) + len(line)}
         for line in TEXT.split("\n")]


def test_doc_events_trigger_and_sentence_levels() -> None:
    line = parse_line(gold(tasks=["doc_events"], sentences=SENTS, events=[
        {"ace_type": "Justice:Arrest-Jail", "plover_types": ["COERCE"], "sentence": 1,
         "trigger": span("detained"), "arguments": [{"role": "Agent", **span("Police")}]},
        {"ace_type": "Life:Die", "plover_types": [], "sentence": 2, "trigger": span("died")},
    ]), where="t:1")
    preds = (event("COERCE", "Detain", 0, mentions=(Evidence(1, 24, 64, ""),)),
             event("ASSAULT", "died", 2),  # on an unmapped gold trigger: not scored
             event("PROTEST", "activists", 1))  # no such gold event: a false positive
    result = MATCHERS["doc_events"](line, Analysis(Document.from_text(TEXT), events=preds))
    trig, sent = result.measures["doc_events.trigger"], result.measures["doc_events.sentence"]
    assert (trig.micro.tp, trig.micro.fp, trig.micro.fn) == (0, 2, 1)
    # the headline's event is also told in sentence 1 (a mention), which holds the gold event
    assert (sent.micro.tp, sent.micro.fp, sent.micro.fn) == (1, 2, 0)


@pytest.mark.parametrize(("kind", "mode", "scored"), [
    ("COERCE", "arrest", True),
    ("COERCE", None, True),
    ("COERCE", "ban", False),  # no ACE type: neither hit nor false positive
    ("COERCE", "confiscate", False),
    ("CONSULT", "phone", False),  # ACE Contact:Phone-Write, unmapped
    ("CONSULT", "visit", False),  # ACE Movement:Transport, unmapped
    ("CONSULT", None, True),
])
def test_doc_events_score_only_modes_of_the_mapped_ace_type(
    kind: str, mode: str | None, scored: bool
) -> None:
    line = parse_line(gold(tasks=["doc_events"], sentences=SENTS, events=[]), where="t:1")
    preds = (event(kind, "rebels", 2, mode=mode),)
    result = MATCHERS["doc_events"](line, Analysis(Document.from_text(TEXT), events=preds))
    assert result.measures["doc_events.sentence"].micro.fp == int(scored)


def test_event_location_found_and_right() -> None:
    line = parse_line(gold(tasks=["event_location"], verb=span("detained"),
                           locations=[span("Minsk")]), where="t:1")
    minsk = Place("Minsk", "BLR", mentions=(Mention("Minsk", TEXT.index("Minsk"),
                                                    TEXT.index("Minsk") + 5, 1),))
    right = Analysis(Document.from_text(TEXT), places=(minsk,),
                     events=(event("COERCE", "detained", 1, Location("Minsk", "BLR")),))
    wrong = Analysis(Document.from_text(TEXT), events=(event("COERCE", "detained", 1),))
    missing = Analysis(Document.from_text(TEXT))
    assert MATCHERS["event_location"](line, right).measures["event_location.accuracy"] == \
        Accuracy(1, 1)
    assert MATCHERS["event_location"](line, wrong).measures["event_location.accuracy"] == \
        Accuracy(0, 1)
    assert MATCHERS["event_location"](line, missing).measures == {
        "event_location.found": Accuracy(0, 1)}


def test_broken_location_items_are_not_scored() -> None:
    line = parse_line(gold(tasks=["event_location"], verb=span("detained"), locations=[],
                           empty_location_marker=True), where="t:1")
    assert MATCHERS["event_location"](line, Analysis(Document.from_text(TEXT))).measures == {}


def test_typed_entities_named_recall_and_kind() -> None:
    line = parse_line(gold(tasks=["entities"], entities=[
        {**span("Police"), "label": "ORGANIZATION", "named": False},
        {**span("Minsk"), "label": "PLACE", "named": True},
        {**span("rebels"), "label": "PERSON", "named": False},
    ]), where="t:1")
    police = Actor("p", "Police", "group", mentions=(Mention("Police", 0, 6, 0),))
    minsk = Place("Minsk", "BLR", mentions=(Mention("Minsk", TEXT.index("Minsk"),
                                                    TEXT.index("Minsk") + 5, 1),))
    result = MATCHERS["entities"](line, Analysis(Document.from_text(TEXT), actors=(police,),
                                                 places=(minsk,)))
    assert result.measures["entities.named_recall_exact"] == Accuracy(1, 1)
    assert result.measures["entities.kind"] == Accuracy(2, 2)
    assert result.measures["entities.overlap"].tp == 2


def test_a_group_is_a_body_or_people_by_the_noun_that_names_it() -> None:
    # GUM labels plural people ('the rebels', 'voters') PERSON and bodies ('the navy',
    # 'the supreme court') ORGANIZATION; kronika calls both a group.
    text = "The navy said it shelled rebels. The supreme court freed voters. They left."
    spans = [("The navy", "ORGANIZATION"), ("it", "ORGANIZATION"), ("rebels", "PERSON"),
             ("The supreme court", "ORGANIZATION"), ("voters", "PERSON"), ("They", "PERSON")]
    line = parse_line(json.dumps({"id": "g1", "text": text, "tasks": ["entities"], "entities": [
        {"start": text.index(w), "end": text.index(w) + len(w), "text": w, "label": label,
         "named": False} for w, label in spans]}), where="t:1")

    def group(name: str, *words: str) -> Actor:
        return Actor(name, name, "group", mentions=tuple(
            Mention(w, text.index(w), text.index(w) + len(w), 0) for w in words))

    actors = (group("Military", "The navy", "it"), group("Judiciary", "The supreme court"),
              group("Rebels", "rebels"), group("Voters", "voters", "They"))
    result = MATCHERS["entities"](line, Analysis(Document.from_text(text), actors=actors))
    assert result.measures["entities.kind"] == Accuracy(6, 6)


def test_an_event_whose_trigger_is_words_not_a_span_is_no_doc_event() -> None:
    # PLOVER GSR lines give the trigger as its words ("agreed cooperate"), not as offsets.
    text = "Hungarian and Romanian officials agreed to cooperate."
    raw = {"id": "g1", "text": text, "tasks": ["events"],
           "events": [{"type": "AGREE", "plover_types": ["AGREE"], "trigger": "agreed cooperate",
                       "source_text": "Hungarian", "target_text": None}]}
    line = parse_line(json.dumps(raw), where="gsr.jsonl:1")
    assert line.doc_events == ()
    assert [e.plover_types for e in line.events] == [("AGREE",)]
