"""``crpv-graph serve`` as researchers use it: a real server process, real HTTP clients.

The server runs with a 2 s timeout and a 500-row cap (see the ``served`` fixture). The refusal
tests come before ``test_the_server_still_answers_after_every_refusal``, which must stay last.
"""

from __future__ import annotations

import csv
import io
import json
import threading
import time

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from conftest import Listener, ServedEndpoint, named_rows
from rdflib.compare import isomorphic
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

from crpv_graph.query import formats, load_queries, resolve_query, run
from crpv_graph.query.remote import USER_AGENT
from crpv_graph.store import dataset

CENTRE_COUNT = (
    "SELECT (COUNT(DISTINCT ?centre) AS ?centres) WHERE { ?centre a crpv:ResourceCentre }"
)
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def researcher(served: ServedEndpoint, query: str, fmt: str) -> SPARQLWrapper:
    """SPARQLWrapper set up as the README tells researchers to."""
    wrapper = SPARQLWrapper(served.sparql, agent=USER_AGENT)
    wrapper.setQuery(query)
    wrapper.setReturnFormat(fmt)
    return wrapper


# --- SPARQLWrapper, as a researcher would use it -------------------------------------------


def test_sparqlwrapper_select_as_json(served: ServedEndpoint) -> None:
    result = researcher(served, CENTRE_COUNT, JSON).queryAndConvert()
    assert isinstance(result, dict)
    assert result["head"]["vars"] == ["centres"]
    assert result["results"]["bindings"][0]["centres"]["value"] == "20"


def test_sparqlwrapper_select_as_xml(served: ServedEndpoint) -> None:
    document = researcher(served, CENTRE_COUNT, XML).queryAndConvert()
    literals = document.getElementsByTagName("literal")  # type: ignore[union-attr]
    assert [node.firstChild.data for node in literals] == ["20"]


def test_sparqlwrapper_select_as_csv(served: ServedEndpoint) -> None:
    query = "SELECT ?code WHERE { reg:44 crpv:inseeCode ?code }"
    data = researcher(served, query, CSV).queryAndConvert()
    assert isinstance(data, bytes)
    assert list(csv.reader(io.StringIO(data.decode()))) == [["code"], ["44"]]


def test_sparqlwrapper_ask(served: ServedEndpoint) -> None:
    yes = researcher(served, "ASK { o:cget crpv:predecessorOf o:anct }", JSON).queryAndConvert()
    no = researcher(served, "ASK { o:anct crpv:predecessorOf o:cget }", JSON).queryAndConvert()
    assert (yes["boolean"], no["boolean"]) == (True, False)  # type: ignore[index]


def test_sparqlwrapper_construct_as_turtle_matches_the_embedded_store(
    served: ServedEndpoint, real_dataset: dataset.LoadedDataset
) -> None:
    query = "CONSTRUCT { o:oriv ?p ?o } WHERE { o:oriv ?p ?o }"
    data = researcher(served, query, TURTLE).queryAndConvert()
    assert isinstance(data, bytes)
    served_graph = rdflib.Graph().parse(data=data, format="turtle")
    local = formats.serialize_result(run(real_dataset.store, query), "ntriples")
    local_graph = rdflib.Graph().parse(data=local, format="nt")
    assert len(served_graph) > 10
    assert isomorphic(served_graph, local_graph)


# --- The protocol: GET, POST, content negotiation ------------------------------------------


def test_get_post_form_and_post_body_give_the_same_answer(served: ServedEndpoint) -> None:
    headers = {"Accept": "application/sparql-results+json"}
    answers = [
        httpx.get(served.sparql, params={"query": CENTRE_COUNT}, headers=headers),
        httpx.post(served.sparql, data={"query": CENTRE_COUNT}, headers=headers),
        httpx.post(
            served.sparql,
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
    served: ServedEndpoint, accept: str, media_type: str, parse: str | None
) -> None:
    answer = httpx.get(served.sparql, params={"query": CENTRE_COUNT}, headers={"Accept": accept})
    assert answer.status_code == 200
    assert answer.headers["content-type"].split(";")[0] == media_type
    if parse:
        result = ox.parse_query_results(answer.content, format=formats.RESULT_FORMATS[parse])
        assert [str(s["centres"].value) for s in result] == ["20"]  # type: ignore[index, union-attr]
    else:
        assert answer.text.splitlines() == ["centres", "20"]


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
    served: ServedEndpoint, accept: str, rdf_format: ox.RdfFormat
) -> None:
    query = "CONSTRUCT WHERE { o:oriv crpv:coversTerritory ?territory }"
    answer = httpx.get(served.sparql, params={"query": query}, headers={"Accept": accept})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith(accept)
    triples = {str(quad.object) for quad in ox.parse(answer.content, format=rdf_format)}
    assert triples == {"<https://w3id.org/crpv/id/region/44>"}


def test_format_parameter_overrides_accept(served: ServedEndpoint) -> None:
    answer = httpx.get(
        served.sparql,
        params={"query": CENTRE_COUNT, "format": "tsv"},
        headers={"Accept": "text/csv"},
    )
    assert answer.headers["content-type"].startswith("text/tab-separated-values")


