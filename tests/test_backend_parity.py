"""Every named query gives the same result on the embedded store and on a real Oxigraph server
that the dataset was pushed to (with the default parameters of each query)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from conftest import OxigraphServer, named_rows
from rdflib.compare import isomorphic

from crpv_graph import dataset, output, sparql
from crpv_graph.remote import SparqlEndpoint

QUERIES = sorted(sparql.load_queries())
# Columns whose GROUP_CONCAT order the query leaves open (said in the query's header).
UNORDERED = {"partners-in-common": ("asInFirst", "asInSecond")}


def comparable(name: str, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Rows with the items of unordered GROUP_CONCAT columns sorted."""
    columns = UNORDERED.get(name, ())
    return [
        {k: " | ".join(sorted(v.split(" | "))) if k in columns else v for k, v in row.items()}
        for row in rows
    ]


@pytest.fixture(scope="module")
def server(oxigraph_server: OxigraphServer) -> SparqlEndpoint:
    return SparqlEndpoint(oxigraph_server.query_url, timeout=120)


@pytest.mark.parametrize("name", QUERIES)
def test_named_query_gives_the_same_result_on_both_backends(
    name: str, real_dataset: dataset.LoadedDataset, server: SparqlEndpoint
) -> None:
    query = sparql.resolve_query(name)
    if query.form == "SELECT":
        local = comparable(name, named_rows(real_dataset.store, name))
        assert local, f"{name} gives no rows with its default parameters"
        assert comparable(name, named_rows(server, name)) == local
    elif query.form == "ASK":
        assert bool(sparql.run(server, query)) == bool(sparql.run(real_dataset.store, query))
    else:
        local_graph, served_graph = (
            rdflib.Graph().parse(
                data=output.serialize_result(sparql.run(target, query), "ntriples"), format="nt"
            )
            for target in (real_dataset.store, server)
        )
        assert len(local_graph) > 0
        assert isomorphic(local_graph, served_graph)


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_serialisations_are_byte_identical_across_backends(
    fmt: str, real_dataset: dataset.LoadedDataset, server: SparqlEndpoint
) -> None:
    for name in ("co-participation", "network-animator", "centre-state-services"):
        query = sparql.resolve_query(name)
        local = output.serialize_result(sparql.run(real_dataset.store, query), fmt)
        remote = output.serialize_result(sparql.run(server, query), fmt)
        assert remote == local, name


def test_blank_nodes_are_the_only_difference_between_backends(
    real_dataset: dataset.LoadedDataset, server: SparqlEndpoint
) -> None:
    # leadership includes unnamed people (blank nodes): their labels differ, nothing else.
    local = sparql.run(real_dataset.store, sparql.resolve_query("leadership"))
    remote = sparql.run(server, sparql.resolve_query("leadership"))
    assert isinstance(local, ox.QuerySolutions) and isinstance(remote, ox.QuerySolutions)
    local_rows, remote_rows = list(local), list(remote)
    assert len(local_rows) == len(remote_rows)
    assert any(isinstance(row["person"], ox.BlankNode) for row in local_rows)
