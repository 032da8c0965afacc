"""Dereferenceable IRIs: the project's resources, its ontology and its graphs, in RDF or as pages.

``https://w3id.org/crpv/id/KIND/SLUG`` is redirected by w3id.org (``deploy/w3id.org/crpv``) to
``/id/KIND/SLUG`` here, with the client's ``Accept``. The answer, by content negotiation:

- a browser (``text/html``) is sent (303 See Other) to the resource's page in the static site
  (``/site/id/KIND/SLUG/``, :func:`crpv_graph.site.addresses.page_path`);
- an RDF client gets the resource's statements (where it is the subject), in Turtle,
  N-Triples, JSON-LD, TriG or N-Quads; the last two keep each statement's graph, the source
  document that states it (or the inferred graph). A suffix (``/id/organization/irev.ttl``)
  chooses the format instead of ``Accept``.

``/ontology`` answers the whole ontology graph the same way (a browser gets a page listing the
classes and properties with their labels) and ``/graph/NAME`` a named graph of the project
(``sources``, ``inferred``, ``ontology``). An IRI with no statement answers 404, an ``Accept``
none of the formats satisfies 406 with the list of those available. Every answer says
``Vary: Accept`` and links its alternates (``Link: <...>; rel="alternate"; type="..."``).

The statements are read by the server's own queries (``crpv_graph/serve/queries``) in a worker,
under the same time limit and confinement as every other query; the worker returns them as
SPARQL results, and the server writes them in the format asked for (TriG and N-Quads need each
statement's graph, which a CONSTRUCT result cannot carry).
"""

from __future__ import annotations

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from crpv_graph.i18n import gettext
from crpv_graph.namespaces import BASE, GRAPH, PREFIXES
from crpv_graph.query import Term, bind, with_values
from crpv_graph.query.formats import best_media_type
from crpv_graph.serve.context import BadRequest, render, run, server
from crpv_graph.serve.language import request_language
from crpv_graph.site.addresses import page_path

#: The RDF formats offered, the one a client that accepts anything gets first.
FORMATS = (
    ox.RdfFormat.TURTLE,
    ox.RdfFormat.N_TRIPLES,
    ox.RdfFormat.JSON_LD,
    ox.RdfFormat.TRIG,
    ox.RdfFormat.N_QUADS,
    ox.RdfFormat.RDF_XML,
)
SUFFIXES = {f".{fmt.file_extension}": fmt for fmt in FORMATS}
HTML = "text/html"
#: The statements of one resource or graph are bounded by the data, not by a client's query:
#: they are not cut at the row cap of client queries, only at this bound.
MAX_STATEMENTS = 1_000_000
#: The project's graphs that ``/graph/NAME`` serves (source documents' graphs are their URLs).
SERVED_GRAPHS = ("sources", "inferred", "ontology")


#: The parts of the namespace this server dereferences (the routes of this module).
SERVED_PATHS = ("id/", "ontology", "graph/")

Solution = dict[str, Term]


class NotAcceptable(Exception):
    """No format offered satisfies the client's ``Accept``."""


def choose_format(accept: str, html: bool) -> ox.RdfFormat | None:
    """The format to answer ``accept`` in, ``None`` for the HTML page (when ``html`` offers
    one); :class:`NotAcceptable` when nothing fits. ``*/*`` gets Turtle.

    >>> choose_format("text/html,application/xml;q=0.9,*/*;q=0.8", html=True) is None
    True
    >>> choose_format("application/n-quads, text/turtle;q=0.5", html=True).name
    'N-Quads'
    >>> choose_format("", html=False).name
    'Turtle'

    A type's parameters (``charset``, a JSON-LD ``profile``) do not keep it from matching:

    >>> choose_format('application/ld+json; profile="http://www.w3.org/ns/json-ld#compacted"',
    ...               html=True).name
    'JSON-LD'
    """
    offered = [fmt.media_type for fmt in FORMATS] + ([HTML] if html else [])
    best = best_media_type(accept, offered)
    if best is None:
        raise NotAcceptable(", ".join(offered))
    return None if best == HTML else next(f for f in FORMATS if f.media_type == best)


def local_link(iri: str) -> str:
    """Where a page of this server links an IRI: the namespace's IRIs to their route here (so
    they resolve before, and without, the w3id.org redirect), web IRIs as they are, others to
    nothing.

    >>> local_link(BASE + "id/organization/irev"), local_link(BASE + "ontology#ResourceCentre")
    ('/id/organization/irev', '/ontology#ResourceCentre')
    >>> local_link("https://www.irev.fr/"), local_link("urn:x")
    ('https://www.irev.fr/', '')
    """
    rest = iri.removeprefix(BASE)
    if rest != iri and rest.startswith(SERVED_PATHS):
        return "/" + rest
    return iri if iri.startswith(("http://", "https://")) else ""


def split_suffix(path: str) -> tuple[str, ox.RdfFormat | None]:
    """A path and the format its suffix names, if any.

    >>> split_suffix("organization/irev.jsonld")
    ('organization/irev', <RdfFormat JSON-LD>)
    >>> split_suffix("organization/irev")
    ('organization/irev', None)
    """
    for suffix, fmt in SUFFIXES.items():
        if path.endswith(suffix):
            return path[: -len(suffix)], fmt
    return path, None


def document(quads: list[ox.Quad], fmt: ox.RdfFormat) -> bytes:
    """Quads in ``fmt``, in a canonical order (the same statements give the same bytes); a
    triples-only format gets each statement once, whatever graphs it is in."""
    if fmt.supports_datasets:
        return ox.serialize(sorted(quads, key=str), format=fmt, prefixes=PREFIXES) or b""
    triples = sorted({quad.triple for quad in quads}, key=str)
    return ox.serialize(triples, format=fmt, prefixes=PREFIXES) or b""


