"""The interactive network page, opened from file:// in headless Chromium with no network."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from crpv_graph import network
from crpv_graph.network import render
from crpv_graph.store import dataset
from tests.helpers import ARTIFACTS, Watched

HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
SETTLED = "document.body.dataset.settled === 'true'"
COUNT_DRAWN_PIXELS = """() => {
  const canvas = document.querySelector('#network canvas');
  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let drawn = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) drawn++;
  return drawn;
}"""


@pytest.fixture(scope="module")
def pages(
    real_dataset: dataset.LoadedDataset, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    directory = tmp_path_factory.mktemp("pages")
    return {
        kind: render.write_page(
            network.project(real_dataset.store, kind), directory / f"{kind}.html", kind
        )
        for kind in ("partnership", "co-participation")
    }


@pytest.mark.parametrize("kind", ["partnership", "co-participation"])
def test_page_draws_the_network_offline_without_errors_or_requests(
    offline_page: Watched, pages: dict[str, Path], kind: str
) -> None:
    offline_page.page.goto(pages[kind].as_uri())
    offline_page.page.wait_for_function(SETTLED, timeout=30_000)
    assert offline_page.page.evaluate(COUNT_DRAWN_PIXELS) > 5_000
    ARTIFACTS.mkdir(exist_ok=True)
    offline_page.page.screenshot(path=str(ARTIFACTS / f"network-{kind}.png"))
    assert offline_page.errors == []
    assert offline_page.requests == [pages[kind].as_uri()]


def test_page_is_one_file_with_no_remote_reference(pages: dict[str, Path]) -> None:
    html = pages["partnership"].read_text(encoding="utf-8")
    assert "<script src" not in html and "<link" not in html
    assert "cdnjs" not in html and "cdn.jsdelivr" not in html and "unpkg" not in html


def test_the_same_graph_renders_to_the_same_bytes(real_dataset: dataset.LoadedDataset) -> None:
    graph = network.project(real_dataset.store, "partnership")
    assert render.render_html(graph, "t") == render.render_html(graph, "t")


def test_the_layout_is_the_same_from_run_to_run(
    offline_page: Watched, pages: dict[str, Path]
) -> None:
    positions = []
    for _ in range(2):
        offline_page.page.goto(pages["co-participation"].as_uri())
        offline_page.page.wait_for_function(SETTLED, timeout=30_000)
        positions.append(offline_page.page.evaluate("() => window.crpvNetwork.getPositions()"))
    assert positions[0] == positions[1]


def test_search_finds_a_node_and_shows_its_sources(
    offline_page: Watched, pages: dict[str, Path]
) -> None:
    offline_page.page.goto(pages["partnership"].as_uri())
    offline_page.page.wait_for_function(SETTLED, timeout=30_000)
    offline_page.page.fill("#search", "IREV")
    offline_page.page.dispatch_event("#search", "change")
    details = offline_page.page.inner_text("#details")
    # Found by its acronym, shown by its display label.
    assert details.startswith("Institut régional de la ville") and "centre" in details


def test_kind_and_year_filters_hide_nodes(offline_page: Watched, pages: dict[str, Path]) -> None:
    offline_page.page.goto(pages["co-participation"].as_uri())
    offline_page.page.wait_for_function(SETTLED, timeout=30_000)
    count = "() => window.crpvNetwork.body.nodeIndices.length"
    everything = offline_page.page.evaluate(count)
    offline_page.page.uncheck("input[data-kind='partner']")
    without_partners = offline_page.page.evaluate(count)
    offline_page.page.check("input[data-kind='partner']")
    offline_page.page.select_option("#year", "2019")
    in_2019 = offline_page.page.evaluate(count)
    assert 0 < without_partners < everything
    assert 0 < in_2019 < everything


def hostile_graph() -> nx.Graph[str]:
    graph: nx.Graph[str] = nx.Graph(kind="partnership", years=None)
    graph.add_node("https://example.org/a", label=HOSTILE, kind="centre", territory=HOSTILE)
    graph.add_node("https://example.org/b", label="B", kind="partner", territory="")
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
    page.goto(path.as_uri())
    page.wait_for_function(SETTLED, timeout=30_000)
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
    assert page.locator("#details a[href^='javascript']").count() == 0
    assert page.locator("img").count() == 0
    assert page.evaluate("() => document.querySelectorAll('script').length") == 3, (
        "only the page's own"
    )
    assert offline_page.dialogs == []
    assert page.title() == HOSTILE


def test_clicking_a_link_lists_its_sources_with_titles_and_links(
    offline_page: Watched, pages: dict[str, Path]
) -> None:
    page = offline_page.page
    page.set_viewport_size({"width": 1500, "height": 850})
    page.goto(pages["partnership"].as_uri())
    page.wait_for_function(SETTLED, timeout=30_000)
    edge = "https://w3id.org/crpv/id/organization/cget https://w3id.org/crpv/id/organization/reseau-national-crpv"
    page.evaluate("(id) => window.crpvNetwork.selectEdges([id])", edge)
    page.evaluate("(id) => window.crpvNetwork.emit('click', {nodes: [], edges: [id]})", edge)
    links = page.locator("#details a")
    assert links.count() >= 2
    assert all(href.startswith("http") for href in links.evaluate_all("as => as.map(a => a.href)"))
    assert "animates the network" in page.inner_text("#details")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "network-partnership-sources.png"))
