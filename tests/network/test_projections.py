"""Projections of the real dataset, checked against facts the sources state."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from crpv_graph import network
from crpv_graph.network import export
from crpv_graph.query.labels import compact
from crpv_graph.query.remote import SparqlEndpoint
from crpv_graph.store import dataset
from tests.helpers import Cli, OxigraphServer

O = "https://w3id.org/crpv/id/organization/"
EV = "https://w3id.org/crpv/id/event/"


@pytest.fixture(scope="module")
def store(real_dataset: dataset.LoadedDataset):  # type: ignore[no-untyped-def]
    return real_dataset.store


def names(graph: nx.Graph) -> set[str]:
    return {compact(node) for node in graph}


def test_co_participation_2018_holds_the_national_partners_of_the_meeting(store) -> None:  # type: ignore[no-untyped-def]
    # IREV article of 20 June 2018: ERU, ANRU, EPARECA and the ADCF presented their offers to
    # the centres at the national meeting of 14 June 2018, with the CGET.
    graph = network.project(store, "co-participation", years=(2018, 2018))
    assert {"o:eru", "o:anru", "o:epareca", "o:adcf", "o:cget"} <= names(graph)
    assert graph.edges[O + "eru", O + "anru"]["events"] == [EV + "2018-06-rencontre-nationale"]
    assert all(kind in network.NODE_KINDS for _, kind in graph.nodes(data="kind"))
    assert "person" not in {kind for _, kind in graph.nodes(data="kind")}


def test_the_2021_meeting_links_anct_politique_de_la_ville_and_the_centres(store) -> None:  # type: ignore[no-untyped-def]
    # IREV, 2 Nov 2021: François-Antoine Mariani's ANCT directorate met the centres on 21-22 Oct.
    event = network.project(store, "event", years=(2021, 2021))
    meeting = EV + "2021-10-rencontre-nationale"
    around = set(event.neighbors(meeting))
    assert {O + "anct-dgd-pv", O + "irev", O + "reseau-national-crpv"} <= around
    co = network.project(store, "co-participation", years=(2021, 2021))
    assert co.has_edge(O + "anct-dgd-pv", O + "irev")
    assert co.nodes[O + "anct-dgd-pv"]["kind"] == "national agency"
    assert co.nodes[O + "irev"]["kind"] == "centre"


def test_event_graph_is_bipartite_between_events_and_bodies_or_people(store) -> None:  # type: ignore[no-untyped-def]
    graph = network.project(store, "event")
    for a, b in graph.edges:
        kinds = {graph.nodes[a]["kind"], graph.nodes[b]["kind"]}
        assert "event" in kinds and len(kinds) == 2, (a, b)


def test_partnership_edges_carry_relation_years_and_sources(store) -> None:  # type: ignore[no-untyped-def]
    graph = network.project(store, "partnership")
    animation = graph.edges[O + "cget", O + "reseau-national-crpv"]
    assert "animates the network" in animation["relations"]
    assert animation["sources"], "every edge names its sources"
    assert all(data["sources"] for _, _, data in graph.edges(data=True))
    # Normanvilles was labelled by the CGET in 2015 (normanvilles bilan 2016).
    assert graph.edges[O + "cget", O + "normanvilles"]["relations"] == ["labelling"]
    assert graph.edges[O + "cget", O + "normanvilles"]["years"] == [2015]
    titles = graph.graph["sources"]
    assert all(url in titles for _, _, d in graph.edges(data=True) for url in d["sources"])


def test_people_graph_links_people_to_the_bodies_of_their_roles(store) -> None:  # type: ignore[no-untyped-def]
    graph = network.project(store, "people")
    jallet = "https://w3id.org/crpv/id/person/sebastien-jallet"
    assert graph.nodes[jallet]["kind"] == "person"
    assert graph.degree(jallet) >= 2
    for a, b in graph.edges:
        assert "person" in {graph.nodes[a]["kind"], graph.nodes[b]["kind"]}


def test_a_span_keeps_only_links_dated_inside_it(store) -> None:  # type: ignore[no-untyped-def]
    whole = network.project(store, "event")
    cut = network.project(store, "event", years=(2018, 2021))
    assert 0 < cut.number_of_edges() < whole.number_of_edges()
    assert all(any(2018 <= y <= 2021 for y in d["years"]) for _, _, d in cut.edges(data=True))
    assert EV + "2024-10-regroupement-national" not in cut


def test_projections_from_a_remote_endpoint_equal_the_embedded_ones(
    store,
    oxigraph_server: OxigraphServer,  # type: ignore[no-untyped-def]
) -> None:
    remote = SparqlEndpoint(oxigraph_server.query_url, timeout=60)
    for kind in network.KINDS:
        local, served = network.project(store, kind), network.project(remote, kind)
        assert nx.utils.graphs_equal(local, served), kind


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_graph_exports_read_back_with_networkx(store, tmp_path: Path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    graph = network.project(store, "partnership")
    path = export.write(graph, tmp_path / f"partnership{suffix}", "t")
    back = nx.read_graphml(path) if suffix == ".graphml" else nx.read_gexf(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    node = O + "irev"
    assert back.nodes[node]["label"] == "IREV" and back.nodes[node]["kind"] == "centre"


def test_csv_exports_list_every_edge_and_node(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    graph = network.project(store, "co-participation")
    edges = pd.read_csv(export.write(graph, tmp_path / "co.edges.csv", "t"))
    nodes = pd.read_csv(export.write(graph, tmp_path / "co.nodes.csv", "t"))
    assert len(edges) == graph.number_of_edges() and len(nodes) == graph.number_of_nodes()
    assert list(edges.columns[:5]) == ["source", "source_label", "target", "target_label", "weight"]
    assert edges["weight"].sum() == graph.size(weight="weight")


def test_cli_writes_every_export_and_prints_the_paths(cli: Cli, tmp_path: Path) -> None:
    outs = [tmp_path / f"p{suffix}" for suffix in export.SUFFIXES]
    args = [arg for out in outs for arg in ("--out", str(out))]
    result = cli("network", "--kind", "partnership", *args)
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == [str(out) for out in outs]
    assert all(out.stat().st_size > 0 for out in outs)


def test_cli_refuses_an_unknown_export_and_mixed_spans(cli: Cli, tmp_path: Path) -> None:
    bad = cli("network", "--out", str(tmp_path / "p.png"))
    assert bad.exit_code == 2 and ".graphml" in bad.output
    mixed = cli("network", "--year", "2018", "--from", "2017")
    assert mixed.exit_code == 2
    assert not (tmp_path / "p.png").exists()


def test_cli_summary_counts_nodes_by_kind(cli: Cli) -> None:
    result = cli("network", "--kind", "co-participation", "--year", "2018")
    assert result.exit_code == 0
    first, *kinds = result.stdout.splitlines()
    assert first.endswith("links") and any("national agency" in line for line in kinds)


def test_cli_offers_every_projection_the_library_builds(cli: Cli) -> None:
    help_text = " ".join(cli("network", "--help").stdout.split())
    assert f"--kind [{'|'.join(network.KINDS)}]" in help_text


def test_the_command_line_starts_without_importing_networkx() -> None:
    # The CLI reads the projection kinds at start-up; networkx would add a fifth to that start.
    code = "import sys, crpv_graph.cli; print('networkx' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
