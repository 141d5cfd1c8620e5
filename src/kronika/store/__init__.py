"""The DuckDB store: schema, recorded migrations, idempotent writes and typed reads."""

from kronika.store.duck import Store, WriteResult, open_store
from kronika.store.schema import SCHEMA_VERSION
from kronika.store.writer import BatchWriter, open_writer

__all__ = ["SCHEMA_VERSION", "BatchWriter", "Store", "WriteResult", "open_store", "open_writer"]
