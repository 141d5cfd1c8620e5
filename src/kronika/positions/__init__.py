"""Positions: which actor demands, offers, accepts, rejects or drops what, in text order."""

from kronika.positions.extract import claim_voices, extract_positions

__all__ = ["claim_voices", "extract_positions"]
