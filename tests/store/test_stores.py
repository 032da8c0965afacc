"""What the triple stores the dataset is published to guarantee, observed on real servers.

Oxigraph server (PyPI ``oxigraph``: ``/query``, ``/update``, ``/store``) and Virtuoso 7 (Debian:
``/sparql`` for queries and updates, ``/sparql-graph-crud``, and their digest-authenticated twins
``/sparql-auth`` and ``/sparql-graph-crud-auth``), both started empty by these tests. Each test
asserts what was seen, store by store: the publish protocol is built on these facts
(docs/stores.md), and a store version that behaves otherwise fails here first.
"""

from __future__ import annotations

import random
import re
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from tests.helpers import OXIGRAPH, OxigraphServer, VirtuosoServer, oxigraph, virtuoso

Store = OxigraphServer | VirtuosoServer
STORES = ("oxigraph", "virtuoso")
NTRIPLES = "application/n-triples"
JSON_RESULTS = "application/sparql-results+json"
XML_RESULTS = "application/sparql-results+xml"
#: The graphs a fresh Virtuoso database holds before anything is loaded.
VIRTUOSO_SYSTEM_GRAPHS = {
    "http://www.openlinksw.com/schemas/virtrdf#",
    "http://www.w3.org/ns/ldp#",
    "http://localuriqaserver/sparql",
}


@pytest.fixture(scope="module")
def oxigraph_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    """An Oxigraph server of this module's own, with a default graph of its own."""
    with oxigraph(tmp_path_factory.mktemp("oxigraph"), union_default_graph=False) as server:
        yield server


@pytest.fixture(scope="module")
def virtuoso_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    """A Virtuoso server of this module's own."""
    with virtuoso(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest) -> Store:
    """Each store in turn."""
    server: Store = request.getfixturevalue(f"{request.param}_store")
    return server


@pytest.fixture
def iri(request: pytest.FixtureRequest) -> Callable[[str], str]:
    """IRIs of this test's own (``iri("a")``): the tests share their servers."""
    test = re.sub(r"[^A-Za-z0-9_-]", "-", request.node.name)
    return lambda name: f"http://probe.example/{test}/{name}"


# --- the protocols, as plainly as a client speaks them ------------------------------------


def put(url: str, graph: str, ntriples: str, auth: httpx.Auth | None = None) -> httpx.Response:
    """A Graph Store ``PUT`` of N-Triples."""
    headers = {"Content-Type": NTRIPLES}
    return httpx.put(url, params={"graph": graph}, content=ntriples.encode(), headers=headers,
                     auth=auth, timeout=300)  # fmt: skip


def get(store: Store, graph: str) -> httpx.Response:
    """A Graph Store ``GET`` of a graph, as N-Triples."""
    return httpx.get(store.store_url, params={"graph": graph}, headers={"Accept": NTRIPLES},
                     timeout=60)  # fmt: skip


def update(store: Store, text: str) -> httpx.Response:
    """A SPARQL Update request (form-encoded ``update=``)."""
    return httpx.post(store.update_url, data={"update": text}, timeout=300)


def select(
    store: Store,
    query: str,
    method: str = "POST",
    client: httpx.Client | None = None,
    **dataset: list[str],
) -> list[tuple[str, ...]]:
    """The sorted rows of a SELECT, each value as text (``""`` unbound); ``dataset``: the
    protocol's ``default_graph_uri`` and ``named_graph_uri`` parameters."""
    fields: dict[str, str | list[str]] = {"query": query}
    fields.update({name.replace("_", "-"): iris for name, iris in dataset.items()})
    headers = {"Accept": JSON_RESULTS}
    requester = client or httpx.Client(timeout=300)
    if method == "GET":
        response = requester.get(store.query_url, params=fields, headers=headers)
    else:
        response = requester.post(store.query_url, data=fields, headers=headers)
    assert response.status_code == 200, response.text
    results = response.json()
    names = results["head"]["vars"]
    return sorted(
        tuple(row.get(name, {}).get("value", "") for name in names)
        for row in results["results"]["bindings"]
    )


