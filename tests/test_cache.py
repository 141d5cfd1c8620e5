"""The knowledge cache: keyed by content, never stale, rebuilt when damaged."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import pytest

from kronika import cache
from kronika.pipeline import build_all, load_all


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch) -> Path:
    """A private cache folder for the test."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "kronika"


class Builder:
    """A build function that counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict:
        self.calls += 1
        return {"table": MappingProxyType({"a": 1}), "calls": self.calls}


def test_content_key_follows_every_byte(tmp_path: Path):
    data = tmp_path / "actors.yaml"
    data.write_text("- name: A\n", encoding="utf-8")
    key = cache.content_key([data], ["3.11"])
    assert cache.content_key([data], ["3.11"]) == key
    data.write_text("- name: B\n", encoding="utf-8")
    assert cache.content_key([data], ["3.11"]) != key
    assert cache.content_key([data], ["3.12"]) != cache.content_key([data], ["3.11"])


def test_the_second_call_reads_the_cache(cache_home: Path):
    build = Builder()
    first = cache.cached("test", build)
    second = cache.cached("test", build)
    assert build.calls == 1
    assert second == first
    assert isinstance(second["table"], MappingProxyType)
    assert len(list(cache_home.glob("test-*.pickle"))) == 1


def test_a_changed_user_file_is_never_served_from_the_old_cache(cache_home: Path,
                                                                 tmp_path: Path):
    user = tmp_path / "mine.yaml"
    user.write_text("one", encoding="utf-8")
    build = Builder()
    cache.cached("test", build, [str(user)])
    user.write_text("two", encoding="utf-8")
    assert cache.cached("test", build, [str(user)])["calls"] == 2


def test_a_damaged_cache_file_is_rebuilt(cache_home: Path):
    build = Builder()
    cache.cached("test", build)
    (path,) = cache_home.glob("test-*.pickle")
    path.write_bytes(path.read_bytes()[:10])
    assert cache.cached("test", build)["calls"] == 2


def test_an_unwritable_cache_folder_only_costs_time(tmp_path: Path, monkeypatch):
    (tmp_path / "file").write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))  # a file, not a folder
    build = Builder()
    assert cache.cached("test", build)["calls"] == 1
    assert cache.cached("test", build)["calls"] == 2


def test_old_cache_files_are_pruned(cache_home: Path, tmp_path: Path):
    user = tmp_path / "mine.yaml"
    for n in range(cache.KEEP_FILES + 3):
        user.write_text(str(n), encoding="utf-8")
        cache.cached("test", Builder(), [str(user)])
    assert len(list(cache_home.glob("test-*.pickle"))) == cache.KEEP_FILES


def test_the_knowledge_survives_the_round_trip():
    know = load_all()
    back = cache.loads(cache.dumps(know))
    for name in ("Vladimir Putin", "the Kremlin", "Hamas", "Putn"):
        assert back.kb.candidates(name) == know.kb.candidates(name)
        assert back.kb.fuzzy(name) == know.kb.fuzzy(name)
    assert back.gazetteer.candidates("Khan Younis") == know.gazetteer.candidates("Khan Younis")
    assert back.events.cameo.codes == know.events.cameo.codes


def test_the_cached_knowledge_equals_a_fresh_build(cache_home: Path):
    cached = load_all.__wrapped__()
    fresh = build_all((), ())
    assert cached.kb.candidates("Zelensky") == fresh.kb.candidates("Zelensky")
    assert sorted(cached.kb.all_aliases()) == sorted(fresh.kb.all_aliases())
