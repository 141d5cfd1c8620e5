"""The DuckDB store: schema, recorded migrations, idempotent writes and typed reads."""

from kronika.store.duck import Store, WriteResult, open_store
from kronika.store.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Store", "WriteResult", "open_store"]
