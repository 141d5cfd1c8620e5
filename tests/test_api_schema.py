"""Property test of the OpenAPI schema: generated requests never cause a server error.

Schemathesis draws requests (valid and invalid) for every operation of /api/openapi.json and
sends them to the app over ASGI; every answer must be below 500, and every error must be the
API's JSON error shape. Examples are bounded so the suite stays quick.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from kronika.api import create_app


@pytest.fixture(scope="module")
def api_schema(article_store: Path):
    return schemathesis.openapi.from_asgi("/api/openapi.json", create_app(article_store, token=""))


def errors_are_json(response) -> None:
    """A 4xx carries {"error": {"code", "message"}} and nothing else."""
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body


def test_no_request_causes_a_server_error(api_schema) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 12
    strategies = [operation.as_strategy(mode) for operation in operations
                  for mode in GenerationMode]
    for strategy in strategies:

        @given(case=strategy)
        @settings(max_examples=15, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case) -> None:
            response = case.call(headers={"Accept": "application/json"})
            assert response.status_code < 500, (case.path, case.query, response.text)
            errors_are_json(response)

        check()
