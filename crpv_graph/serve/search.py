"""``/search?q=``: finding entities by name on the server, for people (a page) and for the
query page's completion (JSON).

The names are read once, through a worker like every query, by the query
:func:`crpv_graph.query.find.names_query`, and kept for the server's lifetime: its dataset does
not change under it. The search itself runs in the server process, in a few milliseconds.
"""

from __future__ import annotations

import urllib.parse
from typing import Any

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from crpv_graph.query import NamedQuery, QueryError
from crpv_graph.query.find import (
    MAX_TEXT,
    Match,
    NameIndex,
    named_params,
    names_query,
    normal,
    resolve_names,
)
from crpv_graph.serve import resources
from crpv_graph.serve.context import BadRequest, render, run, server

#: How many entities one search lists at most.
MAX_LIMIT = 100
DEFAULT_LIMIT = 20
#: Enough for every name of every entity: the server's row cap is for clients' queries.
NAMES_ROWS = 10_000_000


async def search(request: Request) -> Response:
    """``/search?q=TEXT[&kind=CLASS][&limit=N]``: JSON (``Accept: application/json`` or
    ``format=json``) or a page."""
    params = request.query_params
    text, kind = params.get("q", ""), params.get("kind") or None
    wants_json = params.get("format") == "json" or (
        "json" in request.headers.get("accept", "") and params.get("format") != "html"
    )
    limit = _limit(params.get("limit"))
    if len(text) > MAX_TEXT:
        raise BadRequest(f"q is {len(text)} characters long; the limit is {MAX_TEXT}")
    if wants_json and not normal(text):
        raise BadRequest("missing q: the name to look for, with at least one letter or digit")
    matches: list[Match] = []
    error = ""
    if normal(text):
        index = await name_index(request)
        try:
            matches = index.find(text, kind=kind, limit=limit)
        except QueryError as problem:
            if wants_json:
                raise BadRequest(str(problem)) from problem
            error = str(problem)
    if wants_json:
        results = [{**match.as_json(), "href": _href(match.iri)} for match in matches]
        return JSONResponse({"query": text, "results": results}, headers={"Vary": "Accept"})
    context: dict[str, Any] = {
        "text": text,
        "kind": kind or "",
        "error": error,
        "results": [{"match": match, "href": _href(match.iri)} for match in matches],
    }
    return render(request, "search.html", context, status_code=400 if error else 200)


async def name_index(request: Request) -> NameIndex:
    """Every name of every entity of the served dataset, read on the first search."""
    shared = server(request)
    if shared.names is None:  # two first searches at once both read them: no harm
        answer = await run(
            request, names_query().text, "*/*", "json", trusted_form="SELECT", max_rows=NAMES_ROWS
        )
        result = ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.JSON)
        shared.names = NameIndex.read(result)
    return shared.names


async def resolved(request: Request, query: NamedQuery, values: dict[str, str]) -> dict[str, str]:
    """A named query's parameters, an entity's name given to an ``iri`` parameter replaced by
    its IRI (:func:`crpv_graph.query.find.resolve_names`); a 400 when no entity, or several,
    have the name."""
    if not named_params(query, values):
        return values
    index = await name_index(request)
    try:
        return resolve_names(lambda: index, query, values, finder=_search_link)
    except QueryError as error:
        raise BadRequest(str(error)) from error


def _search_link(name: str) -> str:
    return "/search?" + urllib.parse.urlencode({"q": name})


def _limit(value: str | None) -> int:
    if value is None or value == "":
        return DEFAULT_LIMIT
    if not value.isdigit() or not 1 <= int(value) <= MAX_LIMIT:
        raise BadRequest(f"limit is a whole number from 1 to {MAX_LIMIT}, got {value!r}")
    return int(value)


def _href(iri: str) -> str | None:
    """The entity's address on this server (``/id/...``), or None for one it does not serve."""
    link = resources.local_link(iri)
    return link if link.startswith("/") else None
