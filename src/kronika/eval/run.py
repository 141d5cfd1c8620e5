"""Run kronika over gold files and score every task each line declares.

``evaluate`` reads the gold lines, analyses their texts in batches through the pipeline (one
``Document`` per distinct text, with its publication date), scores each line with the rules of
``match.py`` and returns an ``EvalReport`` that the CLI prints as a table, as JSON or as the
worst misses.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rich.table import Table

from kronika.errors import MalformedInputError, UsageError
from kronika.eval.gold import TASKS, GoldLine, read_gold
from kronika.eval.match import MATCHERS, TaskResult
from kronika.eval.score import (
    Accuracy,
    Confusion,
    LabelScores,
    Measure,
    Score,
    SubtypeScores,
    combine,
)
from kronika.records import Analysis, Document, content_id

Analyzer = Callable[[Iterable[Document]], Iterable[Analysis]]


@dataclass(frozen=True)
class Miss:
    """One line where kronika got a task wrong: the text, what gold wanted, what it produced."""

    dataset: str
    id: str
    task: str
    text: str
    expected: tuple[str, ...]
    produced: tuple[str, ...]

    @property
    def errors(self) -> int:
        """Gold items missed plus predictions that matched nothing."""
        return len(self.expected) + len(self.produced)

    def render(self, items: int = 5, width: int = 240) -> str:
        """A few readable lines: the text, what gold expected and kronika missed, and what
        kronika produced that matched nothing."""
        text = " ".join(self.text.split())
        lines = [f"{self.dataset} {self.id} [{self.task}]: {self.errors} error(s)",
                 "  text: " + (text if len(text) <= width else text[: width - 1] + "…")]
        for label, values in (("missed", self.expected), ("wrong", self.produced)):
            lines += [f"  {label}: {v}" for v in values[:items]]
            if len(values) > items:
                lines.append(f"  {label}: … and {len(values) - items} more")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready form."""
        return {"dataset": self.dataset, "id": self.id, "task": self.task, "text": self.text,
                "expected": list(self.expected), "produced": list(self.produced)}


