"""Files appear whole or not at all: write beside the target, then rename over it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path in the target's folder, renamed to target when the block succeeds."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        yield temporary
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def write_lines(target: Path, lines: list[str]) -> Path:
    """Write text lines (each ended by a newline) atomically, in UTF-8."""
    with atomic_path(target) as temporary:
        temporary.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return target
