"""Factuality of one trigger read off the real parse: cue words, governing verbs and nouns,
and clauses that keep their own factuality."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.events.factuality import qualify
from kronika.events.ontology import load_factuality

ROWS = [
    ("Turkey attacked Kurdish positions.", "attacked", "asserted", None),
    ("Turkey did not attack Kurdish positions.", "attack", "negated", "not"),
    ("Hamas refused to release the hostages.", "release", "negated", "refused"),
    ("Kenya refrained from attacking Somalia.", "attacking", "negated", "refrained"),
    ("Pakistan might expel the Afghan ambassador.", "expel", "hypothetical", "might"),
    ("If Russia attacks Finland, NATO will respond.", "attacks", "hypothetical", "If"),
    ("Rumours that Xi would visit Moscow spread.", "visit", "hypothetical", "Rumours"),
    ("Venezuela is expected to release the soldiers.", "release", "future", "expected"),
    ("Turkey plans to deploy troops to Libya.", "deploy", "future", "plans"),
    ("Iran will host talks next week.", "host", "future", "will"),
    ("Chad reportedly closed its border.", "closed", "reported", "reportedly"),
    ("Armenia accused Azerbaijan of shelling villages.", "shelling", "reported", "accused"),
    ("Israel agreed to a ceasefire in Gaza.", "ceasefire", "future", "agreed"),
    ("Kenya called for a truce with Somalia.", "truce", "hypothetical", "called"),
    ("Chad postponed the talks with Niger.", "talks", "future", "postponed"),
    ("Macron announced a planned visit to Algiers.", "visit", "future", "planned"),
    ("The alleged attack on Kosovo police angered Serbia.", "attack", "reported", "alleged"),
    ("Mali dismissed the suggestion of talks with the rebels.", "talks", "hypothetical",
     "suggestion"),
    ("The talks on Tuesday ended.", "talks", "asserted", None),
    # A factive clause keeps its own value inside a hypothetical one.
    ("Xi would visit Moscow, as Putin had asked.", "asked", "asserted", None),
]


@pytest.mark.parametrize(("text", "word", "value", "cue"), ROWS, ids=[r[0][:30] for r in ROWS])
def test_qualify(nlp: Language, text: str, word: str, value: str, cue: str | None) -> None:
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    found = qualify(trigger, load_factuality())
    assert (found.value, found.cue) == (value, cue)
