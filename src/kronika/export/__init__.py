"""Exports of a store: parquet, csv, jsonl, GDELT-style TSV and PLOVER JSON Lines.

    export(store, "gdelt", "out/")        # -> [Path("out/events.gdelt.tsv")]
    export_stream(store, "plover", sys.stdout)

Each file is written beside its target and renamed into place, so a failed export never
leaves a half-written file; a file already there is kept unless ``force``. Event exports
(gdelt, plover) hold asserted events unless ``factuality`` names others (None: all). CSV
cells a spreadsheet would run as formulas (``=HYPERLINK(...)``) start with ``'`` unless
``formulas``. The one-file formats (jsonl, gdelt, plover) can also go to a stream.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from kronika.errors import KronikaError, UsageError
from kronika.export.atomic import write_lines
from kronika.export.gdelt import gdelt_lines
from kronika.export.plover import plover_lines
from kronika.export.tables import copy_tables, jsonl_lines
from kronika.store import Store
from kronika.store.schema import TABLES

Lines = Callable[[Store, Sequence[str] | None], list[str]]
# The one-file formats: the file's name and its lines.
ONE_FILE: dict[str, tuple[str, Lines]] = {
    "gdelt": ("events.gdelt.tsv", gdelt_lines),
    "jsonl": ("documents.jsonl", lambda store, factuality: jsonl_lines(store)),
    "plover": ("events.plover.jsonl", plover_lines),
}
PER_TABLE: tuple[str, ...] = ("csv", "parquet")  # one file per table, named <table>.<format>
FORMATS: tuple[str, ...] = tuple(sorted({*ONE_FILE, *PER_TABLE}))

__all__ = ["FORMATS", "export", "export_stream", "targets"]


def check_format(fmt: str) -> None:
    """A UsageError for a format kronika does not export."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format '{fmt}'",
                         hint="choose one of " + ", ".join(FORMATS))


def targets(fmt: str, folder: Path) -> list[Path]:
    """The files an export in this format writes into folder."""
    check_format(fmt)
    if fmt in ONE_FILE:
        return [folder / ONE_FILE[fmt][0]]
    return [folder / f"{table}.{fmt}" for table in TABLES]


def prepare(folder: Path) -> None:
    """Create the output folder, or say in one line why it cannot be written into."""
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder}: is a file, not a folder",
                         hint="pass a folder to write the export files into")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"{folder}: cannot create the folder: {error.strerror or error}",
                         hint="pass a folder you can write into") from error
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(f"{folder}: cannot write into the folder",
                         hint="pass a folder you can write into")


def export(store: Store, fmt: str, out_dir: str | Path,
           factuality: Sequence[str] | None = ("asserted",), *, force: bool = False,
           formulas: bool = False) -> list[Path]:
    """Write the store in one format into out_dir (created if needed); the files written."""
    folder = Path(out_dir)
    files = targets(fmt, folder)
    prepare(folder)
    existing = [f for f in files if f.exists()]
    if existing and not force:
        more = f" and {len(existing) - 1} more" if len(existing) > 1 else ""
        raise UsageError(f"{existing[0]}{more}: already exists",
                         hint="pass --force to overwrite, or choose another folder")
    try:
        if fmt in ONE_FILE:
            return [write_lines(files[0], ONE_FILE[fmt][1](store, factuality))]
        return copy_tables(store, folder, fmt, formulas=formulas or fmt != "csv")
    except OSError as error:
        raise KronikaError(f"{folder}: export failed: {error.strerror or error}",
                           hint="files already there are unchanged") from error


def export_stream(store: Store, fmt: str, stream: TextIO,
                  factuality: Sequence[str] | None = ("asserted",)) -> None:
    """Write a one-file format (jsonl, gdelt, plover) to a text stream such as stdout."""
    check_format(fmt)
    if fmt not in ONE_FILE:
        raise UsageError(f"{fmt} writes one file per table and cannot go to standard output",
                         hint="pass a folder with --out")
    for line in ONE_FILE[fmt][1](store, factuality):
        stream.write(line + "\n")
