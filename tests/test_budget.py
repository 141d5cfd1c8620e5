"""The per-document time budget: a slow stage is interrupted, the timer is left as found."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from kronika.budget import deadline_after, time_limit
from kronika.errors import AnalysisTimeout, UsageError
from kronika.pipeline import analyze_documents
from kronika.records import Document


def test_a_slow_block_is_interrupted() -> None:
    started = time.monotonic()
    with pytest.raises(AnalysisTimeout), time_limit(deadline_after(0.2)):
        while True:  # a stage that never ends
            pass
    assert time.monotonic() - started < 10
    assert signal.getitimer(signal.ITIMER_VIRTUAL)[0] == 0


def test_an_expired_deadline_stops_before_starting() -> None:
    with pytest.raises(AnalysisTimeout), time_limit(time.process_time() - 1):
        raise AssertionError("not reached")


def test_no_limit_and_other_threads_run_unchecked() -> None:
    with time_limit(None):
        pass
    done = []

    def work() -> None:
        with time_limit(deadline_after(5)):
            done.append(True)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert done == [True]


def test_someone_elses_timer_is_left_alone() -> None:
    previous = signal.signal(signal.SIGVTALRM, lambda *a: None)
    signal.setitimer(signal.ITIMER_VIRTUAL, 100)
    try:
        with time_limit(deadline_after(5)):
            pass
        assert signal.getitimer(signal.ITIMER_VIRTUAL)[0] > 90
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


def test_a_bad_timeout_setting_is_a_usage_error(monkeypatch) -> None:
    monkeypatch.setenv("KRONIKA_DOC_TIMEOUT", "soon")
    with pytest.raises(UsageError, match="setting doc_timeout must be a number"):
        next(analyze_documents([Document.from_text("Chad left.")]))
