"""The served SPARQL endpoint: the SPARQL 1.1 Protocol, a query page and the named queries.

Routes:

``/sparql``
    SPARQL 1.1 Protocol: ``GET ?query=``, ``POST`` of a ``query=`` form or of an
    ``application/sparql-query`` body, ``default-graph-uri`` / ``named-graph-uri``, and content
    negotiation (``Accept``, or ``format=json|xml|csv|tsv|turtle|ntriples|trig|json-ld``).
    SPARQL Update is refused (403): the endpoint is read-only.
``/``, ``/terms.json``, ``/labels``, ``/vendor/...``
    The query page (``?query=`` loads and runs a query), and what its script asks besides
    ``/sparql``: see :mod:`crpv_graph.serve.querypage`.
``/queries``, ``/queries.json``
    The named queries, as a page or as JSON.
``/queries/NAME``, ``/queries/NAME.json|.csv|.tsv|.xml|.ttl|.nt|.jsonld|.trig|.rq``
    One named query, its parameters taken from the URL (``?centre=o:irev``): a page with a form
    and the result table, or the result in a format chosen by extension or ``Accept``
    (``?download`` adds ``Content-Disposition``, as on ``/sparql``); ``.rq`` with parameters
    gives the text with them bound.
``/id/KIND/SLUG[.ttl|.nt|.jsonld|.trig|.nq]``, ``/ontology[.EXT]``, ``/graph/NAME[.EXT]``
    The project's IRIs, dereferenced: RDF by content negotiation, or (for a browser) the page
    of the static site (see :mod:`crpv_graph.serve.resources`).
``/search?q=``
    Entities found by name, as a page or JSON (see :mod:`crpv_graph.serve.search`).
``/dictionary``
    The data dictionary (see :mod:`crpv_graph.serve.dictionary`).
``/site/``
    The static site (``crpv-graph site``), see :mod:`crpv_graph.serve.site`.
``/health``
    Runs a real query in a worker: 200 when it is answered, 503 otherwise (for a monitor).

Pages are in French unless the reader asks for English (:mod:`crpv_graph.serve.language`).
Every answer of a query says how many rows it holds (``X-Result-Rows``) and whether the row cap
cut it (``X-Result-Truncated``). A query past the time limit answers 503 with
``X-Query-Timed-Out: true``, one past the memory bound 503 with ``X-Query-Too-Large: true``, and
one that finds no room 503 with ``Retry-After`` (see :mod:`crpv_graph.serve.executor`). Errors
are one line of plain text (a page, for a browser that asked for an address with nothing
there); nothing internal is echoed.
"""

from __future__ import annotations

import json
import logging
import urllib.parse
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from crpv_graph import __version__
from crpv_graph.i18n import gettext
from crpv_graph.query import (
    NamedQuery,
    QueryError,
    bind,
    with_values,
)
from crpv_graph.query.formats import EXTENSIONS
from crpv_graph.query.labels import display_text, labels_query, read_labels
from crpv_graph.query.terms import Term
from crpv_graph.serve import querypage, resources, search
from crpv_graph.serve.context import (
    PACKAGE,
    SECURITY_HEADERS,
    BadRequest,
    Server,
    ServerSettings,
    read_body,
    render,
    run,
    server,
)
from crpv_graph.serve.dictionary import dictionary
from crpv_graph.serve.executor import Answer, QueryExecutor, Unavailable, WorkerFailed
from crpv_graph.serve.guard import RefusedQuery
from crpv_graph.serve.language import LANG_PARAM, request_language
from crpv_graph.serve.querypage import DOWNLOAD_PARAM, attachment
from crpv_graph.serve.site import SiteFiles

__all__ = ["BadRequest", "ServerSettings", "create_app"]

log = logging.getLogger("crpv_graph.serve")

HEALTH_QUERY = "ASK { ?centre a crpv:ResourceCentre }"
#: The static site's pages carry their own, stricter policy (a ``<meta>``); they hold inline
#: scripts and styles (the network pages' graph), and make no request outside the site.
SITE_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)


