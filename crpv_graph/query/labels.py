"""What people read instead of IRIs: prefixed names and display labels."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from crpv_graph.namespaces import PREFIXES
from crpv_graph.query.binding import with_value_rows
from crpv_graph.query.execute import Target, execute
from crpv_graph.query.registry import resolve_query


def compact(iri: str) -> str:
    """A prefixed name for an IRI when a project prefix fits, else the IRI in angle brackets.

    >>> compact("https://w3id.org/crpv/id/organization/irev")
    'o:irev'
    >>> compact("http://example.org/x")
    '<http://example.org/x>'
    """
    best = ""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(namespace) > len(PREFIXES.get(best, "")):
            local = iri[len(namespace) :]
            if local and "/" not in local and "#" not in local:
                best = prefix
    return f"{best}:{iri[len(PREFIXES[best]) :]}" if best else f"<{iri}>"


def labels_for(target: Target, iris: Iterable[ox.NamedNode]) -> dict[str, str]:
    """A display label (French first, see the ``labels`` query) for each IRI that has one."""
    unique = sorted(set(iris), key=lambda iri: iri.value)
    if not unique:
        return {}
    text = with_value_rows(
        resolve_query("labels").text, [ox.Variable("resource")], [[iri] for iri in unique]
    )
    result = execute(target, text)
    labels: dict[str, str] = {}
    assert isinstance(result, ox.QuerySolutions)
    for solution in result:
        resource, label = solution["resource"], solution["label"]
        if isinstance(resource, ox.NamedNode) and isinstance(label, ox.Literal):
            labels.setdefault(resource.value, label.value)
    return labels
