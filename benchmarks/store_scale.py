"""Scale of the store: build a DuckDB store of about a million events and time its queries.

The events are real analyses replicated: the pipeline analyses a base corpus once (the
benchmark's generated articles and the test fixture articles, many countries and event types),
then each analysis is stored again and again under a new document id with its publication and
event dates moved by whole days, so the store spans years like an archive does: first through
``Store.write``, then multiplied in SQL up to the wanted number of events, then through
``Store.write`` again to time ingest into the full store. Reported:
ingest rate (documents and events per second of ``Store.write``, against the pipeline's own
rate on the base corpus: the store must never be the bottleneck), file size, peak RSS, and the
latency of the query commands' library calls (``events`` filtered by country, type and month,
``--group`` counts, actor lookups and mentions), medians of three runs on a read-only store.

    python benchmarks/store_scale.py --events 1000000 --db /tmp/scale.duckdb --json scale.json
    python benchmarks/store_scale.py --events 50000      # a quick look
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import make_articles  # noqa: E402

from kronika.pipeline import analyze_documents  # noqa: E402
from kronika.records import Analysis, Document, content_id, iso_date  # noqa: E402
from kronika.store import Store, open_store  # noqa: E402
from kronika.store.schema import TABLES  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "articles"
BATCH = 2000  # documents per store transaction while building
SPAN_DAYS = 3 * 365  # replicas are spread over three years


def base_documents(generated: int) -> list[Document]:
    """Generated articles plus the test fixture articles."""
    from kronika.ingest import read_paths

    made = [Document.from_text(text, published=published)
            for text, published in make_articles(generated)]
    return made + list(read_paths([str(FIXTURES)]))


def analyse(documents: list[Document]) -> tuple[list[Analysis], float]:
    """The analyses and the pipeline's seconds per document (model loaded beforehand)."""
    list(analyze_documents(documents[:1]))
    started = time.perf_counter()
    analyses = list(analyze_documents(documents))
    return analyses, (time.perf_counter() - started) / len(documents)


def shifted(value: str | None, days: int) -> str | None:
    """An ISO date moved by ``days`` (reduced-precision and absent dates unchanged)."""
    day = iso_date(value)
    if day is None or value is None or len(value) < 10:
        return value
    return (day + timedelta(days=days)).isoformat()


def replica(analysis: Analysis, n: int) -> Analysis:
    """The analysis as if of another document: a new id, dates moved by some days."""
    days = (n * 37) % SPAN_DAYS - SPAN_DAYS // 2
    doc = analysis.document
    published = shifted(doc.published, days) or (date(2024, 1, 1) + timedelta(days)).isoformat()
    return replace(
        analysis,
        document=replace(doc, id=content_id(doc.id, str(n)), published=published),
        events=tuple(replace(e, date=shifted(e.date, days)) for e in analysis.events),
        positions=tuple(replace(p, date=shifted(p.date, days)) for p in analysis.positions),
    )


def replicas(base: list[Analysis], events: int) -> Iterator[Analysis]:
    """Replicas of the base analyses, round robin, until ``events`` events are reached."""
    total = n = 0
    while total < events:
        analysis = replica(base[n % len(base)], n)
        total += len(analysis.events)
        n += 1
        yield analysis


def write_replicas(store: Store, analyses: Iterator[Analysis], docs: int) -> dict[str, Any]:
    """Write ``docs`` replicas through ``Store.write`` in batches; the rate of those writes."""
    written_docs = written_events = 0
    write_s = 0.0
    while written_docs < docs:
        batch = [next(analyses) for _ in range(min(BATCH, docs - written_docs))]
        started = time.perf_counter()
        store.write(batch)
        write_s += time.perf_counter() - started
        written_docs += len(batch)
        written_events += sum(len(a.events) for a in batch)
    return {"documents": written_docs, "events": written_events, "write_s": round(write_s, 1),
            "docs_per_s": round(written_docs / write_s),
            "events_per_s": round(written_events / write_s)}


# Columns that name a document, and date columns, per table: what a SQL copy changes.
DOC_KEY = {"documents": "id"}
DATES = {"documents": ("published",), "events": ("date",), "positions": ("date",)}


def multiply(store: Store, copies: int) -> None:
    """Every stored document ``copies`` more times, in SQL: new document ids, dates moved by
    a week per copy (far cheaper than writing each copy from Python; the write rate is
    measured on the documents written through ``Store.write``)."""
    with store.transaction() as conn:
        for table in TABLES:
            key = DOC_KEY.get(table, "doc_id")
            changes = [f"{key} || '.' || r AS {key}"]
            changes += [f"{c} + CAST(7 * r AS INTEGER) AS {c}" for c in DATES.get(table, ())]
            conn.execute(f"INSERT INTO {table} SELECT {table}.* REPLACE ({', '.join(changes)})"
                         f" FROM {table}, range(1, {copies + 1}) AS copy(r)"
                         f" WHERE NOT contains({key}, '.')")


