"""Toponyms to places: an offline gazetteer and in-document disambiguation."""

from kronika.places.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from kronika.places.resolve import place_name, resolve_place

__all__ = ["Gazetteer", "GazetteerEntry", "load_gazetteer", "place_name", "resolve_place"]
