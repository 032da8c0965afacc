"""Partnership networks: networkx projections of the graph, built from SPARQL.

Four projections (:data:`KINDS`), each an undirected :class:`networkx.Graph`:

``partnership``
    Bodies linked by the relations the sources state between them (see
    ``projections/partnership.rq``): animating the network, partnership offers, labelling,
    governance seats, hosting, co-organising, units. Weight: distinct statements.
``co-participation``
    Bodies linked when they took part in the same top-level event, in any role. Weight: shared
    events.
``people``
    People and the bodies they hold roles in. Weight: distinct roles.
``event``
    The bipartite body-event graph. Weight: distinct roles the body held at the event.

Every node has ``label``, ``short_label`` (its shortest name, an acronym mostly), ``names``
(all its names and acronyms, ``"; "``-joined, for search), ``kind`` (``centre``, ``network``,
``national agency``, ``state service``, ``partner``, ``person``, ``event``), ``territory`` and
``collective`` (true for a group of bodies such as "les CRPV", which has the kind of the bodies
it stands for but is not one of them).

Isolated centres: every resource centre of the graph is a node of every projection, a centre
with no link in it (or none in the span asked for) too, with no edge: whoever looks for their
centre finds it, and sees that the sources state no link for it. Every edge has
``weight``, ``relations`` (sorted kinds of link), ``events`` (event IRIs), ``years`` (sorted
ints) and ``sources`` (source document URLs). ``graph.graph["sources"]`` maps each source URL
to its title and date and ``graph.graph["labels"]`` every event IRI to its label, for pages and
exports. A projection can be cut to a span of years: an edge is kept when one of its years falls
inside; undated edges only appear in the uncut graph.

>>> import networkx as nx
>>> from crpv_graph.store.dataset import load
>>> graph = project(load().store, "co-participation", years=(2018, 2018))
>>> {"o:eru", "o:anru", "o:epareca", "o:adcf"} <= {compact(node) for node in graph}
True
>>> "o:ville-caraibe" in {compact(node) for node in nx.isolates(graph)}
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from crpv_graph.query import (
    NamedQuery,
    Target,
    execute,
    load_queries,
    term_text,
    text_rows,
    with_value_rows,
)
from crpv_graph.query.labels import compact

# networkx is imported where a graph is made: the command line reads KINDS when it starts, and
# importing networkx would add a fifth to that start (benchmarks/results.md, cold start).
if TYPE_CHECKING:
    import networkx as nx

NODE_KINDS = (
    "centre",
    "network",
    "national agency",
    "state service",
    "partner",
    "person",
    "event",
)
BODY_KINDS = frozenset({"centre", "network", "national agency", "state service", "partner"})

Span = tuple[int, int]


def projections_dir() -> Path:
    """The directory of the projections' SPARQL queries."""
    return Path(str(resources.files("crpv_graph.network") / "queries"))


def _query(name: str) -> NamedQuery:
    return load_queries(projections_dir())[name]


def year_of(value: str) -> int | None:
    """The year a date starts with, if it starts with four digits.

    >>> year_of("2021-10-21"), year_of("--10-17"), year_of("")
    (2021, None, None)
    """
    match = re.match(r"(\d{4})", value)
    return int(match.group(1)) if match else None


#: What separates the values an aggregate query gathers in one cell (``GROUP_CONCAT``): a
#: control character no name, IRI or date holds.
SEPARATOR = "\x1f"

#: One link of a projection as ``networkx.Graph.add_edges_from`` reads it.
Link = tuple[str, str, dict[str, Any]]
Attributes = dict[str, dict[str, str | bool]]


def _rows(target: Target, name: str) -> Iterator[dict[str, str]]:
    return text_rows(target, _query(name))


def _split(text: str) -> list[str]:
    """The values of one ``GROUP_CONCAT`` cell, but ``""``, which the queries write for a
    missing value (an aggregate over an unbound value fails in SPARQL).

    >>> _split("a\x1fb"), _split(""), _split("\x1fb")
    (['a', 'b'], [], ['b'])
    """
    return [value for value in text.split(SEPARATOR) if value]


