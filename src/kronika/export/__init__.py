"""Exports of a store: parquet, csv, jsonl, GDELT-style TSV and PLOVER JSON Lines.

    export(store, "gdelt", "out/")        # -> [Path("out/events.gdelt.tsv")]

Each file is written beside its target and renamed into place, so a failed export never
leaves a half-written file. Event exports (gdelt, plover) hold asserted events unless
``factuality`` names others (None: all).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from kronika.errors import UsageError
from kronika.export.gdelt import export_gdelt
from kronika.export.plover import export_plover
from kronika.export.tables import export_csv, export_jsonl, export_parquet
from kronika.store import Store

TABLE_FORMATS: dict[str, Callable[[Store, Path], list[Path]]] = {
    "csv": export_csv,
    "jsonl": export_jsonl,
    "parquet": export_parquet,
}
EVENT_FORMATS: dict[str, Callable[[Store, Path, Sequence[str] | None], list[Path]]] = {
    "gdelt": export_gdelt,
    "plover": export_plover,
}
FORMATS: tuple[str, ...] = tuple(sorted({*TABLE_FORMATS, *EVENT_FORMATS}))

__all__ = ["FORMATS", "export"]


def export(store: Store, fmt: str, out_dir: str | Path,
           factuality: Sequence[str] | None = ("asserted",)) -> list[Path]:
    """Write the store in one format into out_dir (created if needed); the files written."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format '{fmt}'",
                         hint="choose one of " + ", ".join(FORMATS))
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    if fmt in EVENT_FORMATS:
        return EVENT_FORMATS[fmt](store, folder, factuality)
    return TABLE_FORMATS[fmt](store, folder)
