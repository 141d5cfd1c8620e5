"""Readable terminal views of analyses and query results (rich tables)."""

from __future__ import annotations

import pandas as pd
from rich.console import Console
from rich.table import Table

from kronika.records import Analysis, Claim

MAX_CELL = 80


def short(text: object, width: int = MAX_CELL) -> str:
    """A cell's text, cut to ``width`` characters."""
    value = "" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text)
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1] + "…"


def around_trigger(event, width: int = 60) -> str:
    """The part of the evidence sentence around the trigger, so the table shows why."""
    ev = event.evidence
    if event.trigger_start is None:
        return short(ev.text, width)
    at = event.trigger_start - ev.start
    start = max(0, at - width // 3)
    piece = ev.text[start : start + width]
    return short(("…" if start else "") + piece, width + 1)


def frame_table(frame: pd.DataFrame, title: str) -> Table:
    """A data frame as a rich table."""
    table = Table(title=f"{title} ({len(frame)})", show_lines=False)
    for column in frame.columns:
        table.add_column(str(column), overflow="fold")
    for row in frame.itertuples(index=False):
        table.add_row(*(short(v, 60) for v in row))
    return table


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


def print_summary(console: Console, analysis: Analysis) -> None:
    """Actors, events, claims and positions of one document, as tables."""
    doc = analysis.document
    console.print(
        f"[bold]{doc.title or doc.source or doc.id}[/] "
        f"({doc.genre}, {doc.published or 'undated'}, author: {doc.author or '-'})"
    )
    actors = Table(title=f"actors ({len(analysis.actors)})")
    for col in ("name", "kind", "code", "role", "mentions"):
        actors.add_column(col)
    for a in analysis.actors:
        forms = sorted({m.text for m in a.mentions})
        actors.add_row(a.name, a.kind, a.code or "", a.role or "", short(", ".join(forms), 60))
    console.print(actors)
    events = Table(title=f"events ({len(analysis.events)})")
    for col in ("type", "source", "target", "factuality", "date", "trigger", "evidence"):
        events.add_column(col)
    for e in analysis.events:
        src, tgt = analysis.actor(e.source), analysis.actor(e.target)
        events.add_row(
            e.type,
            src.name if src else (e.source_country or ""),
            tgt.name if tgt else (e.target_country or ""),
            e.factuality,
            e.date or "",
            e.trigger,
            around_trigger(e),
        )
    console.print(events)
    claims = Table(title=f"claims ({len(analysis.claims)})")
    for col in ("speaker", "kind", "cue", "content"):
        claims.add_column(col)
    for c in analysis.claims:
        label = speaker_label(analysis, c)
        claims.add_row(label, c.speaker_kind, c.cue or "", short(c.content, 70))
    console.print(claims)
    if analysis.positions:
        positions = Table(title=f"positions ({len(analysis.positions)})")
        for col in ("actor", "stance", "issue", "hedged", "text"):
            positions.add_column(col)
        for p in analysis.positions:
            actor = analysis.actor(p.actor)
            positions.add_row(
                actor.name if actor else p.actor,
                p.stance,
                p.issue,
                "yes" if p.hedged else "",
                short(p.issue_text, 50),
            )
        console.print(positions)


def speaker_label(analysis: Analysis, claim: Claim) -> str:
    """How the text names a claim's speaker, with the actor it resolves to when that differs
    ("he (Antony Blinken)")."""
    actor = analysis.actor(claim.speaker)
    said = claim.speaker_text or ""
    if actor is None or actor.name.lower() in said.lower() or said.lower() in actor.name.lower():
        return said or (actor.name if actor else "")
    return f"{said} ({actor.name})" if said else actor.name
