"""Choose the place a toponym denotes, given the countries the document is about."""

from __future__ import annotations

from collections.abc import Collection

from kronika.places.gazetteer import Gazetteer, GazetteerEntry

def resolve_place(
    name: str, gazetteer: Gazetteer, context_countries: Collection[str] = ()
) -> GazetteerEntry | None:
    """The most plausible place for ``name``: a country first, then a place inside a country
    the document mentions, then the most populous candidate."""
    candidates = gazetteer.candidates(name)
    if not candidates:
        return None

    def rank(entry: GazetteerEntry) -> tuple[int, int, int]:
        is_country = 0 if entry.kind == "country" else 1
        in_context = 0 if entry.country in context_countries else 1
        return (is_country, in_context, -entry.population)

    return min(candidates, key=rank)