def build(path: Path, base: list[Analysis], events: int, write_docs: int) -> dict[str, Any]:
    """Write replicas through the store, multiply them in SQL up to ``events`` events, then
    write more through the store to time ingest into the full store."""
    analyses = replicas(base, 10**12)
    with open_store(path) as store:
        first = write_replicas(store, analyses, write_docs)
        copies = max(0, -(-events // max(first["events"], 1)) - 1)
        started = time.perf_counter()
        multiply(store, copies)
        multiply_s = time.perf_counter() - started
        at_scale = write_replicas(store, analyses, write_docs // 2)
        store.sql("CHECKPOINT")
        totals = store.sql("SELECT (SELECT count(*) FROM documents) AS documents,"
                           " (SELECT count(*) FROM events) AS events").iloc[0]
    return {"empty_store": first, "full_store": at_scale, "sql_copies": copies,
            "sql_copy_s": round(multiply_s, 1), "documents": int(totals["documents"]),
            "events": int(totals["events"])}


def latency(work: Callable[[], Any], repeat: int = 3) -> dict[str, Any]:
    """Median wall and CPU seconds of ``work`` (CPU of all of DuckDB's threads: on a shared
    machine the wall time mostly measures the other processes), and the rows it returned."""
    times, cpu, rows = [], [], 0
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        rows = len(work())
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return {"median_s": round(statistics.median(times), 3),
            "cpu_s": round(statistics.median(cpu), 3), "rows": rows}


def common_values(store: Store) -> dict[str, str]:
    """A frequent country, type, month and actor of the store, to filter on."""
    def top(sql: str) -> str:
        return str(store.sql(sql).iloc[0, 0])

    return {
        "country": top("SELECT source_country FROM events WHERE source_country IS NOT NULL"
                       " GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"),
        "type": top("SELECT type FROM events GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"),
        "month": top("SELECT strftime(date_trunc('month', date), '%Y-%m') FROM events"
                     " WHERE date IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"),
        "actor": top("SELECT name FROM actors WHERE kind = 'person' GROUP BY 1"
                     " ORDER BY count(*) DESC LIMIT 1"),
    }


def month_bounds(month: str) -> tuple[str, str]:
    first = date.fromisoformat(month + "-01")
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return first.isoformat(), last.isoformat()


def queries(path: Path) -> dict[str, Any]:
    """Latency of each query command's library call on the store."""
    with open_store(path, read_only=True) as store:
        store.sql("SET threads = 1")  # CPU time then equals the work of one core
        v = common_values(store)
        since, until = month_bounds(v["month"])
        found = {
            "events --country": lambda: store.events(country=v["country"]),
            "events --type": lambda: store.events(type=v["type"]),
            "events --since/--until (one month)": lambda: store.events(since=since, until=until),
            "events --country --type --since/--until": lambda: store.events(
                country=v["country"], type=v["type"], since=since, until=until),
            "events --country --limit 100": lambda: store.events(country=v["country"],
                                                                 limit=100),
            "events --group": lambda: store.event_counts(),
            "actors --name": lambda: store.actors(name=v["actor"]),
            "actors --country": lambda: store.actors(country=v["country"]),
            "actors --name --mentions": lambda: store.mentions(v["actor"]),
        }
        return {"filters": v, "latency": {name: latency(work) for name, work in found.items()}}


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run(events: int, db: Path, generated: int, write_docs: int) -> dict[str, Any]:
    """Every measure, as one JSON-ready dict."""
    documents = base_documents(generated)
    base, per_doc_s = analyse(documents)
    if db.exists():
        db.unlink()
    built = build(db, base, events, write_docs)
    result = {
        "base": {"documents": len(base), "events": sum(len(a.events) for a in base),
                 "analysis_docs_per_s": round(1 / per_doc_s, 2)},
        "build": built,
        "ingest_vs_analysis": round(built["full_store"]["docs_per_s"] * per_doc_s, 1),
        "file_mb": round(db.stat().st_size / 1e6, 1),
        "peak_rss_build_mb": peak_rss_mb(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    result.update(queries(db))
    return result


def print_report(r: dict[str, Any]) -> None:
    b = r["build"]
    print(f"base: {r['base']['documents']} analysed documents, {r['base']['events']} events;"
          f" analysis {r['base']['analysis_docs_per_s']} docs/s (one process)")
    print(f"store: {b['documents']} documents, {b['events']} events"
          f" ({b['sql_copies']} SQL copies in {b['sql_copy_s']}s)")
    for name in ("empty_store", "full_store"):
        w = b[name]
        print(f"  Store.write into the {name.replace('_', ' ')}: {w['documents']} documents,"
              f" {w['events']} events in {w['write_s']}s: {w['docs_per_s']} docs/s,"
              f" {w['events_per_s']} events/s")
    print(f"  ingest into the full store is {r['ingest_vs_analysis']}x the analysis rate")
    print(f"file {r['file_mb']} MB; peak RSS while building {r['peak_rss_build_mb']} MB;"
          f" load average {r['load_average']}")
    print(f"filters: {r['filters']}")
    for name, row in r["latency"].items():
        print(f"  {name:<42} {row['median_s']:>7.3f}s wall {row['cpu_s']:>7.3f}s CPU"
              f"  {row['rows']:>8} rows")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--queries-only", action="store_true",
                        help="time the queries of an existing --db without rebuilding it")
    parser.add_argument("--events", type=int, default=1_000_000, help="events to store")
    parser.add_argument("--db", type=Path, default=Path("store-scale.duckdb"),
                        help="DuckDB file to build (replaced)")
    parser.add_argument("--generated", type=int, default=48, help="generated base articles")
    parser.add_argument("--write-docs", type=int, default=4000,
                        help="documents written through Store.write (half again at full size)")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    args = parser.parse_args(argv)
    if args.queries_only:
        result = queries(args.db)
        for name, row in result["latency"].items():
            print(f"  {name:<42} {row['median_s']:>7.3f}s wall {row['cpu_s']:>7.3f}s CPU"
                  f"  {row['rows']:>8} rows")
    else:
        result = run(args.events, args.db, args.generated, args.write_docs)
        print_report(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
