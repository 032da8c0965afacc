"""``crpv-graph query --endpoint``: the same output from a real Oxigraph server, clear errors."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
from click.testing import CliRunner

from crpv_graph.cli import main
from crpv_graph.query import run
from crpv_graph.query.remote import RemoteError, SparqlEndpoint
from tests.helpers import Cli, OxigraphServer, free_port


def run_cli(*args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``crpv-graph --quiet ARGS``."""
    result = CliRunner().invoke(main, ["--quiet", *args])
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
    assert "EPARECA" in remote.stdout


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
    code, out, err = run_cli("query", "centres", "--endpoint", url)
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0
    assert "unreachable" in err and url in err


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A server that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    held: list[socket.socket] = []
    stop = threading.Event()

    def hold() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/sparql"
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    server.close()


def test_a_silent_endpoint_times_out_with_one_line(silent_server: str) -> None:
    start = time.monotonic()
    code, _, err = run_cli("query", "centres", "--endpoint", silent_server, "--timeout", "1")
    assert time.monotonic() - start < 10
    assert code == 1
    assert err.strip().count("\n") == 0
    assert "no answer within 1 s" in err


def test_http_errors_are_one_line(oxigraph_server: OxigraphServer) -> None:
    missing = oxigraph_server.query_url.replace("/query", "/nowhere")
    code, _, err = run_cli("query", "centres", "--endpoint", missing)
    assert code == 1 and err.strip().count("\n") == 0
    assert "EndPointNotFound" in err or "404" in err


def test_a_query_the_server_rejects_shows_its_message(oxigraph_server: OxigraphServer) -> None:
    code, _, err = run_cli("query", "-q", "SELECT ?s WHERE { ?s ?p }", "--endpoint",
                           oxigraph_server.query_url)  # fmt: skip
    assert code == 1 and err.strip().count("\n") == 0
    assert "QueryBadFormed" in err


def test_an_answer_that_is_not_sparql_is_a_clear_error(oxigraph_server: OxigraphServer) -> None:
    root = oxigraph_server.query_url.replace("/query", "/")
    with pytest.raises(RemoteError, match=r"not a SPARQL result|HTTP|EndPoint"):
        run(SparqlEndpoint(root), "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
