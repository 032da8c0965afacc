"""What the query page's script asks of the server besides ``/sparql``, in process (Starlette's
TestClient with real workers on the real dataset): the page itself, the terms it completes, the
labels beside IRIs, the downloads and the vendored libraries. The page in a browser is in
``test_query_page.py``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pyoxigraph as ox
import pytest
from starlette.testclient import TestClient

from crpv_graph.namespaces import PREFIXES
from crpv_graph.query import formats, load_queries
from crpv_graph.serve import ServerSettings, create_app
from crpv_graph.serve.context import SECURITY_HEADERS
from crpv_graph.serve.executor import Limits
from crpv_graph.serve.querypage import MAX_LABELLED
from crpv_graph.store.dataset import LoadedDataset
from tests.helpers import CENTRE_COUNT

IREV = "https://w3id.org/crpv/id/organization/irev"
CONSTRUCT = "CONSTRUCT { o:irev ?p ?o } WHERE { o:irev ?p ?o }"


@pytest.fixture(scope="module")
def client(real_dataset: LoadedDataset) -> Iterator[TestClient]:
    dataset = real_dataset.store.dump(format=ox.RdfFormat.N_QUADS) or b""
    app = create_app(ServerSettings(dataset=dataset, limits=Limits(workers=1, timeout=5)))
    with TestClient(app) as test_client:
        yield test_client


def test_the_page_offers_every_named_query_as_an_example_in_the_readers_language(
    client: TestClient,
) -> None:
    french = client.get("/", headers={"Accept": "text/html"}).text
    english = client.get("/?lang=en", headers={"Accept": "text/html"}).text
    for query in load_queries().values():
        assert f'data-name="{query.name}"' in french
    centres = load_queries()["centres"]
    assert centres.localized("title", "fr") in french
    assert centres.localized("title", "en") in english


def test_the_page_loads_nothing_from_outside_the_server(client: TestClient) -> None:
    page = client.get("/", headers={"Accept": "text/html"}).text
    addresses = re.findall(r'(?:src|href)="([^"]*)"', page)
    assert addresses and all(a.startswith(("/", "?", "#")) for a in addresses), addresses
    for script in re.findall(r'<script[^>]* src="([^"]*)"', page):
        assert client.get(script).status_code == 200, script


def test_terms_offer_the_prefixes_and_the_ontologys_classes_labelled_in_both_languages(
    client: TestClient,
) -> None:
    answer = client.get("/terms.json")
    assert answer.status_code == 200
    body = answer.json()
    assert body["prefixes"] == PREFIXES
    centre = next(t for t in body["terms"] if t["short"] == "crpv:ResourceCentre")
    assert centre["kind"] == "class"
    assert set(centre["label"]) == {"fr", "en"} and centre["label"]["fr"] != centre["label"]["en"]
    assert any(t["short"] == "crpv:tookPartIn" and t["kind"] == "property" for t in body["terms"])


def test_terms_are_read_once_and_kept_for_the_servers_lifetime(client: TestClient) -> None:
    first = client.get("/terms.json").json()
    kept = client.app.state.server.terms  # type: ignore[attr-defined]
    assert kept == first
    assert client.get("/terms.json").json() == first
    assert client.app.state.server.terms is kept  # type: ignore[attr-defined]


def test_labels_give_each_iri_its_label_prefixed_name_and_page(client: TestClient) -> None:
    web = "https://www.irev.fr/"
    answer = client.post("/labels", content=json.dumps([IREV, web]))
    assert answer.status_code == 200
    labels = answer.json()
    assert labels[IREV]["label"].startswith("Institut régional")
    assert (labels[IREV]["short"], labels[IREV]["href"]) == ("o:irev", "/id/organization/irev")
    assert labels[web] == {"label": None, "short": f"<{web}>", "href": web}


@pytest.mark.parametrize(
    "body",
    ["not json", '{"iri": 1}', "[1, 2]", '["not an iri"]', json.dumps([IREV] * (MAX_LABELLED + 1))],
)
def test_labels_refuse_anything_but_a_bounded_list_of_iris(client: TestClient, body: str) -> None:
    answer = client.post("/labels", content=body)
    assert answer.status_code in (400, 413)
    assert answer.text.count("\n") == 1


@pytest.mark.parametrize("name", list(formats.RESULT_FORMATS))
def test_a_select_downloads_in_each_format_with_its_media_type_and_a_file_name(
    client: TestClient, name: str
) -> None:
    fmt = formats.RESULT_FORMATS[name]
    answer = client.post(f"/sparql?format={name}&download=query", data={"query": CENTRE_COUNT})
    assert answer.status_code == 200
    assert answer.headers["content-type"].split(";")[0] == fmt.media_types[0]
    disposition = answer.headers["content-disposition"]
    assert disposition == f'attachment; filename="query.{fmt.extension}"'


@pytest.mark.parametrize("name", list(formats.GRAPH_FORMATS))
def test_a_construct_downloads_in_each_rdf_format(client: TestClient, name: str) -> None:
    fmt = formats.GRAPH_FORMATS[name]
    answer = client.post(f"/sparql?format={name}&download=irev", data={"query": CONSTRUCT})
    assert answer.status_code == 200
    assert answer.headers["content-type"].split(";")[0] == fmt.media_types[0]
    assert answer.headers["content-disposition"].endswith(f'filename="irev.{fmt.extension}"')


def test_without_download_an_answer_is_shown_not_saved(client: TestClient) -> None:
    answer = client.get("/sparql", params={"query": CENTRE_COUNT, "format": "csv"})
    assert "content-disposition" not in answer.headers


def test_a_named_query_downloads_under_its_name_and_its_text_binds_parameters(
    client: TestClient,
) -> None:
    answer = client.get("/queries/centres-by-territory.csv?region=reg:44&download")
    assert answer.headers["content-disposition"] == (
        'attachment; filename="centres-by-territory.csv"'
    )
    assert "Observatoire régional de l'intégration et de la ville" in answer.text
    bound = client.get("/queries/centres-by-territory.rq?region=reg:44").text
    assert "VALUES (?region) { (<https://w3id.org/crpv/id/region/44>) }" in bound
    assert client.get("/queries/centres-by-territory.rq").text == (
        load_queries()["centres-by-territory"].text
    )


@pytest.mark.parametrize(
    ("path", "media_type"),
    [
        ("/vendor/codemirror/codemirror.min.js", "text/javascript"),
        ("/vendor/vis-network/vis-network.min.js", "text/javascript"),
        ("/vendor/vis-timeline/vis-timeline-graph2d.min.js", "text/javascript"),
        ("/vendor/france-departments/france.departments.svg", "image/svg+xml"),
        ("/static/query/main.js", "text/javascript"),
    ],
)
def test_the_views_libraries_are_served_from_the_package(
    client: TestClient, path: str, media_type: str
) -> None:
    answer = client.get(path)
    assert answer.status_code == 200
    assert answer.headers["content-type"].split(";")[0] == media_type


def test_the_pages_policy_differs_only_by_a_fresh_style_nonce_for_its_editor(
    client: TestClient,
) -> None:
    policies = [client.get("/").headers["content-security-policy"] for _ in range(2)]
    nonces = [re.search(r"'nonce-([\w-]+)'", policy) for policy in policies]
    assert nonces[0] and nonces[1] and nonces[0].group(1) != nonces[1].group(1)
    assert (
        policies[0].replace(f" 'nonce-{nonces[0].group(1)}'", "")
        == (SECURITY_HEADERS["Content-Security-Policy"])
    )
    assert client.get("/").headers["x-content-type-options"] == "nosniff"