def _link(
    a: str, b: str, weight: int, relations: Iterable[str], events: Iterable[str],
    years: Iterable[int | None], sources: Iterable[str],
) -> Link:  # fmt: skip
    """An edge with the attributes the module docstring promises, each list sorted."""
    return a, b, {
        "weight": weight,
        "relations": sorted(set(relations)),
        "events": sorted(set(events)),
        "years": sorted({year for year in years if year is not None}),
        "sources": sorted(set(sources)),
    }  # fmt: skip


def _partnership(target: Target, _known: Attributes) -> Iterator[Link]:
    """Bodies linked by the relations the sources state between them (``partnership.rq``: the
    engine groups the statements by pair)."""
    for row in _rows(target, "partnership"):
        yield _link(
            row["a"], row["b"], int(row["weight"]), _split(row["relations"]),
            _split(row["events"]), map(year_of, _split(row["dates"])), _split(row["sources"]),
        )  # fmt: skip


def _people(target: Target, _known: Attributes) -> Iterator[Link]:
    """People and the bodies they hold roles in, each role counted in every year it spans."""
    for row in _rows(target, "memberships"):
        years: set[int] = set()
        for span in _split(row["spans"]):
            years |= _span_years([y for y in map(year_of, span.split(",")) if y is not None])
        relations = _split(row["relations"]) + [compact(r) for r in _split(row["unlabelled"])]
        yield _link(
            row["person"], row["body"], int(row["weight"]), relations, (), years,
            _split(row["sources"]),
        )  # fmt: skip


def _event(target: Target, _known: Attributes) -> Iterator[Link]:
    """Bodies and people linked to the top-level events they took part in, one relation a role."""
    for row in _rows(target, "participation-links"):
        yield _link(
            row["agent"], row["event"], int(row["weight"]), _split(row["roles"]), [row["event"]],
            map(year_of, _split(row["starts"])), _split(row["sources"]),
        )  # fmt: skip


def _co_participation(target: Target, known: Attributes) -> Iterator[Link]:
    """Bodies linked when they took part in the same top-level event, in any role; an edge's
    sources are those of both bodies' participation. The agents' kinds come from one
    ``nodes.rq`` query, kept in ``known`` for the graph's nodes."""
    rows = list(_rows(target, "participation-links"))
    known.update(node_attributes(target, {row["agent"] for row in rows}))
    by_event: dict[str, list[tuple[str, list[str]]]] = {}
    years: dict[str, list[int | None]] = {}
    for row in rows:
        if known[row["agent"]]["kind"] in BODY_KINDS:
            by_event.setdefault(row["event"], []).append((row["agent"], _split(row["sources"])))
            years[row["event"]] = [year_of(start) for start in _split(row["starts"])]
    pairs: dict[tuple[str, str], tuple[list[str], set[str]]] = {}
    for event, bodies in by_event.items():
        bodies.sort()
        for (a, sources_a), (b, sources_b) in combinations(bodies, 2):
            events, sources = pairs.setdefault((a, b), ([], set()))
            events.append(event)
            sources.update(sources_a, sources_b)
    for (a, b), (events, sources) in pairs.items():
        shared_years = (year for event in events for year in years[event])
        yield _link(a, b, len(events), _SAME_EVENT, events, shared_years, sources)


_SAME_EVENT = ("took part in the same event",)

#: How each projection's edges are built from the graph (see the module docstring); a builder
#: may fill the node attributes it has read (by node), which the projection then reuses.
BUILDERS: dict[str, Callable[[Target, Attributes], Iterable[Link]]] = {
    "partnership": _partnership,
    "co-participation": _co_participation,
    "people": _people,
    "event": _event,
}
KINDS = tuple(BUILDERS)


