"""The served SPARQL endpoint: the SPARQL 1.1 Protocol, a query page and the named queries.

Routes:

``/sparql``
    SPARQL 1.1 Protocol: ``GET ?query=``, ``POST`` of a ``query=`` form or of an
    ``application/sparql-query`` body, ``default-graph-uri`` / ``named-graph-uri``, and content
    negotiation (``Accept``, or ``format=json|xml|csv|tsv|turtle|ntriples|trig|json-ld``).
    SPARQL Update is refused (403): the endpoint is read-only.
``/``
    The query page: an editor, the named queries as examples, results as a table.
``/queries``, ``/queries.json``
    The named queries, as a page or as JSON.
``/queries/NAME``, ``/queries/NAME.json|.csv|.tsv|.xml|.ttl|.nt|.jsonld|.trig|.rq``
    One named query, its parameters taken from the URL (``?centre=o:irev``): a page with a form
    and the result table, or the result in a format chosen by extension or ``Accept``.
``/health``
    Runs a real query in a worker: 200 when it is answered, 503 otherwise (for a monitor).

Every answer of a query says how many rows it holds (``X-Result-Rows``) and whether the row cap
cut it (``X-Result-Truncated``). A query past the time limit answers 503 with
``X-Query-Timed-Out: true``, one past the memory bound 503 with ``X-Query-Too-Large: true``, and
one that finds no room 503 with ``Retry-After`` (see :mod:`crpv_graph.serve.executor`). Errors
are one line of plain text; nothing internal is echoed.
"""

from __future__ import annotations

import json
import logging
import urllib.parse
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from crpv_graph import __version__
from crpv_graph.errors import CrpvError
from crpv_graph.query import (
    NamedQuery,
    QueryError,
    bind,
    load_queries,
    with_values,
)
from crpv_graph.query.formats import EXTENSIONS
from crpv_graph.query.labels import display_text, labels_query, read_labels
from crpv_graph.query.terms import Term
from crpv_graph.serve.executor import (
    Answer,
    Limits,
    QueryExecutor,
    Task,
    Unavailable,
    WorkerFailed,
)
from crpv_graph.serve.guard import RefusedQuery

log = logging.getLogger("crpv_graph.serve")

PACKAGE = Path(str(resources.files("crpv_graph.serve")))
HEALTH_QUERY = "ASK { ?centre a crpv:ResourceCentre }"
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


@dataclass(frozen=True)
class ServerSettings:
    """How the endpoint runs. ``dataset`` is the compiled dataset as N-Quads bytes."""

    dataset: bytes
    limits: Limits = field(default_factory=Limits)
    max_query_bytes: int = 256 * 1024
    cors_origins: tuple[str, ...] = ()


