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
``national agency``, ``state service``, ``partner``, ``person``, ``event``) and ``territory``.

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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
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
from crpv_graph.query.labels import compact, labels_for

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


@dataclass
class _Edge:
    """What accumulates on one edge while rows are read."""

    statements: set[tuple[str, ...]] = field(default_factory=set)
    relations: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)

    def add(
        self, statement: tuple[str, ...], relation: str, source: str,
        event: str = "", year: int | None = None,
    ) -> None:  # fmt: skip
        self.statements.add(statement)
        self.relations.add(relation)
        self.sources.add(source)
        if event:
            self.events.add(event)
        if year is not None:
            self.years.add(year)


class _Edges(dict[tuple[str, str], _Edge]):
    """The edges of a projection while it is built: one per pair of nodes, either way round."""

    def between(self, a: str, b: str) -> _Edge:
        return self.setdefault((a, b) if a < b else (b, a), _Edge())


def _rows(target: Target, name: str) -> list[dict[str, str]]:
    return list(text_rows(target, _query(name)))


def _partnership(target: Target) -> _Edges:
    """Bodies linked by the relations the sources state between them (``partnership.rq``)."""
    edges = _Edges()
    for row in _rows(target, "partnership"):
        relation = row["relation"] + (f" ({row['detail']})" if row["detail"] else "")
        edges.between(row["a"], row["b"]).add(
            (row["relation"], row["detail"], row["event"], row["date"]),
            relation, row["source"], row["event"], year_of(row["date"]),
        )  # fmt: skip
    return edges


def _people(target: Target) -> _Edges:
    """People and the bodies they hold roles in, each role counted in every year it spans."""
    edges = _Edges()
    for row in _rows(target, "memberships"):
        year_values = [year_of(row[k]) for k in ("begin", "end", "attested")]
        link = edges.between(row["person"], row["body"])
        link.add((row["role"],), row["roleLabel"] or compact(row["role"]), row["source"])
        link.years.update(_span_years([y for y in year_values if y is not None]))
    return edges


def _event(target: Target) -> _Edges:
    """Bodies and people linked to the top-level events they took part in, one relation a role."""
    edges = _Edges()
    for row in _rows(target, "participation"):
        edges.between(row["agent"], row["event"]).add(
            (row["role"],), row["role"], row["source"], row["event"], year_of(row["start"]),
        )  # fmt: skip
    return edges


def _co_participation(target: Target) -> _Edges:
    """Bodies linked when they took part in the same top-level event, in any role; an edge's
    sources are those of both bodies' participation."""
    by_event: dict[str, dict[str, set[str]]] = {}
    starts: dict[str, str] = {}
    for row in _rows(target, "participation"):
        by_event.setdefault(row["event"], {}).setdefault(row["agent"], set()).add(row["source"])
        starts[row["event"]] = row["start"]
    kinds = node_attributes(target, {a for agents in by_event.values() for a in agents})
    edges = _Edges()
    for event, agents in by_event.items():
        bodies = sorted(a for a in agents if kinds[a]["kind"] in BODY_KINDS)
        for a, b in combinations(bodies, 2):
            link = edges.between(a, b)
            link.add((event,), "took part in the same event", "", event, year_of(starts[event]))
            link.sources.update(agents[a] | agents[b])
    for link in edges.values():
        link.sources.discard("")
    return edges


#: How each projection's edges are built from the graph (see the module docstring).
BUILDERS: dict[str, Callable[[Target], _Edges]] = {
    "partnership": _partnership,
    "co-participation": _co_participation,
    "people": _people,
    "event": _event,
}
KINDS = tuple(BUILDERS)


def project(target: Target, kind: str, years: Span | None = None) -> nx.Graph[str]:
    """Build a projection (one of :data:`KINDS`), optionally cut to the years ``(first, last)``."""
    import networkx as nx

    build = BUILDERS.get(kind)
    if build is None:
        raise ValueError(f"unknown projection {kind!r}; one of {', '.join(KINDS)}")
    graph: nx.Graph[str] = nx.Graph(kind=kind, years=list(years) if years else None)
    for (a, b), link in build(target).items():
        if years and not any(years[0] <= year <= years[1] for year in link.years):
            continue
        graph.add_edge(
            a,
            b,
            weight=len(link.statements),
            relations=sorted(link.relations),
            events=sorted(link.events),
            years=sorted(link.years),
            sources=sorted(link.sources),
        )
    graph.add_nodes_from(row["centre"] for row in _rows(target, "centres"))
    for node, attributes in node_attributes(target, graph.nodes).items():
        graph.nodes[node].update(attributes)
    graph.graph["sources"] = source_titles(target)
    events = {event for _, _, data in graph.edges(data=True) for event in data["events"]}
    graph.graph["labels"] = {
        event: data["label"] for event, data in node_attributes(target, events).items()
    }
    return graph


def _span_years(years: list[int]) -> set[int]:
    """Every year from the first to the last of a role's dates (a role held 2014-2016 counts in
    2015 too)."""
    return set(range(min(years), max(years) + 1)) if years else set()


def node_attributes(target: Target, nodes: Iterable[str]) -> dict[str, dict[str, str]]:
    """``label`` (as in tables), ``short_label``, ``names``, ``kind`` and ``territory`` of each
    node IRI (see ``projections/nodes.rq``)."""
    iris = sorted(set(nodes))
    attributes: dict[str, dict[str, str]] = {}
    for start in range(0, len(iris), 200):
        chunk = [ox.NamedNode(iri) for iri in iris[start : start + 200]]
        labels = labels_for(target, chunk)
        text = with_value_rows(_query("nodes").text, [ox.Variable("node")], [[n] for n in chunk])
        result = execute(target, text)
        assert isinstance(result, ox.QuerySolutions)
        for solution in result:
            node = term_text(solution["node"])
            territories = sorted(filter(None, term_text(solution["territories"]).split("|")))
            label = labels.get(node) or compact(node)
            names = [n for n in term_text(solution["names"]).split("|") if n] or [label]
            other_names = [n for n in term_text(solution["altNames"]).split("|") if n]
            attributes[node] = {
                "label": label,
                "short_label": min(names, key=lambda name: (len(name), name)),
                "names": "; ".join(sorted({label, *names, *other_names})),
                # "1 centre": the kind of the most specific class wins (see nodes.rq).
                "kind": term_text(solution["kind"]).partition(" ")[2] or "partner",
                "territory": ", ".join(territories),
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
