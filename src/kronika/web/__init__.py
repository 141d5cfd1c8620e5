"""The analyst's dashboard: five server-rendered pages over the JSON API, assets vendored.

Each page is one HTML shell (navigation, the shared filter form filled from the URL, an empty
view) rendered with every value escaped; ``static/app.js`` reads the same URL, calls the API
and builds the view with DOM methods only (``textContent``, never ``innerHTML``), so article
text can never become markup. No inline script or style: the CSP forbids them.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from string import Template

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from kronika.records import FACTUALITY_VALUES, PLOVER_TYPES

STATIC = Path(__file__).resolve().parent / "static"
PAGE = Template((Path(__file__).resolve().parent / "page.html").read_text(encoding="utf-8"))

# Path -> title; the order of the navigation.
VIEWS: dict[str, str] = {
    "timeline": "Timeline",
    "map": "Map",
    "network": "Network",
    "positions": "Positions",
    "evidence": "Evidence",
}
TEXT_FILTERS: tuple[tuple[str, str, str], ...] = (
    # name, label, input type
    ("since", "From", "date"),
    ("until", "To", "date"),
    ("country", "Country (ISO3)", "text"),
    ("actor", "Actor", "text"),
    ("issue", "Issue", "text"),
)


def add_dashboard(app: FastAPI) -> None:
    """Mount the static assets and the five pages on the app."""
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/timeline")

    for view in VIEWS:
        app.add_api_route(f"/{view}", page_route(view), include_in_schema=False,
                          response_class=HTMLResponse)


def page_route(view: str):
    """The handler of one view's page."""

    def handler(request: Request) -> HTMLResponse:
        return HTMLResponse(render_page(view, request.query_params.multi_items()))

    handler.__name__ = f"page_{view}"
    return handler


def render_page(view: str, params: list[tuple[str, str]]) -> str:
    """One page: navigation, the filter form filled from the URL, the empty view."""
    values: dict[str, list[str]] = {}
    for key, value in params:
        values.setdefault(key, []).append(value)
    return PAGE.substitute(
        title=escape(VIEWS[view]),
        view=escape(view),
        nav=navigation(view, params),
        filters=filter_form(view, values),
    )


def navigation(current: str, params: list[tuple[str, str]]) -> str:
    """Links to every view that keep the current filters (a view can be linked)."""
    from urllib.parse import urlencode

    shared = urlencode([(k, v) for k, v in params if k not in ("doc", "event", "claim",
                                                               "position")])
    links = []
    for view, title in VIEWS.items():
        href = f"/{view}" + (f"?{shared}" if shared else "")
        active = ' aria-current="page"' if view == current else ""
        links.append(f'<a href="{escape(href)}"{active}>{escape(title)}</a>')
    return "\n".join(links)


def filter_form(view: str, values: dict[str, list[str]]) -> str:
    """The shared filter form; a GET form, so applying it puts the filters in the URL."""
    fields = []
    for name, label, kind in TEXT_FILTERS:
        value = escape(values.get(name, [""])[0])
        fields.append(f'<label>{escape(label)} <input name="{name}" type="{kind}"'
                      f' value="{value}" maxlength="200"></label>')
    fields.append(select("type", "Type", PLOVER_TYPES, values.get("type", [])))
    fields.append(select("factuality", "Factuality", ("all", *FACTUALITY_VALUES),
                         values.get("factuality", []) or ["all"]))
    return (f'<form id="filters" method="get" action="/{escape(view)}">' + "".join(fields)
            + '<button type="submit">Apply</button> <a href="/' + escape(view)
            + '">Clear</a></form>')


def select(name: str, label: str, options, chosen: list[str]) -> str:
    """A multiple choice of fixed options, the chosen ones selected."""
    items = "".join(f'<option value="{escape(o)}"{" selected" if o in chosen else ""}>'
                    f"{escape(o)}</option>" for o in options)
    return (f'<label>{escape(label)} <select name="{name}" multiple size="4">{items}'
            "</select></label>")
