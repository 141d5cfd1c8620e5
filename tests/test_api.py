"""The HTTP API over a real store of the fixture articles: filters, pages, spans, errors, writes."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kronika import aggregates, query
from kronika.api import create_app, is_loopback
from kronika.ingest import read_bytes
from kronika.store import Store, open_store


@pytest.fixture(scope="module")
def client(article_store: Path) -> Iterator[TestClient]:
    """A read-only API (no token) over the fixture store."""
    with TestClient(create_app(article_store, token=""), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def store(article_store: Path) -> Iterator[Store]:
    with open_store(article_store, read_only=True) as opened:
        yield opened


def ids(rows: list[dict]) -> list[tuple[str, str]]:
    return [(r["doc_id"], r["id"]) for r in rows]


def get(client: TestClient, path: str, **params) -> dict:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_events_default_to_asserted_and_take_every_factuality_on_request(client, store):
    asserted = get(client, "/api/events", limit=1000)
    every = get(client, "/api/events", factuality="all", limit=1000)
    assert asserted["total"] == len(store.events()) > 0
    assert every["total"] == len(store.events(factuality=None)) > asserted["total"]
    assert {e["factuality"] for e in asserted["items"]} == {"asserted"}


@pytest.mark.parametrize(
    "params",
    [
        {"country": "AZE"},
        {"type": ["ASSAULT", "ACCUSE"]},
        {"since": "2025-03-01", "until": "2025-04-30"},
        {"actor": "Hamas"},
        {"factuality": ["negated", "hypothetical"]},
    ],
)
def test_event_filters_mean_what_the_query_module_means(client, store, params):
    params = {"factuality": "all"} | params
    wanted = None if params["factuality"] == "all" else params["factuality"]
    expected = store.events(factuality=wanted,
                            **{k: v for k, v in params.items() if k != "factuality"})
    found = get(client, "/api/events", limit=1000, **params)
    assert found["total"] == len(expected) > 0
    assert ids(found["items"]) == list(zip(expected["doc_id"], expected["id"], strict=True))


def test_pages_cover_the_list_once(client):
    whole = get(client, "/api/events", factuality="all", limit=1000)["items"]
    pages = [get(client, "/api/events", factuality="all", limit=7, offset=o)["items"]
             for o in range(0, len(whole), 7)]
    assert ids([e for p in pages for e in p]) == ids(whole)
    claims = get(client, "/api/claims", limit=5, offset=5)
    assert claims["total"] > 10 and len(claims["items"]) == 5


def test_timeline_map_and_network_count_the_filtered_events(client, store):
    params = {"factuality": "all", "since": "2025-01-01"}
    events = store.events(factuality=None, since="2025-01-01")
    timeline = get(client, "/api/timeline", **params)["items"]
    dated = events[events["effective_date"].notna()]
    assert sum(r["asserted"] + r["other"] for r in timeline) == len(dated)
    assert sum(r["asserted"] for r in timeline) == int((dated["factuality"] == "asserted").sum())
    located = events[events["lat"].notna()]
    assert sum(p["n_events"] for p in get(client, "/api/map", **params)["items"]) == len(located)
    network = get(client, "/api/network", **params)
    dyads = events[events["source_key"].notna() & events["target_key"].notna()
                   & (events["source_key"] != events["target_key"])]
    assert sum(e["n_events"] for e in network["edges"]) == len(dyads)
    actors = set(dyads["source_key"]) | set(dyads["target_key"])
    assert {n["id"] for n in network["nodes"]} == actors
    for edge in network["edges"]:
        assert edge["cooperation"] + edge["conflict"] <= edge["n_events"]


def test_counts_group_like_the_cli(client, store):
    rows = get(client, "/api/counts", by=["type"], factuality="all")["items"]
    expected = store.event_counts(by=["type"], asserted_only=False)
    assert {r["type"]: r["n_events"] for r in rows} == dict(
        zip(expected["type"], expected["n_events"], strict=True))


def test_positions_actors_places_and_claims_are_listed(client, store):
    assert get(client, "/api/positions")["total"] == len(store.positions()) > 0
    assert get(client, "/api/actors", country="AZE")["total"] == len(store.actors(country="AZE"))
    places = get(client, "/api/places", country="PAK")["items"]
    assert places and {p["country"] for p in places} == {"PAK"}
    assert get(client, "/api/claims", actor="nobody at all")["total"] == 0


def test_a_document_gives_its_text_and_every_span_points_into_it(client, store):
    for doc_id in store.documents()["id"]:
        analysis = get(client, f"/api/documents/{doc_id}")
        text = analysis["document"]["text"]
        for record in analysis["events"] + analysis["claims"] + analysis["positions"]:
            ev = record["evidence"]
            assert text[ev["start"]:ev["end"]] == ev["text"]
        for event in analysis["events"]:
            if event["trigger_start"] is not None:
                assert text[event["trigger_start"]:event["trigger_end"]] == event["trigger"]
        for actor in analysis["actors"]:
            for mention in actor["mentions"]:
                assert text[mention["start"]:mention["end"]] == mention["text"]


@pytest.mark.parametrize(
    ("path", "params", "status", "code", "message"),
    [
        ("/api/events", {"type": "ATTACK"}, 400, "usage", "type: unknown value 'ATTACK'"),
        ("/api/events", {"factuality": "certain"}, 400, "usage",
         "factuality: unknown value 'certain'"),
        ("/api/timeline", {"since": "last week"}, 400, "usage",
         "since: 'last week' is not an ISO date"),
        ("/api/events", {"limit": "5000"}, 400, "usage", "limit: Input should be less than"),
        ("/api/claims", {"until": "2025-13-01"}, 400, "usage", "until: '2025-13-01'"),
        ("/api/documents/0000", {}, 404, "not_found", "no document with id '0000'"),
        ("/api/nothing", {}, 404, "not_found", "Not Found"),
    ],
)
def test_errors_are_json_with_a_code_and_message(client, path, params, status, code, message):
    response = client.get(path, params=params)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"] == code and error["message"].startswith(message)


def test_a_crash_is_a_json_500_without_a_trace(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret detail /etc/passwd")

    monkeypatch.setattr(aggregates, "timeline", broken)
    response = client.get("/api/timeline")
    assert response.status_code == 500
    assert response.json() == {"error": {"code": "internal",
                                          "message": "internal error; see the server log"}}


def test_pages_and_json_carry_a_csp_without_inline_script(client):
    for path in ("/timeline", "/api/events", "/static/app.js"):
        csp = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert client.get("/", follow_redirects=False).headers["location"] == "/timeline"


def test_page_escapes_filter_values_from_the_url(client):
    html = client.get("/map", params={"actor": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)" not in html
    assert "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count("<script") == 1  # the one module script, from /static


def test_openapi_schema_lists_the_endpoints(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/actors", "/api/claims", "/api/positions", "/api/places",
                 "/api/counts", "/api/timeline", "/api/map", "/api/network",
                 "/api/documents/{doc_id}", "/api/documents"):
        assert path in paths, path


def test_writes_are_disabled_without_a_token(client):
    response = client.post("/api/documents", content=b"Text.",
                           headers={"content-type": "text/plain"})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "writes_disabled"


@pytest.fixture
def writer(article_store: Path, tmp_path: Path) -> Iterator[TestClient]:
    """A writable API with a token, over a copy of the fixture store."""
    copy = tmp_path / "w.duckdb"
    shutil.copy(article_store, copy)
    with TestClient(create_app(copy, token="s3cret"), raise_server_exceptions=False) as c:
        yield c


# Dated in the text: an undated article's "on Monday" stays unresolved, and the timeline
# counts dated events only.
ARTICLE = b"Ghana's army shelled rebel positions near Tamale on 3 March 2025, officials said."
AUTH = {"authorization": "Bearer s3cret"}


@pytest.mark.parametrize("header", [None, "Bearer wrong", "s3cret", "Basic s3cret"])
def test_writes_need_the_exact_bearer_token(writer, header):
    headers = {"content-type": "text/plain"} | ({"authorization": header} if header else {})
    response = writer.post("/api/documents", content=ARTICLE, headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"


def test_a_posted_article_is_analysed_and_stored_once(writer):
    headers = AUTH | {"content-type": "text/plain"}
    first = writer.post("/api/documents", content=ARTICLE, headers=headers)
    assert first.status_code == 201, first.text
    assert first.json()["added"] == 1
    doc_id = first.json()["documents"][0]["id"]
    assert writer.get(f"/api/documents/{doc_id}").json()["document"]["text"] == ARTICLE.decode()
    # The views see the new events at once (their derived table is rebuilt after a write).
    found = writer.get("/api/events", params={"factuality": "all", "actor": "Ghana"}).json()
    assert found["total"] == first.json()["documents"][0]["events"] > 0
    timeline = writer.get("/api/timeline", params={"factuality": "all", "actor": "Ghana"})
    assert sum(r["asserted"] + r["other"] for r in timeline.json()["items"]) == found["total"]
    again = writer.post("/api/documents", content=ARTICLE, headers=headers)
    assert again.json() == {"added": 0, "skipped": 1, "documents": []}


@pytest.mark.parametrize(
    ("body", "content_type", "format"),
    [
        (b"", "text/plain", "text"),
        (b"{bad", "application/json", "jsonl"),
        (b'[{"title": "no text"}]', "application/json", "jsonl"),
        (b"\x00\x01\x02binary", "text/plain", "text"),
    ],
)
def test_bad_posts_get_the_ingest_error(writer, body, content_type, format):
    with pytest.raises(Exception) as raised:
        list(read_bytes(body, "request body", format=format))
    response = writer.post("/api/documents", content=body,
                           headers=AUTH | {"content-type": content_type})
    assert response.status_code == 422
    assert response.json()["error"] == {"code": raised.value.code, "message": str(raised.value)}


def test_posts_are_size_limited_and_typed(writer, monkeypatch):
    monkeypatch.setenv("KRONIKA_API_MAX_BYTES", "20")
    response = writer.post("/api/documents", content=ARTICLE,
                           headers=AUTH | {"content-type": "text/plain"})
    assert response.status_code == 413 and response.json()["error"]["code"] == "too_large"
    response = writer.post("/api/documents", content=b"x", headers=AUTH | {
        "content-type": "application/pdf"})
    assert response.status_code == 415 and response.json()["error"]["code"] == "media_type"


def test_serve_binds_localhost_by_default():
    from typer.testing import CliRunner

    from kronika.cli import app

    help_text = CliRunner().invoke(app, ["serve", "--help"]).output
    assert "127.0.0.1" in help_text
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0")


def test_query_event_where_is_shared_by_the_event_list(store):
    where = query.event_where(country="AZE", factuality=None)
    frame = store.sql("SELECT count(*) AS n FROM events e JOIN documents d ON d.id = e.doc_id "
                      + where.sql(), where.params)
    assert int(frame["n"].iloc[0]) == len(store.events(country="AZE", factuality=None))


def test_on_localhost_other_host_headers_are_refused(article_store: Path):
    app = create_app(article_store, token="", allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1:8000") as local:
        assert local.get("/api/timeline").status_code == 200
        rebound = local.get("/api/timeline", headers={"host": "attacker.example"})
    assert rebound.status_code == 400
    assert rebound.json()["error"]["code"] == "host"


def test_a_new_empty_store_serves_empty_views(tmp_path: Path):
    with TestClient(create_app(tmp_path / "new.duckdb", token="t")) as empty:
        assert empty.get("/api/timeline").json() == {"items": []}
        assert empty.get("/api/network").json() == {"nodes": [], "edges": []}
        assert empty.get("/api/events").json()["total"] == 0


def test_serve_refuses_a_missing_database_without_a_token(tmp_path: Path, monkeypatch):
    from typer.testing import CliRunner

    from kronika.cli import app

    monkeypatch.delenv("KRONIKA_API_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "none.duckdb: no such database" in result.output


def test_kronika_serve_runs_the_app_on_localhost(article_store: Path, tmp_path: Path):
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-c", "from kronika.cli import app; app()", "serve",
               "--db", str(article_store), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(base + "/api/events")
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, (
                    server.stderr.read().decode() if server.poll() is not None else "timeout")
                time.sleep(0.2)
        assert response.status_code == 200 and response.json()["total"] > 0
        assert httpx.get(base + "/timeline").status_code == 200
        rebound = httpx.get(base + "/api/events", headers={"host": "evil.example"})
        assert rebound.status_code == 400 and rebound.json()["error"]["code"] == "host"
    finally:
        server.terminate()
        server.wait(timeout=10)
