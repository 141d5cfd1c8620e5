"""The time budget of one document: past the ``doc_timeout`` setting it is stopped and reported.

The budget is processor time, not wall-clock time: a document is not failed because the
machine is busy with other work, and one that loops burns its budget at full speed. In the
main thread of a process (the CLI, and each worker of ``--workers N``) a CPU-time timer
(``ITIMER_VIRTUAL``) interrupts the stages with ``AnalysisTimeout`` when the budget runs out,
even in the middle of a slow stage. Elsewhere (a thread of a web server, or while another
timer of the process runs) no signal is used, and the budget is checked between the pieces
of a long document only. A call into C code (the parser on one piece) finishes before the
interrupt is seen; pieces are bounded, so that wait is too.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from kronika import settings
from kronika.errors import AnalysisTimeout


def doc_timeout() -> float | None:
    """The ``doc_timeout`` setting in seconds; None when it is 0 (no limit)."""
    seconds = settings.get_number("doc_timeout")
    return seconds or None


def deadline_after(seconds: float | None) -> float | None:
    """The process time ``seconds`` of CPU from now, or None for no limit."""
    return None if seconds is None else time.process_time() + seconds


def _can_interrupt() -> bool:
    """A timer signal is ours to use: main thread, and no one else's timer running (a test
    runner's timeout, say, which ours would cancel)."""
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_VIRTUAL)[0] == 0
    )


def _expired(signum: int, frame: object) -> None:
    raise AnalysisTimeout("time budget exhausted")


@contextmanager
def time_limit(deadline: float | None) -> Iterator[None]:
    """Run the block until ``deadline`` (process seconds) at most: ``AnalysisTimeout``
    past it. None means no limit."""
    if deadline is None:
        yield
        return
    left = deadline - time.process_time()
    if left <= 0:
        raise AnalysisTimeout("time budget exhausted")
    if not _can_interrupt():
        yield
        return
    previous = signal.signal(signal.SIGVTALRM, _expired)
    signal.setitimer(signal.ITIMER_VIRTUAL, left)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)
