"""Checking a query before a served endpoint runs it: read-only, and nothing fetched remotely.

Both engines make outbound HTTP requests for ``SERVICE`` (pyoxigraph's from native code, out of
reach of Python's audit hooks), and rdflib fetches remote ``FROM`` graphs. So the query is parsed
first with rdflib's SPARQL parser and its syntax tree walked: SPARQL Update (``INSERT``, ``LOAD``,
``CLEAR``, ``DROP``...) and ``SERVICE`` are refused, and ``FROM`` / ``FROM NAMED`` only name
graphs this dataset holds.

>>> check_query("SELECT * WHERE { ?s ?p ?o }", graphs=set())
'SELECT'
>>> check_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", set())
Traceback (most recent call last):
...
crpv_graph.guard.RefusedQuery: SERVICE is not allowed: this endpoint never queries another one
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Set
from typing import Any

import rdflib.plugins.sparql
from pyparsing import ParseException, ParseResults
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import URIRef

from crpv_graph.namespaces import PREFIXES

# rdflib never loads a graph from the web on a query's behalf in this process.
rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False


class RefusedQuery(Exception):
    """A query the endpoint will not run; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status

    def __reduce__(self) -> tuple[type[RefusedQuery], tuple[str, int]]:
        # Raised in worker processes: keep both fields across pickling.
        return (RefusedQuery, (self.message, self.status))


def check_query(text: str, graphs: Set[str], prefixes: Mapping[str, str] = PREFIXES) -> str:
    """The form of ``text`` (``SELECT``, ``ASK``...) if it is safe to run here.

    Raises :class:`RefusedQuery` otherwise. ``graphs`` holds the IRIs of the dataset's named
    graphs: the only ones ``FROM`` may name. ``prefixes`` are those the endpoint predeclares.
    """
    try:
        tree = parseQuery(text)
    except ParseException as error:
        if _is_update(text):
            raise RefusedQuery(
                "SPARQL Update is not allowed: this endpoint is read-only", status=403
            ) from error
        raise RefusedQuery(f"syntax error: {error}") from error
    declared = dict(prefixes)
    for node in _walk(tree[0]):
        if isinstance(node, CompValue) and node.name == "PrefixDecl":
            declared[str(node.get("prefix") or "")] = str(node["iri"])
    for node in _walk(tree[1]):
        if not isinstance(node, CompValue):
            continue
        if node.name == "ServiceGraphPattern":
            raise RefusedQuery("SERVICE is not allowed: this endpoint never queries another one")
        if node.name == "DatasetClause":
            keyword = "FROM" if "default" in node else "FROM NAMED"
            iri = _iri(node["default"] if "default" in node else node["named"], declared)
            if iri not in graphs:
                raise RefusedQuery(
                    f"{keyword} <{iri}> is not a graph of this dataset; the endpoint never "
                    "fetches remote data"
                )
    return str(tree[1].name).removesuffix("Query").upper()


def _is_update(text: str) -> bool:
    try:
        parseUpdate(text)
    except ParseException:
        return False
    return True


def _iri(term: Any, prefixes: Mapping[str, str]) -> str:
    if isinstance(term, CompValue) and term.name == "pname":
        return prefixes.get(str(term.get("prefix") or ""), "") + str(term.get("localname") or "")
    return str(term) if isinstance(term, URIRef) else repr(term)


def _walk(node: Any) -> Iterator[Any]:
    """Every node of an rdflib parse tree, depth first."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        if isinstance(current, dict):
            stack.extend(current.values())
        elif isinstance(current, list | tuple | ParseResults):
            stack.extend(current)
