"""One local Spark session for every Spark test (starting one costs 10 s or more)."""

from __future__ import annotations

import shutil

import pytest


@pytest.fixture(scope="session")
def spark():
    """A local[2] session with the web UI off, stopped when the test session ends."""
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java 17 on PATH")
    from kronika.runners.spark import spark_session

    session = spark_session("local[2]", **{"spark.ui.enabled": "false",
                                           "spark.sql.shuffle.partitions": "4"})
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