def project(target: Target, kind: str, years: Span | None = None) -> nx.Graph[str]:
    """Build a projection (one of :data:`KINDS`), optionally cut to the years ``(first, last)``.

    One aggregate query gives the links, one row each, streamed into the graph; one query gives
    the attributes of every node and of every event an edge names.
    """
    import networkx as nx

    build = BUILDERS.get(kind)
    if build is None:
        raise ValueError(f"unknown projection {kind!r}; one of {', '.join(KINDS)}")
    graph: nx.Graph[str] = nx.Graph(kind=kind, years=list(years) if years else None)
    known: Attributes = {}
    links = build(target, known)
    if years:
        first, last = years
        links = (link for link in links if any(first <= y <= last for y in link[2]["years"]))
    graph.add_edges_from(links)
    graph.add_nodes_from(row["centre"] for row in _rows(target, "centres"))
    events = {event for _, _, data in graph.edges(data=True) for event in data["events"]}
    known.update(node_attributes(target, (graph.nodes | events) - known.keys()))
    for node, data in graph.nodes(data=True):
        data.update(known[node])
    graph.graph["sources"] = source_titles(target)
    graph.graph["labels"] = {event: known[event]["label"] for event in sorted(events)}
    return graph


def _span_years(years: list[int]) -> set[int]:
    """Every year from the first to the last of a role's dates (a role held 2014-2016 counts in
    2015 too)."""
    return set(range(min(years), max(years) + 1)) if years else set()


def node_attributes(target: Target, nodes: Iterable[str]) -> Attributes:
    """``label`` (as in tables), ``short_label``, ``names``, ``kind``, ``territory`` and
    ``collective`` of each node IRI (see ``projections/nodes.rq``), all in one query."""
    iris = sorted(set(nodes))
    if not iris:
        return {}
    rows = [[ox.NamedNode(iri)] for iri in iris]
    text = with_value_rows(_query("nodes").text, [ox.Variable("node")], rows)
    result = execute(target, text)  # not text_rows: it would bind ?node to the header's example
    assert isinstance(result, ox.QuerySolutions)
    attributes: Attributes = {}
    for solution in result:
        row = {variable.value: term_text(solution[variable]) for variable in result.variables}
        node = row["node"]
        label = row["frenchLabel"] or row["otherLabel"] or compact(node)
        names = [n for n in row["names"].split("|") if n] or [label]
        other_names = [n for n in row["altNames"].split("|") if n]
        attributes[node] = {
            "label": label,
            "short_label": min(names, key=lambda name: (len(name), name)),
            "names": "; ".join(sorted({label, *names, *other_names})),
            # "1 centre": the kind of the most specific class wins (see nodes.rq).
            "kind": row["kind"].partition(" ")[2] or "partner",
            "territory": ", ".join(sorted(filter(None, row["territories"].split("|")))),
            "collective": row["collective"] == "true",
        }
    return attributes


def source_titles(target: Target) -> dict[str, dict[str, str]]:
    """Title and publication date of every source document, by URL."""
    return {
        row["source"]: {"title": row["title"], "issued": row["issued"]}
        for row in _rows(target, "sources")
    }


def flatten(graph: nx.Graph[str]) -> nx.Graph[str]:
    """A copy whose list attributes are ``"; "``-joined strings, as GraphML and GEXF need.

    >>> import networkx as nx
    >>> g = nx.Graph(); g.add_edge("a", "b", years=[2018, 2021])
    >>> flatten(g).edges["a", "b"]["years"]
    '2018; 2021'
    """
    import networkx as nx

    flat: nx.Graph[str] = nx.Graph()
    flat.add_nodes_from((n, _flat(data)) for n, data in graph.nodes(data=True))
    flat.add_edges_from((a, b, _flat(data)) for a, b, data in graph.edges(data=True))
    return flat


def _flat(data: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: "; ".join(str(v) for v in value) if isinstance(value, list) else value
        for key, value in data.items()
        if value is not None
    }


__all__ = ["KINDS", "NODE_KINDS", "flatten", "node_attributes", "project", "source_titles"]
