"""A person's name in apposition that the parser hung on a noun inside the speaker phrase
('The leader of the opposition X party, Pele Broberg,') renames the phrase's head: a body or
a thing is never renamed by a person's name."""

from __future__ import annotations

import pytest

from claims.test_coref import speaker_names


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("The leader of the opposition Naleraq party, Pele Broberg, called for "
                 "immediate talks with Washington.", "Pele Broberg", id="leader-of-party"),
    pytest.param("The chairman of the ruling Samoan Unity party, Tavita Leota, said the "
                 "budget would pass.", "Tavita Leota", id="chairman-of-party"),
    pytest.param("The spokeswoman for the Chilean copper union, Carla Munoz, said the strike "
                 "would go on.", "Carla Munoz", id="spokeswoman-for-union"),
])
def test_the_named_person_is_the_speaker(nlp, text, name):
    assert [n for _, n in speaker_names(nlp, text)] == [name]

