"""Actor mentions the detector finds in a sentence."""

from __future__ import annotations

import pytest

import kronika


@pytest.mark.parametrize(("text", "doer"), [
    ("Four protesters were killed by police gunfire in Nairobi.", "police"),
    ("Two miners were killed by police fire near Rustenburg.", "police"),
    ("Six shepherds were killed by army shelling in Dara'a.", "army"),
], ids=["police gunfire", "police fire", "army shelling"])
def test_a_body_set_before_an_act_noun_does_the_act(text: str, doer: str) -> None:
    """'killed by police gunfire': the police, named as the modifier of the fire, killed."""
    analysis = kronika.analyze(text, published="2025-03-04")
    events = [e for e in analysis.events if e.trigger == "killed"]
    assert events and all(e.source is not None and text[e.source_start or 0:].lower()
                          .startswith(doer) for e in events), analysis.events


@pytest.mark.parametrize(("text", "name"), [
    (("Interior Minister Roberto Rios blamed Morales for the violence and said prosecutors had "
      "charged him with terrorism."), "Morales"),
    (("Colombia's defence minister blamed Santos for the failed talks and said prosecutors had "
      "questioned him."), "Santos"),
    (("Ecuador's interior minister blamed Salinas for the violence and said prosecutors had "
      "charged him."), "Salinas"),
], ids=["Morales", "Santos", "Salinas"])
def test_a_person_blamed_is_no_town_of_the_name(text: str, name: str) -> None:
    """'blamed Morales for the violence': a name tagged as a person that a verb taking only
    parties has for its object is that person, not a town of the name in another country,
    even where the text never names them in full."""
    analysis = kronika.analyze(text, published="2025-06-12")
    event = next(e for e in analysis.events if e.trigger == "blamed")
    target = analysis.actor(event.target)
    assert target is not None and target.name == name and target.kind == "person", \
        analysis.events


@pytest.mark.parametrize("text,code", [
    ("Colombian troops captured a senior commander of the ELN rebel group.", "COLREB"),
    ("Somali forces arrested a commander of the al-Shabaab militant group in Kismayo.", "SOMREB"),
    ("Israeli troops killed a commander of the Hamas movement.", "PSEREB"),
], ids=["ELN rebel group", "al-Shabaab militant group", "Hamas movement"])
def test_a_member_of_a_named_group_headed_by_a_common_noun_is_the_group(text: str,
                                                                       code: str) -> None:
    """'a commander of the ELN rebel group': the parse heads the of-phrase with 'group', the
    name its compound; the commander is the group's, not the other side's military."""
    events = kronika.analyze(text, published="2025-03-04").events
    assert events and all(e.target_code == code for e in events), events
