"""Dereferenceable IRIs (``/id/...``, ``/ontology``, ``/graph/NAME``), in process with real
workers on the real dataset: every format by ``Accept`` and by suffix, compared with what
``crpv-graph query describe`` says; a browser sent to the site's page; 404 and 406."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from starlette.testclient import TestClient

from crpv_graph.namespaces import BASE, GRAPH_INFERRED, GRAPH_ONTOLOGY
from crpv_graph.serve import ServerSettings, create_app
from crpv_graph.serve.executor import Limits
from crpv_graph.store.dataset import LoadedDataset
from tests.helpers import Cli, small_site

IREV = BASE + "id/organization/irev"
ROWS_CAP = 50  # far below a resource's or the ontology's statements: they are not cut
RDF_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/trig": ox.RdfFormat.TRIG,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
SUFFIXES = {".ttl": "text/turtle", ".nt": "application/n-triples",
            ".jsonld": "application/ld+json", ".trig": "application/trig",
            ".nq": "application/n-quads", ".rdf": "application/rdf+xml"}  # fmt: skip


@pytest.fixture(scope="module")
def client(
    real_dataset: LoadedDataset, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient]:
    dataset = real_dataset.store.dump(format=ox.RdfFormat.N_QUADS) or b""
    site = small_site(tmp_path_factory.mktemp("site"))
    limits = Limits(workers=1, timeout=5, max_rows=ROWS_CAP)
    app = create_app(ServerSettings(dataset=dataset, limits=limits, site=site))
    with TestClient(app, follow_redirects=False) as test_client:
        yield test_client


def described(cli: Cli, resource: str) -> rdflib.Graph:
    """What ``crpv-graph query describe`` says of a resource."""
    result = cli("query", "describe", "--param", f"resource={resource}", "--format", "ntriples")
    assert result.exit_code == 0, result.output
    return rdflib.Graph().parse(data=result.output, format="nt")


def as_graph(body: bytes, media_type: str) -> rdflib.Graph:
    """An answer read by pyoxigraph, its statements (whatever their graph) as an rdflib graph."""
    triples = {quad.triple for quad in ox.parse(body, format=RDF_TYPES[media_type])}
    lines = ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES) or b""
    return rdflib.Graph().parse(data=lines, format="nt")


@pytest.mark.parametrize("accept", list(RDF_TYPES))
def test_a_centre_iri_gives_what_describe_says_in_every_format(
    client: TestClient, cli: Cli, accept: str
) -> None:
    answer = client.get("/id/organization/irev", headers={"Accept": accept})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].split(";")[0] == accept
    assert answer.headers["vary"] == "Accept"
    served = as_graph(answer.content, accept)
    expected = described(cli, "o:irev")
    assert len(expected) > 20
    assert isomorphic(served, expected)


@pytest.mark.parametrize("accept", ["application/trig", "application/n-quads"])
def test_trig_and_nquads_keep_the_graph_of_the_source_of_each_statement(
    client: TestClient, real_dataset: LoadedDataset, accept: str
) -> None:
    answer = client.get("/id/organization/irev", headers={"Accept": accept})
    quads = list(ox.parse(answer.content, format=RDF_TYPES[accept]))
    graphs = {quad.graph_name for quad in quads}
    assert ox.NamedNode(str(GRAPH_INFERRED)) in graphs
    assert len(graphs) > 3, "the centre is stated by several sources"
    for quad in quads:
        assert quad in real_dataset.store, f"{quad} is not in the dataset"
    expected = sum(
        1 for quad in real_dataset.store.quads_for_pattern(ox.NamedNode(IREV), None, None)
        if quad.graph_name != ox.NamedNode(str(GRAPH_ONTOLOGY))
        and not isinstance(quad.graph_name, ox.DefaultGraph)
    )  # fmt: skip
    assert len(quads) == expected


@pytest.mark.parametrize("suffix", list(SUFFIXES))
def test_a_suffix_chooses_the_format_whatever_accept_says(
    client: TestClient, cli: Cli, suffix: str
) -> None:
    answer = client.get(f"/id/organization/irev{suffix}", headers={"Accept": "text/html"})
    assert answer.status_code == 200
    media_type = SUFFIXES[suffix]
    assert answer.headers["content-type"].split(";")[0] == media_type
    assert isomorphic(as_graph(answer.content, media_type), described(cli, "o:irev"))


def test_every_answer_links_its_alternates(client: TestClient) -> None:
    link = client.get("/id/organization/irev", headers={"Accept": "text/turtle"}).headers["link"]
    for suffix, media_type in SUFFIXES.items():
        assert f'</id/organization/irev{suffix}>; rel="alternate"; type="{media_type}"' in link
    assert '</site/id/organization/irev/>; rel="alternate"; type="text/html"' in link


@pytest.mark.parametrize(
    "accept", ["text/html", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"]
)
def test_a_browser_is_sent_to_the_page_of_the_resource_in_the_site(
    client: TestClient, accept: str
) -> None:
    answer = client.get("/id/organization/irev", headers={"Accept": accept})
    assert answer.status_code == 303
    assert answer.headers["location"] == "/site/id/organization/irev/"
    page = client.get(answer.headers["location"])
    assert page.status_code == 200 and "Institut régional" in page.text


def test_a_client_that_accepts_anything_gets_turtle(client: TestClient) -> None:
    answer = client.get("/id/organization/irev", headers={"Accept": "*/*"})
    assert answer.headers["content-type"].startswith("text/turtle")


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        ("text/turtle; charset=utf-8", "text/turtle"),
        (
            'application/ld+json; profile="http://www.w3.org/ns/json-ld#expanded"',
            "application/ld+json",
        ),
        ("text/html;q=0.5, application/n-quads", "application/n-quads"),
    ],
)
def test_parameters_and_qualities_of_accept_are_read(
    client: TestClient, accept: str, media_type: str
) -> None:
    answer = client.get("/id/organization/irev", headers={"Accept": accept})
    assert answer.status_code == 200
    assert answer.headers["content-type"].split(";")[0] == media_type


def test_an_iri_the_graph_says_nothing_about_answers_404(client: TestClient) -> None:
    plain = client.get("/id/organization/nowhere", headers={"Accept": "text/turtle"})
    assert plain.status_code == 404
    assert plain.text == f"Le graphe ne dit rien de {BASE}id/organization/nowhere.\n"
    page = client.get("/id/organization/nowhere", headers={"Accept": "text/html"})
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert '<html lang="fr">' in page.text and "Page introuvable" in page.text
    english = client.get("/id/person/nobody?lang=en", headers={"Accept": "text/html"})
    assert english.status_code == 404 and "Not found" in english.text
    for odd in ("/id/organization/irev/..%2F..%2Fetc", "/id/a%20b", "/id/x%00y", "/id/%3E"):
        assert client.get(odd, headers={"Accept": "text/turtle"}).status_code == 404, odd


def test_an_unknown_type_answers_406_with_the_available_types(client: TestClient) -> None:
    answer = client.get("/id/organization/irev", headers={"Accept": "image/png"})
    assert answer.status_code == 406
    for media_type in (*RDF_TYPES, "text/html"):
        assert media_type in answer.text
    assert answer.text.count("\n") == 1


def test_the_ontology_is_served_whole_in_rdf(
    client: TestClient, real_dataset: LoadedDataset
) -> None:
    graph = ox.NamedNode(str(GRAPH_ONTOLOGY))
    expected = rdflib.Graph().parse(
        data=ox.serialize(
            [quad.triple for quad in real_dataset.store.quads_for_pattern(None, None, None, graph)],
            format=ox.RdfFormat.N_TRIPLES,
        ),
        format="nt",
    )
    for path, accept in [("/ontology.ttl", "*/*"), ("/ontology", "text/turtle")]:
        answer = client.get(path, headers={"Accept": accept})
        assert answer.status_code == 200
        served = rdflib.Graph().parse(data=answer.content, format="turtle")
        assert len(served) > 1000 and isomorphic(served, expected)


def test_the_ontology_page_lists_classes_and_properties_with_their_labels(
    client: TestClient,
) -> None:
    french = client.get("/ontology", headers={"Accept": "text/html"})
    assert french.status_code == 200
    assert "centre de ressources politique de la ville" in french.text
    assert "<code>crpv:ResourceCentre</code>" in french.text
    assert "participe à" in french.text
    english = client.get("/ontology?lang=en", headers={"Accept": "text/html"})
    assert "urban-policy resource centre" in english.text and "participates in" in english.text


def test_a_project_graph_is_served_with_its_name(
    client: TestClient, real_dataset: LoadedDataset
) -> None:
    answer = client.get("/graph/inferred.nq")
    quads = set(ox.parse(answer.content, format=ox.RdfFormat.N_QUADS))
    graph = ox.NamedNode(str(GRAPH_INFERRED))
    assert quads == set(real_dataset.store.quads_for_pattern(None, None, None, graph))
    assert client.get("/graph/nothing").status_code == 404


def test_a_missing_page_is_a_french_page_for_a_browser_and_a_line_for_others(
    client: TestClient,
) -> None:
    page = client.get("/site/id/organization/nowhere/", headers={"Accept": "text/html"})
    assert page.status_code == 404
    assert '<html lang="fr">' in page.text and "Il n&#39;y a rien à cette adresse." in page.text
    assert client.get("/nowhere").text == "Il n'y a rien à cette adresse.\n"
    english = client.get("/nowhere", headers={"Accept": "text/html", "Accept-Language": "en"})
    assert "There is nothing at this address." in english.text


def test_named_queries_are_listed_with_their_french_titles_unless_english_is_asked(
    client: TestClient,
) -> None:
    french = client.get("/queries", headers={"Accept": "text/html"}).text
    assert "Les centres de ressources, région par région" in french
    assert "Resource centres region by region" not in french
    english = client.get("/queries?lang=en", headers={"Accept": "text/html"}).text
    assert "Resource centres region by region" in english
    page = client.get("/queries/leadership", headers={"Accept": "text/html"}).text
    assert "<h1>Présidences, directions et fonctions des centres de ressources" in page
