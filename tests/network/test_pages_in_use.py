"""The four network pages of the real data, used as the centres' staff use them: in French, in
Chromium with the network cut, on a desktop and on a phone. What a page shows is checked
against the projection (networkx) of the same data."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from crpv_graph import network
from crpv_graph.network.projections import projections_dir
from crpv_graph.query import load_queries, text_rows
from crpv_graph.store import dataset
from tests.helpers import ARTIFACTS, CHECKOUT, Watched
from tests.network.browsing import COUNT_DRAWN_PIXELS, O, open_settled

VISIBLE_NODES = "() => window.crpvNetwork.body.nodeIndices.slice().sort()"
VISIBLE_EDGES = "() => window.crpvNetwork.body.edgeIndices.length"
AXE = CHECKOUT / "tests" / "vendor" / "axe-core" / "axe.min.js"
JALLET = "https://w3id.org/crpv/id/person/sebastien-jallet"
#: What a member of staff types, and the node it must find, in each page that holds it.
SEARCHES = [
    (kind, query, iri)
    for kind in network.KINDS
    for query, iri in [
        ("reso villes", O + "reso-villes"),
        ("Profession Banlieue", O + "profession-banlieue"),
        ("ANCT", O + "anct"),
        ("cget", O + "cget"),
        ("Jallet", JALLET),
    ]
    if iri != JALLET or kind in ("people", "event")
]


def all_centres(store: ox.Store) -> set[str]:
    centres = load_queries(projections_dir())["centres"]
    return {row["centre"] for row in text_rows(store, centres)}


@pytest.mark.parametrize("kind", network.KINDS)
def test_every_centre_is_on_every_page_even_with_no_link(
    offline_page: Watched, pages: dict[str, Path], real_dataset: dataset.LoadedDataset, kind: str
) -> None:
    centres = all_centres(real_dataset.store)
    assert len(centres) == 21
    open_settled(offline_page, pages[kind])
    assert centres <= set(offline_page.page.evaluate(VISIBLE_NODES))
    assert offline_page.errors == []


def test_the_legend_counts_centres_not_the_centres_as_a_group(
    offline_page: Watched, pages: dict[str, Path], graphs: dict[str, nx.Graph[str]],
    real_dataset: dataset.LoadedDataset,
) -> None:  # fmt: skip
    graph = graphs["co-participation"]
    group = O + "centres-de-ressources"
    assert graph.nodes[group]["kind"] == "centre" and graph.nodes[group]["collective"]
    open_settled(offline_page, pages["co-participation"])
    assert group in offline_page.page.evaluate(VISIBLE_NODES)
    centres = all_centres(real_dataset.store)
    assert offline_page.page.inner_text("[data-count='centre']") == f"({len(centres)})"


@pytest.mark.parametrize(("kind", "query", "iri"), SEARCHES)
def test_search_forgives_accents_case_and_finds_names_and_acronyms(
    offline_page: Watched, pages: dict[str, Path], graphs: dict[str, nx.Graph[str]],
    kind: str, query: str, iri: str,
) -> None:  # fmt: skip
    page = offline_page.page
    open_settled(offline_page, pages[kind])
    page.fill("#search", query)
    found = page.locator("#results button").evaluate_all("bs => bs.map(b => b.dataset.id)")
    assert iri in found[:3], found
    if query in ("ANCT", "cget"):  # an acronym: the body it names first, not its units
        assert found[0] == iri, found
    assert page.locator("#no-results").is_hidden()
    page.click(f"#results button[data-id='{iri}']")
    assert page.inner_text("#details h2") == graphs[kind].nodes[iri]["label"]
    assert page.evaluate("() => window.crpvNetwork.getSelectedNodes()") == [iri]


@pytest.mark.parametrize("kind", ["partnership", "people"])
def test_search_says_when_it_finds_nothing(
    offline_page: Watched, pages: dict[str, Path], kind: str
) -> None:
    open_settled(offline_page, pages[kind])
    offline_page.page.fill("#search", "zzqxw kkyyj")
    assert offline_page.page.inner_text("#no-results") == "Aucun résultat"
    assert offline_page.page.locator("#results button").count() == 0


def set_period(page: Watched, first: int, last: int, undated: bool) -> None:
    page.page.fill("#to", str(last))
    page.page.fill("#from", str(first))
    page.page.set_checked("#undated", undated)


@pytest.mark.parametrize("kind", network.KINDS)
def test_the_period_shows_what_the_data_says_for_it(
    offline_page: Watched, pages: dict[str, Path], graphs: dict[str, nx.Graph[str]],
    real_dataset: dataset.LoadedDataset, kind: str,
) -> None:  # fmt: skip
    cut = network.project(real_dataset.store, kind, years=(2018, 2019))
    whole = graphs[kind]
    undated = [(a, b) for a, b, data in whole.edges(data=True) if not data["years"]]
    open_settled(offline_page, pages[kind])
    page = offline_page.page
    set_period(offline_page, 2018, 2019, undated=False)
    assert page.evaluate(VISIBLE_NODES) == sorted(cut.nodes)
    assert page.evaluate(VISIBLE_EDGES) == cut.number_of_edges()
    summary = page.locator("#summary")
    assert summary.get_attribute("data-nodes") == str(cut.number_of_nodes())
    assert summary.get_attribute("data-edges") == str(cut.number_of_edges())
    assert page.inner_text("#summary") == (
        f"{cut.number_of_nodes()} nœuds, {cut.number_of_edges()} liens"
    )
    centres = sum(
        1 for n in cut if cut.nodes[n]["kind"] == "centre" and not cut.nodes[n]["collective"]
    )
    assert page.inner_text("[data-count='centre']") == f"({centres})"
    page.check("#undated")
    with_undated = set(cut.nodes) | {n for edge in undated for n in edge}
    assert page.evaluate(VISIBLE_NODES) == sorted(with_undated)
    assert page.evaluate(VISIBLE_EDGES) == cut.number_of_edges() + len(undated)
    set_period(offline_page, 1900, 2100, undated=True)
    assert page.evaluate(VISIBLE_EDGES) == whole.number_of_edges()
    assert len(page.evaluate(VISIBLE_NODES)) == whole.number_of_nodes()


def test_a_hidden_node_closes_its_details_and_hidden_links_are_not_listed(
    offline_page: Watched, pages: dict[str, Path], graphs: dict[str, nx.Graph[str]]
) -> None:
    page = offline_page.page
    open_settled(offline_page, pages["people"])
    page.fill("#search", "Jallet")
    page.click(f"#results button[data-id='{JALLET}']")
    links = graphs["people"].degree(JALLET)
    assert page.inner_text("#details h3") == f"Liens affichés ({links})"
    years = sorted({y for *_, d in graphs["people"].edges(JALLET, data=True) for y in d["years"]})
    set_period(offline_page, years[-1], years[-1], undated=False)
    shown = sum(1 for *_, d in graphs["people"].edges(JALLET, data=True) if years[-1] in d["years"])
    assert 0 < shown < links
    assert page.inner_text("#details h3") == f"Liens affichés ({shown})"
    set_period(offline_page, 1900, 1901, undated=False)
    assert page.locator("#details h2").count() == 0, "the hidden person's details are closed"


def test_co_participation_links_name_their_events(
    offline_page: Watched, pages: dict[str, Path], graphs: dict[str, nx.Graph[str]]
) -> None:
    page = offline_page.page
    open_settled(offline_page, pages["co-participation"])
    edge = f"{O}anru {O}eru"
    graph = graphs["co-participation"]
    event = graph.graph["labels"][graph.edges[O + "anru", O + "eru"]["events"][0]]
    title = page.evaluate("(id) => window.crpvNetwork.body.data.edges.get(id).title", edge)
    assert f"ont participé au même événement : {event}" in title
    page.evaluate("(id) => window.crpvNetwork.emit('click', {nodes: [], edges: [id]})", edge)
    details = page.inner_text("#details")
    assert f"Événements : {event}" in details and "ont participé au même événement" in details
    assert page.locator("#details a[href^='http']").count() >= 1


def test_on_a_phone_the_graph_is_on_top_and_nothing_scrolls_sideways(
    offline_page: Watched, pages: dict[str, Path]
) -> None:
    page = offline_page.page
    page.set_viewport_size({"width": 390, "height": 844})
    for kind in network.KINDS:
        open_settled(offline_page, pages[kind])
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 390, kind
        canvas = page.locator("#network canvas").bounding_box()
        details = page.locator("#details").bounding_box()
        assert canvas is not None and details is not None
        assert canvas["height"] >= 300 and canvas["width"] > 300, kind
        assert canvas["y"] < details["y"], "graph on top, panel below"
        assert page.evaluate(COUNT_DRAWN_PIXELS) > 2_000, kind
    page.fill("#search", "Profession Banlieue")
    page.press("#search", "Enter")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "network-phone.png"), full_page=True)


def test_nothing_the_page_shows_is_in_english(
    offline_page: Watched, pages: dict[str, Path]
) -> None:
    page = offline_page.page
    open_settled(offline_page, pages["partnership"])
    page.evaluate(
        "(id) => window.crpvNetwork.emit('click', {nodes: [], edges: [id]})",
        f"{O}cget {O}reseau-national-crpv",
    )
    shown = page.inner_text("body")
    for english in ("Find a node", "Kinds", "all years", "undated", "Links", "animates the",
                    "Search", "nodes", "partner ", "Sources:"):  # fmt: skip
        assert english not in shown, english


def test_the_english_page_speaks_english(offline_page: Watched, pages: dict[str, Path]) -> None:
    page = offline_page.page
    open_settled(offline_page, pages["people-en"])
    summary = page.inner_text("#summary")
    assert summary.endswith(" links") and " nodes, " in summary
    page.fill("#search", "zzqxw")
    assert page.inner_text("#no-results") == "No results"
    assert "include undated links" in page.inner_text("#controls")
    page.fill("#search", "Jallet")
    page.press("#search", "Enter")
    assert "See its page" in page.inner_text("#details")


def test_axe_finds_no_serious_accessibility_problem_on_desktop_or_phone(
    offline_page: Watched, pages: dict[str, Path]
) -> None:
    page = offline_page.page
    for width, height in ((1400, 900), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        open_settled(offline_page, pages["partnership"])
        page.fill("#search", "IREV")
        page.press("#search", "Enter")
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(
            "async () => (await axe.run()).violations"
            ".filter(v => ['serious', 'critical'].includes(v.impact))"
            ".map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)"
        )
        assert violations == [], (width, violations)


def test_the_keyboard_alone_finds_a_centre_and_opens_its_details(
    offline_page: Watched, pages: dict[str, Path]
) -> None:
    page = offline_page.page
    open_settled(offline_page, pages["co-participation"])
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Aller à la recherche"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "search"
    page.keyboard.type("ville caraibe")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.dataset.id") == O + "ville-caraibe"
    page.keyboard.press("Enter")
    assert page.inner_text("#details h2") == "Ville Caraïbe"
    assert "Aucun lien" in page.inner_text("#details"), "an isolated centre says it has no link"