def create_app(settings: ServerSettings) -> Starlette:
    """The ASGI application (run it with uvicorn, as ``crpv-graph serve`` does): the routes,
    the middleware and the lifespan that starts and stops the query workers."""
    routes = [
        *querypage.routes(),
        Route("/sparql", sparql_endpoint, methods=["GET", "POST"]),
        Route("/queries", query_list),
        Route("/queries.json", query_list),
        Route("/queries/{name}", named_query),
        Route("/search", search.search),
        Route("/id/{path:path}", resources.resource),
        Route("/ontology", resources.ontology),
        Route("/ontology.{format}", resources.ontology),
        Route("/dictionary", dictionary),
        Route("/graph/{name}", resources.graph),
        Route("/health", health),
        Mount("/static", StaticFiles(directory=str(PACKAGE / "static")), name="static"),
        Mount("/site", SiteFiles(settings.site), name="site"),
    ]
    app = Starlette(
        routes=routes,
        middleware=_middleware(settings),
        lifespan=_lifespan,
        exception_handlers={HTTPException: _http_error},
    )
    app.state.server = Server.create(settings)
    return app


def _middleware(settings: ServerSettings) -> list[Middleware]:
    """One-line errors and security headers on every answer; CORS for the allowed origins."""
    middleware = [Middleware(_ErrorsAndHeaders)]
    if settings.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(settings.cors_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Accept", "Content-Type"],
                expose_headers=[
                    "X-Result-Rows",
                    "X-Result-Truncated",
                    "X-Query-Timed-Out",
                    "X-Query-Too-Large",
                    "Retry-After",
                ],
                allow_credentials=False,
            )
        )
    return middleware


@asynccontextmanager
async def _lifespan(app: Starlette) -> AsyncIterator[None]:
    shared: Server = app.state.server
    shared.executor = QueryExecutor(shared.settings.dataset, shared.settings.limits)
    await shared.executor.start()
    try:
        yield
    finally:
        await shared.executor.close()


async def sparql_endpoint(request: Request) -> Response:
    """``/sparql``: the SPARQL 1.1 Protocol (queries only)."""
    fields = await _protocol_fields(request, server(request).settings.max_query_bytes)
    if fields.get("update"):
        raise RefusedQuery("SPARQL Update is not allowed: this endpoint is read-only", 403)
    texts = fields.get("query", [])
    if not texts:
        if "text/html" in request.headers.get("accept", ""):
            return RedirectResponse("/", status_code=303)
        raise BadRequest("missing query: send query= or an application/sparql-query body")
    if len(texts) > 1:
        raise BadRequest("send exactly one query")
    answer = await run(
        request,
        texts[0],
        request.headers.get("accept", "*/*"),
        _first(fields.get("format")),
        fields.get("default-graph-uri", []),
        fields.get("named-graph-uri", []),
    )
    return _answer_response(answer, attachment(request, answer.media_type, "query"))


async def query_list(request: Request) -> Response:
    """``/queries`` and ``/queries.json``: the named queries, as a page or as JSON."""
    shared = server(request)
    if request.url.path.endswith(".json") or _prefers_json(request):
        return JSONResponse([_describe(query) for query in shared.library.values()])
    return render(request, "queries.html", {"queries": list(shared.library.values())})


async def named_query(request: Request) -> Response:
    """``/queries/NAME[.EXT]``: a named query's text, its result, or its page."""
    shared = server(request)
    name, _, extension = request.path_params["name"].partition(".")
    query = shared.library.get(name)
    if query is None:
        raise BadRequest(f"no named query {name!r}; see /queries", 404)
    # ``lang`` chooses the page's language (crpv_graph.serve.language) and ``download`` asks
    # for a file: neither is a parameter.
    values = {
        k: v for k, v in request.query_params.items() if k not in (LANG_PARAM, DOWNLOAD_PARAM)
    }
    if extension == "rq":
        if values:
            text = _bound_text(query, await search.resolved(request, query, values))
        return PlainTextResponse(
            text if values else query.text, media_type="application/sparql-query"
        )
    if extension and extension not in EXTENSIONS:
        raise BadRequest(f"unknown extension .{extension}; use one of {', '.join(EXTENSIONS)}")
    if extension or not _prefers_html(request):
        text = _bound_text(query, await search.resolved(request, query, values))
        accept = request.headers.get("accept", "*/*")
        answer = await run(
            request, text, accept, EXTENSIONS.get(extension), trusted_form=query.form
        )
        return _answer_response(answer, attachment(request, answer.media_type, query.name))
    return await _query_page(request, query, values)


