"""Actors: mentions in a Doc resolved to canonical, time-bounded actors with CAMEO codes."""
