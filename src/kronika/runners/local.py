"""Run the pipeline in-process or across worker processes, each loading the model once."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from kronika.errors import AnalysisError
from kronika.pipeline import analyze_documents
from kronika.records import Analysis, Document

_WORKER_OPTIONS: dict = {}


def _init_worker(options: dict) -> None:
    """Remember the options; the model and knowledge load on the first batch, once."""
    _WORKER_OPTIONS.update(options)


def _process_batch(batch: list[Document]) -> list[Analysis | AnalysisError]:
    """The per-document function applied to one batch inside a worker."""
    return list(analyze_documents(batch, **_WORKER_OPTIONS))


def batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Consecutive lists of at most ``size`` documents."""
    it = iter(documents)
    while chunk := list(islice(it, size)):
        yield chunk


def run(
    documents: Iterable[Document],
    *,
    workers: int = 1,
    batch_size: int = 16,
    model: str | None = None,
    actor_files: Sequence[str] = (),
    agent_files: Sequence[str] = (),
    keep_going: bool = False,
) -> Iterator[Analysis | AnalysisError]:
    """Analyses of ``documents`` in input order, using ``workers`` processes; ``batch_size``
    documents go to a worker at a time. A document that fails raises ``AnalysisError``, or
    with ``keep_going`` takes its place in the output (see ``pipeline.analyze_documents``)."""
    options = {
        "model": model,
        "actor_files": tuple(actor_files),
        "agent_files": tuple(agent_files),
        "keep_going": keep_going,
    }
    if workers <= 1:
        yield from analyze_documents(documents, **options)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(workers, initializer=_init_worker, initargs=(options,)) as pool:
        for result in pool.imap(_process_batch, batches(documents, batch_size)):
            yield from result
