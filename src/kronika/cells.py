"""Data cells made safe for where they are shown: a terminal or a spreadsheet.

Article text is data. In a terminal, control characters are commands (ESC[2J clears the
screen, OSC 52 writes the clipboard, OSC 8 makes a link), so every C0 and C1 control becomes
a visible placeholder. In a spreadsheet, a cell starting with ``= + - @`` (or a tab or
carriage return) is a formula (``=HYPERLINK(...)``), so such a cell gets a leading ``'``,
the neutralisation OWASP recommends; ``--csv-formulas`` turns it off.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas costs half a second to import; `kronika analyze` needs none of it
    import pandas as pd

# C0 controls, DEL and the C1 block (a UTF-8 terminal may obey U+009B as CSI).
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
C1_PLACEHOLDER = "\ufffd"


def placeholder(char: str) -> str:
    """The visible stand-in of one control character: its Unicode control picture (␛, ␇)."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else C1_PLACEHOLDER


def visible_controls(text: str, keep: str = "") -> str:
    """``text`` with every control character except those in ``keep`` made visible."""
    return CONTROLS.sub(lambda m: m[0] if m[0] in keep else placeholder(m[0]), text)


def neutral_formula(text: str) -> str:
    """A cell a spreadsheet shows as text, never evaluates as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_frame(frame: pd.DataFrame, formulas: bool = False, terminal: bool = False) -> pd.DataFrame:
    """The frame with its text cells made safe for CSV (and for a terminal, when it is one)."""

    def safe(value: object) -> object:
        if not isinstance(value, str):
            return value
        value = value if formulas else neutral_formula(value)
        return visible_controls(value, keep="\n\t") if terminal else value

    text_columns = [c for c in frame.columns if is_text(frame[c])]
    if not text_columns or (formulas and not terminal):
        return frame
    safe_frame = frame.copy()
    for column in text_columns:
        safe_frame[column] = safe_frame[column].map(safe)
    return safe_frame


def is_text(column: pd.Series) -> bool:
    """Whether a column may hold strings (object or string dtype)."""
    import pandas as pd

    return pd.api.types.is_object_dtype(column) or pd.api.types.is_string_dtype(column)


def sql_neutral_formula(column: str) -> str:
    """A DuckDB expression of a VARCHAR column (a quoted identifier) as ``neutral_formula``."""
    starts = ", ".join("chr(9)" if s == "\t" else "chr(13)" if s == "\r" else f"'{s}'"
                       for s in FORMULA_STARTS)
    return f"CASE WHEN left({column}, 1) IN ({starts}) THEN '''' || {column} ELSE {column} END"
