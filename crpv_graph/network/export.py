"""Exporting projections for other tools: GraphML and GEXF for Gephi, CSV edge and node lists.

The format follows the file name: ``.graphml``, ``.gexf``, ``.edges.csv``, ``.nodes.csv`` (and
``.html`` for the interactive page, see :mod:`crpv_graph.network.render`). Lists (years, sources...)
become ``"; "``-joined text, which every tool reads. Files are written atomically.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import networkx as nx
import pandas as pd

from crpv_graph.network import flatten, render
from crpv_graph.paths import atomic_path

SUFFIXES = (".html", ".graphml", ".gexf", ".edges.csv", ".nodes.csv")


def suffix_of(path: Path) -> str:
    """The export format a path asks for, or a ValueError naming the ones there are.

    >>> suffix_of(Path("out/partnership.edges.csv"))
    '.edges.csv'
    """
    for suffix in SUFFIXES:
        if path.name.endswith(suffix):
            return suffix
    raise ValueError(f"{path}: the file name must end with one of {', '.join(SUFFIXES)}")


def edge_table(graph: nx.Graph[str]) -> pd.DataFrame:
    """One row per edge: its ends, their labels, weight and the joined list attributes."""
    rows = [
        {
            "source": a,
            "source_label": graph.nodes[a].get("label", a),
            "target": b,
            "target_label": graph.nodes[b].get("label", b),
            **data,
        }
        for a, b, data in flatten(graph).edges(data=True)
    ]
    columns = ["source", "source_label", "target", "target_label", "weight", "relations",
               "years", "events", "sources"]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


def node_table(graph: nx.Graph[str]) -> pd.DataFrame:
    """One row per node: IRI, label, short label, kind, territory and whether it is a group."""
    rows = [{"node": node, **data} for node, data in flatten(graph).nodes(data=True)]
    return pd.DataFrame(
        rows, columns=["node", "label", "short_label", "kind", "territory", "collective"]
    )


def write(graph: nx.Graph[str], path: Path, title: str, lang: str = "fr") -> Path:
    """Write a projection in the format its file name asks for (see :data:`SUFFIXES`); a page
    in ``lang``."""
    suffix = suffix_of(path)
    if suffix == ".html":
        return render.write_page(graph, path, title, lang)
    with atomic_path(path) as scratch:
        if suffix == ".graphml":
            nx.write_graphml(flatten(graph), scratch)
        elif suffix == ".gexf":
            scratch.write_bytes(gexf(graph))
        elif suffix == ".edges.csv":
            edge_table(graph).to_csv(scratch, index=False)
        else:
            node_table(graph).to_csv(scratch, index=False)
    return path


def gexf(graph: nx.Graph[str]) -> bytes:
    """The projection as GEXF 1.2, the same bytes for the same graph: networkx stamps the day
    it writes in ``<meta lastmodifieddate>``, an optional attribute, left out here.

    >>> b"lastmodifieddate" in gexf(nx.path_graph(["a", "b"]))
    False
    """
    written = io.BytesIO()
    nx.write_gexf(flatten(graph), written)
    return re.sub(rb' lastmodifieddate="[^"]*"', b"", written.getvalue(), count=1)
