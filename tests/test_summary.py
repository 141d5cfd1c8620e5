"""Terminal tables: data is never markup or terminal commands; readable at 80 and 200 columns."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console

from fixtures.analyses import peru_analysis, samples, sudan_analysis
from kronika.records import Analysis
from kronika.store import open_store
from kronika.summary import claim_rows, frame_table, print_summary

HOSTILE = [
    "[/]", "[/quote]", "[/bold]", "[bold]x", "[link=http://evil.example]click[/link]",
    "\x1b[2J\x1b[H", "\x1b]52;c;c2VjcmV0\x07", "\x1b]8;;http://evil.example\x1b\\x\x1b]8;;\x1b\\",
    "=HYPERLINK(\"http://evil.example\",\"x\")", "\x9b31m", "bell\x07",
]
# Everything a terminal could obey: C0 (but the newline), DEL, C1.
COMMANDS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def render(thing: object, width: int, terminal: bool = False) -> str:
    """What a console of this width prints (with colours and links when ``terminal``)."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, soft_wrap=True, force_terminal=terminal,
                      color_system="truecolor" if terminal else None)
    if isinstance(thing, Analysis):
        print_summary(console, thing)
    else:
        console.print(thing)
    return buffer.getvalue()


def hostile_analysis(text: str) -> Analysis:
    """The Sudan sample with the text in its title, author, actor names and claim cue."""
    analysis = sudan_analysis()
    claim = replace(analysis.claims[0], cue=text)
    return replace(analysis, document=replace(analysis.document, title=text, author=text),
                   actors=tuple(replace(a, name=text + a.name) for a in analysis.actors),
                   claims=(claim,))


@pytest.mark.parametrize("text", HOSTILE)
def test_a_hostile_analysis_prints_as_text(text: str) -> None:
    plain = render(hostile_analysis(text), 200)
    assert not COMMANDS.search(plain)
    shown = render(hostile_analysis(text), 200, terminal=True)
    assert "\x1b]8;" not in shown and "\x1b]52" not in shown and "\x1b[2J" not in shown
    assert "\x07" not in shown
    if "[" in text:
        assert text.split("\x1b")[0][:8] in plain  # the brackets are shown, not parsed


@pytest.mark.parametrize("text", HOSTILE)
def test_a_hostile_frame_prints_as_text(text: str) -> None:
    frame = pd.DataFrame({text: [text, "ok"], "evidence": [text * 3, text]})
    plain = render(frame_table(frame, "result"), 80)
    assert not COMMANDS.search(plain)
    assert "\x1b]8;" not in render(frame_table(frame, "result"), 80, terminal=True)


cell_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)),
                    max_size=60) | st.sampled_from(HOSTILE)


@settings(max_examples=200, deadline=None)
@given(cells=st.lists(st.tuples(cell_text, cell_text, st.integers() | st.none()), max_size=6),
       headers=st.lists(cell_text, min_size=3, max_size=3, unique=True),
       width=st.integers(min_value=10, max_value=220))
def test_any_frame_renders_within_the_width_and_as_text(cells, headers, width) -> None:
    frame = pd.DataFrame(cells, columns=headers) if cells else pd.DataFrame(columns=headers)
    printed = render(frame_table(frame, "result"), width)
    assert not COMMANDS.search(printed)
    assert all(cell_len(line) <= width for line in printed.splitlines())


@settings(max_examples=100, deadline=None)
@given(text=cell_text, width=st.integers(min_value=20, max_value=220))
def test_any_analysis_renders_as_text(text: str, width: int) -> None:
    assert not COMMANDS.search(render(hostile_analysis(text), width))


def test_every_duckdb_value_type_renders(stored) -> None:
    frame = stored.sql("SELECT [1, 2] AS list, NULL::INT[] AS none, {'a': 1} AS struct,"
                       " 1.5::DECIMAL(4, 2) AS dec, 'x'::BLOB AS blob, INTERVAL 1 DAY AS span,"
                       " now() AS at, DATE '2016-02-01' AS day, ['a' || chr(27)] AS text_list")
    printed = render(frame_table(frame, "result"), 200)
    assert "[1, 2]" in printed and "2016-02-01" in printed
    assert not COMMANDS.search(printed)


DATE = re.compile(r"\b\d{4}-\d\d-\d\d\b")


@pytest.fixture
def stored(tmp_path):
    with open_store(tmp_path / "k.duckdb") as store:
        store.write(samples())
        yield store


def table_lines(text: str) -> list[str]:
    """The lines of the table (the title excepted), each checked to fit."""
    return text.splitlines()[1:]


@pytest.mark.parametrize("width", [80, 200])
@pytest.mark.parametrize("title", ["events", "claims", "positions", "actors"])
def test_store_tables_fit_and_keep_dates_whole(stored, width: int, title: str) -> None:
    frame = getattr(stored, title)(**({"factuality": None} if title == "events" else {}))
    printed = render(frame_table(frame, title), width)
    assert all(cell_len(line) <= width for line in printed.splitlines())
    assert "…" not in "".join(DATE.sub("", line) for line in printed.splitlines()
                              if re.search(r"\d{4}-\d\d…", line))
    if title in ("events", "claims", "positions"):
        assert DATE.search(printed)


def test_events_drop_low_priority_columns_at_80_and_show_them_at_200(stored) -> None:
    frame = stored.events(factuality=None)
    narrow, wide = (render(frame_table(frame, "events"), w) for w in (80, 200))
    header = next(line for line in wide.splitlines() if line.startswith("type"))
    assert "trigger" in header and "evidence" in header
    narrow_header = next(line for line in narrow.splitlines() if line.startswith("type"))
    assert "trigger" not in narrow_header
    assert all(h in narrow_header for h in ("source", "factuality", "date", "evidence"))
    assert "not shown at this width: trigger" in narrow


def test_evidence_wraps_in_a_column_wide_enough_for_phrases() -> None:
    long = ("Egypt's foreign minister demanded a legally binding agreement on how much water "
            "the dam releases in dry years, and said the talks had failed.")
    frame = pd.DataFrame({"type": ["REQUEST"], "source_name": ["Badr Abdelatty"],
                          "target_name": ["Ethiopia"], "factuality": ["hypothetical"],
                          "effective_date": [pd.Timestamp("2016-02-01")],
                          "evidence_text": [long], "trigger": ["demanded"]})
    printed = render(frame_table(frame, "events"), 80)
    assert "2016-02-01" in printed and "00:00:00" not in printed
    rows = [line for line in printed.splitlines()[3:] if not line.startswith("not shown")]
    assert 2 <= len(rows) <= 3  # wrapped over a few lines, not one word per line
    assert all(cell_len(line) <= 80 for line in rows)


def test_claims_show_the_resolved_speaker_not_the_pronoun() -> None:
    analysis = sudan_analysis()
    claim = replace(analysis.claims[0], speaker_text="he")
    analysis = replace(analysis, claims=(claim,))
    assert claim_rows(analysis)[0]["speaker_name"] == "he (Ahmed Ali)"
    printed = render(analysis, 80)
    claims = printed[printed.index("claims ("):]
    assert "he (Ahmed Ali)" in claims  # the words of the text, and who they stand for


def test_an_unresolved_speaker_shows_its_text() -> None:
    analysis = peru_analysis()
    assert claim_rows(analysis) == []
    sudan = sudan_analysis()
    claim = replace(sudan.claims[0], speaker=None, speaker_text="officials")
    assert claim_rows(replace(sudan, claims=(claim,)))[0]["speaker_text"] == "officials"
