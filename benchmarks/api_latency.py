"""Latency of the dashboard's queries (filtered timeline, map, network) on a large store.

    python benchmarks/api_latency.py --events 1000000 --db /tmp/kronika-1m.duckdb

Builds the store once (reused when it already holds enough events): the fixture articles are
analysed for real, then their rows are replicated with new document ids, dates spread over
three years and actor keys spread over many actors, until the events table holds --events
rows. Replicated documents keep their metadata but a stub text (the views never read it).
Then each endpoint is called --requests times through the ASGI app (routing, validation, SQL,
JSON) with random filters (date windows, countries, types, actors, factuality) and the p50,
p95 and max latencies are printed, in milliseconds.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ARTICLES = [REPO / "tests" / "fixtures" / "articles"]
ENDPOINTS = ("/api/timeline", "/api/map", "/api/network")
SPREAD_DAYS = 1095
ACTOR_VARIANTS = 400

# Tables whose rows are copied per replica; doc_id is rewritten, dates shifted.
REPLICATE = {
    "actors": "* REPLACE (b.doc_id || '~' || c.i AS doc_id,"
              " b.actor_key || '~' || (c.i % {variants}) AS actor_key)",
    "events": "* REPLACE (b.doc_id || '~' || c.i AS doc_id,"
              " b.date + CAST(c.i % {spread} AS INTEGER) AS date,"
              " b.source_key || '~' || (c.i % {variants}) AS source_key,"
              " b.target_key || '~' || (c.i % {variants}) AS target_key)",
}


def analyse_base(path: Path) -> None:
    """The fixture articles, analysed for real, as the seed of the replication."""
    from kronika.ingest import read_paths
    from kronika.runners import run
    from kronika.store import open_store

    with open_store(path) as store:
        store.write(run(list(read_paths([str(p) for p in ARTICLES])), workers=1))


def replicate(path: Path, target_events: int) -> None:
    """Copy the base rows under new ids until the store holds target_events events."""
    import duckdb

    conn = duckdb.connect(str(path))
    base_events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    copies = -(-target_events // base_events) - 1
    conn.execute("CREATE TEMP TABLE c AS SELECT range + 1 AS i FROM range(?)", [copies])
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO documents SELECT b.* REPLACE (b.id || '~' || c.i AS id,"
        f" b.published + CAST(c.i % {SPREAD_DAYS} AS INTEGER) AS published,"
        " 'replica' AS text, 7 AS n_chars, '{}' AS analysis_json)"
        " FROM documents b, c")
    for table, columns in REPLICATE.items():
        select = columns.format(spread=SPREAD_DAYS, variants=ACTOR_VARIANTS)
        conn.execute(f"INSERT INTO {table} SELECT b.{select} FROM {table} b, c"
                     f" WHERE b.doc_id NOT LIKE '%~%'")
    conn.execute("COMMIT")
    conn.execute("CHECKPOINT")
    conn.close()


def build(path: Path, events: int) -> None:
    """Create the store unless it already holds at least that many events."""
    import duckdb

    if path.exists():
        with duckdb.connect(str(path), read_only=True) as conn:
            if conn.execute("SELECT count(*) FROM events").fetchone()[0] >= events:
                return
        path.unlink()
    started = time.perf_counter()
    analyse_base(path)
    replicate(path, events)
    print(f"built {path} in {time.perf_counter() - started:.1f} s")


def random_filters(rng: random.Random, countries: list[str], actors: list[str],
                   types: list[str], first: str) -> dict:
    """One plausible analyst filter: a date window plus zero to two other filters."""
    from datetime import date, timedelta

    start = date.fromisoformat(first) + timedelta(days=rng.randrange(SPREAD_DAYS))
    params: dict = {"since": start.isoformat(),
                    "until": (start + timedelta(days=rng.choice((30, 90, 365)))).isoformat(),
                    "factuality": rng.choice(("all", "asserted"))}
    extra = rng.sample(("country", "type", "actor"), rng.randrange(3))
    if "country" in extra:
        params["country"] = rng.choice(countries)
    if "type" in extra:
        params["type"] = rng.choice(types)
    if "actor" in extra:
        params["actor"] = rng.choice(actors)
    return params


def measure(path: Path, requests: int, seed: int) -> None:
    """Call each endpoint with random filters; print p50/p95/max in ms."""
    from fastapi.testclient import TestClient

    from kronika.api import create_app

    rng = random.Random(seed)
    with TestClient(create_app(path, token="")) as client:
        store = client.app.state.backend.store
        events = store.sql("SELECT count(*) AS n, min(date) AS first FROM events")
        countries = store.sql("SELECT DISTINCT source_country AS c FROM events"
                              " WHERE source_country IS NOT NULL")["c"].tolist()
        actors = store.sql("SELECT DISTINCT source_name AS a FROM events"
                           " WHERE source_name IS NOT NULL")["a"].tolist()
        types = store.sql("SELECT DISTINCT type AS t FROM events")["t"].tolist()
        first = str(events["first"].iloc[0])[:10]
        print(f"{int(events['n'].iloc[0]):,} events; {requests} requests per endpoint")
        for endpoint in ENDPOINTS:
            client.get(endpoint)  # warm the caches once
            times = []
            for _ in range(requests):
                params = random_filters(rng, countries, actors, types, first)
                started = time.perf_counter()
                response = client.get(endpoint, params=params)
                times.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, response.text
            times.sort()
            p95 = times[min(len(times) - 1, round(0.95 * len(times)) - 1)]
            print(f"{endpoint:15} p50 {statistics.median(times):6.1f} ms"
                  f"   p95 {p95:6.1f} ms   max {times[-1]:6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/kronika-bench-1m.duckdb"))
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    build(args.db, args.events)
    measure(args.db, args.requests, args.seed)


if __name__ == "__main__":
    main()
