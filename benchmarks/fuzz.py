"""A long fuzz run: random hostile texts through ``kronika.analyze``'s pipeline and random
JSON Lines through the reader; counts every exception that is not a ``KronikaError``.

    python benchmarks/fuzz.py --inputs 10000 --seed 1

The texts mix quotes of every kind, attribution cues, event triggers, names, dates (also
out of the calendar), paragraph breaks, control characters, lone surrogates and random
characters; the JSON lines mix valid records, wrong types, deep nesting and long numbers.
The pipeline runs with ``keep_going``, so a document that fails comes back as an
``AnalysisError`` and is counted with its reason (the tests in tests/test_fuzz.py run the
same idea, bounded, on every test run).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

from kronika.errors import AnalysisError, KronikaError
from kronika.ingest import from_text, read_bytes
from kronika.pipeline import analyze_documents

# The tests' fragments, and more names, modalities and sanctions for the long run.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from fixtures.fuzz_fragments import FRAGMENTS as TEST_FRAGMENTS  # noqa: E402

FRAGMENTS = [
    *TEST_FRAGMENTS,
    " Putin", " Zelensky", " the United Nations", " Sudan", " RSF", " ceasefire", " talks",
    " would ", " not ", " if ", " threatened to ", " imposed sanctions on ",
]


def random_text(rng: random.Random) -> str:
    """Up to about 60 fragments and random characters."""
    parts = []
    for _ in range(rng.randrange(1, 60)):
        if rng.random() < 0.8:
            parts.append(rng.choice(FRAGMENTS))
        else:
            parts.append("".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(rng.randrange(6))))
    return "".join(parts)


def random_value(rng: random.Random, depth: int = 0) -> object:
    """A random JSON value."""
    kind = rng.randrange(8 if depth < 3 else 5)
    if kind == 0:
        return None
    if kind == 1:
        return rng.random() < 0.5
    if kind == 2:
        return rng.choice([0, -1, 1.5, 10**20, float("1e308")])
    if kind in (3, 4):
        return random_text(rng)
    if kind == 5:
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(3))]
    keys = ["text", "id", "published", "genre", "title", "x"]
    return {rng.choice(keys): random_value(rng, depth + 1) for _ in range(rng.randrange(4))}


def random_jsonl(rng: random.Random) -> bytes:
    """A few lines: records, hostile lines, junk."""
    rows = []
    for _ in range(rng.randrange(1, 5)):
        roll = rng.random()
        if roll < 0.5:
            record = {"text": random_text(rng)}
            keys = rng.sample(["id", "published", "genre"], 2)
            record.update({k: random_value(rng) for k in keys})
            rows.append(json.dumps(record))
        elif roll < 0.6:
            rows.append("[" * rng.randrange(900, 5000))
        elif roll < 0.65:
            rows.append('{"text": "x", "n": ' + "9" * rng.randrange(4000, 6000) + "}")
        elif roll < 0.85:
            rows.append(json.dumps(random_value(rng)))
        else:
            rows.append(random_text(rng))
    return "\n".join(rows).encode("utf-8", "surrogatepass")


def documents(texts: list[str], crashes: Counter, examples: dict) -> list:
    """The documents of the texts; the reader's own failures must be KronikaErrors."""
    out = []
    for text in texts:
        try:
            out.append(from_text(text, published="2025-03-04"))
        except KronikaError:
            pass
        except Exception as exc:  # noqa: BLE001 - counting is the point
            record(crashes, examples, "from_text", exc, text)
    return out


def record(crashes: Counter, examples: dict, where: str, exc: BaseException, data) -> None:
    key = f"{where}: {type(exc).__name__}"
    crashes[key] += 1
    examples.setdefault(key, (repr(data)[:300], "".join(traceback.format_exception(exc))[-800:]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=10_000, help="inputs of each kind")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    crashes: Counter = Counter()
    examples: dict = {}
    started = time.perf_counter()
    texts = [random_text(rng) for _ in range(args.inputs)]
    docs = documents(texts, crashes, examples)
    analysed = failed = 0
    for result in analyze_documents(docs, keep_going=True):
        if isinstance(result, AnalysisError):
            failed += 1
            record(crashes, examples, "analyze", result.__cause__ or result, result.document.text)
        else:
            analysed += 1
    for _ in range(args.inputs):
        data = random_jsonl(rng)
        try:
            list(read_bytes(data, "fuzz.jsonl", on_error=lambda e: None))
        except KronikaError:
            pass
        except Exception as exc:  # noqa: BLE001
            record(crashes, examples, "jsonl", exc, data)
    seconds = time.perf_counter() - started
    print(f"{args.inputs} texts ({len(docs)} documents, {analysed} analysed, {failed} failed) "
          f"and {args.inputs} JSON Lines inputs in {seconds:.0f} s; "
          f"{sum(crashes.values())} exceptions other than KronikaError")
    for key, n in crashes.most_common():
        print(f"  {n:>5}  {key}\n{examples[key][0]}\n{examples[key][1]}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
