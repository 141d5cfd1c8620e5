"""Speed and memory of the kronika pipeline, as a ratio to the bare spaCy parse of the same text.

Builds a corpus of synthetic news articles from the templates in ``benchmarks/corpus/``
(actors, places and dates drawn from ``cast.yaml``), then measures documents/s and tokens/s of
``kronika.pipeline.analyze_documents`` against ``spacy.load(model).pipe`` for each worker
count, per-stage times when the pipeline exposes ``STAGE_TIMES``, peak RSS, and how time per KB
behaves for 1 KB, 10 KB and 100 KB articles.

    python benchmarks/bench.py --docs 300 --workers 1 2 --json bench.json
    python benchmarks/bench.py --quick
    python benchmarks/bench.py --real ../shared/eval/polnear --repeat 3

``--real FOLDER`` measures on real articles instead (the texts of gold JSON Lines sets, read at
run time): start-up of the whole command, per-document CPU cost as a ratio to the bare parse,
and peak RSS of ``kronika analyze FILE --format jsonl``, each in fresh processes.

    python benchmarks/bench.py --shapes --kb 20 100 1000

``--shapes`` measures time per KB and peak RSS (each case in a fresh process) of adversarial
input shapes (nested reported speech, one huge line, many short lines) next to generated news
text of the same size, and their ratio to news per KB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import spacy
import yaml

from kronika import settings
from kronika.records import Document

CORPUS = Path(__file__).parent / "corpus"
SCALING_KB = (1, 10, 100)


@dataclass(frozen=True)
class Cast:
    """What the templates are filled with."""

    pairs: list[list[dict[str, str]]]
    third: list[dict[str, str]]
    organizations: list[str]


def load_corpus() -> tuple[list[str], Cast]:
    """The article templates and the cast."""
    templates = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    data = yaml.safe_load((CORPUS / "cast.yaml").read_text(encoding="utf-8"))
    return templates, Cast(data["pairs"], data["third"], data["organizations"])


def fill_ins(cast: Cast, rng: random.Random) -> dict[str, str]:
    """One random draw of parties, places, dates and numbers for a template."""
    a, b = rng.sample(rng.choice(cast.pairs), 2)
    c = rng.choice(cast.third)
    day = date(2019, 1, 1) + timedelta(days=rng.randrange(2000))
    values = {"ORG": rng.choice(cast.organizations), "DATE": day.strftime("%B %d, %Y"),
              "ISO_DATE": day.isoformat(),
              "WEEKDAY": day.strftime("%A"), "N": str(rng.randrange(3, 60)),
              "N2": f"{rng.randrange(2, 90) * 1000:,}"}
    for key, party in (("A", a), ("B", b), ("C", c)):
        values[key] = party["name"]
        values[f"{key}_DEMONYM"] = party["demonym"]
        for field in ("capital", "city", "leader", "minister", "opposition"):
            # third parties have no city or minister of their own: their capital stands in
            values[f"{field.upper()}_{key}"] = party.get(field, party["capital"])
    return values


def make_articles(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """``n`` (text, published) articles, each a template filled with a fresh draw."""
    templates, cast = load_corpus()
    rng = random.Random(seed)
    articles = []
    for i in range(n):
        values = fill_ins(cast, rng)
        articles.append((templates[i % len(templates)].format_map(values), values["ISO_DATE"]))
    return articles


def sized_article(kb: int, seed: int) -> str:
    """One article of about ``kb`` KB: filled templates joined until the size is reached."""
    pool = [text for text, _ in make_articles(8 * (kb // 10 + 1), seed=seed)]
    parts, size = [], 0
    while size < kb * 1000:
        text = pool[len(parts) % len(pool)]
        body = text.split("\n\n", 1)[1] if parts else text  # one headline, then bodies
        parts.append(body)
        size += len(body.encode("utf-8")) + 2
    return "\n\n".join(parts)[: kb * 1000]


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    """Wall seconds of a call, with its result."""
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def bare_parse(nlp: spacy.language.Language, texts: list[str], workers: int) -> tuple[float, int]:
    """Seconds and token count of the bare spaCy parse."""
    seconds, tokens = timed(lambda: sum(len(doc) for doc in nlp.pipe(texts, n_process=workers)))
    return seconds, tokens


def kronika_run(documents: list[Document], workers: int) -> tuple[float, int]:
    """Seconds of the full kronika pipeline and the number of analyses it returned."""
    from kronika.runners import run

    seconds, count = timed(lambda: sum(1 for _ in run(documents, workers=workers)))
    return seconds, count


def stage_times() -> dict[str, float] | None:
    """The pipeline's per-stage timing hook, if it has one."""
    try:
        import kronika.pipeline as pipeline
    except ImportError:
        return None
    times = getattr(pipeline, "STAGE_TIMES", None)
    return dict(times) if isinstance(times, dict) else None


