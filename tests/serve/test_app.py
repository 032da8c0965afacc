"""The endpoint's routes and protocol, in process (Starlette's TestClient) with real workers.

The app runs as ``crpv-graph serve --timeout 2 --max-rows 500 --cors-origin ...`` would run it,
on the real dataset, its queries answered by real worker processes; only the HTTP server is left
out. What needs that server or a real process (SPARQLWrapper on a real port, connection limits,
runaways, memory, signals, the no-outbound fuzz) is in ``test_server.py``, ``test_http.py``,
``test_limits.py`` and ``test_hostile_queries.py``.

The refusals come before ``test_the_server_still_answers_after_every_refusal``, which must stay
last.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import shlex
from collections.abc import Iterator

import pyoxigraph as ox
import pytest
from starlette.testclient import TestClient

from crpv_graph.query import NamedQuery, formats, load_queries, resolve_query
from crpv_graph.serve import ServerSettings, create_app
from crpv_graph.serve.context import SECURITY_HEADERS
from crpv_graph.serve.executor import Limits
from crpv_graph.store.dataset import LoadedDataset
from tests.helpers import CENTRE_COUNT, Cli, Listener, named_rows

HTML = {"Accept": "text/html"}
CSV = {"Accept": "text/csv"}
MAX_ROWS = 500
ORIGIN = "https://researcher.example.org"


@pytest.fixture(scope="module")
def client(real_dataset: LoadedDataset) -> Iterator[TestClient]:
    dataset = real_dataset.store.dump(format=ox.RdfFormat.N_QUADS) or b""
    limits = Limits(workers=1, timeout=2, max_rows=MAX_ROWS)
    app = create_app(ServerSettings(dataset=dataset, limits=limits, cors_origins=(ORIGIN,)))
    with TestClient(app) as test_client:
        yield test_client


def html_page(client: TestClient, path: str, **params: str) -> str:
    """The page at ``path``, asked for as HTML; it must answer 200."""
    answer = client.get(path, params=params, headers=HTML)
    assert answer.status_code == 200, answer.text
    return answer.text


# --- The protocol: GET, POST, content negotiation ------------------------------------------


def test_get_post_form_and_post_body_give_the_same_answer(client: TestClient) -> None:
    headers = {"Accept": "application/sparql-results+json"}
    answers = [
        client.get("/sparql", params={"query": CENTRE_COUNT}, headers=headers),
        client.post("/sparql", data={"query": CENTRE_COUNT}, headers=headers),
        client.post(
            "/sparql",
            content=CENTRE_COUNT,
            headers={**headers, "Content-Type": "application/sparql-query"},
        ),
    ]
    assert [answer.status_code for answer in answers] == [200, 200, 200]
    assert len({answer.content for answer in answers}) == 1


@pytest.mark.parametrize(
    ("accept", "media_type", "parse"),
    [
        ("application/sparql-results+json", "application/sparql-results+json", "json"),
        ("application/sparql-results+xml", "application/sparql-results+xml", "xml"),
        ("text/csv", "text/csv", None),
        ("text/tab-separated-values", "text/tab-separated-values", "tsv"),
    ],
)
def test_select_formats_by_accept_header(
    client: TestClient, accept: str, media_type: str, parse: str | None
) -> None:
    answer = client.get("/sparql", params={"query": CENTRE_COUNT}, headers={"Accept": accept})
    assert answer.status_code == 200
    assert answer.headers["content-type"].split(";")[0] == media_type
    if parse:
        result = ox.parse_query_results(answer.content, format=formats.RESULT_FORMATS[parse].writer)
        assert isinstance(result, ox.QuerySolutions)
        assert [str(s["n"].value) for s in result] == ["21"]
    else:
        assert answer.text.splitlines() == ["n", "21"]


@pytest.mark.parametrize(
    ("accept", "rdf_format"),
    [
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/trig", ox.RdfFormat.TRIG),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", ox.RdfFormat.RDF_XML),
    ],
)
def test_construct_formats_by_accept_header(
    client: TestClient, accept: str, rdf_format: ox.RdfFormat
) -> None:
    query = "CONSTRUCT WHERE { o:oriv crpv:coversTerritory ?territory }"
    answer = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith(accept)
    triples = {str(quad.object) for quad in ox.parse(answer.content, format=rdf_format)}
    assert triples == {"<https://w3id.org/crpv/id/region/44>"}


def test_format_parameter_overrides_accept(client: TestClient) -> None:
    answer = client.get("/sparql", params={"query": CENTRE_COUNT, "format": "tsv"}, headers=CSV)
    assert answer.headers["content-type"].startswith("text/tab-separated-values")


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/sparql-results+json; charset=utf-8", "application/sparql-results+json"),
        ("text/csv;charset=UTF-8;q=0.9, image/png", "text/csv"),
    ],
)
def test_a_media_types_parameters_do_not_make_it_unacceptable(
    client: TestClient, accept: str, media: str
) -> None:
    answer = client.get("/sparql", params={"query": CENTRE_COUNT}, headers={"Accept": accept})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith(media)


def test_unservable_accept_header_answers_406(client: TestClient) -> None:
    answer = client.get("/sparql", params={"query": CENTRE_COUNT}, headers={"Accept": "image/png"})
    assert answer.status_code == 406


def test_default_graph_uri_of_the_dataset_restricts_the_query(client: TestClient) -> None:
    graph = "https://www.insee.fr/fr/information/2560452"
    query = "SELECT (COUNT(DISTINCT ?region) AS ?n) WHERE { ?region a crpv:Region }"
    answer = client.get("/sparql", params={"query": query, "default-graph-uri": graph}, headers=CSV)
    assert answer.text.splitlines() == ["n", "18"]
    outside = client.get(
        "/sparql",
        params={"query": query, "default-graph-uri": "https://w3id.org/crpv/graph/ontology"},
        headers=CSV,
    )
    assert outside.text.splitlines() == ["n", "0"]


# --- Named queries at their own URLs -------------------------------------------------------


@pytest.mark.parametrize("extension", ["csv", "tsv", "json"])
def test_named_query_url_gives_the_bytes_the_cli_gives(
    client: TestClient, cli: Cli, extension: str
) -> None:
    answer = client.get(f"/queries/centres.{extension}", params={"centre": "o:oriv"})
    assert answer.status_code == 200
    local = cli("query", "centres", "--param", "centre=o:oriv", "--format", extension)
    assert answer.content == local.stdout_bytes


def test_named_query_negotiates_by_accept_header(client: TestClient) -> None:
    answer = client.get("/queries/network-animator", params={"year": "2019"}, headers=CSV)
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert {row["bodyLabel"] for row in rows} == {
        "Commissariat général à l'égalité des territoires"
    }


def test_named_query_page_has_a_form_and_the_result_table(client: TestClient) -> None:
    page = html_page(client, "/queries/network-animator", year="2021")
    assert '<input name="year" value="2021"' in page
    assert "<table" in page and ">Commissariat général à l" in page  # the CGET's display label
    assert "/queries/network-animator.csv?year=2021" in page


def test_named_query_page_describes_its_parameters_in_the_readers_language(
    client: TestClient,
) -> None:
    french = html_page(client, "/queries/took-part", lang="fr")
    english = html_page(client, "/queries/took-part", lang="en")
    assert "<small>(iri) L&#39;organisme ou la personne</small>" in french
    assert "<small>(iri) The body or person</small>" in english


def example_parameters(query: NamedQuery) -> dict[str, str]:
    """The ``--param name=value`` pairs of a named query's documented examples."""
    words = [word for example in query.examples for word in shlex.split(example)]
    pairs = [value for flag, value in itertools.pairwise(words) if flag == "--param"]
    return dict(pair.split("=", 1) for pair in pairs)


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_every_named_query_page_answers_with_its_example(client: TestClient, name: str) -> None:
    values = example_parameters(load_queries()[name])
    for params in ({}, values):
        answer = client.get(f"/queries/{name}", params=params, headers=HTML)
        assert answer.status_code == 200, (params, answer.text)
        assert 'class="error"' not in answer.text
    if name == "describe":  # the 500: answered, with the resource's statements
        assert "Observatoire régional de l&#39;intégration et de la ville" in answer.text


