"""One per-document function, run in this process or in a pool of worker processes."""

from kronika.runners.local import run

__all__ = ["run"]
