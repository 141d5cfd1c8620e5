"""DataFrame rows as plain Python values, None where pandas has NaN or NaT."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pandas as pd


def plain(value: Any) -> Any:
    """A JSON-ready value: None for missing, ISO strings for dates, Python numbers."""
    if value is None or (not isinstance(value, str | list | tuple) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp | datetime):
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Each row of the frame as a dict of plain values."""
    return [{k: plain(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]
