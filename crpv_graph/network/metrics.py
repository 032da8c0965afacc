"""Who matters in a projection, and what changed between two periods, as pandas DataFrames.

>>> import networkx as nx
>>> g = nx.Graph()
>>> g.add_nodes_from([("c1", {"kind": "centre"}), ("c2", {"kind": "centre"}),
...                   ("hub", {"kind": "partner"}), ("anct", {"kind": "national agency"})])
>>> g.add_edges_from([("c1", "hub"), ("c2", "hub"), ("hub", "anct")], weight=1)
>>> table = centralities(g)
>>> table.iloc[0]["node"], float(table.iloc[0]["broker"])
('hub', 1.0)
"""

from __future__ import annotations

from collections.abc import Mapping

import networkx as nx
import pandas as pd
import pyoxigraph as ox

from crpv_graph.network import node_attributes
from crpv_graph.network.projections import projections_dir
from crpv_graph.query import Target, load_queries, select_rows

NATIONAL_KINDS = frozenset({"national agency", "state service"})
SEED = 42
"""Louvain's seed: the same communities from run to run."""

CENTRALITY_COLUMNS = [
    "node", "label", "kind", "territory", "degree", "weighted_degree",
    "betweenness", "eigenvector", "broker", "community",
]  # fmt: skip


def centralities(graph: nx.Graph[str]) -> pd.DataFrame:
    """One row per node: degree, weighted degree, betweenness, eigenvector centrality,
    brokerage between centres and national bodies, and Louvain community; the most central first.

    ``broker`` is the share of shortest paths from a centre to a national agency or State service
    that go through the node (networkx's ``betweenness_centrality_subset``, normalised so that
    the top broker scores 1). ``community`` numbers communities from the largest, 0 first.
    """
    if graph.number_of_nodes() == 0:
        return pd.DataFrame(columns=CENTRALITY_COLUMNS)
    betweenness = nx.betweenness_centrality(graph, weight=None)
    eigenvector = _eigenvector(graph)
    centres = [n for n, data in graph.nodes(data=True) if data.get("kind") == "centre"]
    national = [n for n, data in graph.nodes(data=True) if data.get("kind") in NATIONAL_KINDS]
    broker = nx.betweenness_centrality_subset(graph, centres, national, normalized=False)
    top = max(broker.values(), default=0) or 1
    communities = sorted(
        nx.community.louvain_communities(graph, weight="weight", seed=SEED),
        key=lambda members: (-len(members), min(members)),
    )
    community = {node: index for index, members in enumerate(communities) for node in members}
    rows = [
        {
            "node": node,
            "label": data.get("label", node),
            "kind": data.get("kind", ""),
            "territory": data.get("territory", ""),
            "degree": graph.degree(node),
            "weighted_degree": graph.degree(node, weight="weight"),
            "betweenness": round(betweenness[node], 4),
            "eigenvector": round(eigenvector[node], 4),
            "broker": round(broker[node] / top, 4),
            "community": community[node],
        }
        for node, data in graph.nodes(data=True)
    ]
    table = pd.DataFrame(rows, columns=CENTRALITY_COLUMNS)
    return table.sort_values(
        ["weighted_degree", "betweenness", "label"], ascending=[False, False, True]
    ).reset_index(drop=True)


def _eigenvector(graph: nx.Graph[str]) -> dict[str, float]:
    """Eigenvector centrality of each connected component, scaled by the component's size (so a
    pair of isolated nodes does not outrank the main component)."""
    scores: dict[str, float] = {}
    total = graph.number_of_nodes()
    for component in nx.connected_components(graph):
        sub = graph.subgraph(component)
        if sub.number_of_nodes() < 3:
            scores.update(dict.fromkeys(component, 0.0))
            continue
        values = nx.eigenvector_centrality(sub, max_iter=10_000, tol=1e-08, weight="weight")
        scores.update({n: v * len(component) / total for n, v in values.items()})
    return scores


def successors(target: Target) -> dict[str, str]:
    """Each body mapped to the body it counts as across time: a unit to its parent body, a merged
    or replaced body to the one that carries it on today (``crpv:predecessorOf`` followed to its
    end): CGET and EPARECA to ANCT, ANCT's politique-de-la-ville directorate to ANCT. A body
    split between several successors (the DRJSCS) is not mapped."""
    candidates: dict[str, set[str]] = {}
    query = load_queries(projections_dir())["successors"]
    for row in select_rows(target, query):
        before, after = row["before"], row["after"]
        if isinstance(before, ox.NamedNode) and isinstance(after, ox.NamedNode):
            candidates.setdefault(before.value, set()).add(after.value)
    final: dict[str, str] = {}

    def heir(node: str, path: frozenset[str]) -> str:
        # Follow successors to the end; several that end at one body (SG-CIV went both to the
        # CGET and to its city directorate) are one heir, several distinct ones are a split.
        if node in final:
            return final[node]
        ends = {heir(c, path | {node}) for c in candidates.get(node, ()) if c not in path}
        result = ends.pop() if len(ends) == 1 else node
        final[node] = result
        return result

    return {
        node: heir(node, frozenset())
        for node in sorted(candidates)
        if heir(node, frozenset()) != node
    }