def test_unservable_accept_header_answers_406(served: ServedEndpoint) -> None:
    answer = httpx.get(
        served.sparql, params={"query": CENTRE_COUNT}, headers={"Accept": "image/png"}
    )
    assert answer.status_code == 406


def test_default_graph_uri_of_the_dataset_restricts_the_query(served: ServedEndpoint) -> None:
    graph = "https://www.insee.fr/fr/information/2560452"
    query = "SELECT (COUNT(DISTINCT ?region) AS ?n) WHERE { ?region a crpv:Region }"
    answer = httpx.get(
        served.sparql,
        params={"query": query, "default-graph-uri": graph},
        headers={"Accept": "text/csv"},
    )
    assert answer.text.splitlines() == ["n", "18"]
    outside = httpx.get(
        served.sparql,
        params={"query": query, "default-graph-uri": "https://w3id.org/crpv/graph/ontology"},
        headers={"Accept": "text/csv"},
    )
    assert outside.text.splitlines() == ["n", "0"]


# --- Named queries at their own URLs -------------------------------------------------------


@pytest.mark.parametrize("extension", ["csv", "tsv", "json"])
def test_named_query_url_gives_the_bytes_the_cli_gives(
    served: ServedEndpoint, cli: object, extension: str
) -> None:
    answer = httpx.get(f"{served.base}/queries/centres.{extension}", params={"centre": "o:oriv"})
    assert answer.status_code == 200
    local = cli("query", "centres", "--param", "centre=o:oriv", "--format", extension)  # type: ignore[operator]
    assert answer.content == local.stdout_bytes


def test_named_query_negotiates_by_accept_header(served: ServedEndpoint) -> None:
    answer = httpx.get(
        f"{served.base}/queries/network-animator",
        params={"year": "2019"},
        headers={"Accept": "text/csv"},
    )
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert {row["bodyLabel"] for row in rows} == {"CGET"}


def test_named_query_page_has_a_form_and_the_result_table(served: ServedEndpoint) -> None:
    answer = httpx.get(
        f"{served.base}/queries/network-animator",
        params={"year": "2021"},
        headers={"Accept": "text/html"},
    )
    assert answer.status_code == 200
    assert '<input name="year" value="2021"' in answer.text
    assert "<table" in answer.text and ">CGET</" in answer.text
    assert "/queries/network-animator.csv?year=2021" in answer.text


def test_named_query_list_as_json_documents_every_query(served: ServedEndpoint) -> None:
    listed = httpx.get(f"{served.base}/queries.json").json()
    assert {entry["name"] for entry in listed} == set(load_queries())
    animator = next(entry for entry in listed if entry["name"] == "network-animator")
    assert animator["params"] == [
        {"name": "year", "kind": "year", "default": "2021", "doc": "The year"}
    ]


def test_named_query_text_is_served_as_sparql(served: ServedEndpoint) -> None:
    answer = httpx.get(f"{served.base}/queries/centres.rq")
    assert answer.headers["content-type"].startswith("application/sparql-query")
    assert answer.text == resolve_query("centres").text


def test_named_query_errors_are_400_and_404(served: ServedEndpoint) -> None:
    assert httpx.get(f"{served.base}/queries/no-such-query.csv").status_code == 404
    unknown = httpx.get(f"{served.base}/queries/centres.csv", params={"colour": "red"})
    assert unknown.status_code == 400 and "no parameter colour" in unknown.text
    bad_iri = httpx.get(f"{served.base}/queries/centres.csv", params={"centre": "o:o riv"})
    assert bad_iri.status_code == 400 and "not a valid IRI" in bad_iri.text
    bad_year = httpx.get(f"{served.base}/queries/network-animator.csv", params={"year": "2O21"})
    assert bad_year.status_code == 400 and "integer" in bad_year.text


def test_served_rows_match_the_embedded_store(
    served: ServedEndpoint, real_dataset: dataset.LoadedDataset
) -> None:
    answer = httpx.get(f"{served.base}/queries/centre-state-services.json")
    served_rows = json.loads(answer.text)["results"]["bindings"]
    local_rows = named_rows(real_dataset.store, "centre-state-services")
    assert len(served_rows) == len(local_rows) > 30


# --- CORS ----------------------------------------------------------------------------------


def test_cors_allows_only_the_configured_origin(served: ServedEndpoint) -> None:
    params = {"query": CENTRE_COUNT}
    allowed = httpx.get(
        served.sparql, params=params, headers={"Origin": "https://researcher.example.org"}
    )
    other = httpx.get(served.sparql, params=params, headers={"Origin": "https://evil.example"})
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
def test_updates_are_refused_by_every_route(served: ServedEndpoint, update: str) -> None:
    answers = [
        httpx.get(served.sparql, params={"update": update}),
        httpx.post(served.sparql, data={"update": update}),
        httpx.post(
            served.sparql, content=update, headers={"Content-Type": "application/sparql-update"}
        ),
        httpx.post(served.sparql, data={"query": update}),
    ]
    assert [answer.status_code for answer in answers] == [403] * 4
    assert all("read-only" in answer.text for answer in answers)
    count = httpx.get(served.sparql, params={"query": CENTRE_COUNT}, headers={"Accept": "text/csv"})
    assert count.text.splitlines() == ["centres", "20"]


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
    served: ServedEndpoint, listener: Listener, template: str
) -> None:
    answer = httpx.post(served.sparql, data={"query": template.format(url=listener.url)})
    assert answer.status_code == 400
    assert "SERVICE is not allowed" in answer.text or "not a graph of this dataset" in answer.text
    time.sleep(0.5)
    assert listener.connections == 0


