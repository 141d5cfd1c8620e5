"""The one place that runs a user's SQL over a store (the ``sql`` command, later the API).

    with open_sandbox("kronika.duckdb") as box:
        box.query("SELECT type, count(*) FROM events GROUP BY ALL")

``read_only`` protects the database file and nothing else: DuckDB can still write files
(COPY, EXPORT DATABASE), read any file the user can (read_csv, read_text, glob), fetch URLs,
install extensions over plain HTTP, attach other databases and change all of that with SET.
So a sandbox is opened with external access off, extension installs and loads off and the
configuration locked before any statement runs, and it accepts exactly one statement, which
must be a query.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from kronika.errors import StoreError, UsageError
from kronika.store.duck import Store, checked, connect, first_line

SANDBOX_CONFIG: dict[str, Any] = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,
}
# DuckDB parses WITH, DESCRIBE, SHOW, SUMMARIZE, FROM-first and VALUES queries as SELECT.
QUERY_TYPES = frozenset({duckdb.StatementType.SELECT})
# EXPLAIN [ANALYZE] runs (ANALYZE) or plans the statement after it, which is checked in turn.
EXPLAIN = re.compile(r"\s*(?:(?:--[^\n]*(?:\n|$)|/\*.*?\*/)\s*)*EXPLAIN\s+(?:ANALY[SZ]E\s+)?",
                     re.IGNORECASE | re.DOTALL)
EXAMPLE = 'pass one query, e.g. "SELECT type, count(*) FROM events GROUP BY ALL"'


def one_query(sql: str) -> duckdb.Statement:
    """The single query statement of ``sql``; a UsageError says why anything else is refused."""
    statements = parse(sql)
    if not statements:
        raise UsageError("SQL: no statement", hint=EXAMPLE)
    if len(statements) > 1:
        raise UsageError(f"SQL: {len(statements)} statements; one query at a time", hint=EXAMPLE)
    check_query(statements[0])
    return statements[0]


def parse(sql: str) -> list[duckdb.Statement]:
    """DuckDB's own split of ``sql`` into statements; a syntax error is a UsageError."""
    try:
        return duckdb.extract_statements(sql)
    except duckdb.Error as error:
        raise UsageError(f"SQL: {first_line(str(error))}") from error


def check_query(statement: duckdb.Statement) -> None:
    """Refuse a statement that is not a read query (EXPLAIN is judged by what it explains)."""
    if statement.type == duckdb.StatementType.EXPLAIN:
        found = EXPLAIN.match(statement.query)
        inner = parse(statement.query[found.end():]) if found else []
        if len(inner) == 1 and inner[0].type in QUERY_TYPES:
            return
    elif statement.type in QUERY_TYPES:
        return
    kind = statement.type.name
    raise UsageError(f"SQL: only queries are allowed, not {kind}",
                     hint="use SELECT, WITH, DESCRIBE, SUMMARIZE, SHOW or EXPLAIN")


class Sandbox(Store):
    """A read-only store that runs one user query at a time, with no file or network access."""

    def query(self, sql: str) -> pd.DataFrame:
        """Rows of one read query, as a DataFrame."""
        statement = one_query(sql)
        try:
            return self._conn.execute(statement).df()
        except duckdb.Error as error:
            raise StoreError(f"{self.path}: query failed: {first_line(str(error))}") from error


def open_sandbox(path: str | Path, *, wait: float = 0.0) -> Sandbox:
    """Open an existing kronika store for user SQL (see the module docstring)."""
    path = Path(path)
    if str(path) != ":memory:" and not path.exists():
        raise StoreError(f"{path}: no such database", hint="create it with `kronika ingest`")
    return checked(Sandbox(connect(path, True, config=SANDBOX_CONFIG, wait=wait), path, True))