def store_name(store: Store) -> str:
    return "oxigraph" if isinstance(store, OxigraphServer) else "virtuoso"


def triple(subject: str, value: str) -> str:
    return f'<{subject}> <http://probe.example/p> "{value}" .\n'


def values_in(store: Store, graph: str) -> list[str]:
    """The objects of a graph's probe triples (``[]`` when the graph is missing or empty)."""
    rows = select(
        store, f"SELECT ?o WHERE {{ GRAPH <{graph}> {{ ?s <http://probe.example/p> ?o }} }}"
    )
    return [row[0] for row in rows]


# --- the Graph Store protocol ---------------------------------------------------------------


def test_a_put_creates_a_graph_then_replaces_it(store: Store, iri: Callable[[str], str]) -> None:
    graph = iri("g")
    assert put(store.store_url, graph, triple(graph, "first")).status_code == 201
    replaced = put(store.store_url, graph, triple(graph, "second"))
    assert replaced.status_code == {"oxigraph": 204, "virtuoso": 200}[store_name(store)]
    got = get(store, graph)
    assert got.status_code == 200 and got.headers["content-type"].startswith(NTRIPLES)
    assert values_in(store, graph) == ["second"]


def test_virtuoso_answers_a_successful_put_with_an_empty_html_body(
    store: Store, iri: Callable[[str], str]
) -> None:
    # So "the server answered with an HTML page" cannot be told by the content type alone:
    # Virtuoso's success is text/html too, with an empty body.
    response = put(store.store_url, iri("g"), triple(iri("g"), "x"))
    assert response.status_code == 201 and response.content == b""
    expected_type = {"oxigraph": None, "virtuoso": "text/html; charset=UTF-8"}[store_name(store)]
    assert response.headers.get("content-type") == expected_type


def test_an_empty_put_leaves_an_empty_graph_on_oxigraph_and_no_graph_on_virtuoso(
    store: Store, iri: Callable[[str], str]
) -> None:
    graph = iri("g")
    assert put(store.store_url, graph, "").status_code == 201
    empty_then = get(store, graph)
    assert put(store.store_url, graph, triple(graph, "x")).status_code in (201, 204)
    assert put(store.store_url, graph, "").status_code == 204
    emptied = get(store, graph)
    if store_name(store) == "oxigraph":
        assert (empty_then.status_code, empty_then.content) == (200, b"")
        assert (emptied.status_code, emptied.content) == (200, b"")
    else:  # Virtuoso holds no empty graph: a graph is its triples
        assert empty_then.status_code == emptied.status_code == 404


def test_delete_drops_a_graph_and_a_missing_graph_is_404(
    store: Store, iri: Callable[[str], str]
) -> None:
    graph = iri("g")
    put(store.store_url, graph, triple(graph, "x"))
    deleted = httpx.delete(store.store_url, params={"graph": graph})
    assert deleted.status_code == {"oxigraph": 204, "virtuoso": 200}[store_name(store)]
    assert get(store, graph).status_code == 404
    assert httpx.delete(store.store_url, params={"graph": graph}).status_code == 404


def test_a_refused_upload_is_an_error_status_and_leaves_the_graph_as_it_was(
    store: Store, iri: Callable[[str], str]
) -> None:
    graph = iri("g")
    put(store.store_url, graph, triple(graph, "kept"))
    refused = put(store.store_url, graph, f"<{graph}> <http://probe.example/p> .\n")
    if store_name(store) == "oxigraph":
        assert refused.status_code == 400
        assert refused.headers["content-type"].startswith("text/plain")
        assert refused.text.startswith("Parser error")
    else:  # an HTML page, whose message guesses that the malformed N-Triples were plain text
        assert refused.status_code == 500
        assert refused.headers["content-type"].startswith("text/html")
        assert "<title>SPARQL Graph Protocol request failed</title>" in refused.text
        assert "unsupported type text/plain" in refused.text
    assert values_in(store, graph) == ["kept"]


