"""Positions: which actor demands, offers, accepts, rejects or drops what, in text order."""

from kronika.positions.extract import extract_positions

__all__ = ["extract_positions"]
