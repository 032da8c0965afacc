"""Publishing the compiled dataset to a triple store, all or nothing as far as the protocol allows.

A push runs in three steps, so that a reader of the store sees the old version or the new one,
never a mix:

1. **Stage.** Every named graph (one per source document, the metadata, inferred and ontology
   graphs) and the union graph (:data:`~crpv_graph.namespaces.GRAPH_UNION`: the default graph,
   each triple once) is uploaded whole with the Graph Store Protocol (``PUT ?graph=``) under a
   staging name, ``<.../graph/staging/VERSION/N>``. Readers do not see staging graphs: the
   endpoint client names the dataset's graphs in every query.
2. **Check.** The store is asked how many triples each staging graph holds
   (``query/protocol/staged-graphs.rq``); a graph not kept whole (a proxy that answered 200
   with an HTML page, a full disk) stops the push before anything visible changed.
3. **Switch.** One SPARQL Update request moves every staging graph onto its real name
   (``MOVE``), drops the graphs of sources no longer in ``data/`` (with ``prune``) and the
   staging copies an interrupted push left, and records in ``crpvg:publication`` every graph
   the dataset now has on the store (the stale ones kept included, so a later ``--prune``
   finds them). Oxigraph applies one request in one transaction;
   what Virtuoso guarantees is in ``docs/stores.md``.

The version (the build fingerprint, in the metadata graph) is read back after the switch.
"""

from __future__ import annotations

import hashlib
from collections.abc import Generator, Iterable, Mapping
from dataclasses import dataclass, field

import httpx
import pyoxigraph as ox

from crpv_graph.errors import CrpvError
from crpv_graph.namespaces import (
    DATASET_IRI,
    GRAPH,
    GRAPH_PUBLICATION,
    GRAPH_UNION,
    PREFIXES,
    PROJECT_GRAPHS,
)
from crpv_graph.query import load_queries, text_rows
from crpv_graph.query.remote import (
    USER_AGENT,
    RemoteError,
    SparqlEndpoint,
    endpoint_url,
    one_line,
    protocol_queries,
)
from crpv_graph.query.terms import XSD
from crpv_graph.store.compiled import CompiledDataset

STAGING = str(GRAPH["staging/"])

#: Where each known store keeps its SPARQL services, from its Graph Store Protocol URL:
#: (GSP path suffix, Update path suffix, Query path suffix).
KNOWN_LAYOUTS = (
    ("/store", "/update", "/query"),  # Oxigraph server
    ("/sparql-graph-crud-auth", "/sparql-auth", "/sparql"),  # Virtuoso, with digest auth
    ("/sparql-graph-crud", "/sparql", "/sparql"),  # Virtuoso, granted to SPARQL
    ("/data", "/update", "/query"),  # Fuseki
)


class PushError(CrpvError):
    """The store refused or lost a graph, or could not be reached; the message is one line."""


@dataclass(frozen=True)
class StoreServices:
    """The three URLs a push talks to."""

    graph_store: str
    update: str
    query: str

    @classmethod
    def of(
        cls, graph_store: str, update: str | None = None, query: str | None = None
    ) -> StoreServices:
        """The services of a store, the ones not given derived from the Graph Store URL.

        >>> StoreServices.of("http://localhost:7878/store")  # doctest: +NORMALIZE_WHITESPACE
        StoreServices(graph_store='http://localhost:7878/store',
                      update='http://localhost:7878/update', query='http://localhost:7878/query')
        >>> StoreServices.of("http://localhost:8890/sparql-graph-crud-auth").update
        'http://localhost:8890/sparql-auth'
        """
        endpoint_url(graph_store)
        if update is None or query is None:
            for gsp, update_path, query_path in KNOWN_LAYOUTS:
                if graph_store.endswith(gsp):
                    base = graph_store[: -len(gsp)]
                    update = update or base + update_path
                    query = query or base + query_path
                    break
            else:
                raise PushError(
                    f"{graph_store}: not a Graph Store URL of a known store (Oxigraph .../store, "
                    "Virtuoso .../sparql-graph-crud[-auth], Fuseki .../data): give "
                    "--update-endpoint and --query-endpoint too"
                )
        return cls(graph_store, endpoint_url(update), endpoint_url(query))


@dataclass(frozen=True)
class PushReport:
    """What a push did."""

    endpoint: str
    version: str
    graphs: int
    triples: int
    #: Graphs of sources no longer in the dataset: dropped with ``prune``, else only listed.
    stale: list[str] = field(default_factory=list)
    pruned: bool = False