def test_remote_graph_uri_parameters_are_refused(
    served: ServedEndpoint, listener: Listener
) -> None:
    for field in ("default-graph-uri", "named-graph-uri"):
        answer = httpx.get(served.sparql, params={"query": CENTRE_COUNT, field: listener.url})
        assert answer.status_code == 400, field
    time.sleep(0.5)
    assert listener.connections == 0


def test_a_runaway_query_answers_503_and_others_are_served_meanwhile(
    served: ServedEndpoint,
) -> None:
    outcome: dict[str, float | int] = {}

    def runaway() -> None:
        start = time.monotonic()
        answer = httpx.post(served.sparql, data={"query": RUNAWAY}, timeout=60)
        outcome["status"] = answer.status_code
        outcome["seconds"] = time.monotonic() - start
        outcome["timed_out"] = answer.headers.get("x-query-timed-out") == "true"
        outcome["finished"] = time.monotonic()

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.3)
    quick = httpx.get(served.sparql, params={"query": CENTRE_COUNT}, headers={"Accept": "text/csv"})
    quick_done = time.monotonic()
    thread.join()
    assert quick.text.splitlines() == ["centres", "20"]
    assert quick_done < outcome["finished"], "the quick query waited for the runaway one"
    assert outcome["status"] == 503 and outcome["timed_out"]
    assert outcome["seconds"] <= served.timeout + 2


def test_a_syntax_error_answers_400_with_where_and_why_in_one_line(served: ServedEndpoint) -> None:
    answer = httpx.post(served.sparql, data={"query": "SELECT ?s WHERE { ?s ?p }"})
    assert answer.status_code == 400
    assert answer.text == "syntax error at line 1, column 19: cannot read `?s ?p }`\n"
    unknown = httpx.post(served.sparql, data={"query": "SELECT * WHERE { foo:bar ?p ?o }"})
    assert unknown.text == "unknown prefix `foo:` at line 1, column 18\n"
    empty = httpx.post(served.sparql, data={"query": "# nothing but a comment"})
    assert (empty.status_code, empty.text) == (400, "empty query: send a SPARQL query\n")


def test_an_oversized_result_is_cut_at_the_cap_and_says_so(served: ServedEndpoint) -> None:
    answer = httpx.post(
        served.sparql,
        data={"query": "SELECT * WHERE { ?s ?p ?o }"},
        headers={"Accept": "text/csv"},
    )
    assert answer.status_code == 200
    assert answer.headers["x-result-truncated"] == "true"
    assert answer.headers["x-result-rows"] == str(served.max_rows)
    assert len(list(csv.DictReader(io.StringIO(answer.text)))) == served.max_rows
    small = httpx.post(served.sparql, data={"query": CENTRE_COUNT})
    assert small.headers["x-result-truncated"] == "false"


def test_an_oversized_graph_result_is_cut_too(served: ServedEndpoint) -> None:
    answer = httpx.post(
        served.sparql,
        data={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
        headers={"Accept": "application/n-triples"},
    )
    assert answer.headers["x-result-truncated"] == "true"
    assert len(list(ox.parse(answer.content, format=ox.RdfFormat.N_TRIPLES))) == served.max_rows


@pytest.mark.parametrize(
    ("request_kwargs", "status"),
    [
        (
            {
                "content": b"x" * (300 * 1024),
                "headers": {"Content-Type": "application/sparql-query"},
            },
            413,
        ),
        (
            {
                "content": b"\xff\xfe\x00SELECT",
                "headers": {"Content-Type": "application/sparql-query"},
            },
            400,
        ),
        ({"content": b"SELECT * {}", "headers": {"Content-Type": "image/png"}}, 415),
        ({"data": {"nothing": "here"}}, 400),
        ({"data": {"query": ["ASK {}", "ASK {}"]}}, 400),
        ({"data": {"query": "(" * 5000}}, 400),
        ({"data": {"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 99999999999999999999999"}}, 400),
    ],
)
def test_malformed_requests_get_a_clear_4xx(
    served: ServedEndpoint, request_kwargs: dict[str, object], status: int
) -> None:
    answer = httpx.post(served.sparql, **request_kwargs)  # type: ignore[arg-type]
    assert answer.status_code == status, answer.text
    assert "internal" not in answer.text.lower()


def test_the_server_still_answers_after_every_refusal(served: ServedEndpoint) -> None:
    answer = httpx.get(
        served.sparql, params={"query": CENTRE_COUNT}, headers={"Accept": "text/csv"}
    )
    assert answer.status_code == 200
    assert answer.text.splitlines() == ["centres", "20"]
