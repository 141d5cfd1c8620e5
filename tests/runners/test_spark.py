"""The Spark runner with a real local session: exactly-once output and parity with ingest."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from functools import partial
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from fixtures.tables import ARTICLES, article_variants, table_rows
from kronika.cli import app
from kronika.ingest import read_paths
from kronika.runners.parquet import MANIFESTS, OutputDir
from kronika.runners.spark import analyze_partition, read_documents, run_spark
from kronika.store import open_store
from kronika.store.schema import TABLES

N_ARTICLES = 36
KRONIKA = [sys.executable, "-c", "from kronika.cli import app; app()"]


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    """A folder of test articles: the fixtures and variants that join them."""
    folder = tmp_path_factory.mktemp("articles")
    for n, text in enumerate(article_variants(N_ARTICLES)):
        (folder / f"{n:02d}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local_db(articles, tmp_path_factory) -> Path:
    """The articles through `kronika ingest`, the local runner."""
    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(articles), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def wait_for_manifest(out: Path, process: subprocess.Popen, limit_s: float = 600) -> None:
    """Return once the job has committed a chunk; fail if it ends or times out first."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline and process.poll() is None:
        if any((out / MANIFESTS).glob("*.json")):
            return
        time.sleep(0.2)
    pytest.fail(f"the Spark job committed nothing (exit code {process.poll()})")


def process_tree(root: int) -> list[int]:
    """The process and all its descendants, read from /proc (Spark's Python daemon leaves
    the driver's process group, so killing the group alone spares it)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            pid, rest = stat.read_text().split(" ", 1)
        except OSError:
            continue
        parent = int(rest.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(pid))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def kill_job(job: subprocess.Popen) -> None:
    """SIGKILL a job: the driver, its JVM and every Python worker."""
    for pid in process_tree(job.pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    job.wait()


@pytest.fixture(scope="module")
def killed_and_rerun(spark, articles, tmp_path_factory) -> tuple[Path, set[str], object]:
    """A `kronika spark` process killed after its first chunk, then the job run again."""
    out = tmp_path_factory.mktemp("spark") / "out"
    job = subprocess.Popen(
        [*KRONIKA, "spark", str(articles), "--out", str(out), "--master", "local[1]",
         "--partitions", "1", "--chunk", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_for_manifest(out, job)
    finally:
        kill_job(job)
    before = OutputDir(str(out)).committed_ids()
    result = run_spark(spark, str(articles), str(out), chunk=4)
    return out, before, result


def test_a_killed_job_rerun_commits_every_document_once(killed_and_rerun):
    out, before, result = killed_and_rerun
    assert 0 < len(before) < N_ARTICLES
    assert result.added == N_ARTICLES - len(before)
    committed = [i for m in OutputDir(str(out)).manifests() for i in m.doc_ids]
    assert len(committed) == len(set(committed)) == N_ARTICLES
    assert not list(out.rglob(".tmp-*"))


def test_spark_rows_equal_local_ingest(killed_and_rerun, local_db, tmp_path):
    out, _, _ = killed_and_rerun
    db = tmp_path / "spark.duckdb"
    result = CliRunner().invoke(app, ["ingest", "--parquet", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with open_store(local_db, read_only=True) as local, open_store(db, read_only=True) as loaded:
        assert len(table_rows(loaded, "documents")) == N_ARTICLES
        assert table_rows(loaded, "events")
        for table in TABLES:
            assert table_rows(loaded, table) == table_rows(local, table), table
    again = CliRunner().invoke(app, ["ingest", "--parquet", str(out), "--db", str(db)])
    assert f"0 new document(s), {N_ARTICLES} already present" in again.output


def test_a_rerun_skips_committed_documents(spark, killed_and_rerun, articles):
    out, _, _ = killed_and_rerun
    manifests = sorted((out / MANIFESTS).iterdir())
    result = run_spark(spark, str(articles), str(out))
    assert (result.added, result.skipped, result.removed) == (0, N_ARTICLES, 0)
    assert sorted((out / MANIFESTS).iterdir()) == manifests


def test_parquet_tables_are_partitioned_by_month(spark, killed_and_rerun):
    out, _, _ = killed_and_rerun
    frame = spark.read.parquet(str(out / "documents"))
    months = {(r.month, str(r.published)[:7]) for r in frame.select("month", "published").collect()}
    assert all(month == published or (month is None and published == "None")
               for month, published in months)
    assert None in {m for m, _ in months}


RECORDS = [
    {"id": "a1", "text": "Kenya's president met Ethiopia's prime minister in Nairobi.",
     "published": "2024-05-02", "title": "Talks"},
    {"text": "Protesters marched in Lima on Sunday.", "source": "wire", "url": "https://x.org"},
]


def read_back(spark, uri: str) -> tuple[list, int]:
    failures = spark.sparkContext.accumulator(0)
    documents = read_documents(spark, uri, failures).collect()
    return sorted(documents, key=lambda d: d.id), failures.value


def test_json_lines_read_as_ingest_reads_them(spark, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    documents, failed = read_back(spark, str(path))
    assert failed == 0
    assert documents == sorted(read_paths([str(path)]), key=lambda d: d.id)


def test_a_bad_json_line_is_counted_and_the_others_read(spark, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(RECORDS[0]) + "\n{bad\n\n", encoding="utf-8")
    documents, failed = read_back(spark, str(path))
    assert (len(documents), failed) == (1, 1)


def test_parquet_input_with_a_date_column(spark, tmp_path):
    table = pa.table({"text": [r["text"] for r in RECORDS],
                      "published": pa.array([date(2024, 5, 2), None], pa.date32()),
                      "title": ["Talks", None]})
    pq.write_table(table, tmp_path / "in.parquet")
    documents, failed = read_back(spark, str(tmp_path / "in.parquet"))
    assert failed == 0
    assert {(d.title, d.published) for d in documents} == {("Talks", "2024-05-02"), (None, None)}


def test_a_straggler_of_an_older_run_commits_nothing(tmp_path):
    out = OutputDir(str(tmp_path))
    documents = list(read_paths([str(ARTICLES)]))[:1]
    task = partial(analyze_partition, out=str(tmp_path), chunk=1, options={})
    out.claim("new-run")
    assert list(task(0, documents, run_id="old-run")) == []
    assert out.committed_ids() == set()
    assert list(task(0, documents, run_id="new-run")) == [1]
    assert out.committed_ids() == {documents[0].id}
