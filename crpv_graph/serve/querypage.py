"""The query page (``/``) and what its script asks of the server besides ``/sparql``.

The page is a SPARQL editor (CodeMirror 6, vendored in ``crpv_graph/vendor/codemirror``) that
completes prefixes, the ontology's classes and properties and the graph's entities, the named
queries as searchable examples, and views of a result (table, graph, timeline, map, bar chart).
Researchers know this shape from the Wikidata Query Service and YASGUI; it stays on this server:
the script, its libraries and its data all come from here.

Routes:

``/terms.json``
    What the editor completes: the project's prefixes, and the ontology's classes and properties
    with their labels and definitions in French and English (read from the ontology graph by
    ``queries/ontology-terms.rq``, so the vocabulary is never spelled in the page).
``/labels`` (``POST`` of a JSON list of IRIs)
    Each IRI's display label, its prefixed name and its link on this server: the result table
    shows labels beside IRIs without the page writing a query of its own.
``/vendor/...``
    The vendored libraries (``crpv_graph/vendor``) and pyvis's vis-network
    (``/vendor/vis-network/``), which the views load only when they are shown.
"""

from __future__ import annotations

import json
import re
import secrets
from importlib import resources as package_files
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from crpv_graph.i18n import LANGUAGES, gettext
from crpv_graph.namespaces import PREFIXES
from crpv_graph.paths import vis_network_dir
from crpv_graph.query.formats import GRAPH_FORMATS, RESULT_FORMATS
from crpv_graph.query.labels import compact, labels_query, read_labels
from crpv_graph.serve.context import (
    SECURITY_HEADERS,
    BadRequest,
    read_body,
    render,
    run,
    server,
)
from crpv_graph.serve.language import request_language
from crpv_graph.serve.resources import local_link, solutions

VENDOR = Path(str(package_files.files("crpv_graph") / "vendor"))
#: The most IRIs one ``/labels`` request may ask about (a page of results holds fewer).
MAX_LABELLED = 10_000
#: The URL parameter that asks for a result as a file (``download=centres``: ``centres.csv``).
DOWNLOAD_PARAM = "download"


def routes() -> list[Route | Mount]:
    """The query page's routes (see the module docstring)."""
    return [
        Route("/", index),
        Route("/terms.json", terms),
        Route("/labels", labels, methods=["POST"]),
        Mount("/vendor/vis-network", StaticFiles(directory=str(vis_network_dir()))),
        Mount("/vendor", StaticFiles(directory=str(VENDOR))),
    ]


async def index(request: Request) -> Response:
    """``/``: the query page. ``?query=`` fills the editor and runs it (a permalink)."""
    lang = request_language(request)
    shared = server(request)
    examples = [
        {
            "name": query.name,
            "title": query.localized("title", lang),
            "description": query.localized("description", lang),
            "form": query.form,
            "params": [
                {"name": p.name, "kind": p.kind, "default": p.default, "doc": p.localized_doc(lang)}
                for p in query.params
            ],
        }
        for query in shared.library.values()
    ]
    # CodeMirror writes its styles in a <style> element: the policy allows that one by a nonce.
    nonce = secrets.token_urlsafe(18)
    policy = SECURITY_HEADERS["Content-Security-Policy"].replace(
        "style-src 'self'", f"style-src 'self' 'nonce-{nonce}'"
    )
    context = {
        "nonce": nonce,
        "examples": examples,
        "settings": shared.settings,
        "formats": {"select": list(RESULT_FORMATS), "graph": list(GRAPH_FORMATS)},
        "messages": script_messages(lang),
    }
    return render(request, "index.html", context, headers={"Content-Security-Policy": policy})


def script_messages(lang: str) -> dict[str, str]:
    """What the query page's script shows, in ``lang``: the script holds no words of its own.
    ``{name}`` is replaced by the script."""
    _ = gettext(lang)
    return {
        "running": _("Running…"),
        "unreachable": _("The server could not be reached."),
        "failed": _("Error {status}: {message}"),
        "row": _("{rows} row in {ms} ms"),
        "rows": _("{rows} rows in {ms} ms"),
        "truncated": _(" — truncated at the row limit"),
        "yes": _("yes"),
        "no": _("no"),
        "table": _("Table"),
        "graph": _("Graph"),
        "timeline": _("Timeline"),
        "map": _("Map"),
        "chart": _("Bar chart"),
        "turtle": _("Turtle"),
        "subject": _("subject"),
        "predicate": _("predicate"),
        "object": _("object"),
        "loadFailed": _("The example could not be loaded: {message}"),
        "searchEntity": _("Type a name to search"),
        "overseas": _("Not on the map: {places}"),
        "graphNote": _("{nodes} nodes, {edges} links, from the columns {from} and {to}"),
        "timelineNote": _("{items} dated rows, from the column {column}"),
        "mapNote": _("{places} places, from the column {column}"),
        "chartNote": _("{bars} bars: {number} by {label}"),
        "copied": _("Copied"),
        "copy": _("Copy"),
    }


