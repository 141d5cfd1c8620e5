"""Toponyms to places: an offline gazetteer and in-document disambiguation."""

from kronika.places.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from kronika.places.resolve import resolve_place

__all__ = ["Gazetteer", "GazetteerEntry", "load_gazetteer", "resolve_place"]