class ChallengeAuth(httpx.Auth):
    """Basic or digest authentication, whichever the store's challenge asks for (Virtuoso's
    ``-auth`` services ask for digest, most others for basic)."""

    def __init__(self, user: str, password: str) -> None:
        self._digest = httpx.DigestAuth(user, password)
        self._basic = httpx.BasicAuth(user, password)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        response = yield request
        if response.status_code != 401:
            return
        scheme = response.headers.get("WWW-Authenticate", "").split(" ", 1)[0].lower()
        if scheme == "digest":
            flow = self._digest.auth_flow(request)
            next(flow)  # the unauthenticated request, already answered
            retry = flow.send(response)
        else:
            retry = next(self._basic.auth_flow(request))
        yield retry


def push(
    dataset: CompiledDataset,
    services: StoreServices | str,
    *,
    prune: bool = False,
    auth: httpx.Auth | None = None,
    timeout: float = 60.0,
) -> PushReport:
    """Publish every graph of a compiled dataset, and its default graph as the union graph
    (module docstring: stage, check, switch). ``services`` may be a Graph Store URL of a store
    whose other services :meth:`StoreServices.of` knows."""
    if isinstance(services, str):
        services = StoreServices.of(services)
    store, version = dataset.store, dataset.fingerprint
    reader = SparqlEndpoint(services.query, timeout=timeout, whole_store=True)
    published = [row["graph"] for row in _rows(reader, "publication-graphs", {})]
    graphs = sorted(
        (g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value
    )
    names = [g.value for g in graphs]
    project = {str(g) for g in PROJECT_GRAPHS} | {str(GRAPH_UNION)}
    stale = sorted(set(published) - set(names) - project)
    staging = f"{STAGING}{version[:16]}/"
    n_triples = {"Content-Type": ox.RdfFormat.N_TRIPLES.media_type}
    sent: dict[str, tuple[str, int, int]] = {}  # staging name -> (name, triples, mergeable)
    try:
        with httpx.Client(timeout=timeout, headers={"User-Agent": USER_AGENT}, auth=auth) as client:
            for target, graph, payload, count in _payloads(store, graphs):
                staged = staging + hashlib.sha256(target.encode()).hexdigest()[:16]
                put = client.put(
                    services.graph_store,
                    params={"graph": staged},
                    content=payload,
                    headers=n_triples,
                )
                _checked(put, f"graph <{target}>")
                sent[staged] = (target, count, mergeable_dates(store, graph))
            _check_staged(reader, staging, sent)
            leftovers = [g for g in _staged(reader, STAGING) if g not in sent]
            drops = [*leftovers, *(stale if prune else [])]
            kept = [*names, str(GRAPH_UNION), *([] if prune else stale)]
            request = switch_request({s: t for s, (t, _, _) in sent.items()}, drops, kept)
            _checked(client.post(services.update, data={"update": request}), "the switch")
    except httpx.TimeoutException as error:
        raise PushError(f"{services.graph_store}: no answer within {timeout:g} s") from error
    except httpx.HTTPError as error:
        raise PushError(f"{services.graph_store}: unreachable: {error}") from error
    now = published_version(reader)
    if now != version:
        raise PushError(
            f"{services.query}: the store holds version {now or 'none'} after the switch, "
            f"not {version}: another push may have run at the same time"
        )
    triples = sum(count for _, count, _ in sent.values())
    return PushReport(services.graph_store, version, len(sent), triples, stale, prune)


def published_version(reader: SparqlEndpoint) -> str | None:
    """The version of the dataset a store holds (its build fingerprint), or None."""
    rows = _rows(reader, "published-version", {})
    return rows[0]["version"] if rows else None


def switch_request(moves: Mapping[str, str], drops: Iterable[str], kept: Iterable[str]) -> str:
    """The one SPARQL Update request that makes a staged version the published one.

    >>> print(switch_request({"http://x/staged": "http://x/g"}, ["http://x/old"], ["http://x/g"]))
    MOVE GRAPH <http://x/staged> TO GRAPH <http://x/g> ;
    DROP SILENT GRAPH <http://x/old> ;
    DROP SILENT GRAPH <https://w3id.org/crpv/graph/publication> ;
    INSERT DATA { GRAPH <https://w3id.org/crpv/graph/publication> {
    <https://w3id.org/crpv/dataset> <http://purl.org/dc/terms/hasPart> <http://x/g> .
    } }
    """
    operations = [f"MOVE GRAPH <{staged}> TO GRAPH <{target}>" for staged, target in moves.items()]
    operations += [f"DROP SILENT GRAPH <{graph}>" for graph in [*drops, str(GRAPH_PUBLICATION)]]
    part = f"<{DATASET_IRI}> <{PREFIXES['dcterms']}hasPart>"
    record = "".join(f"{part} <{graph}> .\n" for graph in kept)
    operations.append(f"INSERT DATA {{ GRAPH <{GRAPH_PUBLICATION}> {{\n{record}}} }}")
    return " ;\n".join(operations)


def graph_payload(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph) -> tuple[bytes, int]:
    """A graph as N-Triples, with its number of triples.

    >>> store = ox.Store()
    >>> g = ox.NamedNode("http://example.org/g")
    >>> store.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
    ...                   ox.Literal("o"), g))
    >>> graph_payload(store, g)
    (b'<http://example.org/s> <http://example.org/p> "o" .\\n', 1)
    """
    payload = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b""
    return payload, payload.count(b"\n")


def _payloads(
    store: ox.Store, graphs: list[ox.NamedNode]
) -> Iterable[tuple[str, ox.NamedNode | ox.DefaultGraph, bytes, int]]:
    for graph in graphs:
        yield (graph.value, graph, *graph_payload(store, graph))
    yield (str(GRAPH_UNION), ox.DefaultGraph(), *graph_payload(store, ox.DefaultGraph()))


#: Datatypes whose values some stores keep as one timeline point: Virtuoso holds
#: ``"2020"^^xsd:gYear`` and ``"2020-01-01"^^xsd:date`` as one value (docs/stores.md).
TEMPORAL = frozenset(XSD + name for name in ("date", "dateTime", "gYear", "gYearMonth"))


def mergeable_dates(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph) -> int:
    """How many triples of a graph a store may merge without losing a statement: two sources
    dating one thing to a year and to a day in it are two triples here, one value there.

    >>> store = ox.Store()
    >>> s, p = ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/date")
    >>> for value, kind in (("2020", "gYear"), ("2020-01-01", "date")):
    ...     store.add(ox.Quad(s, p, ox.Literal(value, datatype=ox.NamedNode(XSD + kind))))
    >>> mergeable_dates(store, ox.DefaultGraph())
    1
    """
    by_statement: dict[tuple[str, str], int] = {}
    for quad in store.quads_for_pattern(None, None, None, graph):
        value = quad.object
        if isinstance(value, ox.Literal) and value.datatype.value in TEMPORAL:
            key = (str(quad.subject), quad.predicate.value)
            by_statement[key] = by_statement.get(key, 0) + 1
    return sum(count - 1 for count in by_statement.values())


def _checked(response: httpx.Response, what: str) -> None:
    """Stop on a refusal; a success answered with an HTML page is a refusal too (a proxy or a
    login page answered, not the store). The page is told by its body: Virtuoso labels its
    every empty success ``text/html`` (docs/stores.md)."""
    kind = response.headers.get("Content-Type", "")
    html = response.content.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html"))
    if response.status_code not in (200, 201, 204) or html:
        raise PushError(
            f"{response.request.url}: {what} refused with HTTP {response.status_code} "
            f"({kind or 'no content type'}): {one_line(response.text)}"
        )


def _check_staged(
    reader: SparqlEndpoint, staging: str, sent: Mapping[str, tuple[str, int, int]]
) -> None:
    """Every staged graph holds what was sent, less at most the dates the store may merge."""
    held = _staged(reader, staging)
    for staged, (target, count, mergeable) in sent.items():
        kept = held.get(staged, 0)
        if not count - mergeable <= kept <= count:
            raise PushError(
                f"{reader.url}: the store kept {kept} of the {count} triples sent "
                f"for <{target}>; nothing was switched"
            )


def _staged(reader: SparqlEndpoint, prefix: str) -> dict[str, int]:
    rows = _rows(reader, "staged-graphs", {"prefix": prefix})
    return {row["graph"]: int(row["triples"]) for row in rows}


def _rows(reader: SparqlEndpoint, name: str, values: Mapping[str, str]) -> list[dict[str, str]]:
    """A protocol query's rows as text, a failure to reach the store a :class:`PushError`."""
    try:
        return list(text_rows(reader, load_queries(protocol_queries())[name], values))
    except RemoteError as error:
        raise PushError(str(error)) from error
