"""Terminal tables laid out for the terminal's width, every cell shown as text.

A view lists the columns a table shows, each with a priority: on a narrow terminal the
lowest-priority columns are dropped first, one-line columns (names, codes) are cut with an
ellipsis, fixed columns (dates, types) are never cut, and long text (evidence) wraps over at
most ``MAX_LINES`` lines in the width left. On a wide terminal every column gets its full
width. Cells are :class:`rich.text.Text`, never markup, with control characters made visible.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
import pandas as pd
from rich import box
from rich.cells import cell_len, set_cell_size
from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text

from kronika.cells import visible_controls

MAX_LINES = 3  # wrapped text is cut to this many lines of its column
# Widths of a wrapped column: the least it needs, what it gets before names grow, and what it
# gets before extra columns are shown.
WRAP_MIN, WRAP_FIRST, WRAP_COMFORT = 20, 40, 60
LINE_MIN = 8  # the narrowest a one-line column is cut to before it is dropped
CORE = 5  # columns of this priority or more are shown at any width that holds them
GAPS = (1, 2)  # characters between two columns: below WIDE, and from WIDE on
WIDE = 100


@dataclass(frozen=True)
class Column:
    """How one field shows in a terminal table."""

    keys: tuple[str, ...]  # the row's fields, the first present and non-empty wins
    header: str
    priority: int = CORE  # higher survives narrower terminals; below CORE: shown when wide
    whole: bool = False  # never cut (dates, types, factuality)
    cap: int = 30  # widest a one-line column grows
    wrap: bool = False  # long text that wraps instead of being cut to one line


def col(keys: str, header: str | None = None, **how: object) -> Column:
    """A column over space-separated fallback keys, headed by the first key by default."""
    names = tuple(keys.split())
    return Column(names, header or names[0], **how)  # type: ignore[arg-type]


def cell_text(value: object) -> str:
    """A value as one line of plain text: empty for missing, dates without midnight."""
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp | datetime) and value == pd.Timestamp(value).normalize():
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple | np.ndarray):
        value = "[" + ", ".join(cell_text(v) for v in value) + "]"
    return visible_controls(" ".join(str(value).split()))


def cut(text: str, width: int) -> str:
    """Text cut to ``width`` terminal cells, an ellipsis marking the cut."""
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, max(width - 1, 0)).rstrip() + "…"


def field(row: Mapping[str, object], column: Column) -> str:
    """The cell text of one column in one row."""
    for key in column.keys:
        text = cell_text(row.get(key))
        if text:
            return text
    return ""


@dataclass(frozen=True)
class Sized:
    """A column with the least width it can live with, a comfortable one and its natural one."""

    column: Column
    least: int
    comfort: int
    natural: int


def sized(column: Column, cells: Iterable[str]) -> Sized:
    """The widths of a column over its cells (and its header)."""
    natural = max([cell_len(column.header), 1, *(cell_len(c) for c in cells)])
    if column.whole:
        return Sized(column, natural, natural, natural)
    if column.wrap:
        return Sized(column, min(natural, WRAP_MIN), min(natural, WRAP_COMFORT), natural)
    capped = min(natural, column.cap)
    return Sized(column, min(capped, LINE_MIN), capped, capped)


def gap(width: int) -> int:
    """Characters between two columns: one on a narrow terminal, two on a wide one."""
    return GAPS[width >= WIDE]


def need(columns: Sequence[Sized], width_of: str, width: int) -> int:
    """Characters a table of these columns takes at one of their widths, on a terminal of
    ``width`` characters (which sets the gap between columns)."""
    return sum(getattr(s, width_of) for s in columns) + gap(width) * max(len(columns) - 1, 0)


def fit(columns: list[Sized], width: int) -> list[Sized]:
    """The columns shown at ``width``, in view order.

    Core columns stay while they fit at their least widths (the lowest priority goes first);
    an extra column is added only when it and every column before it fit comfortably.
    """
    kept = [s for s in columns if s.column.priority >= CORE]
    while len(kept) > 1 and need(kept, "least", width) > width:
        kept.remove(min(kept, key=lambda s: (s.column.priority, -kept.index(s))))
    extras = [s for s in columns if s.column.priority < CORE]
    for extra in sorted(extras, key=lambda s: -s.column.priority):
        if need([*kept, extra], "comfort", width) <= width:
            kept.append(extra)
    return [s for s in columns if s in kept]


def widths(columns: list[Sized], width: int) -> list[int]:
    """Column widths: wrapped text first gets a readable width, then every column its
    comfortable width, then its natural one; each round shares the room out evenly."""
    given = [s.least for s in columns]
    room = width - need(columns, "least", width)
    for wanted in ([min(s.comfort, WRAP_FIRST) if s.column.wrap else s.least for s in columns],
                   [s.comfort for s in columns], [s.natural for s in columns]):
        while room > 0 and any(g < w for g, w in zip(given, wanted, strict=True)):
            for i, target in enumerate(wanted):
                if room > 0 and given[i] < target:
                    given[i] += 1
                    room -= 1
    return given


def table(title: str, rows: Sequence[Mapping[str, object]], view: Sequence[Column],
          width: int, console: Console) -> Table:
    """A rich table of rows laid out for ``width`` characters (see the module docstring)."""
    texts = [[field(row, c) for c in view] for row in rows]
    columns = fit([sized(c, [t[i] for t in texts]) for i, c in enumerate(view)], width)
    shown = [view.index(s.column) for s in columns]
    grid = Table(title=Text(cut(f"{cell_text(title)} ({len(rows)})", width)),
                 box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False,
                 padding=(0, gap(width) - 1, 0, 0), title_justify="left")
    sizes = widths(columns, width)
    for s, w in zip(columns, sizes, strict=True):
        grid.add_column(Text(cell_text(s.column.header)), width=w, no_wrap=not s.column.wrap,
                        overflow="fold" if s.column.wrap else "ellipsis")
    for line in texts:
        grid.add_row(*(cell(line[i], s.column, w, console)
                       for i, s, w in zip(shown, columns, sizes, strict=True)))
    if len(columns) < len(view):
        kept = {s.column for s in columns}
        hidden = ", ".join(cell_text(c.header) for c in view if c not in kept)
        grid.caption = Text(cut(f"not shown at this width: {hidden}", width))
        grid.caption_justify = "left"
    return grid


def cell(text: str, column: Column, width: int, console: Console) -> Text:
    """One cell as plain rich Text (never markup), wrapped text cut to MAX_LINES lines."""
    if not column.wrap:
        return Text(text)
    lines = Text(text).wrap(console, width, overflow="fold")
    if len(lines) <= MAX_LINES:
        return Text(text)
    kept = [line.plain.rstrip() for line in lines[:MAX_LINES]]
    kept[-1] = cut(kept[-1] + " …", width)
    return Text("\n".join(kept))


class FitTable:
    """A table that lays itself out for the width it is rendered at."""

    def __init__(self, title: str, rows: Sequence[Mapping[str, object]],
                 view: Sequence[Column]) -> None:
        self.title, self.rows, self.view = title, rows, view

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield table(self.title, self.rows, self.view, options.max_width, console)
