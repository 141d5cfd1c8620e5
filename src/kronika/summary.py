"""Readable terminal views of analyses and query results (tables laid out by kronika.layout)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from rich.console import Console
from rich.text import Text

from kronika.layout import CORE, Column, FitTable, cell_text, col
from kronika.records import Analysis, Claim, Event

GENERIC_CAP = 40  # a column of an ad-hoc query wraps when a cell is longer than this
EVIDENCE_CONTEXT = 200  # characters of the evidence sentence shown around a trigger

EVENTS = (
    col("type", priority=9, whole=True), col("source_name source", "source", priority=8),
    col("target_name target", "target", priority=7), col("factuality", priority=8, whole=True),
    col("effective_date date", "date", priority=6, whole=True),
    col("evidence evidence_text", "evidence", priority=9, wrap=True),
    col("trigger", priority=4, cap=16), col("source_code", "src code", priority=3, cap=12),
    col("target_code", "tgt code", priority=3, cap=12), col("cameo", priority=2, whole=True),
    col("location_name location", "location", priority=2), col("doc_title", "document",
                                                                priority=1),
)
ACTORS = (
    col("name", priority=9, cap=28), col("code", priority=8, cap=12),
    col("kind", priority=6, whole=True), col("roles role", "role", priority=5, cap=30),
    col("mentions", priority=5, cap=40), col("n_mentions", "mentions", priority=5, whole=True),
    col("country", priority=4, whole=True), col("n_documents", "documents", priority=3,
                                                 whole=True),
    col("first_seen", "first seen", priority=2, whole=True),
    col("last_seen", "last seen", priority=2, whole=True),
)
CLAIMS = (
    col("speaker_name speaker_text", "speaker", priority=9, cap=24),
    col("speaker_kind", "kind", priority=4, whole=True), col("cue", priority=5, cap=14),
    col("content", priority=9, wrap=True), col("doc_published", "date", priority=3, whole=True),
    col("doc_title", "document", priority=1),
)
POSITIONS = (
    col("actor_name actor", "actor", priority=9, cap=24),
    col("stance", priority=9, whole=True), col("issue", priority=8, cap=24),
    col("effective_date date", "date", priority=6, whole=True),
    col("change", priority=5, whole=True), col("hedged", priority=4, whole=True),
    col("issue_text evidence_text", "text", priority=7, wrap=True),
    col("condition", priority=3, cap=30),
)
# A view is chosen for a frame when the frame has every key its first column needs.
VIEWS: dict[str, tuple[Column, ...]] = {"events": EVENTS, "actors": ACTORS, "claims": CLAIMS,
                                        "positions": POSITIONS}


def view_for(frame: pd.DataFrame, title: str) -> Sequence[Column]:
    """The curated view of a known table, or every column in order (first ones kept longest)."""
    view = VIEWS.get(title)
    if view and all(any(k in frame.columns for k in c.keys) for c in view[:2]):
        return [c for c in view if any(k in frame.columns for k in c.keys)]
    n = len(frame.columns)
    return [Column((str(name),), str(name), priority=CORE + n - i, cap=GENERIC_CAP,
                   wrap=longest(frame.iloc[:, i]) > GENERIC_CAP)
            for i, name in enumerate(frame.columns)]


def longest(column: pd.Series) -> int:
    """The length of the longest cell of a column as the table shows it."""
    return max((len(cell_text(v)) for v in column), default=0)


def frame_table(frame: pd.DataFrame, title: str) -> FitTable:
    """A data frame as a table that fits the terminal it is printed on."""
    frame = frame.set_axis([str(c) for c in frame.columns], axis=1)
    if title == "events":
        frame = with_trigger_context(frame)
    return FitTable(title, frame.to_dict(orient="records"), view_for(frame, title))


def around(text: str, at: int | None, width: int = EVIDENCE_CONTEXT) -> str:
    """The part of an evidence text from a little before offset ``at`` (the trigger's)."""
    if at is None or pd.isna(at):
        return text
    start = max(0, min(int(at) - width // 4, len(text)))
    return ("…" if start else "") + text[start : start + width]


def around_trigger(event: Event, width: int = EVIDENCE_CONTEXT) -> str:
    """The evidence around the trigger, so the table shows why."""
    at = None if event.trigger_start is None else event.trigger_start - event.evidence.start
    return around(event.evidence.text, at, width)


def with_trigger_context(frame: pd.DataFrame) -> pd.DataFrame:
    """Stored events with an ``evidence`` column cut around each trigger, as analyze shows."""
    if not {"evidence_text", "trigger_start", "start"} <= set(frame.columns) or frame.empty:
        return frame
    offsets = frame["trigger_start"] - frame["start"]
    return frame.assign(evidence=[around(str(text), at) for text, at in
                                  zip(frame["evidence_text"], offsets, strict=True)])


def events_frame(analyses: list[Analysis]) -> pd.DataFrame:
    """One row per event across analyses, with actor names instead of ids."""
    rows = []
    for a in analyses:
        for e in a.events:
            src, tgt = a.actor(e.source), a.actor(e.target)
            rows.append(
                {
                    "document": a.document.id,
                    "type": e.type,
                    "mode": e.mode,
                    "cameo": e.cameo,
                    "source": src.name if src else None,
                    "source_code": e.source_code,
                    "target": tgt.name if tgt else None,
                    "target_code": e.target_code,
                    "date": e.date,
                    "factuality": e.factuality,
                    "trigger": e.trigger,
                    "location": e.location.name if e.location else None,
                    "evidence": e.evidence.text,
                }
            )
    return pd.DataFrame(rows)


def event_rows(analysis: Analysis) -> list[dict[str, object]]:
    """The events of one analysis as rows of the events view."""
    rows = []
    for e in analysis.events:
        src, tgt = analysis.actor(e.source), analysis.actor(e.target)
        rows.append({"type": e.type, "source": src.name if src else e.source_country,
                     "target": tgt.name if tgt else e.target_country,
                     "factuality": e.factuality, "date": e.date, "trigger": e.trigger,
                     "evidence": around_trigger(e), "source_code": e.source_code,
                     "target_code": e.target_code, "cameo": e.cameo,
                     "location": e.location.name if e.location else None})
    return rows


def actor_rows(analysis: Analysis) -> list[dict[str, object]]:
    """The actors of one analysis with their distinct surface forms."""
    return [{"name": a.name, "kind": a.kind, "code": a.code, "country": a.country,
             "role": a.role, "mentions": ", ".join(sorted({m.text for m in a.mentions}))}
            for a in analysis.actors]


def claim_rows(analysis: Analysis) -> list[dict[str, object]]:
    """The claims of one analysis; a resolved speaker shows by name, not as "he"."""
    rows = []
    for c in analysis.claims:
        speaker = analysis.actor(c.speaker)
        rows.append({"speaker_name": speaker_label(analysis, c) if speaker else None,
                     "speaker_text": c.speaker_text, "speaker_kind": c.speaker_kind,
                     "cue": c.cue, "content": c.content})
    return rows


def position_rows(analysis: Analysis) -> list[dict[str, object]]:
    """The positions of one analysis."""
    rows = []
    for p in analysis.positions:
        actor = analysis.actor(p.actor)
        rows.append({"actor": actor.name if actor else p.actor, "stance": p.stance,
                     "issue": p.issue, "hedged": "yes" if p.hedged else "",
                     "issue_text": p.issue_text, "condition": p.condition})
    return rows


def view_of(view: Sequence[Column], rows: list[dict[str, object]]) -> list[Column]:
    """The columns of a view that these rows have a field for."""
    keys = set().union(*rows) if rows else set()
    return [c for c in view if keys.intersection(c.keys)] or list(view[:1])


def print_summary(console: Console, analysis: Analysis) -> None:
    """Actors, events, claims and positions of one document, as tables."""
    doc = analysis.document
    console.print(Text.assemble(
        (cell_text(doc.title or doc.source or doc.id), "bold"),
        f" ({doc.genre}, {cell_text(doc.published) or 'undated'},"
        f" author: {cell_text(doc.author) or '-'})"))
    sections = [("actors", ACTORS, actor_rows(analysis)), ("events", EVENTS, event_rows(analysis)),
                ("claims", CLAIMS, claim_rows(analysis))]
    if analysis.positions:
        sections.append(("positions", POSITIONS, position_rows(analysis)))
    for title, view, rows in sections:
        console.print(FitTable(title, rows, view_of(view, rows) if rows else view))


def speaker_label(analysis: Analysis, claim: Claim) -> str:
    """How the text names a claim's speaker, with the actor it resolves to when that differs
    ("he (Antony Blinken)")."""
    actor = analysis.actor(claim.speaker)
    said = claim.speaker_text or ""
    if actor is None or actor.name.lower() in said.lower() or said.lower() in actor.name.lower():
        return said or (actor.name if actor else "")
    return f"{said} ({actor.name})" if said else actor.name
