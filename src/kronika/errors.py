"""One error family for the whole library; the CLI and API translate it at their boundary.

    KronikaError                 code      exit
    ├── InputError               input     1   a file or text that cannot be read
    │   ├── EmptyInputError      empty     1
    │   ├── BinaryInputError     binary    1
    │   ├── EncodingError        encoding  1
    │   ├── MalformedInputError  malformed 1   broken JSON line, unparsable HTML
    │   └── MissingInputError    missing   1
    ├── AnalysisError            analysis  1   one document failed in the pipeline (id, reason)
    │   └── AnalysisTimeout      timeout   1   one document ran past the doc_timeout setting
    ├── UsageError               usage     2   unknown option value, unknown format
    ├── KnowledgeError           knowledge 1   a bad entry in a knowledge file (file, line, field)
    └── StoreError               store     1   the DuckDB file cannot be opened or written
"""

from __future__ import annotations


class KronikaError(Exception):
    """Base of every error kronika raises on purpose."""

    code = "error"
    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} ({self.hint})"


class InputError(KronikaError):
    code = "input"


class EmptyInputError(InputError):
    code = "empty"


class BinaryInputError(InputError):
    code = "binary"


class EncodingError(InputError):
    code = "encoding"


class MalformedInputError(InputError):
    code = "malformed"


class MissingInputError(InputError):
    code = "missing"


class AnalysisError(KronikaError):
    """One document could not be analysed; ``document`` names it, the run goes on."""

    code = "analysis"

    def __init__(self, message: str, *, hint: str | None = None, document=None) -> None:
        super().__init__(message, hint=hint)
        self.document = document


class AnalysisTimeout(AnalysisError):
    code = "timeout"


class UsageError(KronikaError):
    code = "usage"
    exit_code = 2


class KnowledgeError(KronikaError):
    code = "knowledge"


class StoreError(KronikaError):
    code = "store"
