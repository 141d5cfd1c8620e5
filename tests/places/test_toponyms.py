"""Toponyms the NER misses or mislabels, with the real model: region lists, locative
prepositions and multi-word towns tagged as people."""

from __future__ import annotations

import pytest

import kronika


def places_of(text: str) -> dict[str, tuple[str, str | None]]:
    """Surface form -> (place name, country) for every place mention of a text."""
    analysis = kronika.analyze(text, published="2025-08-22")
    return {m.text: (p.name, p.country) for p in analysis.places for m in p.mentions}


def actor_texts(text: str) -> set[str]:
    """Surface forms of every actor mention of a text."""
    analysis = kronika.analyze(text, published="2025-08-22")
    return {m.text for a in analysis.actors for m in a.mentions}


# (id, text, surface, expected place name, expected country)
ROWS = [
    (
        "list-first",
        "Drones hit the Donetsk and Luhansk regions overnight.",
        "Donetsk",
        "Donetska oblast",
        "UKR",
    ),
    (
        "list-last",
        "Drones hit the Donetsk and Luhansk regions overnight.",
        "Luhansk regions",
        "Luhanska oblast",
        "UKR",
    ),
    (
        "list-three",
        "Floods hit the Sindh, Punjab and Balochistan provinces.",
        "Sindh",
        "Sindh",
        "PAK",
    ),
    (
        "list-namesake-city",
        "Russian troops shelled the Zaporozhye and Kherson regions.",
        "Zaporozhye",
        "Zaporizhzhya",
        "UKR",
    ),
    ("locative-untagged", "Fighting erupted in Omdurman on Sunday.", "Omdurman", "Omdurman", "SDN"),
    (
        "person-label-town",
        "Israeli strikes killed ten people in Khan Younis.",
        "Khan Younis",
        "Khān Yūnis",
        "PSE",
    ),
    (
        "pressure-on-capital",
        "Washington increased pressure on Kiev to accept the deal.",
        "Kiev",
        "Kyiv",
        "UKR",
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS]
)
def test_toponym(text: str, surface: str, name: str, country: str) -> None:
    """The surface is a mention of this place."""
    found = places_of(text).get(surface)
    assert found is not None and found[1] == country
    assert found[0] in (name, surface)  # a non-ASCII gazetteer name shows as written


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Russian troops shelled the Zaporozhye and Kherson regions.", "Zaporozhye"),
        ("Israeli strikes killed ten people in Khan Younis.", "Khan Younis"),
    ],
    ids=["listed-region", "town"],
)
def test_toponym_is_no_actor(text: str, surface: str) -> None:
    """A place named as a location is not also a person or a government."""
    assert surface not in actor_texts(text)


def test_person_after_preposition_stays_person() -> None:
    """A person's name after 'from' is not turned into a town the gazetteer lacks."""
    assert "Samuel Odhiambo" in actor_texts("A letter from Samuel Odhiambo reached Nairobi.")


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # a region only one country has, tagged as a body, after 'in' or before a local title
        ("Gunmen attacked a police post in Sinaloa on Monday.", "Sinaloa", "MEX"),
        ("Oaxaca Governor Salomon Jara visited the flooded towns.", "Oaxaca", "MEX"),
        # named with its region word
        ("Gunmen killed six people in Sinaloa state.", "Sinaloa state", "MEX"),
    ],
)
def test_a_region_tagged_as_a_body_is_a_place(text: str, surface: str, country: str) -> None:
    found = places_of(text)
    assert found.get(surface, (None, None))[1] == country, found
    assert surface.split()[0] not in actor_texts(text)