def test_only_oxigraph_stores_a_default_graph_of_its_own(
    store: Store, iri: Callable[[str], str]
) -> None:
    headers = {"Content-Type": NTRIPLES}
    body = triple(iri("s"), "in the default graph").encode()
    stored = httpx.put(store.store_url + "?default", content=body, headers=headers)
    read = httpx.get(store.store_url + "?default", headers={"Accept": NTRIPLES})
    inserted = update(store, f"INSERT DATA {{ {triple(iri('t'), 'inserted')} }}")
    if store_name(store) == "oxigraph":
        assert stored.status_code in (201, 204) and read.status_code == 200
        assert b"in the default graph" in read.content
        assert inserted.status_code == 204
        httpx.put(store.store_url + "?default", content=b"", headers=headers)  # leave it empty
    else:  # its default graph is the union of all graphs; nothing can be written "there"
        for refused in (stored, read):
            assert refused.status_code == 500 and 'contains "default" param' in refused.text
        assert inserted.status_code == 400 and "No plain default graph" in inserted.text
        moved = update(store, f"MOVE DEFAULT TO <{iri('g')}>")
        assert moved.status_code == 400 and "requires declaration of a plain default" in moved.text


# --- SPARQL Update --------------------------------------------------------------------------


def test_an_update_answers_204_on_oxigraph_and_a_results_document_on_virtuoso(
    store: Store, iri: Callable[[str], str]
) -> None:
    put(store.store_url, iri("a"), triple(iri("a"), "x"))
    response = update(store, f"MOVE <{iri('a')}> TO <{iri('b')}> ; DROP SILENT GRAPH <{iri('c')}>")
    if store_name(store) == "oxigraph":
        assert (response.status_code, response.content) == (204, b"")
    else:  # one line per operation, then the commit
        assert response.status_code == 200
        assert response.headers["content-type"].startswith(XML_RESULTS)
        assert "-- done" in response.text and "Commit -- done" in response.text
    assert values_in(store, iri("b")) == ["x"]


def test_a_failing_operation_undoes_the_whole_request_on_oxigraph_only(
    store: Store, iri: Callable[[str], str]
) -> None:
    put(store.store_url, iri("a"), triple(iri("a"), "a"))
    failed = update(store, f"MOVE <{iri('a')}> TO <{iri('b')}> ; DROP GRAPH <{iri('missing')}>")
    assert failed.status_code == 500
    moved = (values_in(store, iri("a")), values_in(store, iri("b")))
    if store_name(store) == "oxigraph":
        assert moved == (["a"], [])
    else:  # the MOVE before the failed DROP stays done
        assert moved == ([], ["a"])


def test_moving_a_missing_graph_fails_on_oxigraph_and_empties_the_target_on_virtuoso(
    store: Store, iri: Callable[[str], str]
) -> None:
    put(store.store_url, iri("target"), triple(iri("target"), "old"))
    moved = update(store, f"MOVE <{iri('missing')}> TO <{iri('target')}>")
    if store_name(store) == "oxigraph":
        assert moved.status_code == 500 and "does not exist" in moved.text
        assert values_in(store, iri("target")) == ["old"]
    else:  # a missing graph is an empty one, moved over the target
        assert moved.status_code == 200
        assert values_in(store, iri("target")) == []


def test_virtuoso_drops_a_graph_store_graph_only_with_silent(
    store: Store, iri: Callable[[str], str]
) -> None:
    put(store.store_url, iri("g"), triple(iri("g"), "x"))
    dropped = update(store, f"DROP GRAPH <{iri('g')}>")
    if store_name(store) == "oxigraph":
        assert dropped.status_code == 204 and values_in(store, iri("g")) == []
    else:  # graphs made by the Graph Store protocol were never "explicitly created"
        assert dropped.status_code == 500
        assert "has not been explicitly created before" in dropped.text
        assert values_in(store, iri("g")) == ["x"]
    assert update(store, f"DROP SILENT GRAPH <{iri('g')}>").status_code in (200, 204)
    assert values_in(store, iri("g")) == []


