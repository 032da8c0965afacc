"""Running served queries in worker processes that can be killed.

Neither pyoxigraph nor rdflib can cancel a running query, and an aggregate yields nothing until
it is done: the only sure bound on a query's time is to run it in another process and kill that
process when time is up. A pebble process pool does exactly this (a timed-out task's worker is
terminated and replaced), so one runaway query costs one worker for ``timeout`` seconds while
the others go on answering.

Each worker loads the compiled dataset (N-Quads) once into its own in-memory store. The checks
of :mod:`crpv_graph.guard`, the choice of format and the row cap all run in the worker, under
the same time limit as the query.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pebble
import pyoxigraph as ox
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from crpv_graph.guard import RefusedQuery, check_query
from crpv_graph.namespaces import PREFIXES
from crpv_graph.output import media_type, serialize_result, solutions_from_rows
from crpv_graph.sparql import Term

# Media types each format answers to, the preferred one first. Formats are tried in this order
# when a client accepts several equally (``*/*`` gets the first).
RESULT_MEDIA_TYPES = {
    "json": ("application/sparql-results+json", "application/json"),
    "xml": ("application/sparql-results+xml", "application/xml", "text/xml"),
    "csv": ("text/csv",),
    "tsv": ("text/tab-separated-values",),
}
GRAPH_MEDIA_TYPES = {
    "turtle": ("text/turtle", "application/x-turtle", "application/turtle", "text/n3"),
    "ntriples": ("application/n-triples", "text/plain"),
    "trig": ("application/trig",),
    "json-ld": ("application/ld+json", "application/json"),
    "xml": ("application/rdf+xml", "application/xml", "text/xml"),
}
FORMAT_ALIASES = {"ttl": "turtle", "n3": "turtle", "nt": "ntriples", "jsonld": "json-ld"}


class QueryTimeout(Exception):
    """The query ran past its time limit; its worker was killed."""


@dataclass(frozen=True)
class Answer:
    """A query's result, serialised in the negotiated format."""

    body: bytes
    media_type: str
    form: str
    rows: int
    truncated: bool


def negotiate(accept: str, graph: bool, explicit: str | None = None) -> str:
    """The format to answer in: ``explicit`` if it names one, else the best for ``accept``.

    Raises :class:`RefusedQuery` (406) when the client accepts none of the formats.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", graph=False)
    'xml'
    >>> negotiate("*/*", graph=True), negotiate("", graph=False, explicit="tsv")
    ('turtle', 'tsv')
    """
    table = GRAPH_MEDIA_TYPES if graph else RESULT_MEDIA_TYPES
    if explicit:
        name = FORMAT_ALIASES.get(explicit.lower(), explicit.lower())
        if name in table:
            return name
        for fmt, types in table.items():
            if name in types:
                return fmt
    candidates = [media for types in table.values() for media in types]
    best = parse_accept_header(accept or "*/*", MIMEAccept).best_match(candidates)
    if best is None:
        offered = ", ".join(types[0] for types in table.values())
        raise RefusedQuery(f"none of the accepted media types can be served; try {offered}", 406)
    return next(fmt for fmt, types in table.items() if best in types)


_store: ox.Store | None = None
_graphs: frozenset[str] = frozenset()


def _start_worker(dump: str) -> None:
    """Load the compiled dataset into this worker's store (runs once per worker process)."""
    global _store, _graphs
    store = ox.Store()
    store.bulk_load(path=dump, format=ox.RdfFormat.N_QUADS)
    _store = store
    _graphs = frozenset(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))


def answer_query(
    text: str,
    accept: str,
    explicit_format: str | None,
    max_rows: int,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
) -> Answer:
    """Check, run, cap and serialise one query in a worker (see the module docstring)."""
    assert _store is not None, "worker not started"
    form = check_query(text, _graphs)
    for iri in (*default_graphs, *named_graphs):
        if iri not in _graphs:
            raise RefusedQuery(f"<{iri}> is not a graph of this dataset")
    graph = form in ("CONSTRUCT", "DESCRIBE")
    fmt = negotiate(accept, graph, explicit_format)
    try:
        if default_graphs or named_graphs:
            result = _store.query(
                text,
                prefixes=PREFIXES,
                use_default_graph_as_union=not default_graphs,
                default_graph=[ox.NamedNode(iri) for iri in default_graphs] or None,
                named_graphs=[ox.NamedNode(iri) for iri in named_graphs] or None,
            )
        else:
            result = _store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise RefusedQuery(f"syntax error: {error}") from error
    except OSError as error:  # an evaluation error, e.g. a remote call that slipped through
        raise RefusedQuery(f"query failed: {error}") from error
    rows, truncated = 0, False
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        kept: list[list[Term | None]] = []
        for solution in result:
            if len(kept) == max_rows:
                truncated = True
                break
            kept.append([solution[name] for name in variables])
        rows = len(kept)
        body = serialize_result(solutions_from_rows(variables, kept), fmt)
    elif isinstance(result, ox.QueryTriples):
        triples: list[ox.Triple] = []
        for triple in result:
            if len(triples) == max_rows:
                truncated = True
                break
            triples.append(triple)
        rows = len(triples)
        body = serialize_result(triples, fmt)
    else:
        rows = 1
        body = serialize_result(result, fmt)
    return Answer(body, media_type(fmt, graph), form, rows, truncated)


class QueryExecutor:
    """A pool of query workers over one compiled dataset, with a per-query time limit."""

    def __init__(self, dump: Path, workers: int = 2, timeout: float = 30.0) -> None:
        self.timeout = timeout
        self.workers = workers
        self._pool = pebble.ProcessPool(
            max_workers=workers,
            initializer=_start_worker,
            initargs=(str(dump),),
            context=multiprocessing.get_context("spawn"),
        )

    async def run(
        self,
        text: str,
        accept: str = "*/*",
        explicit_format: str | None = None,
        max_rows: int = 10_000,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
    ) -> Answer:
        """Run a query in a worker; raise :class:`QueryTimeout` once the time limit is past."""
        future = self._pool.schedule(
            answer_query,
            args=(text, accept, explicit_format, max_rows, tuple(default_graphs), named_graphs),
            timeout=self.timeout,
        )
        try:
            # The pool's own limit starts when a worker takes the task; this one bounds the
            # wait in the queue too. Cancelling the future kills a worker that has started.
            return await asyncio.wait_for(asyncio.wrap_future(future), self.timeout + 1.0)
        except TimeoutError as error:
            future.cancel()  # type: ignore[no-untyped-call]
            raise QueryTimeout(f"the query ran past the {self.timeout:g} s limit") from error

    async def warm_up(self) -> None:
        """Start every worker (loading the dataset) before the first client waits for one."""
        await asyncio.gather(*(self.run("ASK {}") for _ in range(self.workers)))

    def close(self) -> None:
        """Stop the workers."""
        self._pool.stop()  # type: ignore[no-untyped-call]
        self._pool.join(timeout=5)
