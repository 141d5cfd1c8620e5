"""'"We ...," he said' two sentences after a quoted secretary: the quotation's "we" or "I"
is no antecedent for "he" (the actor layer may have bound it to the last man named), so the
chain of speakers gives him to the secretary, not to a man named in between."""

from __future__ import annotations

import pytest

from kronika.ingest import from_text
from kronika.pipeline import analyze_documents


def pronoun_speakers(text: str) -> list[str | None]:
    """The actor name of every "he" that speaks in a text, read by the whole pipeline (the
    actor layer's own reading of "we" included)."""
    analysis = next(iter(analyze_documents([from_text(text, name="<test>")])))
    names = {a.id: a.name for a in analysis.actors}
    return [names.get(c.speaker) for c in analysis.claims if c.speaker_text == "he"]


@pytest.mark.parametrize(("text", "name"), [
    pytest.param(
        'Defense Secretary Ramon Castillo said the navy would keep patrolling the reef. "Our '
        'ships will stay where they are," Castillo said. The dispute flared after a coast '
        'guard vessel rammed a boat captained by the fisherman Jose Reyes. "We are not afraid '
        'of anyone," he said.', "Ramon Castillo", id="philippines-reef"),
    pytest.param(
        "Ghana's energy secretary, Kwame Mensah, said the blackouts would end in March. \"The "
        'new plant is almost ready," Mensah said. It was designed by the engineer Kofi Asante. '
        '"We are testing the turbines now," he said.', "Kwame Mensah", id="ghana-power"),
    pytest.param(
        "Brazil's agriculture secretary, Paulo Lima, said the harvest would be a record. \"The "
        'soy crop is the best in a decade," Lima said. The forecast was prepared by the '
        'economist Rafael Duarte. "We expect exports to rise," he said.', "Paulo Lima",
        id="brazil-harvest"),
    pytest.param(
        "Chile's interior secretary, Tomás Ibarra, told reporters the curfew would end on "
        'Friday. "We have restored order in Valparaíso," Ibarra said. The protests began '
        "after police detained the union leader Héctor Soto last month. \"The streets are calm "
        'now," he said.', "Tomás Ibarra", id="chile-curfew"),
])
def test_he_said_goes_to_the_quoted_secretary(text, name):
    assert pronoun_speakers(text) == [name]