# --- the dataset of a query: default-graph-uri, named-graph-uri, FROM -----------------------


@pytest.fixture
def three_graphs(store: Store, iri: Callable[[str], str]) -> Store:
    """Graphs ``a``, ``b`` and ``c`` of one triple each (``a1``, ``b1``, ``c1``)."""
    for name in "abc":
        put(store.store_url, iri(name), triple(iri(f"{name}1"), name))
    return store


def ours(rows: list[tuple[str, ...]], iri: Callable[[str], str]) -> list[tuple[str, ...]]:
    """The rows about this test's graphs, the graph IRIs shortened to their last part."""
    prefix = iri("")
    return [tuple(value.removeprefix(prefix) for value in row) for row in rows
            if all(value.startswith(prefix) for value in row)]  # fmt: skip


DEFAULT_SUBJECTS = "SELECT ?s WHERE { ?s <http://probe.example/p> ?o }"
NAMED_SUBJECTS = "SELECT ?g ?s WHERE { GRAPH ?g { ?s <http://probe.example/p> ?o } }"
ALL_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_default_graph_uri_makes_the_default_graph(
    three_graphs: Store, iri: Callable[[str], str], method: str
) -> None:
    rows = select(three_graphs, DEFAULT_SUBJECTS, method, default_graph_uri=[iri("a"), iri("c")])
    assert ours(rows, iri) == [("a1",), ("c1",)]


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_with_default_graph_uri_alone_graph_ranges_over_no_graph_on_oxigraph_and_all_on_virtuoso(
    three_graphs: Store, iri: Callable[[str], str], method: str
) -> None:
    store = three_graphs
    named = select(store, NAMED_SUBJECTS, method, default_graph_uri=[iri("a")])
    graphs = {row[0] for row in select(store, ALL_GRAPHS, method, default_graph_uri=[iri("a")])}
    if store_name(store) == "oxigraph":  # the protocol's reading: no named graph given, none
        assert named == [] and graphs == set()
    else:  # every graph of the store, its system graphs included
        assert ours(named, iri) == [("a", "a1"), ("b", "b1"), ("c", "c1")]
        assert graphs >= VIRTUOSO_SYSTEM_GRAPHS


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_named_graph_uri_limits_graph_on_both_stores(
    three_graphs: Store, iri: Callable[[str], str], method: str
) -> None:
    store = three_graphs
    both = select(store, NAMED_SUBJECTS, method, default_graph_uri=[iri("a")],
                  named_graph_uri=[iri("b")])  # fmt: skip
    assert both == [(iri("b"), iri("b1"))]
    assert select(store, DEFAULT_SUBJECTS, method, default_graph_uri=[iri("a")],
                  named_graph_uri=[iri("b")]) == [(iri("a1"),)]  # fmt: skip
    alone = select(store, NAMED_SUBJECTS, method, named_graph_uri=[iri("b")])
    assert alone == [(iri("b"), iri("b1"))]
    assert select(store, ALL_GRAPHS, method, named_graph_uri=[iri("b")]) == [(iri("b"),)]


def test_default_graph_uri_replaces_from_on_oxigraph_and_adds_to_it_on_virtuoso(
    three_graphs: Store, iri: Callable[[str], str]
) -> None:
    query = f"SELECT ?s FROM <{iri('b')}> WHERE {{ ?s <http://probe.example/p> ?o }}"
    rows = ours(select(three_graphs, query, default_graph_uri=[iri("a")]), iri)
    expected = {"oxigraph": [("a1",)], "virtuoso": [("a1",), ("b1",)]}
    assert rows == expected[store_name(three_graphs)]