@dataclass
class DatasetReport:
    """The scores of one gold file."""

    name: str
    path: str
    lines: int
    measures: dict[str, Measure]
    misses: list[Miss] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready form (misses left out; see ``EvalReport.worst``)."""
        return {"name": self.name, "path": self.path, "lines": self.lines,
                "measures": {k: v.to_dict() for k, v in self.measures.items()}}


@dataclass
class EvalReport:
    """Scores per gold file, with the time the pipeline took."""

    datasets: list[DatasetReport]
    documents: int
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        """The ``--json`` output."""
        return {"documents": self.documents, "seconds": round(self.seconds, 2),
                "datasets": [d.to_dict() for d in self.datasets]}

    def table(self) -> Table:
        """One row per dataset and measure: support, precision, recall, F1 or accuracy."""
        table = Table(title=f"kronika eval ({self.documents} documents, {self.seconds:.1f} s)")
        for column in ("dataset", "measure", "n", "P", "R", "F1 / acc"):
            numeric = column not in ("dataset", "measure")
            table.add_column(column, justify="right" if numeric else "left")
        for dataset in self.datasets:
            for name, measure in dataset.measures.items():
                table.add_row(dataset.name, name, *table_cells(measure))
        return table

    def worst(self, n: int) -> list[Miss]:
        """The ``n`` misses with the most errors in each gold file, most first."""
        return [m for d in self.datasets
                for m in sorted(d.misses, key=lambda m: (-m.errors, m.id))[:n]]


def table_cells(measure: Measure) -> tuple[str, str, str, str]:
    """Support, precision, recall and headline number of a measure as table cells."""
    if isinstance(measure, SubtypeScores):  # weighted over labels, as CASE 2021 reports
        support = sum(s.tp + s.fn for s in measure.labels.values())
        return (str(support), *(f"{v:.3f}" for v in measure.weighted()))  # type: ignore[return-value]
    if isinstance(measure, LabelScores):
        measure = measure.micro
    if isinstance(measure, Score):
        return (str(measure.tp + measure.fn), f"{measure.precision:.3f}",
                f"{measure.recall:.3f}", f"{measure.f1:.3f}")
    accuracy = measure.accuracy if isinstance(measure, Confusion) else measure
    assert isinstance(accuracy, Accuracy)
    return (str(accuracy.total), "", "", f"{accuracy.value:.3f}")


def evaluate(
    paths: Sequence[Path],
    *,
    tasks: Sequence[str] | None = None,
    limit: int | None = None,
    n_process: int = 1,
    analyzer: Analyzer | None = None,
) -> EvalReport:
    """Analyse the texts of the gold files and score the tasks their lines declare."""
    wanted = check_tasks(tasks)
    gold = {path: [g for g in read_gold(path, limit=limit) if wanted & set(g.tasks)]
            for path in paths}
    documents = unique_documents(line for lines in gold.values() for line in lines)
    run = analyzer or pipeline_analyzer(n_process)
    started = time.perf_counter()
    analyses = {a.document.id: a for a in run(documents.values())}
    seconds = time.perf_counter() - started
    reports = [score_dataset(path, lines, analyses, documents, wanted)
               for path, lines in gold.items()]
    return EvalReport(reports, len(documents), seconds)


def check_tasks(tasks: Sequence[str] | None) -> set[str]:
    """The tasks to score; all when none are named."""
    if not tasks:
        return set(TASKS)
    unknown = [t for t in tasks if t not in TASKS]
    if unknown:
        raise UsageError(f"unknown task {unknown[0]!r}", hint=f"choose from {', '.join(TASKS)}")
    return set(tasks)


def to_document(line: GoldLine) -> Document:
    """The document kronika analyses for one gold line, its text exactly the gold text."""
    try:
        from kronika.ingest import from_text
    except ImportError:
        return Document.from_text(line.text, published=line.published)
    try:
        document = from_text(line.text, published=line.published, name=line.where)
    except MalformedInputError:  # a gold date that is no date ('1211-08-') is no date at all
        document = from_text(line.text, published=None, name=line.where)
    # Gold offsets point into the raw text: keep the metadata ingest found, not its trimming.
    if document.text != line.text:
        document = replace(document, id=content_id(line.text), text=line.text)
    return document


def unique_documents(lines: Iterable[GoldLine]) -> dict[str, Document]:
    """One document per distinct gold text, keyed by text (gold files may repeat a text)."""
    documents: dict[str, Document] = {}
    for line in lines:
        if line.text not in documents:
            documents[line.text] = to_document(line)
    return documents


def pipeline_analyzer(n_process: int) -> Analyzer:
    """kronika's batched pipeline with ``n_process`` worker processes."""
    from kronika.runners import run as run_pipeline

    def run(documents: Iterable[Document]) -> Iterator[Analysis]:
        return run_pipeline(documents, workers=n_process)

    return run


def score_dataset(
    path: Path, lines: list[GoldLine], analyses: dict[str, Analysis],
    documents: dict[str, Document], tasks: set[str],
) -> DatasetReport:
    """Score every line of one gold file and add the results up."""
    name = path.parent.name if path.parent.name else path.stem
    results: list[dict[str, Measure]] = []
    misses: list[Miss] = []
    for line in lines:
        analysis = analyses.get(documents[line.text].id, Analysis(documents[line.text]))
        for task in (t for t in line.tasks if t in tasks):
            result = MATCHERS[task](line, analysis)
            results.append(result.measures)
            if result.errors:
                misses.append(to_miss(name, task, line, result))
    return DatasetReport(name, str(path), len(lines), combine(results), misses)


def to_miss(dataset: str, task: str, line: GoldLine, result: TaskResult) -> Miss:
    """A miss record for the error listing."""
    return Miss(dataset, line.id, task, line.text, tuple(result.missed), tuple(result.spurious))
