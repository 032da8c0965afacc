"""The server's routes, in process (Starlette's TestClient), with real query workers."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
import pytest
from starlette.testclient import TestClient

from crpv_graph.serve import ServerSettings, create_app
from crpv_graph.serve.executor import Limits
from crpv_graph.store.dataset import LoadedDataset

HTML = {"Accept": "text/html"}


@pytest.fixture(scope="module")
def client(real_dataset: LoadedDataset) -> Iterator[TestClient]:
    dataset = real_dataset.store.dump(format=ox.RdfFormat.N_QUADS) or b""
    app = create_app(ServerSettings(dataset=dataset, limits=Limits(workers=1)))
    with TestClient(app) as test_client:
        yield test_client


def test_a_describe_page_shows_the_triples_with_labels(client: TestClient) -> None:
    page = client.get("/queries/describe", params={"resource": "o:eru"}, headers=HTML)
    assert page.status_code == 200
    assert "<th>subject</th><th>predicate</th><th>object</th>" in page.text
    assert ">ERU</a>" in page.text or ">ERU<" in page.text
    assert "/queries/describe.ttl?resource=o%3Aeru" in page.text


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


def test_health_answers_ok(client: TestClient) -> None:
    answer = client.get("/health")
    assert answer.status_code == 200
    assert answer.json()["status"] == "ok"


def test_an_unknown_extension_answers_400(client: TestClient) -> None:
    answer = client.get("/queries/centres.png")
    assert answer.status_code == 400
    assert "unknown extension .png" in answer.text
