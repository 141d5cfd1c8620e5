"""docs/schema.md describes every column of every table the store creates."""

import re
from pathlib import Path

from kronika.store import Store

SCHEMA_DOC = Path(__file__).resolve().parents[2] / "docs" / "schema.md"


def documented_columns() -> dict[str, set[str]]:
    """Table name -> the columns listed in its section of docs/schema.md."""
    sections = re.split(r"^### `(\w+)`$", SCHEMA_DOC.read_text(encoding="utf-8"), flags=re.M)
    # A section ends at the next heading of any level.
    bodies = [body.split("\n## ")[0] for body in sections[2::2]]
    return {name: set(re.findall(r"^\| `(\w+)` \|", body, flags=re.M))
            for name, body in zip(sections[1::2], bodies, strict=True)}


def test_every_table_and_column_is_documented(store: Store) -> None:
    created = store.sql("SELECT table_name, column_name FROM information_schema.columns")
    actual = created.groupby("table_name")["column_name"].apply(set).to_dict()
    assert documented_columns() == actual
