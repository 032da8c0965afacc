"""A query worker is kept off the network: set up exactly as the executor sets up its workers,
a process can neither open a socket nor let a query's SERVICE reach anything."""

from __future__ import annotations

import multiprocessing
import socket

import pyoxigraph as ox
import pytest

from crpv_graph.serve.executor import MIB, prepare_worker
from crpv_graph.store import dataset
from tests.helpers import FIXTURE_DATA, Listener


@pytest.fixture(scope="module")
def nquads() -> bytes:
    """The fixture dataset, as the server hands a dataset to its workers."""
    return dataset.load(FIXTURE_DATA).store.dump(format=ox.RdfFormat.N_QUADS) or b""


def _confined_attempts(nquads: bytes, port: int) -> dict[str, str]:
    """In a fresh process set up exactly as a worker is: try to reach ``port`` two ways."""
    store, _ = prepare_worker(nquads, 1024 * MIB, True)
    outcomes = {}
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
        outcomes["socket"] = "connected"
    except OSError as error:
        outcomes["socket"] = type(error).__name__
    try:
        result = store.query(
            f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}"
        )
        assert isinstance(result, ox.QuerySolutions)
        list(result)  # the SERVICE call happens here
        outcomes["service"] = "answered"
    except OSError as error:
        outcomes["service"] = type(error).__name__
    return outcomes


def test_a_worker_cannot_open_a_network_socket(nquads: bytes, listener: Listener) -> None:
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        outcomes = pool.apply(_confined_attempts, (nquads, listener.port))
    assert outcomes == {"socket": "PermissionError", "service": "PermissionError"}
    assert listener.connections == 0


def test_an_unconfined_process_can_connect_so_the_test_above_means_something(
    listener: Listener,
) -> None:
    socket.create_connection(("127.0.0.1", listener.port), timeout=2).close()
    assert listener.connections == 1