def test_a_default_graph_of_several_graphs_repeats_a_triple_they_share(
    store: Store, iri: Callable[[str], str]
) -> None:
    for name in "ab":
        put(store.store_url, iri(name), triple(iri("shared"), "same"))
    query = "SELECT ?s WHERE {{ ?s <http://probe.example/p> ?o }}"
    from_both = query.replace("SELECT ?s", f"SELECT ?s FROM <{iri('a')}> FROM <{iri('b')}>")
    assert select(store, from_both.format()) == [(iri("shared"),)] * 2
    given = select(store, query.format(), default_graph_uri=[iri("a"), iri("b")])
    assert given == [(iri("shared"),)] * 2


def test_virtuosos_default_graph_is_every_graph_its_system_graphs_included(
    virtuoso_store: VirtuosoServer, iri: Callable[[str], str]
) -> None:
    for name in "ab":
        put(virtuoso_store.store_url, iri(name), triple(iri("shared"), "same"))
    assert ours(select(virtuoso_store, DEFAULT_SUBJECTS), iri) == [("shared",)] * 2
    per_graph = select(
        virtuoso_store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    )
    ((total,),) = select(virtuoso_store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(total) == sum(int(n) for _, n in per_graph)
    system = sum(int(n) for graph, n in per_graph if graph in VIRTUOSO_SYSTEM_GRAPHS)
    assert system > 2000  # Virtuoso's own description of its RDF views (virtrdf:)


# --- results ---------------------------------------------------------------------------------


def test_virtuoso_writes_blank_nodes_as_node_id_urls(
    store: Store, iri: Callable[[str], str]
) -> None:
    put(store.store_url, iri("g"), f'<{iri("s")}> <http://probe.example/p> _:b .\n'
        f'_:b <http://probe.example/p> "inside" .\n')  # fmt: skip
    query = f'SELECT ?b WHERE {{ GRAPH <{iri("g")}> {{ ?b ?p "inside" }} }}'
    as_json = httpx.post(store.query_url, data={"query": query}, headers={"Accept": JSON_RESULTS})
    as_xml = httpx.post(store.query_url, data={"query": query}, headers={"Accept": XML_RESULTS})
    term = as_json.json()["results"]["bindings"][0]["b"]
    assert term["type"] == "bnode"
    xml_label = re.search(r"<bnode>([^<]*)</bnode>", as_xml.text)
    assert xml_label is not None
    if store_name(store) == "oxigraph":
        assert re.fullmatch(r"[0-9a-f]+", term["value"]) and xml_label[1] == term["value"]
    else:
        assert re.fullmatch(r"nodeID://b[0-9]+", term["value"]) and xml_label[1] == term["value"]


def test_an_alternative_path_gives_a_value_once_on_oxigraph_and_once_per_predicate_on_virtuoso(
    store: Store, iri: Callable[[str], str]
) -> None:
    # The standard (SPARQL 1.1, 18.5) evaluates p|q as a union: one row per predicate. The
    # labels query's rdfs:label|skos:prefLabel gives more rows on Virtuoso for that reason.
    put(store.store_url, iri("g"), f'<{iri("s")}> <http://probe.example/p> "same" .\n'
        f'<{iri("s")}> <http://probe.example/q> "same" .\n')  # fmt: skip
    path = f"GRAPH <{iri('g')}> {{ <{iri('s')}> <http://probe.example/p>|<http://probe.example/q> ?o }}"
    rows = select(store, f"SELECT ?o WHERE {{ {path} }}")
    assert rows == [("same",)] * {"oxigraph": 1, "virtuoso": 2}[store_name(store)]


def test_virtuosos_auth_endpoints_take_httpx_digest_auth(
    virtuoso_store: VirtuosoServer, iri: Callable[[str], str]
) -> None:
    store, graph = virtuoso_store, iri("g")
    body = triple(graph, "authenticated")
    refused = put(store.auth_store_url, graph, body)
    assert refused.status_code == 401
    assert refused.headers["www-authenticate"].startswith('Digest realm="SPARQL"')
    basic = httpx.BasicAuth(store.user, store.password)
    assert put(store.auth_store_url, graph, body, auth=basic).status_code == 401
    wrong = httpx.DigestAuth(store.user, "not the password")
    assert put(store.auth_store_url, graph, body, auth=wrong).status_code == 401
    digest = httpx.DigestAuth(store.user, store.password)
    assert put(store.auth_store_url, graph, body, auth=digest).status_code == 201
    moved = httpx.post(store.auth_sparql_url, auth=digest,
                       data={"update": f"MOVE <{graph}> TO <{iri('h')}>"})  # fmt: skip
    assert moved.status_code == 200 and "-- done" in moved.text
    assert values_in(store, iri("h")) == ["authenticated"]


# --- atomicity: a reader during a switch, a server killed during it --------------------------

GRAPHS = 3
VERSION = "http://probe.example/version"
SNAPSHOT = (
    f"SELECT ?g ?v (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s <{VERSION}> ?v }} }} GROUP BY ?g ?v"
)
#: The switch: live graphs replaced by staging graphs, an old graph dropped, in one request.
SWITCH = " ;\n".join(
    [
        f"MOVE <http://probe.example/stage{i}> TO <http://probe.example/live{i}>"
        for i in range(GRAPHS)
    ]
    + ["DROP SILENT GRAPH <http://probe.example/retired>"]
)
Snapshot = frozenset[tuple[str, ...]]


def version_graph(graph: str, version: str, size: int) -> str:
    """``size`` triples stating ``version``, as N-Triples for a Graph Store PUT."""
    return "".join(f'<{graph}/s{n}> <{VERSION}> "{version}" .\n' for n in range(size))


@dataclass(frozen=True)
class Versions:
    """Both versions of a switch of :data:`GRAPHS` graphs of ``size`` triples each."""

    size: int

    def graphs(self) -> dict[str, tuple[str, int]]:
        """Graph -> (version, size) before the switch: live graphs at 1, staging graphs at 2."""
        graphs = {"http://probe.example/retired": ("0", 10)}
        for i in range(GRAPHS):
            graphs[f"http://probe.example/live{i}"] = ("1", self.size)
            graphs[f"http://probe.example/stage{i}"] = ("2", self.size)
        return graphs

    @property
    def before(self) -> Snapshot:
        return frozenset(
            (graph, version, str(size)) for graph, (version, size) in self.graphs().items()
        )

    @property
    def after(self) -> Snapshot:
        return frozenset(
            (f"http://probe.example/live{i}", "2", str(self.size)) for i in range(GRAPHS)
        )


#: 3 x 40,000 triples in each version: 240,000 triples, all of them moved by the switch.
LARGE = Versions(40_000)
#: 3 x 5,000: a switch on Virtuoso with a reader took 7 to 50 s at this size, and at LARGE's
#: either 11 to 19 s or more than 5 minutes, busy, without finishing (docs/stores.md).
SMALL = Versions(5_000)


@contextmanager
def serve(kind: str, directory: Path) -> Iterator[Store]:
    """A store of ``kind`` on ``directory`` (restarted on what it holds, if anything)."""
    if kind == "oxigraph":
        with oxigraph(directory, union_default_graph=False) as server:
            yield server
    else:
        with virtuoso(directory) as server:
            yield server


@contextmanager
def before_the_switch(kind: str, directory: Path, versions: Versions) -> Iterator[Store]:
    """A fresh store holding the version before the switch.

    Oxigraph's is bulk-loaded before the server starts (its Graph Store PUT takes tens of
    seconds for this much); Virtuoso's is PUT graph by graph, as a publish would.
    """
    if kind == "oxigraph":
        quads = directory / "before.nq"
        with quads.open("w", encoding="utf-8") as out:
            for graph, (version, size) in versions.graphs().items():
                out.write(version_graph(graph, version, size).replace(" .\n", f" <{graph}> .\n"))
        loading = [OXIGRAPH, "load", "--location", str(directory / "store"), "--file", str(quads)]
        subprocess.run(loading, check=True, capture_output=True, timeout=300)
    with serve(kind, directory) as server:
        if kind == "virtuoso":
            for graph, (version, size) in versions.graphs().items():
                assert put(server.store_url, graph, version_graph(graph, version, size)).is_success
        yield server


def snapshot(store: Store, client: httpx.Client | None = None) -> Snapshot:
    """Every version graph of the store: (graph, version, number of triples)."""
    return frozenset(select(store, SNAPSHOT, client=client))


@dataclass
class Reader:
    """Threads that read snapshots without pause, each with when its request began and ended."""

    store: Store
    #: Seconds between a thread's reads: on Virtuoso, reads without pause can hold a switch up
    #: for more than five minutes (docs/stores.md), which is a test of patience, not atomicity.
    pause: float = 0.0
    reads: list[tuple[float, float, Snapshot]] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        try:
            with httpx.Client(timeout=300) as client:
                while not self.stop.is_set():
                    began = time.monotonic()
                    seen = snapshot(self.store, client)
                    self.reads.append((began, time.monotonic(), seen))
                    self.stop.wait(self.pause)
        except BaseException as error:  # reported by the test, not lost with the thread
            self.errors.append(error)


#: The switch each store is watched through, and by how many readers at once. On Virtuoso a
#: read waits for the switch to commit, and the switch slows down while a read waits: see
#: :data:`SMALL` (with two readers at LARGE's size, one switch was still busy after 20 minutes).
#: Virtuoso's two readers pause 0.2 s between reads: reading without pause, a CI run saw the
#: switch of 3 x 5,000 triples still unanswered after 300 s.
WATCHED = {"oxigraph": (LARGE, 2, 0.0), "virtuoso": (Versions(2_000), 2, 0.2)}


@pytest.mark.slow
@pytest.mark.parametrize("kind", STORES)
def test_a_reader_sees_a_multi_graph_switch_whole_or_not_at_all(kind: str, tmp_path: Path) -> None:
    versions, readers, pause = WATCHED[kind]
    with before_the_switch(kind, tmp_path, versions) as store:
        assert snapshot(store) == versions.before
        reader = Reader(store, pause)
        threads = [threading.Thread(target=reader.run) for _ in range(readers)]
        for thread in threads:
            thread.start()
        time.sleep(1)
        began = time.monotonic()
        answer = update(store, SWITCH)
        ended = time.monotonic()
        time.sleep(1)
        reader.stop.set()
        for thread in threads:
            thread.join()
        assert answer.is_success, answer.text
        assert reader.errors == []
        expected = (versions.before, versions.after)
        assert [seen for _, _, seen in reader.reads if seen not in expected] == []
        overlapping = [read for read in reader.reads if read[0] < ended and read[1] > began]
        assert len(overlapping) >= 2, f"the switch took {ended - began:.1f} s"
        assert snapshot(store) == versions.after
    if kind == "oxigraph":  # its readers are not held up: they read the last committed version
        assert any(began < start and end < ended for start, end, _ in overlapping)
    else:  # a read begun during the switch waits for it, and sees the version after
        assert any(began < start and seen == versions.after for start, _, seen in overlapping)


@pytest.mark.slow
@pytest.mark.parametrize("kind", STORES)
def test_a_store_killed_during_a_switch_restarts_on_one_version(kind: str, tmp_path: Path) -> None:
    delay = random.uniform(0.5, 15)
    answers: list[int] = []

    def switch(store: Store) -> None:
        with suppress(httpx.HTTPError):  # killed before it answered
            answers.append(update(store, SWITCH).status_code)

    with before_the_switch(kind, tmp_path, LARGE) as store:
        sender = threading.Thread(target=switch, args=(store,))
        sender.start()
        time.sleep(delay)
        store.process.kill()
        store.process.wait()
        sender.join()
    with serve(kind, tmp_path) as restarted:
        found = snapshot(restarted)
    assert found in (LARGE.before, LARGE.after), f"killed {delay:.1f} s into the switch"
    if answers:  # the store said it was done before it was killed
        assert found == LARGE.after, f"killed {delay:.1f} s into the switch, after it answered"
