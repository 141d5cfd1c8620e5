"""docs/api.md is what the OpenAPI schema says: regenerate it when the API changes."""

from pathlib import Path

from fastapi.testclient import TestClient

from kronika.api import create_app
from kronika.api_docs import app_schema, render

DOC = Path(__file__).resolve().parents[1] / "docs" / "api.md"


def test_api_md_is_generated_from_the_schema():
    assert DOC.read_text(encoding="utf-8") == render(app_schema()), (
        "docs/api.md is stale: run `python -m kronika.api_docs > docs/api.md`")


def test_the_served_schema_is_the_documented_one(article_store: Path):
    with TestClient(create_app(article_store, token="")) as client:
        served = client.get("/api/openapi.json").json()
    assert served == app_schema()
    for path, methods in served["paths"].items():
        for method in methods:
            assert f"`{method.upper()} {path}`" in DOC.read_text(encoding="utf-8")
