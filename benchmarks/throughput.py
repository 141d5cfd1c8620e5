"""Throughput of the analysis: the local runner with 1 and 2 workers against Spark local[1]
and local[2], whole commands on the same generated articles, with the load average.

    python benchmarks/throughput.py --docs 2000 --json throughput.json

Each command runs in a fresh process and is timed whole (Spark's times include starting its
session, the local ones loading the model). The load average is printed beside the numbers:
on a shared machine, other processes take cores and the ratios say little.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import make_articles  # noqa: E402

KRONIKA = [sys.executable, "-c", "from kronika.cli import app; app()"]


def timed(command: list[str]) -> dict[str, Any]:
    """Wall seconds of one command and the load average when it ended."""
    import subprocess

    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return {"wall_s": round(time.perf_counter() - started, 1),
            "load_average": [round(x, 2) for x in os.getloadavg()]}


def commands(corpus: Path, out: Path) -> dict[str, list[str]]:
    analyze = [*KRONIKA, "analyze", str(corpus), "--format", "jsonl"]
    spark = [*KRONIKA, "spark", str(corpus), "--partitions", "8"]
    return {
        "local --workers 1": [*analyze, "--workers", "1"],
        "local --workers 2": [*analyze, "--workers", "2"],
        "spark local[1]": [*spark, "--out", str(out / "one"), "--master", "local[1]"],
        "spark local[2]": [*spark, "--out", str(out / "two"), "--master", "local[2]"],
    }


def run(docs: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="kronika-throughput-") as tmp:
        corpus = Path(tmp) / "articles.jsonl"
        corpus.write_text("".join(json.dumps({"text": t, "published": p}) + "\n"
                                  for t, p in make_articles(docs)), encoding="utf-8")
        before = [round(x, 2) for x in os.getloadavg()]
        runs = {name: timed(cmd) for name, cmd in commands(corpus, Path(tmp)).items()}
    for row in runs.values():
        row["docs_per_s"] = round(docs / row["wall_s"], 2)
    runs["local --workers 2"]["speedup"] = round(
        runs["local --workers 1"]["wall_s"] / runs["local --workers 2"]["wall_s"], 2)
    runs["spark local[2]"]["speedup"] = round(
        runs["spark local[1]"]["wall_s"] / runs["spark local[2]"]["wall_s"], 2)
    return {"docs": docs, "cores": os.cpu_count(), "load_average_before": before, "runs": runs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="generated articles")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    args = parser.parse_args(argv)
    result = run(args.docs)
    print(f"{result['docs']} articles, {result['cores']} cores,"
          f" load average before {result['load_average_before']}")
    for name, row in result["runs"].items():
        speedup = f"  x{row['speedup']} vs 1 worker" if "speedup" in row else ""
        print(f"  {name:<18} {row['wall_s']:>7}s  {row['docs_per_s']:>6} docs/s"
              f"  load {row['load_average']}{speedup}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
