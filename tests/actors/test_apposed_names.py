"""A name of two or three proper nouns the recognizer missed, set off in apposition to a noun
for one person ('The head of the election commission, Ana Ruiz, said'), is a person."""

from __future__ import annotations

import pytest

import kronika


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("The head of the country's election commission, Ana Ruiz, said the vote "
                 "would be delayed.", "Ana Ruiz", id="head-of"),
    pytest.param("The director of the port authority, Ana Ruiz, said the docks would reopen.",
                 "Ana Ruiz", id="director-of"),
    pytest.param("The chief of the Andean water board, Ana Ruiz, warned of shortages.",
                 "Ana Ruiz", id="chief-of"),
])
def test_the_apposed_name_is_a_person_and_the_speaker(text, name):
    analysis = kronika.analyze(text)
    names = {a.id: (a.name, a.kind) for a in analysis.actors}
    assert (name, "person") in names.values()
    assert [names.get(c.speaker) for c in analysis.claims][:1] == [(name, "person")]


def test_a_place_renaming_a_place_is_no_person():
    analysis = kronika.analyze("The capital of the province, Santa Cruz, was quiet.")
    assert all(a.kind != "person" for a in analysis.actors)