def test_named_query_list_as_json_documents_every_query(client: TestClient) -> None:
    listed = client.get("/queries.json").json()
    assert {entry["name"] for entry in listed} == set(load_queries())
    animator = next(entry for entry in listed if entry["name"] == "network-animator")
    assert animator["params"] == [
        {"name": "year", "kind": "year", "default": "2021", "doc": "The year"}
    ]


def test_named_query_text_is_served_as_sparql(client: TestClient) -> None:
    answer = client.get("/queries/centres.rq")
    assert answer.headers["content-type"].startswith("application/sparql-query")
    assert answer.text == resolve_query("centres").text


def test_named_query_errors_are_400_and_404(client: TestClient) -> None:
    assert client.get("/queries/no-such-query.csv").status_code == 404
    unknown = client.get("/queries/centres.csv", params={"colour": "red"})
    assert unknown.status_code == 400 and "no parameter colour" in unknown.text
    bad_iri = client.get("/queries/centres.csv", params={"centre": "o:o riv"})
    assert bad_iri.status_code == 400 and "not a valid IRI" in bad_iri.text
    bad_year = client.get("/queries/network-animator.csv", params={"year": "2O21"})
    assert bad_year.status_code == 400 and "integer" in bad_year.text


def test_served_rows_match_the_embedded_store(
    client: TestClient, real_dataset: LoadedDataset
) -> None:
    answer = client.get("/queries/centre-state-services.json")
    served_rows = json.loads(answer.text)["results"]["bindings"]
    local_rows = named_rows(real_dataset.store, "centre-state-services")
    assert len(served_rows) == len(local_rows) > 30


