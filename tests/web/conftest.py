"""A real headless Chromium (Playwright) against `kronika serve` on a free localhost port.

The browser is found in this order: $KRONIKA_CHROMIUM, the cache that
``scripts/fetch-chromium.sh`` fills (.cache/chromium/bin/chromium), a system chromium. Without
one the browser tests are skipped, unless KRONIKA_REQUIRE_BROWSER=1 (CI), which fails them.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from fixtures.browser import CHROMIUM_ARGS, find_chromium, no_browser

SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = find_chromium()
    if path is None or not os.access(path, os.X_OK):
        no_browser(f"no Chromium found{f' at {path}' if path else ''}")
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def server(article_store: Path) -> Iterator[str]:
    """`kronika serve`'s app under uvicorn in a thread; yields its base URL."""
    import uvicorn

    from kronika.api import create_app

    port = free_port()
    config = uvicorn.Config(create_app(article_store, token=""), host="127.0.0.1", port=port,
                            log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser(chromium_path: str):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        no_browser("playwright is not installed")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Watched:
    """A page with what it did: dialogs, script errors, console errors, foreign requests."""

    def __init__(self, page, base: str) -> None:
        self.page, self.base = page, base
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.foreign: list[str] = []
        page.on("dialog", self.on_dialog)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        page.route("**/*", self.on_request)

    def on_dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def on_request(self, route) -> None:
        if route.request.url.startswith(self.base):
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()

    def open(self, path: str) -> None:
        """Go to a dashboard path and wait until its view has rendered."""
        self.page.goto(self.base + path)
        self.ready()

    def ready(self) -> None:
        self.page.wait_for_selector("body[data-ready]", timeout=20_000)
        assert self.page.get_attribute("body", "data-ready") == "true", self.page.inner_text(
            "#status")


@pytest.fixture
def watched(browser, server: str) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    page = context.new_page()
    yield Watched(page, server)
    context.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS
