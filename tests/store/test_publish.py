"""``crpv-graph push``: one PUT per graph, so re-pushing never duplicates or loses a triple."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crpv_graph.query import Target, run, text_rows
from crpv_graph.query.remote import SparqlEndpoint
from crpv_graph.store import dataset, publish
from tests.helpers import FIXTURE_DATA, Cli, OxigraphServer, free_port, oxigraph

COUNT_PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def graph_counts(target: Target) -> dict[str, int]:
    return {row["g"]: int(row["n"]) for row in text_rows(target, COUNT_PER_GRAPH)}


@pytest.fixture
def empty_oxigraph(tmp_path: Path) -> Iterator[OxigraphServer]:
    """A fresh Oxigraph server of this test's own."""
    with oxigraph(tmp_path) as server:
        yield server


def test_push_sends_every_graph_and_a_second_push_changes_nothing(
    oxigraph_server: OxigraphServer, real_dataset: dataset.LoadedDataset
) -> None:
    endpoint = SparqlEndpoint(oxigraph_server.query_url)
    expected = graph_counts(real_dataset.store)
    assert graph_counts(endpoint) == expected
    report = publish.push(real_dataset.store, oxigraph_server.store_url)
    assert report.graphs == len(expected)
    assert report.triples == sum(expected.values())
    assert graph_counts(endpoint) == expected


def test_a_re_push_replaces_an_edited_graph_whole(
    empty_oxigraph: OxigraphServer, fixture_copy: Path, cli: Cli
) -> None:
    endpoint = SparqlEndpoint(empty_oxigraph.query_url)
    assert (
        cli("--data", str(fixture_copy), "push", "--endpoint", empty_oxigraph.store_url).exit_code
        == 0
    )
    before = graph_counts(endpoint)
    assert before == graph_counts(dataset.load(FIXTURE_DATA).store)
    article = next(fixture_copy.glob("*article*.trig"))
    text = article.read_text(encoding="utf-8")
    edited = text.replace(" foaf:homepage <http://centre-a.example/> ;", "")
    assert edited != text, "the fixture line to remove has moved"
    article.write_text(edited, encoding="utf-8")
    assert (
        cli("--data", str(fixture_copy), "push", "--endpoint", empty_oxigraph.store_url).exit_code
        == 0
    )
    after = graph_counts(endpoint)
    changed = {graph for graph in before if before[graph] != after.get(graph)}
    assert len(changed) == 1
    (graph,) = changed
    assert after[graph] == before[graph] - 1
    assert not run(endpoint, "ASK { ?s foaf:homepage <http://centre-a.example/> }")


def test_push_to_an_unreachable_store_is_one_line_and_exit_1(cli: Cli) -> None:
    url = f"http://127.0.0.1:{free_port()}/store"
    result = cli("--data", str(FIXTURE_DATA), "push", "--endpoint", url)
    assert result.exit_code == 1
    assert "unreachable" in result.stderr and result.stderr.strip().count("\n") == 0


def test_push_refuses_invalid_data_and_sends_nothing(
    empty_oxigraph: OxigraphServer, fixture_copy: Path, cli: Cli
) -> None:
    article = next(fixture_copy.glob("*article*.trig"))
    nameless = article.read_text(encoding="utf-8").replace('rdfs:label "Centre A"@fr ;', "")
    article.write_text(nameless, encoding="utf-8")
    result = cli("--data", str(fixture_copy), "push", "--endpoint", empty_oxigraph.store_url)
    assert result.exit_code == 1
    assert "violation(s)" in result.stderr and result.stderr.count("\n") == 1
    assert graph_counts(SparqlEndpoint(empty_oxigraph.query_url)) == {}
