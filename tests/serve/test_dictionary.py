"""``/dictionary``: the data dictionary page of the server, in process, on the real data."""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator

import pyoxigraph as ox
import pytest
from starlette.testclient import TestClient

from crpv_graph.serve import ServerSettings, create_app
from crpv_graph.serve.executor import Limits
from crpv_graph.store.dataset import LoadedDataset


@pytest.fixture(scope="module")
def client(real_dataset: LoadedDataset) -> Iterator[TestClient]:
    dataset = real_dataset.store.dump(format=ox.RdfFormat.N_QUADS) or b""
    app = create_app(ServerSettings(dataset=dataset, limits=Limits(workers=1, timeout=5)))
    with TestClient(app, follow_redirects=False) as test_client:
        yield test_client


def test_the_dictionary_page_speaks_french_first_and_english_on_request(
    client: TestClient,
) -> None:
    french = client.get("/dictionary", headers={"Accept": "text/html"})
    assert french.status_code == 200 and french.headers["content-type"].startswith("text/html")
    assert "<h1>Dictionnaire des données</h1>" in french.text
    assert (
        'id="crpv-ResourceCentre"' in french.text and "<code>crpv:tookPartIn</code>" in french.text
    )
    assert "centre de ressources politique de la ville" in french.text
    english = client.get("/dictionary", headers={"Accept-Language": "en"})
    assert "<h1>Data dictionary</h1>" in english.text
    assert "urban-policy resource centre" in english.text
    assert "Vary" in english.headers and "Accept-Language" in english.headers["Vary"]


def test_each_example_links_to_the_query_page_that_runs_it(client: TestClient) -> None:
    page = client.get("/dictionary?lang=en").text
    start = page.index('href="/?query=') + len('href="')
    href = page[start : page.index('"', start)].replace("&amp;", "&")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(href).query)
    assert query["lang"] == ["en"] and query["query"][0].startswith("PREFIX ")
    answer = client.get("/sparql", params={"query": query["query"][0], "format": "json"})
    assert answer.status_code == 200 and answer.json()["results"]["bindings"]


def test_the_menu_of_every_page_leads_to_the_dictionary(client: TestClient) -> None:
    html = {"Accept": "text/html"}
    assert 'href="/dictionary?lang=en"' in client.get("/ontology?lang=en", headers=html).text
    assert 'href="/dictionary"' in client.get("/queries", headers=html).text
