"""Run kronika on Apache Spark: the local runner's per-document function on every executor.

    spark = spark_session("local[2]")
    result = run_spark(spark, "articles.jsonl", "out/")      # SparkResult(added=..., ...)

The driver reads nothing but the names of committed documents: executors read the input,
build ``Document`` records with the same ingest functions as ``kronika ingest``, and
:func:`analyze_partition` (a module-level function, so Spark pickles it by reference) runs
:func:`kronika.runners.run` over each partition; the model and knowledge load once per
executor Python process (Spark reuses its Python workers). Rows are those of the store
(:mod:`kronika.store.rows`), written and committed in chunks by :mod:`kronika.runners.parquet`.

Input: a ``.jsonl``/``.ndjson`` file (or a glob of them) read line by line, Parquet
(a ``.parquet`` file or a folder holding Parquet files; a ``text`` column plus the optional
JSON Lines fields), or a folder of text/HTML/JSON files, each read whole as ``kronika ingest``
reads it. Any URI Spark reads works (``hdfs://``, ``s3a://``).
"""

from __future__ import annotations

import json
import os
import posixpath
import secrets
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

import pyarrow.fs as pafs

from kronika.errors import AnalysisError, KronikaError, UsageError
from kronika.ingest import EXTENSIONS, read_bytes
from kronika.ingest.jsonl import record_to_document
from kronika.records import Analysis, Document
from kronika.runners.local import batches, run
from kronika.runners.parquet import MANIFESTS, OutputDir, normalise_uri

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

JSON_LINES = (".jsonl", ".ndjson")  # .json may be an array: read whole, as a file
DEFAULT_CHUNK = 100


@dataclass(frozen=True)
class SparkResult:
    """What one run did: documents analysed and committed, skipped as already in the output,
    inputs that could not be read, and uncommitted files of earlier runs removed."""

    added: int
    skipped: int
    failed: int
    removed: int


def spark_session(master: str | None = None, **conf: str) -> SparkSession:
    """A Spark session for kronika on ``master`` (None: the one spark-submit gives, else
    ``local[*]``); on a local master the workers run this interpreter."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as error:
        raise UsageError("pyspark is not installed",
                         hint="pip install 'kronika[spark]' (and Java 17)") from error
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # started by spark-submit
    if (master or ("" if submitted else "local")).startswith("local"):
        # Otherwise workers start the system python, which cannot import kronika.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    builder = SparkSession.builder.appName("kronika")
    if master or not submitted:
        builder = builder.master(master or "local[*]")
    for key, value in conf.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


# -- input ---------------------------------------------------------------------------------


def local_name(uri: str) -> str:
    """A file URI as the path a local ingest would name; other URIs unchanged."""
    return normalise_uri(uri) if uri.startswith("file:") else uri


def input_kind(uri: str) -> str:
    """``jsonl``, ``parquet`` or ``files`` (a folder of text, HTML and JSON files)."""
    lowered = uri.lower().rstrip("/")
    if lowered.endswith(JSON_LINES):
        return "jsonl"
    if lowered.endswith(".parquet"):
        return "parquet"
    try:
        fs, root = pafs.FileSystem.from_uri(normalise_uri(uri))
        info = fs.get_file_info(root)
        if info.type == pafs.FileType.NotFound:
            raise UsageError(f"{uri}: no such file or directory")
        if info.type == pafs.FileType.File:
            return "files"
        found = fs.get_file_info(pafs.FileSelector(root, recursive=True))
    except (OSError, ValueError):  # a scheme pyarrow cannot list: let Spark read the files
        return "files"
    names = [f.base_name.lower() for f in found if f.type == pafs.FileType.File]
    return "parquet" if any(n.endswith(".parquet") for n in names) else "files"


def plain_record(record: dict[str, Any]) -> dict[str, Any]:
    """A Parquet row with dates as ISO strings, as JSON Lines would give them."""
    return {k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in record.items()}


def documents_of_file(root: str, path: str, content: bytes, failures: Any) -> Iterator[Document]:
    """The documents of one whole file under the input folder ``root``, read exactly as
    ``kronika ingest`` reads it (hidden names below the root and other extensions skipped)."""
    name = local_name(path)
    below = name[len(root):] if name.startswith(root) else posixpath.basename(name)
    if any(p.startswith(".") for p in below.split("/")) or \
            posixpath.splitext(name)[1].lower() not in EXTENSIONS:
        return
    try:
        yield from read_bytes(bytes(content), name)
    except KronikaError as error:
        failures.add(1)
        print(f"kronika: error: {error}", file=sys.stderr)


def document_of_record(record: dict[str, Any] | str, where: str, failures: Any) -> list[Document]:
    """One JSON Lines line or Parquet row as a document (none when it is blank or bad)."""
    try:
        if isinstance(record, str):
            if not record.strip():
                return []
            record = json.loads(record)
        return [record_to_document(record, where, default_source=where)]
    except (KronikaError, ValueError) as error:
        failures.add(1)
        print(f"kronika: error: {where}: {error}", file=sys.stderr)
        return []


def read_documents(spark: SparkSession, uri: str, failures: Any) -> RDD:
    """An RDD of the input's documents, read on the executors."""
    from pyspark.sql.functions import input_file_name

    kind = input_kind(uri)
    if kind == "jsonl":
        lines = spark.read.text(uri).select(input_file_name().alias("file"), "value").rdd
        return lines.flatMap(lambda r: document_of_record(r.value, local_name(r.file), failures))
    if kind == "parquet":
        rows = spark.read.parquet(uri).withColumn("_file", input_file_name()).rdd
        return rows.flatMap(lambda r: document_of_record(
            plain_record({k: v for k, v in r.asDict().items() if k != "_file"}),
            local_name(r["_file"]), failures))
    files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true")
             .load(uri).select("path", "content").rdd)
    root = local_name(uri).rstrip("/") + "/"
    return files.flatMap(lambda r: documents_of_file(root, r.path, r.content, failures))


