"""The interactive network page: its words, its files, its links, and what it runs, opened from
file:// in headless Chromium with no network."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from benchmarks.pages import synthetic_graph
from crpv_graph.network import render
from tests.helpers import ARTIFACTS, Watched
from tests.network.browsing import COUNT_DRAWN_PIXELS, O, open_settled

HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>'


def readable(page: str) -> str:
    """The page with its embedded graph data decoded (``tojson`` writes non-ASCII escaped)."""
    start = page.index('id="graph-data">') + len('id="graph-data">')
    data = json.loads(page[start : page.index("</script>", start)])
    return page + json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize("kind", ["partnership", "co-participation"])
def test_page_draws_the_network_offline_without_errors_or_requests(
    offline_page: Watched, pages: dict[str, Path], kind: str
) -> None:
    open_settled(offline_page, pages[kind])
    assert offline_page.page.evaluate(COUNT_DRAWN_PIXELS) > 5_000
    ARTIFACTS.mkdir(exist_ok=True)
    offline_page.page.screenshot(path=str(ARTIFACTS / f"network-{kind}.png"))
    assert offline_page.errors == []
    assert offline_page.requests == [pages[kind].as_uri()]


def test_page_is_one_file_with_no_remote_reference(pages: dict[str, Path]) -> None:
    html = pages["partnership"].read_text(encoding="utf-8")
    assert "<script src" not in html and "<link" not in html
    assert "cdnjs" not in html and "cdn.jsdelivr" not in html and "unpkg" not in html


def test_the_same_graph_renders_to_the_same_bytes(graphs: dict[str, nx.Graph[str]]) -> None:
    graph = graphs["partnership"]
    assert render.render_html(graph, "t") == render.render_html(graph, "t")


def test_the_page_speaks_french_by_default_with_the_ontology_words(
    graphs: dict[str, nx.Graph[str]],
) -> None:
    page = readable(render.render_html(graphs["partnership"], render.page_title("partnership")))
    assert '<html lang="fr">' in page
    assert "<title>Réseau des CRPV : partenariats</title>" in page
    for words in ("Rechercher", "inclure les liens non datés", "Période", "Légende", "Voir la fiche",
                  "Aucun résultat", "nœuds", "anime le réseau", "labellisation"):  # fmt: skip
        assert words in page, words
    # Kinds: the ontology's French class labels, and the catalog's where there is no class.
    assert "centre de ressources politique de la ville" in page and "partenaire" in page


def test_the_english_page_has_english_words(graphs: dict[str, nx.Graph[str]]) -> None:
    page = readable(
        render.render_html(graphs["people"], render.page_title("people", None, "en"), "en")
    )
    assert '<html lang="en">' in page and "CRPV network: people and their roles" in page
    for words in (
        "Search",
        "include undated links",
        "See its page",
        "No results",
        "chief of staff",
    ):
        assert words in page, words
    for french in ("Rechercher", "inclure les liens", "Voir la fiche", "nœuds", "directeur·rice"):
        assert french not in page, french


def test_relations_and_roles_read_in_french_in_the_tooltips(
    graphs: dict[str, nx.Graph[str]],
) -> None:
    net = render.build_network(graphs["people"], "fr")
    jallet = "https://w3id.org/crpv/id/person/sebastien-jallet"
    his = [edge for edge in net.edges if jallet in (edge["from"], edge["to"])]
    roles = {relation for edge in his for relation in edge["relations"]}
    assert roles and not roles & {"chief of staff", "director", "prefect"}
    co = render.build_network(graphs["co-participation"], "fr")
    edge = next(e for e in co.edges if e["id"] == f"{O}anru {O}eru")
    assert edge["title"].splitlines()[1] == (
        "ont participé au même événement : "
        "2e rencontre nationale des équipes des CRPV, Paris, 14-15 juin 2018"
    )
    assert "20 juin 2018" in edge["title"], "source dates written the French way"


def test_nodes_link_to_their_page_or_else_to_their_iri(graphs: dict[str, nx.Graph[str]]) -> None:
    def href(iri: str) -> str | None:
        return "../id/organization/irev/index.html" if iri == O + "irev" else None

    linked = render.build_network(graphs["partnership"], "fr", entity_href=href)
    by_id = {node["id"]: node for node in linked.nodes}
    assert by_id[O + "irev"]["href"] == "../id/organization/irev/index.html"
    assert by_id[O + "cget"]["href"] is None
    standalone = render.build_network(graphs["partnership"], "fr")
    assert all(node["href"] == node["id"] for node in standalone.nodes)


def test_see_its_page_opens_the_entity_page(
    offline_page: Watched, graphs: dict[str, nx.Graph[str]], tmp_path: Path
) -> None:
    graph = graphs["partnership"]
    target = tmp_path / "id" / "organization" / "irev" / "index.html"
    target.parent.mkdir(parents=True)
    target.write_text("<!doctype html><title>IREV</title>", encoding="utf-8")
    path = render.write_page(
        graph, tmp_path / "reseaux" / "partenariats.html", "t",
        entity_href=lambda iri: "../id/organization/irev/index.html" if iri.endswith("/irev") else None,
    )  # fmt: skip
    open_settled(offline_page, path)
    offline_page.page.fill("#search", "IREV")
    offline_page.page.press("#search", "Enter")
    offline_page.page.click("#details >> text=Voir la fiche")
    offline_page.page.wait_for_url(target.as_uri())
    assert offline_page.page.title() == "IREV"


def test_pages_with_shared_assets_reference_them_and_work_offline(
    offline_page: Watched, graphs: dict[str, nx.Graph[str]], tmp_path: Path
) -> None:
    written = render.write_assets(tmp_path / "assets")
    for path in written:
        source = render.ASSETS[path.name]
        assert path.read_bytes() == source.read_bytes()
    page = render.write_page(
        graphs["co-participation"], tmp_path / "reseaux" / "co.html", "t", assets_href="../assets"
    )
    text = page.read_text(encoding="utf-8")
    assert '<script src="../assets/vis-network.min.js">' in text
    assert '<script src="../assets/minisearch.js">' in text
    assert len(text) < 300_000, "the libraries are not inlined"
    open_settled(offline_page, page)
    assert offline_page.errors == []
    assert offline_page.page.evaluate(COUNT_DRAWN_PIXELS) > 5_000
    assert sorted(offline_page.requests) == sorted([page.as_uri(), *(p.as_uri() for p in written)])


def test_the_layout_is_the_same_from_run_to_run(
    offline_page: Watched, pages: dict[str, Path]
) -> None:
    positions = []
    for _ in range(2):
        open_settled(offline_page, pages["co-participation"])
        positions.append(offline_page.page.evaluate("() => window.crpvNetwork.getPositions()"))
    assert positions[0] == positions[1]


def test_search_finds_a_node_by_its_acronym_and_shows_its_links(
    offline_page: Watched, pages: dict[str, Path]
) -> None:
    open_settled(offline_page, pages["partnership"])
    offline_page.page.fill("#search", "IREV")
    offline_page.page.press("#search", "Enter")
    details = offline_page.page.inner_text("#details")
    # Found by its acronym, shown by its display label, kind in French.
    assert details.startswith("Institut régional de la ville")
    assert "centre de ressources politique de la ville" in details and "Liens affichés" in details


def test_kind_filter_hides_nodes_and_the_counts_follow(
    offline_page: Watched, pages: dict[str, Path]
) -> None:
    open_settled(offline_page, pages["co-participation"])
    count = "() => window.crpvNetwork.body.nodeIndices.length"
    everything = offline_page.page.evaluate(count)
    offline_page.page.uncheck("input[data-kind='partner']")
    without_partners = offline_page.page.evaluate(count)
    assert 0 < without_partners < everything
    assert offline_page.page.inner_text("#summary").startswith(f"{without_partners} nœuds")
    assert offline_page.page.inner_text("[data-count='partner']") == "(0)"


def hostile_graph() -> nx.Graph[str]:
    graph: nx.Graph[str] = nx.Graph(kind="partnership", years=None)
    graph.add_node("https://example.org/a", label=HOSTILE, kind="centre", territory=HOSTILE,
                   names=HOSTILE, short_label=HOSTILE)  # fmt: skip
    graph.add_node("https://example.org/b", label="B", kind="partner", territory="")
    graph.add_node("javascript:alert(4)", label=HOSTILE, kind="centre", territory="")
    graph.add_edge(
        "https://example.org/a", "https://example.org/b", weight=2, relations=[HOSTILE],
        events=["https://example.org/e"], years=[2021], sources=["javascript:alert(3)"],
    )  # fmt: skip
    graph.graph["sources"] = {"javascript:alert(3)": {"title": HOSTILE, "issued": HOSTILE}}
    graph.graph["labels"] = {"https://example.org/e": HOSTILE}
    return graph


def test_markup_in_labels_and_tooltips_runs_nothing(offline_page: Watched, tmp_path: Path) -> None:
    path = render.write_page(hostile_graph(), tmp_path / "hostile.html", HOSTILE)
    page = offline_page.page
    open_settled(offline_page, path)
    positions = page.evaluate("() => window.crpvNetwork.getPositions()")
    node = page.evaluate(
        "(p) => window.crpvNetwork.canvasToDOM(p)", positions["https://example.org/a"]
    )
    box = page.locator("#network").bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + node["x"], box["y"] + node["y"])
    page.wait_for_selector(".vis-tooltip", state="visible")
    assert HOSTILE.split(">")[0] in page.inner_text(".vis-tooltip")
    page.mouse.click(box["x"] + node["x"], box["y"] + node["y"])
    assert HOSTILE in page.inner_text("#details")
    edge = page.evaluate("() => window.crpvNetwork.body.edgeIndices[0]")
    page.evaluate("(id) => window.crpvNetwork.emit('click', {nodes: [], edges: [id]})", edge)
    details = page.inner_text("#details")
    assert details.count(HOSTILE) >= 2, "relation and source title shown as text"
    page.fill("#search", "img")
    assert HOSTILE in page.inner_text("#results")
    page.fill("#search", "script alert")
    page.press("#search", "Enter")
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator("img").count() == 0
    assert page.evaluate("() => document.querySelectorAll('script').length") == 4, (
        "only the page's own"
    )
    assert offline_page.dialogs == []
    assert offline_page.errors == []
    assert page.title() == HOSTILE


def test_clicking_a_link_lists_its_sources_with_titles_and_links(
    offline_page: Watched, pages: dict[str, Path]
) -> None:
    page = offline_page.page
    page.set_viewport_size({"width": 1500, "height": 850})
    open_settled(offline_page, pages["partnership"])
    edge = f"{O}cget {O}reseau-national-crpv"
    page.evaluate("(id) => window.crpvNetwork.selectEdges([id])", edge)
    page.evaluate("(id) => window.crpvNetwork.emit('click', {nodes: [], edges: [id]})", edge)
    links = page.locator("#details a")
    assert links.count() >= 2
    assert all(href.startswith("http") for href in links.evaluate_all("as => as.map(a => a.href)"))
    assert "anime le réseau" in page.inner_text("#details")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "network-partnership-sources.png"))


def test_the_page_opens_with_positions_and_physics_off(graphs: dict[str, nx.Graph[str]]) -> None:
    page = render.render_html(graphs["co-participation"], "t")
    start = page.index('id="graph-data">') + len('id="graph-data">')
    data = json.loads(page[start : page.index("</script>", start)])
    assert data["options"]["physics"]["enabled"] is False
    assert all(isinstance(node["x"], int) and isinstance(node["y"], int) for node in data["nodes"])
    assert len({(node["x"], node["y"]) for node in data["nodes"]}) == len(data["nodes"])


def test_the_button_starts_and_stops_the_physics(
    offline_page: Watched, pages: dict[str, Path]
) -> None:
    page = offline_page.page
    open_settled(offline_page, pages["partnership"])
    enabled = "() => window.crpvNetwork.physics.options.enabled"
    button = page.locator("#animate")
    before = page.evaluate("() => window.crpvNetwork.getPositions()")
    assert page.evaluate(enabled) is False
    assert button.inner_text() == "Animer la disposition"
    assert button.get_attribute("aria-pressed") == "false"
    button.focus()
    page.keyboard.press("Enter")
    assert page.evaluate(enabled) is True
    assert button.get_attribute("aria-pressed") == "true"
    assert button.inner_text() == "Arrêter l’animation"
    page.wait_for_function(
        "(before) => Object.entries(window.crpvNetwork.getPositions())"
        ".some(([id, p]) => p.x !== before[id].x || p.y !== before[id].y)",
        arg=before,
    )
    page.keyboard.press("Space")
    assert page.evaluate(enabled) is False
    assert button.get_attribute("aria-pressed") == "false"
    assert offline_page.errors == []


#: Whether every node drawn lies whole inside the drawing, on the screen (the view is fitted).
ALL_NODES_IN_VIEW = """() => {
  const network = window.crpvNetwork, canvas = document.querySelector('#network canvas');
  return network.body.nodeIndices.every((id) => {
    const box = network.getBoundingBox(id);
    const low = network.canvasToDOM({x: box.left, y: box.top});
    const high = network.canvasToDOM({x: box.right, y: box.bottom});
    return low.x >= 0 && low.y >= 0 && high.x <= canvas.clientWidth && high.y <= canvas.clientHeight;
  });
}"""


def test_a_page_of_thousands_of_nodes_draws_them_all_in_view_and_settles_once(
    offline_page: Watched, tmp_path: Path
) -> None:
    graph = synthetic_graph(3000)
    path = render.write_page(graph, tmp_path / "big.html", "t")
    page = offline_page.page
    open_settled(offline_page, path)
    assert page.evaluate("() => window.crpvNetwork.body.nodeIndices.length") == 3000
    assert (
        page.evaluate("() => window.crpvNetwork.body.edgeIndices.length") == graph.number_of_edges()
    )
    assert page.evaluate(ALL_NODES_IN_VIEW)
    assert page.evaluate(COUNT_DRAWN_PIXELS) > 50_000
    page.wait_for_timeout(500)  # what comes after the drawing: the search's index, in slices
    assert page.evaluate("() => performance.getEntriesByName('crpv-complete').length") == 1
    page.fill("#search", graph.nodes["https://example.org/n2999"]["label"])
    assert page.locator("#results button").count() >= 1
    assert offline_page.errors == []
