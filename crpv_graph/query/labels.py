"""What people read instead of IRIs: prefixed names and display labels."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import pyoxigraph as ox

from crpv_graph.namespaces import PREFIXES
from crpv_graph.query.binding import with_value_rows
from crpv_graph.query.execute import QueryResult, Target, execute
from crpv_graph.query.registry import resolve_query
from crpv_graph.query.terms import Term

_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")


def compact(iri: str, prefixes: Mapping[str, str] = PREFIXES) -> str:
    """A prefixed name for an IRI when a prefix fits, else the IRI in angle brackets.

    The longest namespace whose local name is plain (letters, digits, ``_`` and ``-``) wins, so
    that the name reads the same in a table, a SPARQL query and a Turtle file.

    >>> compact("https://w3id.org/crpv/id/organization/irev")
    'o:irev'
    >>> compact("http://example.org/x"), compact("https://w3id.org/crpv/id/organization/a.b")
    ('<http://example.org/x>', '<https://w3id.org/crpv/id/organization/a.b>')
    """
    for prefix, namespace in sorted(prefixes.items(), key=lambda item: -len(item[1])):
        local = iri[len(namespace) :]
        if iri.startswith(namespace) and _PLAIN_LOCAL.fullmatch(local):
            return f"{prefix}:{local}"
    return f"<{iri}>"


def display_text(term: Term | None, labels: Mapping[str, str]) -> str:
    """What a table shows for a term: an IRI's label (from ``labels``) or its prefixed name, a
    literal's lexical form, ``""`` for an unbound value.

    >>> display_text(ox.NamedNode("https://w3id.org/crpv/id/organization/irev"), {})
    'o:irev'
    """
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return labels.get(term.value) or compact(term.value)
    return term.value if isinstance(term, ox.Literal) else str(term)


def labels_for(target: Target, iris: Iterable[ox.NamedNode]) -> dict[str, str]:
    """The display label of each IRI that has one: its one ``skos:prefLabel@fr`` (see the
    ``labels`` query), so that a table shows the same name on every store."""
    text = labels_query(iris)
    return read_labels(execute(target, text)) if text else {}


def labels_query(iris: Iterable[ox.NamedNode]) -> str:
    """The ``labels`` query for these IRIs, each once (``""`` when there are none): the server
    sends it to its workers, :func:`labels_for` to any backend."""
    unique = sorted(set(iris), key=lambda iri: iri.value)
    if not unique:
        return ""
    resource = [ox.Variable("resource")]
    return with_value_rows(resolve_query("labels").text, resource, [[iri] for iri in unique])


def read_labels(result: QueryResult) -> dict[str, str]:
    """IRI -> label from the solutions of :func:`labels_query`: one per IRI, which the build's
    rules and ``shape:DisplayLabel`` guarantee (the first, should a store's data break them)."""
    labels: dict[str, str] = {}
    assert isinstance(result, ox.QuerySolutions)
    for solution in result:
        resource, label = solution["resource"], solution["label"]
        if isinstance(resource, ox.NamedNode) and isinstance(label, ox.Literal):
            labels.setdefault(resource.value, label.value)
    return labels