# -- analysis on the executors ---------------------------------------------------------------


def analyze_partition(
    index: int,
    documents: Iterable[Document],
    *,
    out: str,
    run_id: str,
    chunk: int,
    options: dict[str, Any],
) -> Iterator[int]:
    """Analyse one partition and commit it chunk by chunk; yields the documents committed.

    A retried task skips what its earlier attempts committed, and names its chunks by attempt,
    so two attempts never write the same file.
    """
    from pyspark import TaskContext

    context = TaskContext.get()
    attempt = context.attemptNumber() if context else 0
    output = OutputDir(out)
    prefix = f"{run_id}-p{index:05d}-"
    done = output.committed_ids(prefix) if attempt else set()
    todo = (d for d in documents if d.id not in done)
    # A document whose analysis fails is left out (and logged by the executor), not retried:
    # a retry would fail the same way, and four failures would fail the whole job.
    analysed = analysed_only(run(todo, workers=1, keep_going=True, **options))
    for number, analyses in enumerate(batches(analysed, chunk)):
        if output.owner() != run_id:  # a newer run took the directory over: commit nothing
            return
        manifest = output.commit_chunk(f"{prefix}a{attempt}-c{number:05d}", analyses)
        yield len(manifest.doc_ids)


def analysed_only(results: Iterable[Analysis | AnalysisError]) -> Iterator[Analysis]:
    """The analyses; a document that could not be analysed is logged on the executor."""
    for result in results:
        if isinstance(result, AnalysisError):
            print(f"kronika: error: {result}", file=sys.stderr)
        else:
            yield result


def is_new(done: Any, skipped: Any, document: Document) -> bool:
    """Whether a document is absent from the broadcast set of committed ids (counted if not)."""
    if document.id in done.value:
        skipped.add(1)
        return False
    return True


def first(a: Document, b: Document) -> Document:
    return a


def run_spark(
    spark: SparkSession,
    input_uri: str,
    out: str,
    *,
    partitions: int | None = None,
    chunk: int = DEFAULT_CHUNK,
    model: str | None = None,
    actor_files: Sequence[str] = (),
    agent_files: Sequence[str] = (),
) -> SparkResult:
    """Analyse every document of ``input_uri`` not yet committed in ``out``."""
    output = OutputDir(out)
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(4)
    output.claim(run_id)  # before reading: a straggler of an older run now commits nothing
    removed = output.remove_uncommitted()
    committed = output.committed_ids()
    sc = spark.sparkContext
    failures, skipped = sc.accumulator(0), sc.accumulator(0)
    documents = read_documents(spark, input_uri, failures)
    fresh = documents.filter(partial(is_new, sc.broadcast(committed), skipped))
    # Keyed by id: one copy of a text repeated in the input, documents spread by hash.
    unique = fresh.keyBy(lambda d: d.id).reduceByKey(
        first, numPartitions=partitions or sc.defaultParallelism * 2).values()
    options = {"model": model, "actor_files": tuple(actor_files),
               "agent_files": tuple(agent_files)}
    task = partial(analyze_partition, out=output.uri, run_id=run_id, chunk=chunk,
                   options=options)
    added = sum(unique.mapPartitionsWithIndex(task).collect())
    return SparkResult(added=added, skipped=skipped.value, failed=failures.value, removed=removed)


__all__ = ["MANIFESTS", "SparkResult", "analyze_partition", "run_spark", "spark_session"]

if __name__ == "__main__":  # spark-submit .../kronika/runners/spark.py INPUT --out DIR ...
    from kronika.cli import app  # the command imports this module under its real name

    app(["spark", *sys.argv[1:]])