class BadRequest(CrpvError):
    """A request the endpoint cannot take, answered with ``status`` and one line of text."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass
class _Server:
    """What the endpoints share, kept on ``app.state.server``: the settings, the page templates,
    the named queries, and the executor (running between the lifespan's start and end)."""

    settings: ServerSettings
    templates: Jinja2Templates
    library: dict[str, NamedQuery]
    executor: QueryExecutor | None = None


def create_app(settings: ServerSettings) -> Starlette:
    """The ASGI application (run it with uvicorn, as ``crpv-graph serve`` does): the routes,
    the middleware and the lifespan that starts and stops the query workers."""
    routes = [
        Route("/", index),
        Route("/sparql", sparql_endpoint, methods=["GET", "POST"]),
        Route("/queries", query_list),
        Route("/queries.json", query_list),
        Route("/queries/{name}", named_query),
        Route("/health", health),
        Mount("/static", StaticFiles(directory=str(PACKAGE / "static")), name="static"),
    ]
    app = Starlette(routes=routes, middleware=_middleware(settings), lifespan=_lifespan)
    templates = Jinja2Templates(directory=str(PACKAGE / "templates"))
    app.state.server = _Server(settings, templates, load_queries())
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
    server: _Server = app.state.server
    server.executor = QueryExecutor(server.settings.dataset, server.settings.limits)
    await server.executor.start()
    try:
        yield
    finally:
        await server.executor.close()


def _server(request: Request) -> _Server:
    server: _Server = request.app.state.server
    return server


async def _run(
    request: Request,
    text: str,
    accept: str,
    explicit_format: str | None = None,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
    trusted_form: str | None = None,
) -> Answer:
    """Answer a query in a worker (see :class:`~crpv_graph.serve.executor.Task`)."""
    server = _server(request)
    assert server.executor is not None, "the app's lifespan starts the executor"
    task = Task(
        text,
        accept,
        explicit_format,
        server.settings.limits.max_rows,
        tuple(default_graphs),
        tuple(named_graphs),
        trusted_form,
    )
    return await server.executor.run(task, client=request.client.host if request.client else "")


async def sparql_endpoint(request: Request) -> Response:
    """``/sparql``: the SPARQL 1.1 Protocol (queries only)."""
    fields = await _protocol_fields(request, _server(request).settings.max_query_bytes)
    if fields.get("update"):
        raise RefusedQuery("SPARQL Update is not allowed: this endpoint is read-only", 403)
    texts = fields.get("query", [])
    if not texts:
        if "text/html" in request.headers.get("accept", ""):
            return RedirectResponse("/", status_code=303)
        raise BadRequest("missing query: send query= or an application/sparql-query body")
    if len(texts) > 1:
        raise BadRequest("send exactly one query")
    answer = await _run(
        request,
        texts[0],
        request.headers.get("accept", "*/*"),
        _first(fields.get("format")),
        fields.get("default-graph-uri", []),
        fields.get("named-graph-uri", []),
    )
    return _answer_response(answer)


async def index(request: Request) -> Response:
    """``/``: the query page."""
    server = _server(request)
    context = {
        "queries": list(server.library.values()),
        "version": __version__,
        "settings": server.settings,
    }
    return server.templates.TemplateResponse(request, "index.html", context)


async def query_list(request: Request) -> Response:
    """``/queries`` and ``/queries.json``: the named queries, as a page or as JSON."""
    server = _server(request)
    if request.url.path.endswith(".json") or _prefers_json(request):
        return JSONResponse([_describe(query) for query in server.library.values()])
    context = {"queries": list(server.library.values()), "version": __version__}
    return server.templates.TemplateResponse(request, "queries.html", context)


async def named_query(request: Request) -> Response:
    """``/queries/NAME[.EXT]``: a named query's text, its result, or its page."""
    server = _server(request)
    name, _, extension = request.path_params["name"].partition(".")
    query = server.library.get(name)
    if query is None:
        raise BadRequest(f"no named query {name!r}; see /queries", 404)
    if extension == "rq":
        return PlainTextResponse(query.text, media_type="application/sparql-query")
    if extension and extension not in EXTENSIONS:
        raise BadRequest(f"unknown extension .{extension}; use one of {', '.join(EXTENSIONS)}")
    values = dict(request.query_params)
    if extension or not _prefers_html(request):
        text = _bound_text(query, values)
        accept = request.headers.get("accept", "*/*")
        answer = await _run(
            request, text, accept, EXTENSIONS.get(extension), trusted_form=query.form
        )
        return _answer_response(answer)
    return await _query_page(request, query, values)


async def _query_page(request: Request, query: NamedQuery, values: dict[str, str]) -> Response:
    """A named query's page: its form, its result as a table (or the error), downloads."""
    graph = query.form in ("CONSTRUCT", "DESCRIBE")
    context: dict[str, Any] = {"query": query, "values": values, "version": __version__}
    status = 200
    try:
        text = _bound_text(query, values)
        fmt = "ntriples" if graph else "json"
        answer = await _run(request, text, "*/*", fmt, trusted_form=query.form)
        context.update(await _table(request, answer))
    except (BadRequest, RefusedQuery, Unavailable) as error:
        context["error"] = error.message
        status = error.status
    downloads = ("ttl", "nt", "jsonld", "rq") if graph else ("csv", "tsv", "json", "rq")
    context["downloads"] = {
        ext: f"/queries/{query.name}.{ext}?{urllib.parse.urlencode(values)}".rstrip("?")
        for ext in downloads
    }
    return _server(request).templates.TemplateResponse(
        request, "query.html", context, status_code=status
    )


async def health(request: Request) -> Response:
    """``/health``: a real query through a worker, so a monitor sees the outage a client would."""
    try:
        answer = await _run(request, HEALTH_QUERY, "*/*", "json", trusted_form="ASK")
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

        async def send_with_headers(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = message.setdefault("headers", [])
                for key, value in SECURITY_HEADERS.items():
                    headers.append((key.lower().encode(), value.encode()))
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as error:
            if started:
                raise
            response = _error_response(error)
            await response(scope, receive, send_with_headers)


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


def _answer_response(answer: Answer) -> Response:
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
    body = await _read_body(request, limit)
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


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BadRequest(f"the request is larger than the {limit}-byte limit", 413)
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise BadRequest(f"the request is larger than the {limit}-byte limit", 413)
            chunks.append(chunk)
    except ClientDisconnect:
        # A client gone mid-upload is no server error: the answer goes nowhere, and the
        # connection layer (crpv_graph.serve.http) logs the disconnect.
        raise BadRequest("the client went away before the end of its request") from None
    return b"".join(chunks)


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
            return {"boolean": bool(result), "columns": [], "rows": [], "answer": answer}
        columns = [v.value for v in result.variables]
        rows = [[solution[name] for name in columns] for solution in result]
    labels: dict[str, str] = {}
    text = labels_query(term for row in rows for term in row if isinstance(term, ox.NamedNode))
    if text:  # a SELECT the server wrote itself: no guard needed
        labelled = await _run(request, text, "*/*", "json", trusted_form="SELECT")
        labels = read_labels(ox.parse_query_results(labelled.body, ox.QueryResultsFormat.JSON))
    cells = [[_cell(term, labels) for term in row] for row in rows]
    return {"columns": columns, "rows": cells, "answer": answer}


def _cell(term: Term | None, labels: dict[str, str]) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        href = term.value if term.value.startswith(("http://", "https://")) else ""
        return {"text": display_text(term, labels), "title": term.value, "href": href}
    return {"text": display_text(term, labels)}
