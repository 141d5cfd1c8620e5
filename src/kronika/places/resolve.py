"""Choose the place a toponym denotes, given the countries the document is about."""

from __future__ import annotations

from collections.abc import Collection

from kronika.places.gazetteer import Gazetteer, GazetteerEntry, fold, strip_region_word

# A city this large that bears a name outranks a bigger city that merely lists it among its
# alternate names (a town of a few thousand called 'Calcutta' does not).
OWN_NAME_POPULATION = 100_000


def resolve_place(
    name: str, gazetteer: Gazetteer, context_countries: Collection[str] = ()
) -> GazetteerEntry | None:
    """The most plausible place for ``name``: a country first, then a place inside a country
    the document mentions, then the most populous candidate."""
    explicit_region = strip_region_word(name) != name
    # A first-level region name is often a common word elsewhere ('Gulf', 'Centre'): accept
    # one only when its country is already in play or the text calls it a region.
    candidates = [
        c
        for c in gazetteer.candidates(name)
        if c.kind != "region" or c.listed or explicit_region or c.country in context_countries
    ]
    if not candidates:
        return None

    # A city's alternate names include old and foreign names of other towns ('Islamabad' for
    # Chittagong, 'Abadan' for Ibadan): a sizeable city that bears the name itself comes first.
    key = spelled_out(name)
    own_name = any(spelled_out(c.name) == key and c.population >= OWN_NAME_POPULATION
                   for c in candidates)

    def rank(entry: GazetteerEntry) -> tuple[int, int, int, int, int]:
        is_country = 0 if entry.kind == "country" else 1
        # "Kherson region" is the region; a bare "Kherson" is the city.
        kind_fits = 0 if (entry.kind == "region") == explicit_region else 1
        in_context = 0 if entry.country in context_countries else 1
        borrowed = 1 if own_name and entry.kind == "city" and spelled_out(entry.name) != key else 0
        return (is_country, kind_fits, in_context, borrowed, -entry.population)

    return min(candidates, key=rank)


def spelled_out(name: str) -> str:
    """A name folded with its abbreviated saint spelled out ('St. Petersburg' is 'Saint
    Petersburg')."""
    words = fold(name).replace(".", " ").split()
    return " ".join("saint" if w in ("st", "ste") else w for w in words)


def place_name(entry: GazetteerEntry, surface: str) -> str:
    """The name to show for a place: the gazetteer's, unless it is spelt with letters English
    text does not use ('Pūnch'), where the form the text used ('Poonch') reads better."""
    if entry.name.isascii() or not surface.strip():
        return entry.name
    return surface.strip()
