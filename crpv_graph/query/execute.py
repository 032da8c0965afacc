"""Running SPARQL on the embedded store or on a remote endpoint, with bound parameters."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Protocol, TypeAlias

import pyoxigraph as ox

from crpv_graph.namespaces import PREFIXES, sparql_prologue
from crpv_graph.query.binding import bind, with_values
from crpv_graph.query.registry import NamedQuery, QueryError, is_update, parse_query_text
from crpv_graph.query.terms import Term, term_text

QueryResult: TypeAlias = ox.QuerySolutions | ox.QueryBoolean | Iterable[ox.Triple]
"""What a query gives: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE)."""


class Endpoint(Protocol):
    """A SPARQL service other than the embedded store:
    :class:`crpv_graph.query.remote.SparqlEndpoint`.

    It receives complete query text (prologue included) and answers with pyoxigraph results,
    so that everything downstream (formats, tables, DataFrames) is the same for every backend.
    """

    def query(self, text: str) -> QueryResult:
        """Run a query and return its result."""
        ...


Target: TypeAlias = ox.Store | Endpoint
"""Where a query runs: the embedded store or an :class:`Endpoint`."""


def execute(target: Target, text: str) -> QueryResult:
    """Run complete query text on the embedded store or an endpoint.

    On the store, the default graph is the union of all graphs, each triple once
    (:func:`crpv_graph.store.dataset.fill_default_graph`), and the project's prefixes are
    predeclared; an endpoint receives them as a prologue, and its dataset is chosen by the
    endpoint client (:class:`crpv_graph.query.remote.SparqlEndpoint`).

    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/p"),
    ...                   ox.Literal("x"), ox.NamedNode("http://example.org/graph")))
    >>> bool(execute(store, "ASK { ?s ?p 'x' }"))
    False
    >>> bool(execute(store, "ASK { GRAPH ?g { ?s ?p 'x' } }"))
    True
    """
    try:
        if isinstance(target, ox.Store):
            return target.query(text, prefixes=PREFIXES)
        return target.query(sparql_prologue() + text)
    except SyntaxError as error:
        raise QueryError(f"invalid SPARQL: {error}") from error
    except (RuntimeError, OSError) as error:  # on the store: a SERVICE that fails, for one
        raise QueryError(f"the query failed while running: {error}") from error


def run(
    target: Target,
    query: NamedQuery | str,
    values: Mapping[str, str] | None = None,
) -> QueryResult:
    """Run a named or inline query, its parameters bound from ``values`` and their defaults;
    an ``iri`` parameter also takes the name of one entity (``centre=IREV``, see
    :func:`crpv_graph.query.find.resolve_names`)."""
    # find reads names with execute(): imported here, not above, where it would be a cycle.
    from crpv_graph.query.find import name_index, resolve_names

    named = query if isinstance(query, NamedQuery) else parse_query_text("inline", query)
    if is_update(named.text):
        raise QueryError(
            f"{named.name}: SPARQL Update is not supported: queries only read (the data changes "
            "in its source files, data/*.trig)"
        )
    values = resolve_names(lambda: name_index(target), named, values or {})
    text = with_values(named.text, bind(named, values))
    try:
        return execute(target, text)
    except QueryError as error:
        raise QueryError(f"{named.name}: {error}") from error


def select_rows(
    target: Target, query: NamedQuery | str, values: Mapping[str, str] | None = None
) -> Iterator[dict[str, Term | None]]:
    """Run a SELECT and yield each solution as a ``{variable: term}`` dict."""
    result = run(target, query, values)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("select_rows expects a SELECT query")
    names = [v.value for v in result.variables]
    for solution in result:
        yield {name: solution[name] for name in names}


def text_rows(
    target: Target, query: NamedQuery | str, values: Mapping[str, str] | None = None
) -> Iterator[dict[str, str]]:
    """Run a SELECT and yield each solution as ``{variable: text}`` (see
    :func:`~crpv_graph.query.terms.term_text`; an unbound value is ``""``)."""
    for row in select_rows(target, query, values):
        yield {name: term_text(term) for name, term in row.items()}
