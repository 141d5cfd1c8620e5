"""Instructions of the kronika pipeline as a ratio to the bare spaCy parse, counted by callgrind.

CPU seconds on a shared machine move by about +-10 % between runs of the same code; executed
instructions do not. This runs one child process under ``valgrind --tool=callgrind`` that loads
the pipeline, warms it up, freezes the heap, then counts (a) ``nlp.pipe`` over N real articles
and (b) ``kronika.pipeline.analyze_documents`` over the same articles (parse and every rule
stage), with the same setup before each, and prints both counts and their ratio.

    python benchmarks/instructions.py --real ../shared/eval/polnear --docs 20

Slow: the parser's vector kernels (BLIS) run far slower under valgrind than natively, and a
20-article run did not finish within an hour on a busy two-core machine; use a quiet machine
or fewer articles. Needs ``valgrind`` on PATH (``perf stat`` cannot count instructions in most
virtual machines). The count covers only the two measured calls: instrumentation is switched
on after loading, and only calls inside ``itertools.starmap`` (the wrapper below, used nowhere
in the pipeline) are collected, one dump each. One vector instruction of the parser does more
work than one instruction of interpreted Python, so the instruction ratio tracks changes to
kronika's own cost exactly but is not the ratio of seconds.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from bench import real_texts  # noqa: E402  (a sibling script, not a package)

from kronika import settings  # noqa: E402

# Articles parsed and analysed before counting, kept apart from the counted ones so that no
# per-text cache of the warm-up serves the counted run.
WARM_UP = 2
# An invented sentence with a relative date: dateparser loads its language data on first use
# (a start-up cost, which ``bench.py --real`` measures apart), so it is loaded before counting.
WARM_UP_TEXT = "Rebels attacked a police station three days ago, the army said on Monday.\n"
# The one C function whose calls are collected: each measured call runs inside one
# ``next(itertools.starmap(...))``.
COLLECTED = "*starmap_next*"


def measured(work: Any) -> None:
    """Run ``work`` as the only collected call (see COLLECTED)."""
    import itertools

    next(itertools.starmap(work, [()]))


def child(model: str, corpus: Path, count: int) -> None:
    """Under callgrind: load, warm up, then the two measured calls."""
    from kronika.nlp import load_nlp
    from kronika.pipeline import analyze_documents
    from kronika.records import Document

    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    counted, warm = texts[:count], [*texts[count:], WARM_UP_TEXT]
    progress("loading")
    nlp = load_nlp(model)
    progress("warming up")
    list(analyze_documents([Document.from_text(t, published="2024-05-06") for t in warm],
                           model=model))
    for _ in nlp.pipe(counted):  # the counted words enter the vocabulary before either count
        pass
    documents = [Document.from_text(t) for t in counted]
    os.system(f"callgrind_control -i on {os.getpid()} >/dev/null")
    time.sleep(1)  # let the instrumentation switch settle before the first count
    for name, work in (("bare parse", lambda: sum(len(doc) for doc in nlp.pipe(counted))),
                       ("kronika", lambda: sum(1 for _ in analyze_documents(documents,
                                                                            model=model)))):
        gc.collect()
        gc.freeze()  # the same heap state before each count: all that exists is frozen
        progress(f"counting {name}")
        measured(work)
        os.system(f"callgrind_control -d {name.split()[0]} {os.getpid()} >/dev/null")
    progress("done")


def progress(step: str) -> None:
    """One line on stderr, with the CPU seconds so far: a run under callgrind is long."""
    print(f"[{time.process_time():7.1f} s CPU] {step}", file=sys.stderr, flush=True)


def prepare(model: str) -> None:
    """Natively, before callgrind: build the knowledge cache (kronika.cache) in the run's own
    cache folder. Built under callgrind it takes tens of minutes, and a shared cache folder
    keeps only the newest few builds."""
    from kronika.pipeline import analyze_documents
    from kronika.records import Document

    list(analyze_documents([Document.from_text(WARM_UP_TEXT)], model=model))


def counts(prefix: Path) -> list[int]:
    """Instruction totals of the dumps written after each measured call, in order."""
    found = []
    for path in sorted(prefix.parent.glob(prefix.name + ".*"),
                       key=lambda p: int(p.suffix[1:]) if p.suffix[1:].isdigit() else 0):
        text = path.read_text(encoding="utf-8", errors="replace")
        if "Trigger: dump " not in text:  # the program end writes one more
            continue
        total = next(line for line in text.splitlines() if line.startswith(("summary:",
                                                                             "totals:")))
        found.append(int(total.split()[1]))
    return found


def run(folder: Path, docs: int, model: str) -> dict[str, Any]:
    """Counts and ratio for the first ``docs`` articles under ``folder``."""
    if not shutil.which("valgrind") or not shutil.which("callgrind_control"):
        raise SystemExit("valgrind (with callgrind_control) is not on PATH")
    texts = real_texts(folder, docs + WARM_UP)
    if len(texts) < docs + WARM_UP:
        raise SystemExit(f"{folder}: {len(texts)} article texts, {docs + WARM_UP} needed")
    with tempfile.TemporaryDirectory(prefix="kronika-instr-") as tmp:
        corpus, prefix = Path(tmp) / "real.jsonl", Path(tmp) / "callgrind.out"
        corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts),
                          encoding="utf-8")
        command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--collect-atstart=no",
                   f"--toggle-collect={COLLECTED}",
                   f"--callgrind-out-file={prefix}", sys.executable, __file__, "--child",
                   str(corpus), "--docs", str(docs), "--model", model]
        # the same set and dict orders each run; no per-document CPU limit under callgrind
        env = {**os.environ, "PYTHONHASHSEED": "0", "KRONIKA_DOC_TIMEOUT": "0",
               "XDG_CACHE_HOME": str(Path(tmp) / "cache")}
        subprocess.run([sys.executable, __file__, "--prepare", "--model", model], env=env,
                       check=True)
        done = subprocess.run([*command[:1], "-q", *command[1:]], env=env)
        if done.returncode:
            raise SystemExit(f"callgrind run failed with status {done.returncode}")
        found = counts(prefix)
    if len(found) != 2:
        raise SystemExit(f"expected two counted calls, found {len(found)} dumps")
    bare, kronika = found
    return {"folder": str(folder), "docs": docs, "model": model,
            "kb": round(sum(len(t.encode("utf-8")) for t in texts[:docs]) / 1000, 1),
            "bare_instructions": bare, "kronika_instructions": kronika,
            "ratio": round(kronika / bare, 4)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--real", type=Path, default=Path("../shared/eval/polnear"),
                        help="a folder of gold JSON Lines sets (texts read at run time)")
    parser.add_argument("--docs", type=int, default=20, help="articles counted")
    parser.add_argument("--model", default=settings.get("model"), help="spaCy model to load")
    parser.add_argument("--json", type=Path, help="also write the result to this JSON file")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.prepare:
        prepare(args.model)
        return 0
    if args.child:
        child(args.model, args.child, args.docs)
        return 0
    result = run(args.real, args.docs, args.model)
    print(f"{result['docs']} articles, {result['kb']} KB from {result['folder']}: bare parse "
          f"{result['bare_instructions'] / 1e9:.3f} G instructions, kronika "
          f"{result['kronika_instructions'] / 1e9:.3f} G: ratio {result['ratio']:.3f}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
