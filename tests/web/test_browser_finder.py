"""The browser fixture: where it looks, and skip versus fail when there is none."""

from pathlib import Path

import pytest

from fixtures.browser import find_chromium, no_browser


def test_the_variable_wins_then_the_cache(tmp_path: Path, monkeypatch):
    cached = tmp_path / "chromium"
    cached.write_text("")
    monkeypatch.setenv("KRONIKA_CHROMIUM", "/opt/my/chrome")
    assert find_chromium(cached) == "/opt/my/chrome"
    monkeypatch.delenv("KRONIKA_CHROMIUM")
    assert find_chromium(cached) == str(cached)


def test_no_browser_skips_unless_ci_requires_it(monkeypatch):
    monkeypatch.delenv("KRONIKA_REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception, match="fetch-chromium.sh"):
        no_browser("no Chromium found")
    monkeypatch.setenv("KRONIKA_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="KRONIKA_REQUIRE_BROWSER=1"):
        no_browser("no Chromium found")