def alternates(url: str, html: str | None) -> str:
    """The ``Link`` header naming each representation of the resource at ``url``.

    >>> alternates("/ontology", None).split(", ")[0]
    '</ontology.ttl>; rel="alternate"; type="text/turtle"'
    """
    links = [f'<{url}{suffix}>; rel="alternate"; type="{fmt.media_type}"' for suffix, fmt in
             SUFFIXES.items()]  # fmt: skip
    if html:
        links.append(f'<{html}>; rel="alternate"; type="{HTML}"')
    return ", ".join(links)


async def resource(request: Request) -> Response:
    """``/id/PATH[.EXT]``: a resource of the project (see the module docstring)."""
    path, suffix = split_suffix(request.path_params["path"])
    iri = f"{BASE}id/{path}"
    page = page_path(iri)
    site_page = f"/site/{page}" if page else None
    fmt = suffix or _negotiate(request, html=site_page is not None)
    try:
        subject = ox.NamedNode(iri)
    except ValueError:  # a path that makes no IRI: the graph says nothing about it
        return not_found(request, iri)
    quads = [
        _quad(subject, row["predicate"], row["object"], row["graph"])
        for row in await solutions(request, "resource-quads", {"resource": f"<{iri}>"})
    ]
    if not quads:
        return not_found(request, iri)
    if fmt is None:
        assert site_page is not None
        return RedirectResponse(site_page, status_code=303, headers={"Vary": "Accept"})
    return _rdf(quads, fmt, f"/id/{path}", site_page)


async def graph(request: Request) -> Response:
    """``/graph/NAME[.EXT]``: one of the project's graphs, in RDF."""
    name, suffix = split_suffix(request.path_params["name"])
    fmt = suffix or _negotiate(request, html=False)
    assert fmt is not None
    quads = await _graph_quads(request, name) if name in SERVED_GRAPHS else []
    if not quads:
        return not_found(request, str(GRAPH[name]))
    return _rdf(quads, fmt, f"/graph/{name}", None)


async def ontology(request: Request) -> Response:
    """``/ontology[.EXT]``: the ontology in RDF, or a page of its classes and properties."""
    suffix = request.url.path.removeprefix("/ontology") or None
    fmt = SUFFIXES.get(suffix) if suffix else _negotiate(request, html=True)
    if suffix and fmt is None:
        return not_found(request, request.url.path)
    if fmt is not None:
        quads = await _graph_quads(request, "ontology")
        return _rdf(quads, fmt, "/ontology", "/ontology")
    terms = [
        {name: str(getattr(term, "value", term)) for name, term in row.items()}
        for row in await solutions(request, "ontology-terms", {"lang": request_language(request)})
    ]
    context = {
        "classes": [term for term in terms if term["kind"] == "class"],
        "properties": [term for term in terms if term["kind"] == "property"],
    }
    return render(
        request, "ontology.html", context, headers={"Link": alternates("/ontology", None)}
    )


def not_found(request: Request, what: str) -> Response:
    """404 for an IRI the dataset says nothing about: a page for a browser, else a line."""
    _ = gettext(request_language(request))
    message = _("The graph holds no statement about {iri}.").format(iri=what)
    if HTML in request.headers.get("accept", ""):
        context = {"title": _("Not found"), "message": message}
        return render(request, "error.html", context, status_code=404)
    return PlainTextResponse(message + "\n", status_code=404, headers={"Vary": "Accept"})


def _negotiate(request: Request, html: bool) -> ox.RdfFormat | None:
    try:
        return choose_format(request.headers.get("accept", "*/*"), html)
    except NotAcceptable as error:
        _ = gettext(request_language(request))
        raise BadRequest(
            _("None of the accepted types is available; try one of: {types}").format(types=error),
            406,
        ) from None


async def solutions(request: Request, name: str, values: dict[str, str]) -> list[Solution]:
    """The solutions of one of the server's own SELECT queries, run in a worker: each a dict of
    its bound variables."""
    query = server(request).own[name]
    text = with_values(query.text, bind(query, values))
    answer = await run(request, text, "*/*", "json", trusted_form="SELECT", max_rows=MAX_STATEMENTS)
    result = ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.JSON)
    assert isinstance(result, ox.QuerySolutions)
    names = [variable.value for variable in result.variables]
    return [{name: term for name in names if (term := row[name]) is not None} for row in result]


async def _graph_quads(request: Request, name: str) -> list[ox.Quad]:
    graph = ox.NamedNode(str(GRAPH[name]))
    return [
        _quad(row["subject"], row["predicate"], row["object"], graph)
        for row in await solutions(request, "graph-quads", {"graph": f"<{graph.value}>"})
    ]


def _quad(subject: Term, predicate: Term, obj: Term, graph: Term) -> ox.Quad:
    """A quad from the terms of a solution (SPARQL puts only these kinds of term there)."""
    assert isinstance(subject, ox.NamedNode | ox.BlankNode | ox.Triple)
    assert isinstance(predicate, ox.NamedNode) and isinstance(graph, ox.NamedNode)
    return ox.Quad(subject, predicate, obj, graph)


def _rdf(quads: list[ox.Quad], fmt: ox.RdfFormat, url: str, html: str | None) -> Response:
    media_type = fmt.media_type
    if media_type == "application/ld+json":
        media_type += "; charset=utf-8"
    headers = {"Vary": "Accept", "Link": alternates(url, html), "X-Result-Rows": str(len(quads))}
    return Response(document(quads, fmt), media_type=media_type, headers=headers)
