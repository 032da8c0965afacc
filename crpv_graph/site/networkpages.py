"""The site's network pages: one per projection, drawing the strongest links when there are
too many to draw.

A page drawing a million links (the co-participation network of a million triples) weighs
hundreds of megabytes and shows a reader nothing but a blot; tools for people (Gephi's
filters, a map's zoom levels) show the strongest part first and keep the whole for those who
want it. Above :data:`LINK_CAP` links a page draws the strongest ones (by weight: the
statements or shared events behind a link; ties by the ends' IRIs, so every build draws the
same), between the nodes they join. Its title says so, and the networks' index says where the
whole network is: the downloads (GraphML, GEXF), written from the full projection.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from crpv_graph.i18n import format_number

#: The most links a network page draws: a graph a browser lays out and a person can read.
LINK_CAP = 10_000


@dataclass(frozen=True)
class Drawn:
    """What a network page draws of a projection: the graph and how many links it leaves out."""

    graph: nx.Graph[str]
    shown: int
    total: int

    @property
    def capped(self) -> bool:
        """Whether the page leaves links out."""
        return self.shown < self.total

    def counts(self, lang: str) -> dict[str, str]:
        """The links drawn and in all, written for a sentence in ``lang``."""
        return {"shown": format_number(self.shown, lang), "total": format_number(self.total, lang)}


def strongest(graph: nx.Graph[str], cap: int = LINK_CAP) -> Drawn:
    """The projection itself when it has at most ``cap`` links, else its ``cap`` strongest
    links and the nodes they join (with their attributes and the graph's).

    >>> g = nx.Graph(); g.add_edge("a", "b", weight=1); g.add_edge("b", "c", weight=3)
    >>> g.add_node("d"); drawn = strongest(g, cap=1)
    >>> sorted(drawn.graph.edges), sorted(drawn.graph.nodes), drawn.capped
    ([('b', 'c')], ['b', 'c'], True)
    >>> strongest(g).graph is g
    True
    """
    total = graph.number_of_edges()
    if total <= cap:
        return Drawn(graph, total, total)
    ends = ((min(u, v), max(u, v), data) for u, v, data in graph.edges(data=True))
    kept = sorted(ends, key=lambda edge: (-edge[2].get("weight", 1), edge[0], edge[1]))[:cap]
    drawn: nx.Graph[str] = nx.Graph()
    drawn.graph.update(graph.graph)
    nodes = sorted({node for a, b, _data in kept for node in (a, b)})
    drawn.add_nodes_from((node, graph.nodes[node]) for node in nodes)
    drawn.add_edges_from(kept)
    return Drawn(drawn, cap, total)
