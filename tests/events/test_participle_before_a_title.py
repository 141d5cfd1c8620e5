"""A participle before a title and a name ('jailed opposition leader X') is done to the person.

Sentences written for the tests, through the real spaCy model: the title and the name are one
mention of the person, so the participle's target is the person the name heads.
"""

from __future__ import annotations

import pytest

import kronika


@pytest.mark.parametrize(("text", "name"), [
    ("Lawyers demanded the release of jailed opposition leader Kizza Besigye.", "Kizza Besigye"),
    ("Thousands rallied for the release of imprisoned opposition leader Tundu Lissu.",
     "Tundu Lissu"),
    ("The court rejected bail for arrested opposition leader Ousmane Sonko.", "Ousmane Sonko"),
], ids=["jailed", "imprisoned", "arrested"])
def test_the_participle_is_done_to_the_titled_person(text: str, name: str) -> None:
    analysis = kronika.analyze(text, published="2025-03-04")
    names = {a.id: a.name for a in analysis.actors}
    coerced = [e for e in analysis.events if e.type == "COERCE"
               and e.trigger.split()[0] in ("jailed", "imprisoned", "arrested")]
    assert coerced and all(names.get(e.target) == name for e in coerced), analysis.events