def test_a_describe_page_shows_the_triples_with_labels(client: TestClient) -> None:
    page = html_page(client, "/queries/describe", resource="o:eru")
    assert "<th>subject</th><th>predicate</th><th>object</th>" in page
    assert ">ERU</a>" in page or ">ERU<" in page
    assert "/queries/describe.ttl?resource=o%3Aeru" in page


@pytest.mark.parametrize(
    ("path", "status", "media_type"),
    [
        ("/queries/describe.ttl?resource=o:eru", 200, "text/turtle"),
        ("/queries/describe.nt?resource=o:eru", 200, "application/n-triples"),
        ("/queries/describe.jsonld?resource=o:eru", 200, "application/ld+json"),
        ("/queries/describe.json?resource=o:eru", 406, "text/plain"),
        ("/queries/describe.csv?resource=o:eru", 406, "text/plain"),
        ("/queries/leadership.ttl", 406, "text/plain"),
        ("/queries/leadership.jsonld", 406, "text/plain"),
        ("/queries/leadership.csv", 200, "text/csv"),
        ("/sparql?query=ASK%20%7B%7D&format=turtle", 406, "text/plain"),
    ],
)
def test_a_format_a_query_cannot_give_answers_406(
    client: TestClient, path: str, status: int, media_type: str
) -> None:
    answer = client.get(path)
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith(media_type)
    if status == 406:
        assert len(answer.text.splitlines()) == 1


@pytest.mark.parametrize(
    ("path", "params", "message"),
    [
        ("/queries/centres", {"centre": "o:o riv"}, "not a valid IRI"),
        ("/queries/centres", {"colour": "red"}, "no parameter colour"),
        ("/queries/network-animator", {"year": "2O21"}, "expects an integer"),
    ],
)
def test_bad_parameters_answer_400_on_every_route(
    client: TestClient, path: str, params: dict[str, str], message: str
) -> None:
    page = client.get(path, params=params, headers=HTML)
    assert page.status_code == 400
    assert 'class="error"' in page.text and message in page.text
    data = client.get(path + ".csv", params=params)
    assert data.status_code == 400 and message in data.text


def test_an_unknown_extension_answers_400(client: TestClient) -> None:
    answer = client.get("/queries/centres.png")
    assert answer.status_code == 400
    assert "unknown extension .png" in answer.text


# --- CORS ----------------------------------------------------------------------------------