async def terms(request: Request) -> Response:
    """``/terms.json``: the prefixes and the ontology's terms, labelled in every language; read
    once per server (the dataset never changes), so completion costs no query after the first."""
    shared = server(request)
    if shared.terms is None:  # two first requests at once both read them: no harm
        shared.terms = await _read_terms(request)
    return JSONResponse(shared.terms, headers={"Cache-Control": "max-age=300"})


async def _read_terms(request: Request) -> dict[str, Any]:
    """The ``ontology-terms`` query in each language, merged into one entry per term."""
    by_term: dict[str, dict[str, Any]] = {}
    for lang in LANGUAGES:
        for row in await solutions(request, "ontology-terms", {"lang": lang}):
            text = {name: str(getattr(term, "value", term)) for name, term in row.items()}
            iri, kind = text["term"], text["kind"]
            entry = by_term.setdefault(
                iri, {"iri": iri, "short": compact(iri), "kind": kind, "label": {}, "comment": {}}
            )
            for field in ("label", "comment"):
                if field in text:
                    entry[field][lang] = text[field]
    return {"prefixes": PREFIXES, "terms": sorted(by_term.values(), key=lambda t: t["short"])}


async def labels(request: Request) -> Response:
    """``POST /labels``: a JSON list of IRIs in, ``{iri: {label, short, href}}`` out (``label``
    null for an IRI the graph does not name, ``href`` null for one with no page to open)."""
    body = await read_body(request, server(request).settings.max_query_bytes)
    try:
        asked = json.loads(body)
    except ValueError:
        raise BadRequest("send a JSON list of IRIs") from None
    if not isinstance(asked, list) or not all(isinstance(iri, str) for iri in asked):
        raise BadRequest("send a JSON list of IRIs")
    if len(asked) > MAX_LABELLED:
        raise BadRequest(f"at most {MAX_LABELLED} IRIs at once; got {len(asked)}", 413)
    try:
        iris = [ox.NamedNode(iri) for iri in asked]
    except ValueError as error:
        raise BadRequest(f"not an IRI: {error}") from None
    found: dict[str, str] = {}
    text = labels_query(iris)
    if text:  # a SELECT the server wrote itself: no guard needed
        answer = await run(request, text, "*/*", "json", trusted_form="SELECT", max_rows=len(iris))
        found = read_labels(ox.parse_query_results(answer.body, ox.QueryResultsFormat.JSON))
    return JSONResponse(
        {
            iri.value: {
                "label": found.get(iri.value),
                "short": compact(iri.value),
                "href": local_link(iri.value) or None,
            }
            for iri in iris
        }
    )


def attachment(request: Request, media_type: str, default_stem: str) -> dict[str, str]:
    """``Content-Disposition`` for an answer asked for as a file (``?download=STEM``, or the
    bare ``?download`` for ``default_stem``): the browser saves it under ``STEM.EXT``, the
    extension of its format. No header when the request did not ask.

    >>> from starlette.requests import Request
    >>> asked = Request({"type": "http", "query_string": b"download=centres+2024"})
    >>> attachment(asked, "text/csv", "query")
    {'Content-Disposition': 'attachment; filename="centres-2024.csv"'}
    """
    if DOWNLOAD_PARAM not in request.query_params:
        return {}
    stem = re.sub(r"[^\w.-]+", "-", request.query_params[DOWNLOAD_PARAM], flags=re.ASCII)
    stem = stem.strip(".-")[:80] or default_stem
    base = media_type.split(";")[0].strip()
    extensions = {f.media_types[0]: f.extension for f in RESULT_FORMATS.values()}
    extensions.update({f.media_types[0]: f.extension for f in GRAPH_FORMATS.values()})
    extension = extensions.get(base, "txt")
    return {"Content-Disposition": f'attachment; filename="{stem}.{extension}"'}
