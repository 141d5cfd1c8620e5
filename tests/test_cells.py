"""Cells made safe for terminals (controls visible) and spreadsheets (no formulas)."""

import pandas as pd
import pytest

from kronika.cells import csv_frame, neutral_formula, visible_controls


@pytest.mark.parametrize(("text", "shown"), [
    ("plain text, «quotes» and ünïcode", "plain text, «quotes» and ünïcode"),
    ("\x1b[2Jcleared", "␛[2Jcleared"),                      # clear screen
    ("\x1b]52;c;aGk=\x07", "␛]52;c;aGk=␇"),                 # OSC 52 clipboard write
    ("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "␛]8;;http://x␛\\link␛]8;;␛\\"),  # OSC 8
    ("a\rb\x08c\x00d\x7f", "a␍b␈c␀d␡"),
    ("\x9b2J C1 CSI", "\ufffd2J C1 CSI"),
])
def test_controls_become_visible(text: str, shown: str) -> None:
    assert visible_controls(text) == shown


def test_kept_controls_stay() -> None:
    assert visible_controls("a\nb\tc\x1b", keep="\n\t") == "a\nb\tc␛"


@pytest.mark.parametrize(("cell", "safe"), [
    ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
    ("+1-555", "'+1-555"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"),
    ("Putin said = no", "Putin said = no"), ("", ""),
])
def test_formula_cells_are_neutralised(cell: str, safe: str) -> None:
    assert neutral_formula(cell) == safe


def test_csv_frame_neutralises_text_only_and_can_keep_formulas() -> None:
    frame = pd.DataFrame({"title": ["=1+1", "ok"], "n": [-1, 2]})
    assert csv_frame(frame)["title"].tolist() == ["'=1+1", "ok"]
    assert csv_frame(frame)["n"].tolist() == [-1, 2]
    assert csv_frame(frame, formulas=True)["title"].tolist() == ["=1+1", "ok"]


def test_csv_frame_for_a_terminal_shows_controls() -> None:
    frame = pd.DataFrame({"title": ["\x1b[2J", "two\nlines"]})
    assert csv_frame(frame, terminal=True)["title"].tolist() == ["␛[2J", "two\nlines"]
    assert csv_frame(frame)["title"].tolist() == ["\x1b[2J", "two\nlines"]
