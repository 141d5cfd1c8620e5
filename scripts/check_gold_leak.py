"""List lines of the repository that repeat text of the evaluation gold data.

Gold data (../shared/eval) is for measuring only: no test sentence, comment or lexicon row may
be copied from it. This prints every line of src/, tests/, docs/ and README.md that shares a run
of N words (default 6) with a gold text, and the set it comes from, so a reviewer can rewrite
copied examples; names of organisations in the knowledge base are true facts and may match.

    python scripts/check_gold_leak.py [--words N] [--eval ../shared/eval]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

WORD = re.compile(r"[a-z0-9']+")
SUFFIXES = {".py", ".csv", ".yaml", ".md", ".txt", ".json", ".jsonl"}


def word_runs(text: str, n: int) -> list[str]:
    words = WORD.findall(text.lower())
    return [" ".join(words[i:i + n]) for i in range(len(words) - n + 1)]


def gold_runs(eval_dir: Path, n: int) -> dict[str, str]:
    """Every run of n words of a gold text, with the name of its set."""
    runs: dict[str, str] = {}
    for path in sorted(eval_dir.glob("*/*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                for value in json.loads(line).values():
                    if isinstance(value, str) and len(value) > 40:
                        for run in word_runs(value, n):
                            runs.setdefault(run, path.parent.name)
    return runs


def repo_files(root: Path) -> list[Path]:
    files = [p for d in ("src", "tests", "docs") for p in (root / d).rglob("*")
             if p.is_file() and p.suffix in SUFFIXES and "fixtures/articles" not in p.as_posix()]
    return [*files, root / "README.md"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=6)
    parser.add_argument("--eval", type=Path, default=Path("../shared/eval"))
    args = parser.parse_args()
    if not args.eval.is_dir():
        print(f"check_gold_leak: {args.eval}: no such folder", file=sys.stderr)
        return 2
    runs = gold_runs(args.eval, args.words)
    root = Path(__file__).resolve().parent.parent
    found = 0
    for path in repo_files(root):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            hit = next((runs[r] for r in word_runs(line, args.words) if r in runs), None)
            if hit is not None:
                found += 1
                print(f"{path.relative_to(root)}:{number}: [{hit}] {line.strip()[:100]!r}")
    print(f"{found} line(s) share {args.words} words with gold texts", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
