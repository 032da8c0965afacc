"""Exports for other tools: GraphML and GEXF read back by networkx, CSV lists of every edge and
node, and every export written by ``crpv-graph network --out``."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pandas as pd
import pyoxigraph as ox
import pytest

from crpv_graph import network
from crpv_graph.network import export
from tests.helpers import Cli

O = "https://w3id.org/crpv/id/organization/"


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_graph_exports_read_back_with_networkx(
    store: ox.Store, tmp_path: Path, suffix: str
) -> None:
    graph = network.project(store, "partnership")
    path = export.write(graph, tmp_path / f"partnership{suffix}", "t")
    back = nx.read_graphml(path) if suffix == ".graphml" else nx.read_gexf(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    node = O + "irev"
    assert back.nodes[node]["label"] == "Institut régional de la ville"  # its display label
    assert back.nodes[node]["short_label"] == "IREV" and back.nodes[node]["kind"] == "centre"


def test_csv_exports_list_every_edge_and_node(store: ox.Store, tmp_path: Path) -> None:
    graph = network.project(store, "co-participation")
    edges = pd.read_csv(export.write(graph, tmp_path / "co.edges.csv", "t"))
    nodes = pd.read_csv(export.write(graph, tmp_path / "co.nodes.csv", "t"))
    assert len(edges) == graph.number_of_edges() and len(nodes) == graph.number_of_nodes()
    assert list(edges.columns[:5]) == ["source", "source_label", "target", "target_label", "weight"]
    assert edges["weight"].sum() == graph.size(weight="weight")
    assert list(nodes.columns) == [
        "node",
        "label",
        "short_label",
        "kind",
        "territory",
        "collective",
    ]
    assert nodes.loc[nodes["node"] == O + "irev", "collective"].tolist() == [False]


def test_cli_writes_every_export_and_prints_the_paths(cli: Cli, tmp_path: Path) -> None:
    outs = [tmp_path / f"p{suffix}" for suffix in export.SUFFIXES]
    args = [arg for out in outs for arg in ("--out", str(out))]
    result = cli("network", "--kind", "partnership", *args)
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == [str(out) for out in outs]
    assert all(out.stat().st_size > 0 for out in outs)
