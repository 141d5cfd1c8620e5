"""The kronika command line: a few lines per command over the library."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kronika import settings
from kronika.cells import csv_frame, visible_controls
from kronika.errors import KronikaError, UsageError
from kronika.records import Analysis, Document

if TYPE_CHECKING:  # pandas costs a second of start-up; analyze --format jsonl never needs it
    import pandas as pd

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="kronika: political events, claims and positions from news text.",
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    gdelt = "gdelt"
    plover = "plover"


DbOption = Annotated[str, typer.Option("--db", help="DuckDB file.", envvar="KRONIKA_DB")]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
ActorsOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--actors", help="Extra actor dictionary: kronika YAML or CAMEO/Phoenix .txt (repeatable)."
    ),
]
AgentsOption = Annotated[
    list[Path] | None,
    typer.Option("--agents", help="Extra CAMEO/Phoenix agents dictionary (repeatable)."),
]
WorkersOption = Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes.")]
CsvFormulasOption = Annotated[
    bool,
    typer.Option(
        "--csv-formulas",
        help="CSV: keep cells starting with = + - @ as they are (default: prefixed with ').",
    ),
]
StrictOption = Annotated[
    bool,
    typer.Option(
        "--strict", help="Stop at the first file, record or document that fails (default: skip it)."
    ),
]


def reports_errors(func: Callable) -> Callable:
    """Translate library errors into one line on stderr and a non-zero exit code."""

    @wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KronikaError as exc:
            typer.echo(f"kronika: error: {visible_controls(str(exc))}", err=True)
            raise typer.Exit(exc.exit_code) from None
        except BrokenPipeError:
            raise typer.Exit(0) from None

    return wrapper


def read_inputs(
    paths: list[str], fmt: str | None, strict: bool = False
) -> tuple[list[Document], list[KronikaError]]:
    """Documents of every path; a file or JSON record that fails is reported and skipped,
    the others of its directory or file are kept (``strict``: the first failure stops)."""
    from kronika.ingest import read_paths

    documents: list[Document] = []
    failures: list[KronikaError] = []
    seen: set[str] = set()
    on_error = None if strict else failures.append
    for path in paths:
        try:
            found = list(
                read_paths([path], stdin=sys.stdin.buffer, format=fmt, on_error=on_error)
            )
        except UsageError:
            raise
        except KronikaError as exc:
            if strict:
                raise
            failures.append(exc)
            continue
        for doc in found:
            if doc.id not in seen:
                seen.add(doc.id)
                documents.append(doc)
    return documents, failures


def analyses(
    documents: list[Document],
    workers: int,
    actors: list[Path] | None,
    agents: list[Path] | None,
    progress: bool,
    failures: list[KronikaError] | None = None,
) -> Iterator[Analysis]:
    """Run the pipeline, with a progress bar on stderr for multi-document work. A document
    that fails goes to ``failures`` and is skipped; without that list the run stops there."""
    from kronika.runners import run

    results = run(
        documents,
        workers=workers,
        actor_files=[str(p) for p in actors or ()],
        agent_files=[str(p) for p in agents or ()],
        keep_going=failures is not None,
    )
    if not progress or len(documents) < 2:
        yield from _successes(results, failures)
        return
    columns = (TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("analysing", total=len(documents))
        for result in _successes(results, failures):
            bar.advance(task)
            yield result


def _successes(results, failures: list[KronikaError] | None) -> Iterator[Analysis]:
    """The analyses among ``results``; the errors in their place are added to ``failures``."""
    for result in results:
        if isinstance(result, KronikaError):
            failures.append(result)  # type: ignore[union-attr]  # only there with a list
        else:
            yield result


def check_published(value: str | None) -> str | None:
    """The --published option as an ISO date; anything else is a usage error naming it."""
    from kronika.ingest import normalise_date

    if value is None:
        return None
    iso = normalise_date(value)
    if iso is None:
        raise UsageError(
            f"--published: not a date: {value!r}",
            hint="use an explicit date such as 2025-03-04 or 4 March 2025",
        )
    return iso


@app.command()
@reports_errors
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    fmt: FormatOption = Format.table,
    input_format: Annotated[
        str | None,
        typer.Option("--input-format", help="text, html or jsonl (default: by extension)."),
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (ISO) for plain text.")
    ] = None,
    workers: WorkersOption = 1,
    actors: ActorsOption = None,
    agents: AgentsOption = None,
    csv_formulas: CsvFormulasOption = False,
    strict: StrictOption = False,
) -> None:
    """Analyse articles and print their events, actors, claims and positions.

    Example: kronika analyze examples/article.txt --format json
    """
    from dataclasses import replace

    published = check_published(published)
    documents, failures = read_inputs(paths, input_format, strict)
    if published:
        documents = [replace(d, published=published) for d in documents]
    results = analyses(
        documents, workers, actors, agents, fmt != Format.table, None if strict else failures
    )
    if fmt == Format.json and len(documents) == 1:
        for result in results:
            print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    elif fmt in (Format.json, Format.jsonl):
        for result in results:
            print(json.dumps(result.to_dict(), ensure_ascii=False))
    elif fmt == Format.csv:
        from kronika.summary import events_frame

        write_csv(events_frame(list(results)), csv_formulas)
    else:
        from kronika.summary import print_summary

        for result in results:
            print_summary(out, result)
    fail_if_any(failures)


def fail_if_any(failures: list[KronikaError]) -> None:
    """Report every failed input, then exit non-zero if there was one."""
    for exc in failures:
        typer.echo(f"kronika: error: {visible_controls(str(exc))}", err=True)
    if failures:
        raise typer.Exit(1)


@app.command()
@reports_errors
def ingest(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files, directories, or - for stdin.")
    ] = None,
    db: DbOption = settings.get("db"),
    input_format: Annotated[
        str | None,
        typer.Option("--input-format", help="text, html or jsonl (default: by extension)."),
    ] = None,
    workers: WorkersOption = 1,
    actors: ActorsOption = None,
    agents: AgentsOption = None,
    parquet: Annotated[
        str | None, typer.Option("--parquet", help="Load the --out folder of `kronika spark`.")
    ] = None,
    strict: StrictOption = False,
) -> None:
    """Analyse articles and store them in DuckDB; documents already stored are skipped.

    Example: kronika ingest examples/ --db kronika.duckdb --workers 2
    """
    from kronika.store import open_writer

    if parquet is not None or not paths:
        return ingest_parquet(parquet, paths, db)
    documents, failures = read_inputs(paths, input_format, strict)
    kept = None if strict else failures
    batch = int(settings.get("batch_size"))
    added = skipped = 0
    # The store is opened for each batch only, so queries run while documents are analysed.
    with open_writer(db) as store:
        stored = store.stored_ids([d.id for d in documents])
        todo = [d for d in documents if d.id not in stored]
        skipped += len(documents) - len(todo)
        pending: list[Analysis] = []
        for result in analyses(todo, workers, actors, agents, True, kept):
            pending.append(result)
            if len(pending) >= batch:
                added += store.write(pending).added
                pending = []
        if pending:
            added += store.write(pending).added
    err.print(f"stored {added} new document(s), {skipped} already present, in {db}",
              markup=False, highlight=False)
    fail_if_any(failures)


def ingest_parquet(folder: str | None, paths: list[str] | None, db: str) -> None:
    """Load committed Spark output into the store (documents already stored are skipped)."""
    from kronika.runners.parquet import load_into_store
    from kronika.store import open_store

    if folder is None or paths:
        raise UsageError("pass input paths or --parquet DIR, not both and not neither",
                         hint="kronika ingest articles/ --db FILE, or --parquet out/ --db FILE")
    with open_store(db) as store:
        result = load_into_store(store, folder)
    err.print(f"stored {result.added} new document(s), {result.skipped} already present, in {db}")


@app.command()
@reports_errors
def spark(
    input_uri: Annotated[str, typer.Argument(help="JSON Lines, Parquet, or a folder of files.")],
    out_dir: Annotated[str, typer.Option("--out", help="Output folder (Parquet tables).")],
    master: Annotated[
        str | None,
        typer.Option(help="local[N], spark://HOST:PORT, yarn (else: spark-submit's, or local[*])."),
    ] = None,
    partitions: Annotated[
        int | None, typer.Option(min=1, help="Partitions (default: 2 per core).")
    ] = None,
    chunk: Annotated[int, typer.Option(min=1, help="Documents per committed chunk.")] = 100,
    actors: ActorsOption = None,
    agents: AgentsOption = None,
) -> None:
    """Analyse articles on Apache Spark into Parquet tables; re-runs skip committed documents.

    Example: kronika spark articles.jsonl --out kronika-out/ --master local[2]
    """
    from kronika.runners.spark import run_spark, spark_session

    session = spark_session(master)
    result = run_spark(session, input_uri, out_dir, partitions=partitions, chunk=chunk,
                       actor_files=[str(p) for p in actors or ()],
                       agent_files=[str(p) for p in agents or ()])
    err.print(f"analysed {result.added} new document(s), {result.skipped} already in"
              f" {out_dir}; {result.failed} unreadable input(s); removed {result.removed}"
              " uncommitted file(s)")
    if result.failed:
        raise typer.Exit(1)


def write_csv(frame: pd.DataFrame, formulas: bool = False) -> None:
    """CSV on stdout: formulas neutralised unless asked, controls made visible on a terminal."""
    csv_frame(frame, formulas=formulas, terminal=sys.stdout.isatty()).to_csv(
        sys.stdout, index=False)


def emit(frame: pd.DataFrame, fmt: Format, title: str, formulas: bool = False) -> None:
    """Print a data frame as a table, CSV, JSON array or JSON Lines."""
    if fmt == Format.csv:
        write_csv(frame, formulas)
    elif fmt == Format.json:
        print(frame.to_json(orient="records", date_format="iso", force_ascii=False, indent=2))
    elif fmt == Format.jsonl:
        text = frame.to_json(orient="records", lines=True, date_format="iso", force_ascii=False)
        print(text.rstrip("\n") if len(frame) else "", end="\n" if len(frame) else "")
    else:
        from kronika.summary import frame_table

        out.print(frame_table(frame, title))


def open_read(db: str):
    """Open an existing store for reading; a missing file is a clear error."""
    from kronika.store import open_store

    require_db(db)
    return open_store(db, read_only=True, wait=READ_WAIT_S)


# A query waits this long for an ingest that is writing a batch (it holds the lock briefly).
READ_WAIT_S = 10.0


def require_db(db: str) -> None:
    """A usage error when the database file does not exist."""
    if not Path(db).exists():
        raise UsageError(f"{db}: no such database", hint="create it with 'kronika ingest'")


@app.command()
@reports_errors
def events(
    db: DbOption = settings.get("db"),
    actor: Annotated[str | None, typer.Option(help="Source or target name or code.")] = None,
    country: Annotated[str | None, typer.Option(help="Source or target country (ISO3).")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. ASSAULT.")] = None,
    since: Annotated[str | None, typer.Option(help="Earliest date (ISO).")] = None,
    until: Annotated[str | None, typer.Option(help="Latest date (ISO).")] = None,
    factuality: Annotated[
        list[str] | None,
        typer.Option(help="Factuality values to include (repeatable); default asserted."),
    ] = None,
    all_factuality: Annotated[
        bool,
        typer.Option("--all", help="Include negated, hypothetical, future and reported events."),
    ] = False,
    group: Annotated[
        bool, typer.Option("--group", help="GDELT-style counts by day, dyad and type.")
    ] = False,
    limit: Annotated[int | None, typer.Option(help="At most this many rows.")] = None,
    fmt: FormatOption = Format.table,
    csv_formulas: CsvFormulasOption = False,
) -> None:
    """List stored events (asserted only unless --all or --factuality).

    Example: kronika events --db kronika.duckdb --country RUS --type ASSAULT --since 2025-01-01
    """
    wanted = None if all_factuality else tuple(factuality or ("asserted",))
    check_choices(
        "factuality", wanted or (), ("asserted", "negated", "hypothetical", "future", "reported")
    )
    with open_read(db) as store:
        if group:
            frame = store.event_counts(asserted_only=not all_factuality)
        else:
            frame = store.events(
                actor=actor,
                country=country,
                type=type.upper() if type else None,
                since=since,
                until=until,
                factuality=wanted,
                limit=limit,
            )
    emit(frame, fmt, "events", csv_formulas)


def check_choices(name: str, values, allowed) -> None:
    """A usage error naming an option value that is not allowed."""
    for value in values:
        if value not in allowed:
            raise UsageError(
                f"--{name}: unknown value {value!r}", hint="choose from " + ", ".join(allowed)
            )


@app.command()
@reports_errors
def actors(
    db: DbOption = settings.get("db"),
    name: Annotated[str | None, typer.Option(help="Part of the actor's name or its code.")] = None,
    country: Annotated[str | None, typer.Option(help="Country (ISO3).")] = None,
    mentions: Annotated[
        bool, typer.Option("--mentions", help="List every mention of the matching actors.")
    ] = False,
    fmt: FormatOption = Format.table,
    csv_formulas: CsvFormulasOption = False,
) -> None:
    """List stored actors across documents, or their mentions.

    Example: kronika actors --db kronika.duckdb --name Putin --mentions
    """
    with open_read(db) as store:
        frame = store.mentions(name or "") if mentions else store.actors(name=name, country=country)
    emit(frame, fmt, "actors", csv_formulas)


@app.command()
@reports_errors
def claims(
    db: DbOption = settings.get("db"),
    actor: Annotated[str | None, typer.Option(
        help="Speaker (or co-speaker) name, code or actor key.")] = None,
    since: Annotated[str | None, typer.Option(help="Earliest document date (ISO).")] = None,
    until: Annotated[str | None, typer.Option(help="Latest document date (ISO).")] = None,
    fmt: FormatOption = Format.table,
    csv_formulas: CsvFormulasOption = False,
) -> None:
    """List stored claims: who said what.

    Example: kronika claims --db kronika.duckdb --actor Lavrov --format json
    """
    with open_read(db) as store:
        frame = store.claims(actor=actor, since=since, until=until)
    emit(frame, fmt, "claims", csv_formulas)


@app.command()
@reports_errors
def positions(
    db: DbOption = settings.get("db"),
    actor: Annotated[str | None, typer.Option(help="Actor name or code.")] = None,
    issue: Annotated[str | None, typer.Option(help="Issue key, e.g. ceasefire.")] = None,
    changes: Annotated[bool, typer.Option(
        "--changes", help="Only the changes: from which stance to which, when, with evidence.")
    ] = False,
    fmt: FormatOption = Format.table,
    csv_formulas: CsvFormulasOption = False,
) -> None:
    """Show actors' stances on issues over time; 'change' marks a shift.

    Example: kronika positions --db kronika.duckdb --actor Zelensky --issue ceasefire --changes
    """
    with open_read(db) as store:
        if changes:
            from kronika.query import position_changes

            frame = position_changes(store, actor=actor, issue=issue)
        else:
            frame = store.positions(actor=actor, issue=issue)
    emit(frame, fmt, "positions", csv_formulas)


@app.command()
@reports_errors
def sql(
    query: Annotated[str, typer.Argument(help="A SQL query over the tables in docs/schema.md.")],
    db: DbOption = settings.get("db"),
    fmt: FormatOption = Format.table,
    csv_formulas: CsvFormulasOption = False,
) -> None:
    """Run one read-only SQL query over the store (no file, network or settings access).

    Example: kronika sql --db kronika.duckdb "SELECT type, count(*) FROM events GROUP BY 1"
    """
    from kronika.store.sandbox import open_sandbox

    require_db(db)
    with open_sandbox(db, wait=READ_WAIT_S) as box:
        frame = box.query(query)
    emit(frame, fmt, "result", csv_formulas)


@app.command("export")
@reports_errors
def export_cmd(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")],
    out_dir: Annotated[
        str,
        typer.Option("--out", help="Folder to write into, or - for stdout (jsonl, gdelt, plover)."),
    ],
    db: DbOption = settings.get("db"),
    all_factuality: Annotated[
        bool, typer.Option("--all", help="Event formats: include non-asserted events.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite files already there.")] = False,
    csv_formulas: CsvFormulasOption = False,
) -> None:
    """Export the store as Parquet, CSV, JSON Lines, GDELT-style TSV or PLOVER JSON.

    Example: kronika export --db kronika.duckdb --format parquet --out exports/
    """
    from kronika.export import export, export_stream

    if not out_dir.strip():
        raise UsageError("--out is empty", hint="pass a folder, or - for standard output")
    factuality = None if all_factuality else ("asserted",)
    with open_read(db) as store:
        if out_dir == "-":
            export_stream(store, fmt.value, sys.stdout, factuality=factuality)
            return
        files = export(store, fmt.value, out_dir, factuality=factuality, force=force,
                       formulas=csv_formulas)
    for path in files:
        out.print(str(path), markup=False, highlight=False)


@app.command("eval")
@reports_errors
def eval_cmd(
    gold: Annotated[
        list[Path], typer.Argument(help="Gold JSONL files (see ../shared/eval/README.md).")
    ],
    task: Annotated[
        list[str] | None,
        typer.Option(
            "--task",
            help="events, event_type, entities, claims, factuality, dyad_spans, doc_events, "
            "event_location (repeatable).",
        ),
    ] = None,
    as_json: Annotated[
        Path | None,
        typer.Option("--json", help="Also write the scores as JSON to this file ('-' for stdout)."),
    ] = None,
    errors: Annotated[int, typer.Option("--errors", min=0, help="Show the N worst misses.")] = 0,
    limit: Annotated[
        int | None, typer.Option(help="Score only the first N lines of each file.")
    ] = None,
    workers: WorkersOption = 1,
) -> None:
    """Score kronika against gold data: precision, recall and F1 per task.

    Matching rules: see the README section 'Evaluation'.
    Example: kronika eval ../shared/eval/plv/plv.dev.jsonl --errors 5
    """
    from kronika.eval import evaluate

    report = evaluate(gold, tasks=task, limit=limit, n_process=workers)
    if as_json is not None and str(as_json) == "-":
        print(json.dumps(report.to_dict(), indent=2))
    else:
        out.print(report.table())
        if as_json is not None:
            as_json.write_text(json.dumps(report.to_dict(), indent=2), encoding="utf-8")
    for miss in report.worst(errors):
        print(miss.render())


@app.command()
@reports_errors
def serve(
    db: DbOption = settings.get("db"),
    host: Annotated[str, typer.Option(help="Address to bind; localhost only by default.")] = (
        "127.0.0.1"),
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the HTTP API (/api, OpenAPI at /api/openapi.json) and the dashboard.

    Writes (POST /api/documents) need KRONIKA_API_TOKEN; without it the store is read-only.
    Example: kronika serve --db kronika.duckdb --port 8000
    """
    from kronika.api import serve as run_server

    run_server(db, host=host, port=port)