def reset_stage_times() -> None:
    """Zero the pipeline's per-stage timing hook, if it has one."""
    try:
        import kronika.pipeline as pipeline
    except ImportError:
        return
    times = getattr(pipeline, "STAGE_TIMES", None)
    if isinstance(times, dict):
        times.clear()


def peak_rss_mb() -> dict[str, float]:
    """Peak resident memory of this process and of its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"self_mb": round(own, 1), "children_mb": round(children, 1)}


def pipeline_available(workers: int = 1) -> str | None:
    """None when kronika's pipeline imports (and takes ``n_process`` if needed), else why not."""
    try:
        from kronika.pipeline import analyze_documents
    except ImportError as err:
        return f"kronika.pipeline not importable: {err}"
    del analyze_documents, workers  # imported only to check that the pipeline loads
    return None


def throughput(docs: list[Document], nlp: spacy.language.Language, workers: int) -> dict[str, Any]:
    """Bare and kronika speed on the same texts with ``workers`` processes."""
    texts = [d.text for d in docs]
    bare_s, tokens = bare_parse(nlp, texts, workers)
    row: dict[str, Any] = {"workers": workers, "docs": len(docs), "tokens": tokens,
                           "bare_s": round(bare_s, 3),
                           "bare_docs_per_s": round(len(docs) / bare_s, 1),
                           "bare_tokens_per_s": round(tokens / bare_s)}
    missing = pipeline_available(workers)
    if missing:
        row["kronika"] = missing
    else:
        reset_stage_times()
        kronika_s, count = kronika_run(docs, workers)
        row.update({"kronika_s": round(kronika_s, 3), "analyses": count,
                    "kronika_docs_per_s": round(len(docs) / kronika_s, 1),
                    "kronika_tokens_per_s": round(tokens / kronika_s),
                    "ratio": round(kronika_s / bare_s, 2),
                    "stages": stage_times() if workers == 1 else None})
    return row


