"""``crpv-graph push``: staged, checked, switched in one request; versioned; pruned on demand."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from crpv_graph.namespaces import GRAPH_PUBLICATION, GRAPH_UNION
from crpv_graph.query import Target, run, text_rows
from crpv_graph.query.remote import SparqlEndpoint
from crpv_graph.store import compiled, publish
from tests.helpers import FIXTURE_DATA, Cli, OxigraphServer, free_port, one_line_error, oxigraph

COUNT_PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
VERSION = (
    "SELECT ?v WHERE { GRAPH crpvg:sources { <https://w3id.org/crpv/dataset> owl:versionInfo ?v } }"
)


RETRACTED_SOURCE = """\
@prefix crpv: <https://w3id.org/crpv/ontology#> .
@prefix crpvg: <https://w3id.org/crpv/graph/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
crpvg:sources {{ <{graph}> a crpv:OfficialRegister ; rdfs:label "A page later retracted"@en . }}
<{graph}> {{ <https://w3id.org/crpv/id/place/lens> a crpv:City ; rdfs:label "Lens"@fr . }}
"""


def graph_counts(target: Target) -> dict[str, int]:
    return {row["g"]: int(row["n"]) for row in text_rows(target, COUNT_PER_GRAPH)}


def store_counts(server: OxigraphServer) -> dict[str, int]:
    """Every graph the store holds, the dataset's or not."""
    return graph_counts(SparqlEndpoint(server.query_url, whole_store=True))


def expected_counts(built: compiled.CompiledDataset) -> dict[str, int]:
    """The compiled dataset's named graphs, its default graph as the union graph, and the
    record of them all."""
    counts = graph_counts(built.store)
    union = built.store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    counts[str(GRAPH_UNION)] = sum(1 for _ in union)
    counts[str(GRAPH_PUBLICATION)] = len(counts)
    return counts


def push_cli(cli: Cli, data: Path, server: OxigraphServer, *options: str) -> str:
    result = cli("--data", str(data), "push", "--endpoint", server.store_url, *options)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def empty_oxigraph(tmp_path: Path) -> Iterator[OxigraphServer]:
    """A fresh Oxigraph server of this test's own."""
    with oxigraph(tmp_path) as server:
        yield server


def test_push_publishes_every_graph_and_the_union_and_a_second_push_changes_nothing(
    oxigraph_server: OxigraphServer,
) -> None:
    built = compiled.open_dataset()
    expected = expected_counts(built)
    assert store_counts(oxigraph_server) == expected, "no staging graph is left either"
    report = publish.push(built, oxigraph_server.store_url)
    record = expected.pop(str(GRAPH_PUBLICATION))
    assert (report.graphs, report.triples) == (len(expected), sum(expected.values()))
    expected[str(GRAPH_PUBLICATION)] = record
    assert store_counts(oxigraph_server) == expected


def test_the_union_graph_holds_each_triple_once(oxigraph_server: OxigraphServer) -> None:
    reader = SparqlEndpoint(oxigraph_server.query_url)
    (row,) = text_rows(reader, "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT *) AS ?d) { ?s ?p ?o }")
    assert row["n"] == row["d"]
    assert int(row["n"]) == expected_counts(compiled.open_dataset())[str(GRAPH_UNION)]


def test_push_prints_the_version_the_store_then_holds(
    empty_oxigraph: OxigraphServer, cli: Cli
) -> None:
    out = push_cli(cli, FIXTURE_DATA, empty_oxigraph)
    fingerprint = compiled.open_dataset(FIXTURE_DATA).fingerprint
    assert out.startswith(f"pushed version {fingerprint}: ")
    (row,) = text_rows(SparqlEndpoint(empty_oxigraph.query_url), VERSION)
    assert row["v"] == fingerprint


def test_a_re_push_replaces_an_edited_graph_whole(
    empty_oxigraph: OxigraphServer, fixture_copy: Path, cli: Cli
) -> None:
    endpoint = SparqlEndpoint(empty_oxigraph.query_url)
    push_cli(cli, fixture_copy, empty_oxigraph)
    before = store_counts(empty_oxigraph)
    article = next(fixture_copy.glob("*article*.trig"))
    text = article.read_text(encoding="utf-8")
    edited = text.replace(" foaf:homepage <http://centre-a.example/> ;", "")
    assert edited != text, "the fixture line to remove has moved"
    article.write_text(edited, encoding="utf-8")
    push_cli(cli, fixture_copy, empty_oxigraph)
    after = store_counts(empty_oxigraph)
    changed = {graph for graph in before if before[graph] != after.get(graph)}
    (edited_graph,) = changed - {str(GRAPH_UNION)}
    assert after[edited_graph] == before[edited_graph] - 1
    assert after[str(GRAPH_UNION)] == before[str(GRAPH_UNION)] - 1
    assert not run(endpoint, "ASK { ?s foaf:homepage <http://centre-a.example/> }")
    assert not run(endpoint, "ASK { GRAPH ?g { ?s foaf:homepage <http://centre-a.example/> } }")


def test_a_source_removed_from_the_data_is_listed_then_dropped_with_prune(
    empty_oxigraph: OxigraphServer, fixture_copy: Path, cli: Cli
) -> None:
    graph = "https://example.org/a-later-retracted-page"
    removed = fixture_copy / "example.org--a-later-retracted-page.trig"
    removed.write_text(RETRACTED_SOURCE.format(graph=graph), encoding="utf-8")
    push_cli(cli, fixture_copy, empty_oxigraph)
    assert graph in store_counts(empty_oxigraph)
    removed.unlink()
    out = push_cli(cli, fixture_copy, empty_oxigraph)
    assert "1 graph(s) of sources no longer in the data still published" in out and graph in out
    assert graph in store_counts(empty_oxigraph)
    out = push_cli(cli, fixture_copy, empty_oxigraph, "--prune")
    assert "dropped" in out and graph in out
    assert graph not in store_counts(empty_oxigraph)
    assert "still published" not in push_cli(cli, fixture_copy, empty_oxigraph)


class _HtmlProxy(http.server.BaseHTTPRequestHandler):
    """What a misconfigured proxy or a login page does: 200 and an HTML page, for anything."""

    def _page(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = b"<!DOCTYPE html><html><body>Please log in</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_PUT = do_POST = _page

    def log_message(self, *args: object) -> None:
        pass


class _BlackHole(_HtmlProxy):
    """A Graph Store that answers 204 to every PUT and keeps nothing."""

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(204)
        self.end_headers()


@pytest.fixture(params=[_HtmlProxy, _BlackHole], ids=["html-200", "keeps-nothing"])
def bad_graph_store(request: pytest.FixtureRequest) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), request.param)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/store"
    server.shutdown()
    server.server_close()


def test_a_graph_store_that_does_not_keep_the_graphs_stops_the_push_before_the_switch(
    empty_oxigraph: OxigraphServer, fixture_copy: Path, cli: Cli, bad_graph_store: str
) -> None:
    push_cli(cli, FIXTURE_DATA, empty_oxigraph)
    before = store_counts(empty_oxigraph)
    (fixture_copy / "example.org--fixture-article.trig").unlink()
    result = cli("--data", str(fixture_copy), "push", "--endpoint", bad_graph_store,
                 "--update-endpoint", empty_oxigraph.query_url.replace("/query", "/update"),
                 "--query-endpoint", empty_oxigraph.query_url)  # fmt: skip
    message = one_line_error(result)
    assert "refused with HTTP 200 (text/html)" in message or "kept 0 of the" in message, message
    assert store_counts(empty_oxigraph) == before


def test_push_to_an_unreachable_store_is_one_line_and_exit_1(cli: Cli) -> None:
    url = f"http://127.0.0.1:{free_port()}/store"
    result = cli("--data", str(FIXTURE_DATA), "push", "--endpoint", url)
    assert "unreachable" in one_line_error(result)


def test_push_to_an_unknown_store_layout_asks_for_the_other_endpoints(cli: Cli) -> None:
    result = cli("--data", str(FIXTURE_DATA), "push", "--endpoint", "http://127.0.0.1:9/gsp")
    assert "--update-endpoint and --query-endpoint" in one_line_error(result)


def test_push_refuses_invalid_data_and_sends_nothing(
    empty_oxigraph: OxigraphServer, fixture_copy: Path, cli: Cli
) -> None:
    article = next(fixture_copy.glob("*article*.trig"))
    nameless = article.read_text(encoding="utf-8").replace('rdfs:label "Centre A"@fr ;', "")
    article.write_text(nameless, encoding="utf-8")
    result = cli("--data", str(fixture_copy), "push", "--endpoint", empty_oxigraph.store_url)
    assert "violation(s)" in one_line_error(result)
    assert store_counts(empty_oxigraph) == {}