def test_cors_allows_only_the_configured_origin(client: TestClient) -> None:
    params = {"query": CENTRE_COUNT}
    allowed = client.get(
        "/sparql", params=params, headers={"Origin": "https://researcher.example.org"}
    )
    other = client.get("/sparql", params=params, headers={"Origin": "https://evil.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://researcher.example.org"
    assert "access-control-allow-credentials" not in allowed.headers
    assert "access-control-allow-origin" not in other.headers


# --- Refusals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { o:x rdfs:label 'x' }",
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "CLEAR ALL",
        "DROP GRAPH <https://w3id.org/crpv/graph/inferred>",
        "DELETE WHERE { ?s ?p ?o }",
    ],
)
def test_updates_are_refused_by_every_route(client: TestClient, update: str) -> None:
    answers = [
        client.get("/sparql", params={"update": update}),
        client.post("/sparql", data={"update": update}),
        client.post(
            "/sparql", content=update, headers={"Content-Type": "application/sparql-update"}
        ),
        client.post("/sparql", data={"query": update}),
    ]
    assert [answer.status_code for answer in answers] == [403] * 4
    assert all("read-only" in answer.text for answer in answers)
    count = client.get("/sparql", params={"query": CENTRE_COUNT}, headers=CSV)
    assert count.text.splitlines() == ["n", "21"]


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ VALUES ?e {{ <{url}> }} SERVICE ?e {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ ?s a crpv:ResourceCentre OPTIONAL {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
        "SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}",
        "SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    ],
)
def test_remote_requests_are_refused_and_nothing_goes_out(
    client: TestClient, listener: Listener, template: str
) -> None:
    answer = client.post("/sparql", data={"query": template.format(url=listener.url)})
    assert answer.status_code == 400
    assert "SERVICE is not allowed" in answer.text or "not a graph of this dataset" in answer.text
    assert listener.connections == 0


def test_remote_graph_uri_parameters_are_refused(client: TestClient, listener: Listener) -> None:
    for field in ("default-graph-uri", "named-graph-uri"):
        answer = client.get("/sparql", params={"query": CENTRE_COUNT, field: listener.url})
        assert answer.status_code == 400, field
    assert listener.connections == 0


def test_a_syntax_error_answers_400_with_where_and_why_in_one_line(client: TestClient) -> None:
    answer = client.post("/sparql", data={"query": "SELECT ?s WHERE { ?s ?p }"})
    assert answer.status_code == 400
    assert answer.text == "syntax error at line 1, column 19: cannot read `?s ?p }`\n"
    unknown = client.post("/sparql", data={"query": "SELECT * WHERE { foo:bar ?p ?o }"})
    assert unknown.text == "unknown prefix `foo:` at line 1, column 18\n"
    empty = client.post("/sparql", data={"query": "# nothing but a comment"})
    assert (empty.status_code, empty.text) == (400, "empty query: send a SPARQL query\n")


def test_an_oversized_result_is_cut_at_the_cap_and_says_so(client: TestClient) -> None:
    answer = client.post("/sparql", data={"query": "SELECT * WHERE { ?s ?p ?o }"}, headers=CSV)
    assert answer.status_code == 200
    assert answer.headers["x-result-truncated"] == "true"
    assert answer.headers["x-result-rows"] == str(MAX_ROWS)
    assert len(list(csv.DictReader(io.StringIO(answer.text)))) == MAX_ROWS
    small = client.post("/sparql", data={"query": CENTRE_COUNT})
    assert small.headers["x-result-truncated"] == "false"


def test_an_oversized_graph_result_is_cut_too(client: TestClient) -> None:
    answer = client.post(
        "/sparql",
        data={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
        headers={"Accept": "application/n-triples"},
    )
    assert answer.headers["x-result-truncated"] == "true"
    assert len(list(ox.parse(answer.content, format=ox.RdfFormat.N_TRIPLES))) == MAX_ROWS


SPARQL_QUERY = "application/sparql-query"


@pytest.mark.parametrize(
    ("body", "content_type", "form", "status"),
    [
        (b"x" * (300 * 1024), SPARQL_QUERY, None, 413),
        (b"\xff\xfe\x00SELECT", SPARQL_QUERY, None, 400),
        (b"SELECT * {}", "image/png", None, 415),
        (None, None, {"nothing": "here"}, 400),
        (None, None, {"query": ["ASK {}", "ASK {}"]}, 400),
        (None, None, {"query": "(" * 5000}, 400),
        (None, None, {"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 99999999999999999999999"}, 400),
    ],
)
def test_malformed_requests_get_a_clear_4xx(
    client: TestClient,
    body: bytes | None,
    content_type: str | None,
    form: dict[str, str | list[str]] | None,
    status: int,
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    answer = client.post("/sparql", content=body, data=form, headers=headers)
    assert answer.status_code == status, answer.text
    assert "internal" not in answer.text.lower()


@pytest.mark.parametrize(
    "path",
    ["/queries", "/static/query/main.js", "/sparql?query=ASK%20%7B%7D", "/sparql?query=ASK",
     "/queries/no-such-query.csv", "/health"],
)  # fmt: skip
def test_every_answer_carries_the_security_headers(client: TestClient, path: str) -> None:
    answer = client.get(path)
    assert {key: answer.headers.get(key) for key in SECURITY_HEADERS} == SECURITY_HEADERS


def test_health_answers_ok(client: TestClient) -> None:
    answer = client.get("/health")
    assert answer.status_code == 200
    assert answer.json()["status"] == "ok"


def test_the_server_still_answers_after_every_refusal(client: TestClient) -> None:
    answer = client.get("/sparql", params={"query": CENTRE_COUNT}, headers=CSV)
    assert answer.status_code == 200
    assert answer.text.splitlines() == ["n", "21"]