def scaling(quick: bool) -> list[dict[str, Any]]:
    """Time per KB of 1, 10 and 100 KB articles through the pipeline (one process)."""
    if pipeline_available() is not None:
        return []
    from kronika.pipeline import analyze_documents

    rows = []
    for kb in SCALING_KB:
        count = max(1, (20 if quick else 100) // kb)
        docs = [Document.from_text(sized_article(kb, seed=1000 * kb + i)) for i in range(count)]
        total_kb = sum(len(d.text.encode("utf-8")) for d in docs) / 1000
        seconds, _ = timed(lambda docs=docs: list(analyze_documents(docs)))
        rows.append({"kb": kb, "docs": count, "seconds": round(seconds, 3),
                     "ms_per_kb": round(1000 * seconds / total_kb, 2)})
    return rows


def warm_up(documents: list[Document]) -> None:
    """Load kronika's models before timing so load time is not counted as throughput."""
    if pipeline_available() is None:
        from kronika.pipeline import analyze_documents

        list(analyze_documents(documents[:2]))


def run(docs_n: int, workers: Iterable[int], model: str, quick: bool) -> dict[str, Any]:
    """Every measurement, as one JSON-ready dict."""
    documents = [Document.from_text(text, published=published)
                 for text, published in make_articles(docs_n)]
    nlp = spacy.load(model)
    list(nlp.pipe([d.text for d in documents[:2]]))
    warm_up(documents)
    return {
        "model": model,
        "pipeline": pipeline_available() or "ok",
        "corpus_kb": round(sum(len(d.text.encode("utf-8")) for d in documents) / 1000, 1),
        "throughput": [throughput(documents, nlp, w) for w in workers],
        "scaling": scaling(quick),
        "peak_rss": peak_rss_mb(),
    }


def print_report(result: dict[str, Any]) -> None:
    """A plain-text table of the results."""
    print(f"model {result['model']}; corpus {result['corpus_kb']} KB; "
          f"pipeline: {result['pipeline']}")
    print(f"{'workers':>7} {'docs':>5} {'tokens':>7} {'bare doc/s':>10} {'bare tok/s':>10} "
          f"{'kronika doc/s':>13} {'kronika tok/s':>13} {'ratio':>6}")
    for row in result["throughput"]:
        print(f"{row['workers']:>7} {row['docs']:>5} {row['tokens']:>7} "
              f"{row['bare_docs_per_s']:>10} {row['bare_tokens_per_s']:>10} "
              f"{row.get('kronika_docs_per_s', '-'):>13} "
              f"{row.get('kronika_tokens_per_s', '-'):>13} "
              f"{row.get('ratio', '-'):>6}")
    for row in result["throughput"]:
        if "kronika" in row:
            print(f"kronika with {row['workers']} worker(s) not measured: {row['kronika']}")
    stages = next((r.get("stages") for r in result["throughput"] if r["workers"] == 1), None)
    if stages:
        print("stage times (1 worker): " + ", ".join(f"{k} {v:.2f}s" for k, v in stages.items()))
    else:
        print("stage times: the pipeline exposes no STAGE_TIMES hook; totals only")
    for row in result["scaling"]:
        print(f"scaling {row['kb']:>3} KB x{row['docs']:<3} {row['seconds']:>7}s "
              f"{row['ms_per_kb']:>7} ms/KB")
    if result["scaling"]:
        first, last = result["scaling"][0]["ms_per_kb"], result["scaling"][-1]["ms_per_kb"]
        growth = last / first if first else float("inf")
        verdict = "linear" if growth <= 1.5 else "WORSE THAN LINEAR"
        print(f"time per KB, 100 KB vs 1 KB: x{growth:.2f} ({verdict})")
    rss = result["peak_rss"]
    print(f"peak RSS: {rss['self_mb']} MB (this process), {rss['children_mb']} MB (largest child)")


# -- real text: start-up, per-document cost and peak memory on real news ---------------------
# The article texts of gold sets (e.g. ../shared/eval/polnear), read at run time and written
# only to a temporary file: they are never copied into the repository. Each measure runs in
# fresh processes, so start-up and peak RSS are those of a user's command.

SHORT_TEXT = "Russia attacked Ukraine on Monday, officials said.\n"
BARE_STARTUP = ("import sys, spacy; from kronika.nlp import UNUSED_COMPONENTS; "
                "nlp = spacy.load(sys.argv[1], exclude=list(UNUSED_COMPONENTS)); nlp(sys.argv[2])")
BARE_PIPE = ("import json, sys, spacy; from kronika.nlp import UNUSED_COMPONENTS; "
             "nlp = spacy.load(sys.argv[1], exclude=list(UNUSED_COMPONENTS)); "
             "texts = [json.loads(l)['text'] for l in open(sys.argv[2], encoding='utf-8')]; "
             "sum(len(d) for d in nlp.pipe(texts))")
# Parse and full pipeline over the same texts in one warm process, alternating, CPU seconds.
PAIRED = """
import json, sys, time
from kronika.nlp import load_nlp
from kronika.pipeline import analyze_documents
from kronika.records import Document
nlp = load_nlp(sys.argv[1])
texts = [json.loads(l)['text'] for l in open(sys.argv[2], encoding='utf-8')]
docs = [Document.from_text(t) for t in texts]
list(analyze_documents(docs[:2], model=sys.argv[1]))
out = {'bare': [], 'kronika': [], 'bare_wall': [], 'kronika_wall': []}
for _ in range(int(sys.argv[3])):
    for name, work in (('bare', lambda: sum(len(d) for d in nlp.pipe(texts))),
                       ('kronika', lambda: sum(1 for _ in analyze_documents(docs,
                                                                            model=sys.argv[1])))):
        c, w = time.process_time(), time.perf_counter()
        work()
        out[name].append(time.process_time() - c)
        out[name + '_wall'].append(time.perf_counter() - w)
print(json.dumps(out))
"""


def real_texts(folder: Path, limit: int | None) -> list[str]:
    """Distinct article texts of every ``*.jsonl`` under ``folder``, in file order."""
    seen: dict[str, None] = {}
    for path in sorted(folder.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") if line.strip() else None
            if isinstance(text, str) and text.strip():
                seen.setdefault(text, None)
    texts = list(seen)
    return texts[:limit] if limit else texts


def child_usage(command: list[str], stdout: Any = None) -> dict[str, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one child process."""
    import os
    import subprocess

    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=stdout or subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    if status:
        raise RuntimeError(f"{command[:3]} failed with status {status}")
    return {"wall_s": time.perf_counter() - started, "cpu_s": usage.ru_utime + usage.ru_stime,
            "rss_mb": usage.ru_maxrss / 1024}


def median_usage(command: list[str], repeat: int) -> dict[str, float]:
    """Per-measure medians of ``repeat`` runs."""
    import statistics

    runs = [child_usage(command) for _ in range(repeat)]
    return {k: round(statistics.median(r[k] for r in runs), 2) for k in runs[0]}


def kronika_command() -> list[str]:
    return [sys.executable, "-c", "from kronika.cli import app; app()"]


def real_startup(model: str, short: Path, repeat: int) -> dict[str, Any]:
    """One short document: the whole kronika command vs loading spaCy and parsing it. One
    run first, not counted: it builds the knowledge cache when kronika's files changed."""
    command = [*kronika_command(), "analyze", str(short), "--format", "jsonl"]
    child_usage(command)
    kronika = median_usage(command, repeat)
    bare = median_usage([sys.executable, "-c", BARE_STARTUP, model, SHORT_TEXT], repeat)
    return {"kronika": kronika, "bare": bare}


def real_memory(model: str, corpus: Path, repeat: int) -> dict[str, Any]:
    """Peak RSS of ``kronika analyze FILE --format jsonl`` vs a bare ``nlp.pipe`` over it."""
    kronika = median_usage([*kronika_command(), "analyze", str(corpus), "--format", "jsonl"],
                           repeat)
    bare = median_usage([sys.executable, "-c", BARE_PIPE, model, str(corpus)], repeat)
    return {"kronika": kronika, "bare": bare}


def real_per_document(model: str, corpus: Path, repeat: int) -> dict[str, Any]:
    """CPU seconds of the parse and of the whole pipeline, paired in one warm process."""
    import statistics
    import subprocess

    found = subprocess.run([sys.executable, "-c", PAIRED, model, str(corpus), str(repeat)],
                           capture_output=True, text=True, check=True)
    times = json.loads(found.stdout.strip().splitlines()[-1])
    median = {k: round(statistics.median(v), 2) for k, v in times.items()}
    median["ratio_cpu"] = round(median["kronika"] / median["bare"], 3)
    median["ratio_wall"] = round(median["kronika_wall"] / median["bare_wall"], 3)
    return median


def run_real(folder: Path, limit: int | None, model: str, repeat: int) -> dict[str, Any]:
    """Start-up, per-document ratio and peak RSS on the real texts under ``folder``."""
    import os
    import tempfile

    texts = real_texts(folder, limit)
    if not texts:
        raise SystemExit(f"{folder}: no JSON Lines article texts found")
    with tempfile.TemporaryDirectory(prefix="kronika-bench-") as tmp:
        corpus, short = Path(tmp) / "real.jsonl", Path(tmp) / "short.txt"
        corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts),
                          encoding="utf-8")
        short.write_text(SHORT_TEXT, encoding="utf-8")
        result = {"folder": str(folder), "docs": len(texts),
                  "kb": round(sum(len(t.encode("utf-8")) for t in texts) / 1000, 1),
                  "load_average": [round(x, 2) for x in os.getloadavg()],
                  "startup": real_startup(model, short, repeat),
                  "per_document": real_per_document(model, corpus, repeat),
                  "memory": real_memory(model, corpus, repeat)}
    return result


def print_real_report(result: dict[str, Any]) -> None:
    """The real-text measures, one line each, kronika against the bare parse."""
    start, per, mem = result["startup"], result["per_document"], result["memory"]
    print(f"real text: {result['docs']} articles, {result['kb']} KB from {result['folder']};"
          f" load average {result['load_average']}")
    print(f"start-up (one short document, whole process): kronika {start['kronika']['wall_s']}s"
          f" wall / {start['kronika']['cpu_s']}s CPU; bare spaCy {start['bare']['wall_s']}s"
          f" / {start['bare']['cpu_s']}s")
    print(f"per document (warm, paired): parse {per['bare']}s CPU, kronika {per['kronika']}s CPU:"
          f" ratio {per['ratio_cpu']} (wall ratio {per['ratio_wall']})")
    print(f"peak RSS of `kronika analyze FILE --format jsonl`: {mem['kronika']['rss_mb']} MB"
          f" ({mem['kronika']['wall_s']}s); bare nlp.pipe {mem['bare']['rss_mb']} MB"
          f" ({mem['bare']['wall_s']}s)")
SHAPES = ("news", "nested_quotes", "one_line", "short_lines")


def shape_text(shape: str, kb: int) -> str:
    """About ``kb`` KB of one input shape; all but 'nested_quotes' reuse the news text."""
    size = kb * 1000
    if shape == "nested_quotes":  # every quotation opens inside the previous one
        unit = 'He said "Russia attacked Kyiv and '
        return (unit * (size // len(unit) + 1))[:size]
    news = sized_article(kb, seed=kb)
    if shape == "one_line":
        return " ".join(news.split())[:size]
    if shape == "short_lines":  # two words a line: hundreds of thousands of lines at 1 MB
        words = news.split()
        return "\n".join(" ".join(words[i : i + 2]) for i in range(0, len(words), 2))[:size]
    return news


def one_shape(shape: str, kb: int) -> dict[str, Any]:
    """Seconds of the pipeline on one document of a shape (the model loaded beforehand)."""
    from kronika.pipeline import analyze_documents

    list(analyze_documents([Document.from_text(sized_article(1, seed=0))]))  # load, warm up
    document = Document.from_text(shape_text(shape, kb))
    seconds, _ = timed(lambda: list(analyze_documents([document])))
    return {"shape": shape, "kb": kb, "seconds": round(seconds, 2),
            "ms_per_kb": round(1000 * seconds / kb, 2)}


def shapes(sizes: Iterable[int]) -> list[dict[str, Any]]:
    """Every shape at every size, each in a fresh process so its peak RSS is its own."""
    rows = []
    for kb in sizes:
        for shape in SHAPES:
            command = [sys.executable, __file__, "--one-shape", shape, "--kb", str(kb)]
            child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
            out = child.stdout.read() if child.stdout else ""
            _, status, usage = os.wait4(child.pid, 0)
            row = json.loads(out) if status == 0 and out else {"shape": shape, "kb": kb}
            row["peak_rss_mb"] = round(usage.ru_maxrss / 1024)
            rows.append(row)
            print_shape(row, rows)
    return rows


def print_shape(row: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    """One line of the shapes table, with the ratio to news text of the same size per KB."""
    news = next((r for r in rows if r["shape"] == "news" and r["kb"] == row["kb"]), None)
    ratio = (row["ms_per_kb"] / news["ms_per_kb"]
             if news and news.get("ms_per_kb") and "ms_per_kb" in row else None)
    print(f"{row['shape']:>14} {row['kb']:>6} KB {row.get('seconds', 'failed'):>8} s "
          f"{row.get('ms_per_kb', '-'):>8} ms/KB  x{ratio or 0:.2f} news  "
          f"peak RSS {row['peak_rss_mb']} MB", flush=True)


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=300, help="articles in the corpus")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="n_process values")
    parser.add_argument("--model", default=settings.get("model"), help="spaCy model to load")
    parser.add_argument("--quick", action="store_true", help="small corpus, short scaling run")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--real", type=Path, help="real-text mode: a folder of gold JSON Lines"
                        " sets (e.g. ../shared/eval/polnear); --docs limits the articles")
    parser.add_argument("--repeat", type=int, default=3, help="real-text mode: runs per median")
    parser.add_argument("--shapes", action="store_true",
                        help="time per KB and peak RSS of adversarial input shapes vs news")
    parser.add_argument("--kb", type=int, nargs="+", default=[20, 100],
                        help="document sizes for --shapes, in KB")
    parser.add_argument("--one-shape", choices=SHAPES, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print (and optionally save) the results."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.one_shape:  # a child of --shapes
        print(json.dumps(one_shape(args.one_shape, args.kb[0])))
        return 0
    if args.shapes:
        rows = shapes(args.kb)
        if args.json:
            args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
        return 0
    docs = min(args.docs, 40) if args.quick else args.docs
    if args.real:
        limit = docs if "--docs" in (sys.argv[1:] if argv is None else argv) else None
        result = run_real(args.real, limit, args.model, args.repeat)
        print_real_report(result)
    else:
        result = run(docs, args.workers, args.model, args.quick)
        print_report(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
