"""Remote endpoints (``crpv-graph query --endpoint``): the same output from a real Oxigraph
server as from the embedded store; Virtuoso's blank nodes read; one clear line for an endpoint
that is unreachable, silent, answers nonsense or is no http(s) URL at all."""

from __future__ import annotations

import http.server
import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import ClassVar

import pyoxigraph as ox
import pytest

from crpv_graph.query import run
from crpv_graph.query.remote import RemoteError, SparqlEndpoint
from crpv_graph.store import dataset
from tests.helpers import (
    Cli,
    Listener,
    OxigraphServer,
    VirtuosoServer,
    free_port,
    invoke,
    one_line_error,
)


def outcome(*args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``crpv-graph --quiet ARGS``."""
    result = invoke(*args)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "xml"])
def test_query_endpoint_prints_what_the_embedded_store_prints(
    cli: Cli, oxigraph_server: OxigraphServer, fmt: str
) -> None:
    args = ("query", "absorbed-bodies", "--param", "body=o:anct", "--format", fmt)
    local = cli(*args)
    remote = cli(*args, "--endpoint", oxigraph_server.query_url)
    assert local.exit_code == remote.exit_code == 0
    assert remote.stdout_bytes == local.stdout_bytes
    assert "Établissement public national" in remote.stdout  # EPARECA, by its display label


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "json-ld"])
def test_graph_results_print_the_same_from_an_endpoint(
    cli: Cli, oxigraph_server: OxigraphServer, fmt: str
) -> None:
    args = ("query", "-q", "CONSTRUCT WHERE { o:eru schema:foundingDate ?date }", "-f", fmt)
    local = cli(*args)
    remote = cli(*args, "--endpoint", oxigraph_server.query_url)
    assert remote.stdout_bytes == local.stdout_bytes
    assert "2004" in remote.stdout and "2005" in remote.stdout


def test_ask_prints_the_same_from_an_endpoint(cli: Cli, oxigraph_server: OxigraphServer) -> None:
    args = ("query", "took-part", "--param", "body=o:anru")
    assert cli(*args, "--endpoint", oxigraph_server.query_url).stdout == cli(*args).stdout


def test_unreachable_endpoint_is_one_line_and_exit_1() -> None:
    url = f"http://127.0.0.1:{free_port()}/sparql"
    code, out, err = outcome("query", "centres", "--endpoint", url)
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0
    assert "unreachable" in err and url in err


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A server that accepts connections and never answers."""
    server = Listener(hold=True)
    yield server.url
    server.close()


def test_a_silent_endpoint_times_out_with_one_line(silent_server: str) -> None:
    start = time.monotonic()
    code, _, err = outcome("query", "centres", "--endpoint", silent_server, "--timeout", "1")
    assert time.monotonic() - start < 10
    assert code == 1
    assert err.strip().count("\n") == 0
    assert "no answer within 1 s" in err


def test_http_errors_are_one_line(oxigraph_server: OxigraphServer) -> None:
    missing = oxigraph_server.query_url.replace("/query", "/nowhere")
    code, _, err = outcome("query", "centres", "--endpoint", missing)
    assert code == 1 and err.strip().count("\n") == 0
    assert "EndPointNotFound" in err or "404" in err


def test_a_query_the_server_rejects_shows_its_message(oxigraph_server: OxigraphServer) -> None:
    code, _, err = outcome("query", "-q", "SELECT ?s WHERE { ?s ?p }", "--endpoint",
                           oxigraph_server.query_url)  # fmt: skip
    assert code == 1 and err.strip().count("\n") == 0
    assert "QueryBadFormed" in err


def test_an_answer_that_is_not_sparql_is_a_clear_error(oxigraph_server: OxigraphServer) -> None:
    root = oxigraph_server.query_url.replace("/query", "/")
    with pytest.raises(RemoteError, match=r"not a SPARQL result|HTTP|EndPoint"):
        run(SparqlEndpoint(root), "SELECT * WHERE { ?s ?p ?o } LIMIT 1")


class Answers(http.server.BaseHTTPRequestHandler):
    """An endpoint that answers nonsense: JSON of the wrong shape, or redirects in a loop."""

    BODIES: ClassVar[dict[str, bytes]] = {
        "/list": b"[1, 2, 3]",
        "/unbound": b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "uri"}}]}}',
    }

    def do_POST(self) -> None:
        if self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", "/loop-b" if self.path == "/loop-a" else "/loop-a")
            self.end_headers()
            return
        body = self.BODIES[self.path]
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST  # urllib follows a redirect with a GET

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def nonsense() -> Iterator[str]:
    """The base URL of a real local HTTP server answering with :class:`Answers`."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answers)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    thread.join()
    server.server_close()


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/list", "is not a SPARQL result: SPARQL JSON results must be an object"),
        ("/unbound", "is not a SPARQL result: uri serialization must have a 'value' key"),
        ("/loop-a", "HTTP 302 The HTTP server returned a redirect error"),
    ],
)
def test_an_endpoint_that_answers_nonsense_is_one_line(
    nonsense: str, path: str, expected: str
) -> None:
    message = one_line_error(invoke("query", "centres", "--endpoint", nonsense + path))
    assert nonsense + path in message and expected in message


@pytest.mark.parametrize("form", ["SELECT *", "ASK"])
def test_a_service_that_answers_nonsense_is_one_line(nonsense: str, form: str) -> None:
    text = f"{form} {{ SERVICE <{nonsense}/list> {{ ?s ?p ?o }} }}"
    message = one_line_error(invoke("query", "--query", text))
    assert "the query failed while running: SPARQL JSON results must be an object" in message


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://127.0.0.1:{port}/sparql", "http://[::1", "http://"]
)
@pytest.mark.parametrize("command", [("query", "centres"), ("network",), ("push",)])
def test_only_http_and_https_urls_are_endpoints(
    listener: Listener, url: str, command: tuple[str, ...]
) -> None:
    url = url.format(port=listener.port)
    message = one_line_error(invoke(*command, "--endpoint", url))
    assert message.startswith(f"Error: {url}: not a") and "root:" not in message
    assert listener.connections == 0


#: Every time interval of a membership, one row per statement about it: blank nodes, some of
#: them in several rows.
INTERVALS = (
    "SELECT ?interval ?p ?o WHERE { ?membership org:memberDuring ?interval . ?interval ?p ?o }"
)


def test_virtuosos_blank_nodes_are_read_and_stay_one_node_per_label(
    virtuoso_server: VirtuosoServer, real_dataset: dataset.LoadedDataset
) -> None:
    shapes = []
    for target in (real_dataset.store, SparqlEndpoint(virtuoso_server.query_url, timeout=60)):
        result = run(target, INTERVALS)
        assert isinstance(result, ox.QuerySolutions)
        intervals = [solution["interval"] for solution in result]
        assert all(isinstance(node, ox.BlankNode) for node in intervals)
        shapes.append(sorted(Counter(node.value for node in intervals).values()))
    local, remote = shapes
    assert remote == local and len(local) > 50 and max(local) > 1


def test_a_query_for_blank_nodes_on_virtuoso_prints_them(
    cli: Cli, virtuoso_server: VirtuosoServer
) -> None:
    result = cli("query", "-q", INTERVALS + " LIMIT 3", "--format", "csv",
                 "--endpoint", virtuoso_server.query_url)  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = result.stdout.splitlines()[1:]
    assert len(rows) == 3 and all(row.startswith("_:nodeID_b") for row in rows)
