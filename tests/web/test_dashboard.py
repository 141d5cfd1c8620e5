"""The dashboard in a real headless Chromium: every view shows the store, filters, evidence, XSS."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlparse

import httpx
import pytest

VIEWS = ("timeline", "map", "network", "positions", "evidence")


def api(server: str, path: str, **params) -> dict:
    response = httpx.get(server + path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def expected_counts(server: str, view: str, params: dict) -> dict[str, int]:
    """What a view must show, computed from the API with the same filters."""
    params = {"factuality": "all"} | params
    if view == "timeline":
        rows = api(server, "/api/timeline", **params)["items"]
        return {"total": sum(r["asserted"] + r["other"] for r in rows),
                "rect.bar": sum((r["asserted"] > 0) + (r["other"] > 0) for r in rows)}
    if view == "map":
        points = api(server, "/api/map", **params)["items"]
        return {"total": sum(p["n_events"] for p in points), "circle.point": len(points)}
    if view == "network":
        found = api(server, "/api/network", **params)
        return {"total": sum(e["n_events"] for e in found["edges"]),
                "path.edge": len(found["edges"]), "g.node": len(found["nodes"])}
    if view == "positions":
        shared = {k: v for k, v in params.items() if k in ("actor", "since", "until", "issue")}
        items = api(server, "/api/positions", limit=1000, **shared)["items"]
        return {"total": len(items), "li.stance": len(items),
                "li.stance.change": sum(p["change"] for p in items)}
    total = api(server, "/api/events", limit=100, **params)["total"]
    return {"total": total, "tr.event-row": min(total, 100)}


def shown_counts(watched, expected: dict[str, int]) -> dict[str, int]:
    page = watched.page
    shown = {"total": int(page.get_attribute("#summary", "data-total"))}
    for selector in expected:
        if selector != "total":
            shown[selector] = page.locator(f"#content {selector}").count()
    return shown


@pytest.mark.parametrize("view", VIEWS)
def test_each_view_renders_the_store(watched, server, screenshots: Path, view):
    watched.open(f"/{view}")
    expected = expected_counts(server, view, {})
    assert expected["total"] > 0 and expected.get("li.stance.change", 1) > 0
    assert shown_counts(watched, expected) == expected
    watched.page.screenshot(path=str(screenshots / f"{view}.png"), full_page=True)
    assert watched.errors == [] and watched.foreign == []


FILTER_SETS = (
    {"since": "2025-03-01", "until": "2025-06-30"},
    {"actor": "Hamas"},
    {"type": ["REQUEST", "AGREE"], "factuality": ["asserted", "reported"]},
)
EVENT_VIEWS = ("timeline", "map", "network", "evidence")


@pytest.mark.parametrize(
    ("view", "filters"),
    [(view, f) for f in FILTER_SETS for view in (VIEWS if "type" not in f else EVENT_VIEWS)],
)
def test_filters_in_the_url_change_every_view(watched, server, view, filters):
    everything = expected_counts(server, view, {})
    expected = expected_counts(server, view, filters)
    assert 0 < expected["total"] < everything["total"]
    watched.open(f"/{view}?{urlencode(filters, doseq=True)}")
    assert shown_counts(watched, expected) == expected
    # The filters stay in every navigation link, so a filtered view can be linked.
    for href in watched.page.locator("header nav a").evaluate_all("as => as.map(a => a.href)"):
        linked = parse_qs(urlparse(href).query)
        assert all(linked[k] == ([v] if isinstance(v, str) else v) for k, v in filters.items())


def test_the_filter_form_puts_its_values_in_the_url(watched, server):
    watched.open("/map")
    watched.page.fill("input[name=country]", "PAK")
    watched.page.click("#filters button[type=submit]")
    watched.ready()
    assert parse_qs(urlparse(watched.page.url).query)["country"] == ["PAK"]
    expected = expected_counts(server, "map", {"country": "PAK"})
    assert shown_counts(watched, expected) == expected


def test_clicking_an_event_opens_its_evidence(watched, server, screenshots: Path):
    watched.open("/timeline")
    bar = watched.page.locator("rect.bar.asserted").first
    day, kind = bar.get_attribute("data-day"), bar.get_attribute("data-type")
    bar.click()
    rows = watched.page.locator("#panel tr.event-row")
    rows.first.wait_for()
    listed = api(server, "/api/events", since=day, until=day, type=kind, limit=1000)["items"]
    assert rows.count() == len(listed)
    watched.page.locator("#panel a.event-link").first.click()
    watched.ready()
    query = parse_qs(urlparse(watched.page.url).query)
    analysis = api(server, f"/api/documents/{query['doc'][0]}")
    event = next(e for e in analysis["events"] if e["id"] == query["event"][0])
    text = analysis["document"]["text"]
    page = watched.page
    assert page.inner_text("mark.hl-trigger") == text[event["trigger_start"]:event["trigger_end"]]
    sentence = "".join(page.locator("mark.hl-sentence").all_text_contents())
    assert sentence == event["evidence"]["text"]
    assert page.inner_text("#record .field-factuality").startswith(event["factuality"])
    source = next((a for a in analysis["actors"] if a["id"] == event["source"]), None)
    if source is not None:
        assert set(page.locator("mark.hl-source").all_text_contents()) <= {
            m["text"] for m in source["mentions"]}
    page.screenshot(path=str(screenshots / "evidence-event.png"), full_page=True)


def test_a_hostile_article_stays_inert_text(watched, server, screenshots: Path):
    documents = api(server, "/api/documents", limit=1000)["items"]
    hostile = next(d for d in documents if "<script>" in (d["title"] or ""))
    analysis = api(server, f"/api/documents/{hostile['id']}")
    assert analysis["events"], "the hostile article should yield an event to open"
    event = analysis["events"][0]
    watched.open(f"/evidence?doc={hostile['id']}&event={event['id']}")
    page = watched.page
    assert page.inner_text("#doc-title") == hostile["title"]
    assert "<img src=x onerror=" in page.inner_text("dl.meta")
    assert "<script>window.__xss = 'text'" in page.inner_text("#document-text")
    # Nothing of the article became an element, ran, or turned into a javascript: link.
    assert page.locator("#content :is(img, script, svg, iframe)").count() == 0
    hrefs = page.locator("a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if h and not h.startswith("/")]
    assert page.evaluate("window.__xss") is None
    # The evidence index lists the article's title as text too.
    day = event["date"] or hostile["published"]
    watched.open("/evidence?" + urlencode({"since": day, "until": day, "factuality": "all"}))
    assert "<script>" in page.inner_text("#content")
    assert page.evaluate("window.__xss") is None
    assert watched.dialogs == [] and watched.errors == [] and watched.foreign == []
    page.screenshot(path=str(screenshots / "evidence-hostile.png"), full_page=True)


@pytest.mark.parametrize(("view", "selector"), [("map", "circle.point"), ("network", "path.edge")])
def test_clicking_a_place_or_a_dyad_lists_its_events(watched, view, selector):
    watched.open(f"/{view}")
    mark = watched.page.locator(selector).first
    mark.dispatch_event("click")
    rows = watched.page.locator("#panel tr.event-row")
    rows.first.wait_for()
    assert rows.count() == int(mark.get_attribute("data-count"))
    rows.first.locator("a.event-link").click()
    watched.ready()
    assert watched.page.locator("mark.hl-trigger, mark.hl-sentence").count() > 0
