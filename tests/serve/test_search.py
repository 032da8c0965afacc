"""``/search?q=`` on the served endpoint, in process with real workers on the real dataset: the
JSON the query page completes from, the page people read (French first, escaped, linked to the
entities' pages), the refusals; and named queries' ``iri`` parameters given a name."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
import pytest
from starlette.testclient import TestClient

from crpv_graph.serve import ServerSettings, create_app
from crpv_graph.serve.executor import Limits
from crpv_graph.store.dataset import LoadedDataset

HTML = {"Accept": "text/html"}
JSON = {"Accept": "application/json"}
FIELDS = {"iri", "label", "kind", "kindLabel", "matched", "score", "href"}


@pytest.fixture(scope="module")
def client(real_dataset: LoadedDataset) -> Iterator[TestClient]:
    dataset = real_dataset.store.dump(format=ox.RdfFormat.N_QUADS) or b""
    limits = Limits(workers=1, timeout=5, max_rows=500)  # fewer rows than the names query gives
    with TestClient(create_app(ServerSettings(dataset=dataset, limits=limits))) as test_client:
        yield test_client


def test_search_answers_json_in_the_agreed_shape(client: TestClient) -> None:
    answer = client.get("/search", params={"q": "reso villes"}, headers=JSON)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/json")
    body = answer.json()
    assert body["query"] == "reso villes"
    assert body["results"], body
    for result in body["results"]:
        assert set(result) == FIELDS
        assert isinstance(result["score"], float)
        assert result["href"] is None or result["href"].startswith("/id/")
    first = body["results"][0]
    assert first["iri"] == "https://w3id.org/crpv/id/organization/reso-villes"
    assert first["href"] == "/id/organization/reso-villes"
    assert first["kind"] == "https://w3id.org/crpv/ontology#ResourceCentre"
    assert first["kindLabel"] == "centre de ressources politique de la ville"


def test_format_json_chooses_json_without_an_accept_header(client: TestClient) -> None:
    answer = client.get("/search", params={"q": "CR-DSU", "format": "json", "limit": "2"})
    assert answer.status_code == 200
    results = answer.json()["results"]
    assert len(results) == 2
    assert results[0]["label"] == "Labo Cités" and results[0]["matched"] == "CR-DSU"


def test_kind_keeps_one_class_given_prefixed(client: TestClient) -> None:
    params = {"q": "paris", "kind": "crpv:ResourceCentre", "format": "json"}
    results = client.get("/search", params=params).json()["results"]
    assert [r["iri"] for r in results] == ["https://w3id.org/crpv/id/organization/crpv-paris"]


def test_a_source_document_has_no_page_here(client: TestClient) -> None:
    params = {"q": "Lyon Bondy Blog", "format": "json", "limit": "1"}
    (result,) = client.get("/search", params=params).json()["results"]
    assert result["kind"].endswith("#SourceDocument") and result["href"] is None


def test_search_page_is_french_first_and_links_entity_pages(client: TestClient) -> None:
    answer = client.get("/search", params={"q": "cget"}, headers=HTML)
    assert answer.status_code == 200
    assert '<html lang="fr">' in answer.text
    assert "Trouver une entité" in answer.text
    assert '<a href="/id/organization/cget">Commissariat général' in answer.text
    assert "trouvée par le nom « CGET »" in answer.text
    english = client.get("/search", params={"q": "cget", "lang": "en"}, headers=HTML).text
    assert "Find an entity" in english and "found by the name “CGET”" in english


def test_an_empty_search_page_is_a_form(client: TestClient) -> None:
    page = client.get("/search", headers=HTML)
    assert page.status_code == 200
    assert 'name="q"' in page.text and "<ol" not in page.text


def test_what_is_typed_is_escaped_on_the_page(client: TestClient) -> None:
    page = client.get("/search", params={"q": "<script>alert(1)</script>"}, headers=HTML).text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.parametrize(
    ("params", "says"),
    [
        ({"q": "x" * 201}, "the limit is 200"),
        ({"q": ""}, "missing q"),
        ({"q": "  --  "}, "missing q"),
        ({"q": "irev", "limit": "0"}, "limit is a whole number"),
        ({"q": "irev", "limit": "many"}, "limit is a whole number"),
        ({"q": "irev", "kind": "nowhere:Thing"}, "no entity is of the class"),
        ({"q": "irev", "kind": "nowhere"}, "not an IRI"),
    ],
)
def test_a_bad_search_is_one_line_400(
    client: TestClient, params: dict[str, str], says: str
) -> None:
    answer = client.get("/search", params={**params, "format": "json"})
    assert answer.status_code == 400
    assert says in answer.text and answer.text.count("\n") == 1


def test_a_huge_q_is_refused_before_any_search(client: TestClient) -> None:
    answer = client.get("/search", params={"q": "é" * 5000}, headers=HTML)
    assert answer.status_code == 400


def test_a_named_query_takes_a_name_for_an_iri_parameter(client: TestClient) -> None:
    by_name = client.get("/queries/leadership.csv", params={"centre": "IREV"})
    by_iri = client.get("/queries/leadership.csv", params={"centre": "o:irev"})
    assert by_name.status_code == 200 and by_name.text == by_iri.text
    assert "Arhoul" in by_name.text


def test_an_ambiguous_name_lists_the_entities(client: TestClient) -> None:
    answer = client.get("/queries/leadership.csv", params={"centre": "Paris"})
    assert answer.status_code == 400
    assert "2 entities are named 'Paris'" in answer.text
    assert "dep:75" in answer.text and "pl:paris" in answer.text
    page = client.get("/queries/leadership", params={"centre": "Paris"}, headers=HTML)
    assert page.status_code == 400 and "pass the IRI of the one you mean" in page.text


def test_an_unknown_name_points_to_the_search(client: TestClient) -> None:
    answer = client.get("/queries/leadership.csv", params={"centre": "Nulle Part"})
    assert answer.status_code == 400
    assert "/search?q=Nulle+Part" in answer.text