def merge_nodes(
    graph: nx.Graph[str],
    mapping: Mapping[str, str],
    attributes: Mapping[str, Mapping[str, str | bool]] | None = None,
) -> nx.Graph[str]:
    """The graph with each node renamed by ``mapping``; edges that meet add their weights and
    join their lists, so a predecessor's ties count as its successor's. ``attributes`` gives the
    label and kind of renamed nodes that the graph does not hold.

    >>> g = nx.Graph()
    >>> g.add_edge("cget", "irev", weight=2, relations=["a"], events=[], years=[2018], sources=[])
    >>> g.add_edge("anct", "irev", weight=1, relations=["b"], events=[], years=[2021], sources=[])
    >>> merged = merge_nodes(g, {"cget": "anct"})
    >>> merged.edges["anct", "irev"]["weight"], merged.edges["anct", "irev"]["years"]
    (3, [2018, 2021])
    """
    merged: nx.Graph[str] = nx.Graph(**graph.graph)
    for node, data in graph.nodes(data=True):
        target = mapping.get(node, node)
        if target in merged:
            continue
        if target in graph:
            merged.add_node(target, **graph.nodes[target])
        elif attributes and target in attributes:
            merged.add_node(target, **attributes[target])
        else:
            merged.add_node(target, **data)
    for a, b, data in graph.edges(data=True):
        a, b = mapping.get(a, a), mapping.get(b, b)
        if a == b:
            continue
        if merged.has_edge(a, b):
            edge = merged.edges[a, b]
            edge["weight"] += data["weight"]
            for key in ("relations", "events", "years", "sources"):
                edge[key] = sorted(set(edge[key]) | set(data[key]))
        else:
            merged.add_edge(a, b, **{k: list(v) if isinstance(v, list) else v
                                     for k, v in data.items()})  # fmt: skip
    return merged


def with_continuity(target: Target, graph: nx.Graph[str]) -> nx.Graph[str]:
    """The graph with units merged into their parent and predecessors into their successor
    (:func:`successors`), so that CGET in 2018 and ANCT in 2021 are one node."""
    mapping = successors(target)
    present = {mapping.get(node, node) for node in graph}
    return merge_nodes(graph, mapping, node_attributes(target, present - set(graph)))


COMPARE_COLUMNS = ["change", "node", "label", "other", "other_label", "before", "after"]
CHANGE_ORDER = ["appeared", "left", "strengthened", "new tie", "weakened", "lost tie"]


def compare(before: nx.Graph[str], after: nx.Graph[str]) -> pd.DataFrame:
    """What changed from one period's graph to another's: nodes that appeared or left, ties that
    appeared, went, strengthened or weakened (``before``/``after`` are degrees for nodes and
    weights for ties). Merge successors first (:func:`merge_nodes`) to treat them as continuity.
    A node is in a period when it has a tie there: an isolated centre neither appears nor leaves.
    """
    rows: list[dict[str, object]] = []
    was = {node for node in before if before.degree(node)}
    now = {node for node in after if after.degree(node)}

    def label(node: str) -> str:
        graph = after if node in after else before
        return str(graph.nodes[node].get("label", node))

    for node in sorted(now - was):
        rows.append({"change": "appeared", "node": node, "label": label(node),
                     "before": 0, "after": after.degree(node, weight="weight")})  # fmt: skip
    for node in sorted(was - now):
        rows.append({"change": "left", "node": node, "label": label(node),
                     "before": before.degree(node, weight="weight"), "after": 0})  # fmt: skip
    ties = {tuple(sorted(e)) for e in before.edges} | {tuple(sorted(e)) for e in after.edges}
    for a, b in sorted(ties):
        old = before.edges[a, b]["weight"] if before.has_edge(a, b) else 0
        new = after.edges[a, b]["weight"] if after.has_edge(a, b) else 0
        if old == new:
            continue
        change = (
            "new tie" if old == 0 else "lost tie" if new == 0
            else "strengthened" if new > old else "weakened"
        )  # fmt: skip
        rows.append({"change": change, "node": a, "label": label(a), "other": b,
                     "other_label": label(b), "before": old, "after": new})  # fmt: skip
    table = pd.DataFrame(rows, columns=COMPARE_COLUMNS).fillna("")
    table["rank"] = table["change"].map(CHANGE_ORDER.index)
    table = table.sort_values(["rank", "label", "other_label"], kind="stable")
    return table.drop(columns="rank").reset_index(drop=True)