async def _query_page(request: Request, query: NamedQuery, values: dict[str, str]) -> Response:
    """A named query's page: its form, its result as a table (or the error), downloads, and a
    link that opens the query, its parameters bound, in the query page's editor."""
    graph = query.form in ("CONSTRUCT", "DESCRIBE")
    context: dict[str, Any] = {
        "query": query,
        "values": values,
        "error": None,
        "answer": None,
        "boolean": None,
        "columns": [],
        "rows": [],
        "editor": None,
    }
    status = 200
    try:
        text = _bound_text(query, await search.resolved(request, query, values))
        lang = request.query_params.get(LANG_PARAM)
        context["editor"] = "/?" + urllib.parse.urlencode(
            {"query": text, **({LANG_PARAM: lang} if lang else {})}
        )
        fmt = "ntriples" if graph else "json"
        answer = await run(request, text, "*/*", fmt, trusted_form=query.form)
        context.update(await _table(request, answer))
    except (BadRequest, RefusedQuery, Unavailable) as error:
        context["error"] = error.message
        status = error.status
    downloads = ("ttl", "nt", "jsonld", "rq") if graph else ("csv", "tsv", "json", "rq")
    context["downloads"] = {
        ext: f"/queries/{query.name}.{ext}?{urllib.parse.urlencode(values)}".rstrip("?")
        for ext in downloads
    }
    return render(request, "query.html", context, status_code=status)


async def health(request: Request) -> Response:
    """``/health``: a real query through a worker, so a monitor sees the outage a client would."""
    try:
        answer = await run(request, HEALTH_QUERY, "*/*", "json", trusted_form="ASK")
        answered = json.loads(answer.body)["boolean"] is True
    except (RefusedQuery, Unavailable, WorkerFailed) as error:
        return JSONResponse({"status": "unavailable", "reason": str(error)}, status_code=503)
    if not answered:
        return JSONResponse({"status": "unavailable", "reason": "no data"}, status_code=503)
    return JSONResponse({"status": "ok", "version": __version__})


