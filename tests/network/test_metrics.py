"""Centralities, brokers, communities and period comparison."""

from __future__ import annotations

import io
import json

import networkx as nx
import pandas as pd
import pyoxigraph as ox

from crpv_graph import network
from crpv_graph.network import metrics
from tests.helpers import Cli

O = "https://w3id.org/crpv/id/organization/"


def small() -> nx.Graph[str]:
    """Two centres reach the national agency only through a partner; a separate pair."""
    graph: nx.Graph[str] = nx.Graph()
    kinds = {"c1": "centre", "c2": "centre", "hub": "partner", "agency": "national agency",
             "side": "partner", "x": "partner", "y": "partner"}  # fmt: skip
    for node, kind in kinds.items():
        graph.add_node(node, kind=kind, label=node.upper(), territory="")
    edge = {"relations": ["r"], "events": [], "years": [2020], "sources": ["s"]}
    graph.add_edge("c1", "hub", weight=3, **edge)
    graph.add_edge("c2", "hub", weight=1, **edge)
    graph.add_edge("hub", "agency", weight=1, **edge)
    graph.add_edge("c1", "side", weight=1, **edge)
    graph.add_edge("x", "y", weight=1, **edge)
    return graph


def test_centralities_rank_and_measure_each_node() -> None:
    table = centralities = metrics.centralities(small())
    assert list(table.columns) == metrics.CENTRALITY_COLUMNS
    row = centralities.set_index("node").loc
    assert row["hub"]["degree"] == 3 and row["hub"]["weighted_degree"] == 5
    assert row["hub"]["broker"] == 1.0 and row["c1"]["broker"] == 0.0
    assert row["hub"]["betweenness"] > row["c1"]["betweenness"] > row["c2"]["betweenness"]
    assert row["x"]["eigenvector"] == 0.0, "a detached pair scores nothing"
    assert table.iloc[0]["node"] == "hub"


def test_communities_are_the_same_from_run_to_run() -> None:
    graph = small()
    first = metrics.centralities(graph)["community"].tolist()
    assert all(metrics.centralities(graph)["community"].tolist() == first for _ in range(5))
    community = metrics.centralities(graph).set_index("node")["community"]
    assert community["x"] == community["y"] != community["c1"]


def test_an_empty_graph_gives_an_empty_table() -> None:
    assert metrics.centralities(nx.Graph()).empty


def test_compare_finds_arrivals_departures_and_stronger_ties() -> None:
    before, after = small(), small()
    after.remove_node("side")
    after.add_node("new", kind="partner", label="NEW")
    after.add_edge("new", "hub", weight=1, relations=[], events=[], years=[], sources=[])
    after.edges["c2", "hub"]["weight"] = 4
    changes = metrics.compare(before, after)
    seen = set(zip(changes["change"], changes["node"], changes["other"], strict=True))
    assert ("appeared", "new", "") in seen and ("left", "side", "") in seen
    assert ("strengthened", "c2", "hub") in seen and ("lost tie", "c1", "side") in seen
    assert ("new tie", "hub", "new") in seen
    assert changes["change"].tolist()[0] == "appeared"


def test_merge_nodes_counts_a_predecessor_as_its_successor() -> None:
    graph = small()
    merged = metrics.merge_nodes(graph, {"c2": "c1"})
    assert "c2" not in merged
    assert merged.edges["c1", "hub"]["weight"] == 4


def test_successors_follow_mergers_and_units_but_not_splits(store: ox.Store) -> None:
    # ANCT absorbed CGET and EPARECA (1 Jan 2020); CGET absorbed the SG-CIV; the DRJSCS was split
    # between the DREETS and the DRAJES (IREV glossary), so it has no single heir.
    heirs = metrics.successors(store)
    assert heirs[O + "cget"] == heirs[O + "epareca"] == heirs[O + "sg-civ"] == O + "anct"
    assert heirs[O + "anct-dgd-pv"] == O + "anct"
    assert O + "drjscs" not in heirs


def test_comparing_2018_and_2021_keeps_anct_as_the_cgets_continuation(store: ox.Store) -> None:
    before, after = (
        metrics.with_continuity(store, network.project(store, "co-participation", (y, y)))
        for y in (2018, 2021)
    )
    changes = metrics.compare(before, after)
    moved = set(zip(changes["change"], changes["node"], strict=True))
    assert ("left", O + "anct") not in moved and ("appeared", O + "anct") not in moved
    assert ("left", O + "eru") in moved and ("left", O + "anru") in moved
    assert ("appeared", O + "dreets") in moved
    assert after.nodes[O + "anct"]["label"].startswith("Agence nationale")


def test_cli_prints_metrics_as_csv(cli: Cli) -> None:
    result = cli("network", "--kind", "co-participation", "--year", "2018", "--metrics",
                 "--format", "csv")  # fmt: skip
    assert result.exit_code == 0
    table = pd.read_csv(io.StringIO(result.stdout))
    assert list(table.columns) == metrics.CENTRALITY_COLUMNS
    assert O + "eru" in set(table["node"])


def test_cli_compares_two_periods(cli: Cli) -> None:
    result = cli("network", "--kind", "co-participation", "--compare", "2017-2018", "2021",
                 "--format", "json")  # fmt: skip
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert {row["change"] for row in rows} <= set(metrics.CHANGE_ORDER)
    assert any(row["change"] == "left" and row["node"] == O + "eru" for row in rows)
