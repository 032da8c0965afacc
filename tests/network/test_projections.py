"""Projections of the real dataset, checked against facts the sources state; the same from a
remote endpoint."""

from __future__ import annotations

import networkx as nx
import pyoxigraph as ox
import pytest

from benchmarks.generate import generate
from benchmarks.projections import canonical, direct
from crpv_graph import network
from crpv_graph.query.labels import compact
from crpv_graph.query.remote import SparqlEndpoint
from crpv_graph.store import dataset
from tests.helpers import OxigraphServer

O = "https://w3id.org/crpv/id/organization/"
EV = "https://w3id.org/crpv/id/event/"


def names(graph: nx.Graph[str]) -> set[str]:
    return {compact(node) for node in graph}


def test_co_participation_2018_holds_the_national_partners_of_the_meeting(store: ox.Store) -> None:
    # IREV article of 20 June 2018: ERU, ANRU, EPARECA and the ADCF presented their offers to
    # the centres at the national meeting of 14 June 2018, with the CGET.
    graph = network.project(store, "co-participation", years=(2018, 2018))
    assert {"o:eru", "o:anru", "o:epareca", "o:adcf", "o:cget"} <= names(graph)
    assert graph.edges[O + "eru", O + "anru"]["events"] == [EV + "2018-06-rencontre-nationale"]
    kinds = {data.get("kind") for _, data in graph.nodes(data=True)}
    assert kinds <= set(network.NODE_KINDS)
    assert "person" not in kinds


def test_the_2021_meeting_links_anct_politique_de_la_ville_and_the_centres(store: ox.Store) -> None:
    # IREV, 2 Nov 2021: François-Antoine Mariani's ANCT directorate met the centres on 21-22 Oct.
    event = network.project(store, "event", years=(2021, 2021))
    meeting = EV + "2021-10-rencontre-nationale"
    around = set(event.neighbors(meeting))
    assert {O + "anct-dgd-pv", O + "irev", O + "centres-de-ressources"} <= around
    co = network.project(store, "co-participation", years=(2021, 2021))
    assert co.has_edge(O + "anct-dgd-pv", O + "irev")
    assert co.nodes[O + "anct-dgd-pv"]["kind"] == "national agency"
    assert co.nodes[O + "irev"]["kind"] == "centre"


def test_event_graph_is_bipartite_between_events_and_bodies_or_people(store: ox.Store) -> None:
    graph = network.project(store, "event")
    for a, b in graph.edges:
        kinds = {graph.nodes[a]["kind"], graph.nodes[b]["kind"]}
        assert "event" in kinds and len(kinds) == 2, (a, b)


def test_partnership_edges_carry_relation_years_and_sources(store: ox.Store) -> None:
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


def test_people_graph_links_people_to_the_bodies_of_their_roles(store: ox.Store) -> None:
    graph = network.project(store, "people")
    jallet = "https://w3id.org/crpv/id/person/sebastien-jallet"
    assert graph.nodes[jallet]["kind"] == "person"
    assert graph.degree(jallet) >= 2
    for a, b in graph.edges:
        assert "person" in {graph.nodes[a]["kind"], graph.nodes[b]["kind"]}


def test_a_span_keeps_only_links_dated_inside_it(store: ox.Store) -> None:
    whole = network.project(store, "event")
    cut = network.project(store, "event", years=(2018, 2021))
    assert 0 < cut.number_of_edges() < whole.number_of_edges()
    assert all(any(2018 <= y <= 2021 for y in d["years"]) for _, _, d in cut.edges(data=True))
    assert EV + "2024-10-regroupement-national" not in cut


def test_projections_from_a_remote_endpoint_equal_the_embedded_ones(
    store: ox.Store, oxigraph_server: OxigraphServer
) -> None:
    remote = SparqlEndpoint(oxigraph_server.query_url, timeout=60)
    for kind in network.KINDS:
        local, served = network.project(store, kind), network.project(remote, kind)
        assert nx.utils.graphs_equal(local, served), kind


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    """The 10k synthetic graph of the benchmarks (fixed seed), loaded as run.py loads it."""
    folder = tmp_path_factory.mktemp("synthetic") / "synthetic-10000"
    generate(10_000, folder)
    return dataset.load(folder / "data", folder / "ontology").store


@pytest.mark.parametrize("kind", network.KINDS)
def test_each_projection_is_the_graph_the_direct_build_makes(
    store: ox.Store, synthetic: ox.Store, kind: str
) -> None:
    # benchmarks/projections.py's baseline is written apart: one aggregate query per projection
    # and one for the nodes. Speed is measured against it, so both must build the same graph.
    for target in (store, synthetic):
        assert canonical(network.project(target, kind)) == canonical(direct(target, kind))


@pytest.mark.parametrize("kind", network.KINDS)
def test_a_span_cuts_the_projection_as_the_direct_build_does(
    store: ox.Store, synthetic: ox.Store, kind: str
) -> None:
    for target, span in ((store, (2018, 2021)), (synthetic, (2015, 2018))):
        cut = network.project(target, kind, years=span)
        assert canonical(cut) == canonical(direct(target, kind, years=span))
        assert cut.number_of_edges() < network.project(target, kind).number_of_edges()