class _ErrorsAndHeaders:
    """Turn every failure into a one-line answer, and add the security headers."""

    def __init__(self, app: Callable[..., Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        policy = {"Content-Security-Policy": SITE_POLICY} if _in_site(scope["path"]) else {}

        async def send_with_headers(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = message.setdefault("headers", [])
                # A page that sets its own policy keeps it (the query page: a style nonce).
                present = {name.lower() for name, _ in headers}
                for key, value in {**SECURITY_HEADERS, **policy}.items():
                    if key.lower().encode() not in present:
                        headers.append((key.lower().encode(), value.encode()))
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as error:
            if started:
                raise
            response = _error_response(error)
            await response(scope, receive, send_with_headers)


def _in_site(path: str) -> bool:
    return path == "/site" or path.startswith("/site/")


async def _http_error(request: Request, error: Exception) -> Response:
    """Starlette's own refusals (no such route, method not allowed): a page in the reader's
    language for a browser, one line of text for anyone else."""
    assert isinstance(error, HTTPException)
    _ = gettext(request_language(request))
    titles = {404: _("Not found"), 405: _("Method not allowed")}
    title = titles.get(error.status_code, _("Error"))
    messages = {
        404: _("There is nothing at this address."),
        405: _("This address does not take this method."),
    }
    message = messages.get(error.status_code, title)
    if "text/html" in request.headers.get("accept", ""):
        context = {"title": title, "message": message}
        return render(request, "error.html", context, error.status_code, error.headers)
    return PlainTextResponse(f"{message}\n", status_code=error.status_code, headers=error.headers)


def _error_response(error: Exception) -> Response:
    if isinstance(error, RefusedQuery | BadRequest):
        return PlainTextResponse(error.message + "\n", status_code=error.status)
    if isinstance(error, QueryError):
        return PlainTextResponse(f"{error}\n", status_code=400)
    if isinstance(error, Unavailable):
        return PlainTextResponse(
            error.message + "\n", status_code=error.status, headers=error.headers
        )
    log.error("internal error: %s", error, exc_info=not isinstance(error, WorkerFailed))
    return PlainTextResponse("internal error\n", status_code=500)


def _answer_response(answer: Answer, headers: dict[str, str] | None = None) -> Response:
    media_type = answer.media_type
    if not media_type.startswith("text/") and media_type.endswith(("json", "xml")):
        media_type += "; charset=utf-8"
    return Response(
        answer.body,
        media_type=media_type,
        headers={
            "X-Result-Rows": str(answer.rows),
            "X-Result-Truncated": "true" if answer.truncated else "false",
            "Vary": "Accept",
            **(headers or {}),
        },
    )


async def _protocol_fields(request: Request, limit: int) -> dict[str, list[str]]:
    """The protocol's fields from the URL and, for a POST, from the body."""
    fields: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        fields.setdefault(key, []).append(value)
    if request.method != "POST":
        return fields
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await read_body(request, limit)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadRequest("the request body is not UTF-8") from error
    if content_type == "application/x-www-form-urlencoded":
        for key, values in urllib.parse.parse_qs(text, keep_blank_values=True).items():
            fields.setdefault(key, []).extend(values)
    elif content_type == "application/sparql-query":
        fields["query"] = [text]
    elif content_type == "application/sparql-update":
        fields["update"] = [text]
    else:
        raise BadRequest(
            "POST a query as application/x-www-form-urlencoded (query=...) or "
            "application/sparql-query",
            415,
        )
    return fields


def _first(values: list[str] | None) -> str | None:
    return values[0] if values else None


def _prefers_html(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return "text/html" in accept


def _prefers_json(request: Request) -> bool:
    return "json" in request.headers.get("accept", "") and not _prefers_html(request)


def _bound_text(query: NamedQuery, values: dict[str, str]) -> str:
    try:
        return with_values(query.text, bind(query, values))
    except QueryError as error:
        raise BadRequest(str(error)) from error


def _describe(query: NamedQuery) -> dict[str, Any]:
    """A named query as JSON: its header and its text with the default parameters bound."""
    return {
        "name": query.name,
        "title": query.title,
        "description": query.description,
        "form": query.form,
        "params": [
            {"name": p.name, "kind": p.kind, "default": p.default, "doc": p.doc}
            for p in query.params
        ],
        "examples": list(query.examples),
        "url": f"/queries/{query.name}",
        "text": _bound_text(query, {}),
    }


async def _table(request: Request, answer: Answer) -> dict[str, Any]:
    """Columns and cells of an answer for the HTML table, IRIs with their labels.

    SELECT results come as SPARQL JSON, ASK as a boolean, graph results as N-Triples shown as
    subject, predicate, object rows.
    """
    if answer.form in ("CONSTRUCT", "DESCRIBE"):
        columns = ["subject", "predicate", "object"]
        rows: list[list[Any]] = [
            [quad.subject, quad.predicate, quad.object]
            for quad in ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES)
        ]
    else:
        result = ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.JSON)
        if isinstance(result, ox.QueryBoolean):
            return {"boolean": bool(result), "answer": answer}
        columns = [v.value for v in result.variables]
        rows = [[solution[name] for name in columns] for solution in result]
    labels: dict[str, str] = {}
    text = labels_query(term for row in rows for term in row if isinstance(term, ox.NamedNode))
    if text:  # a SELECT the server wrote itself: no guard needed
        labelled = await run(request, text, "*/*", "json", trusted_form="SELECT")
        labels = read_labels(ox.parse_query_results(labelled.body, ox.QueryResultsFormat.JSON))
    cells = [[_cell(term, labels) for term in row] for row in rows]
    return {"columns": columns, "rows": cells, "answer": answer}


def _cell(term: Term | None, labels: dict[str, str]) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        href = resources.local_link(term.value)
        return {"text": display_text(term, labels), "title": term.value, "href": href}
    return {"text": display_text(term, labels), "title": "", "href": ""}
