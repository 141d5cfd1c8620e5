"""Read the packaged CSV knowledge files (and user files of the same shape), validated on load."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from importlib import resources

from kronika.errors import KnowledgeError


def packaged_text(name: str) -> str:
    """The text of a knowledge file shipped in ``kronika/data``."""
    return resources.files("kronika.data").joinpath(name).read_text(encoding="utf-8")


def read_csv(name: str, columns: Sequence[str], text: str | None = None) -> list[dict[str, str]]:
    """Rows of a knowledge CSV as dicts; '#' lines are comments; a row missing a required
    column raises KnowledgeError naming file, line and field."""
    body = packaged_text(name) if text is None else text
    rows: list[dict[str, str]] = []
    lines = [(n, line) for n, line in enumerate(body.splitlines(), 1) if not line.startswith("#")]
    reader = csv.reader(io.StringIO("\n".join(line for _, line in lines)))
    header: list[str] | None = None
    for (lineno, _), values in zip(lines, reader, strict=False):
        if not values or not any(v.strip() for v in values):
            continue
        if header is None:
            header = [v.strip() for v in values]
            missing = [c for c in columns if c not in header]
            if missing:
                raise KnowledgeError(
                    f"{name}:{lineno}: header lacks column(s) {', '.join(missing)}"
                )
            continue
        row = {k: (v.strip() if v else "") for k, v in zip(header, values, strict=False)}
        for column in columns[:1]:
            if not row.get(column):
                raise KnowledgeError(f"{name}:{lineno}: {column}: empty value")
        rows.append(row)
    return rows
