"""The map of the resource centres by region: regions from the graph's INSEE data, coloured
where a centre covers them, the overseas regions as tiles, the same in words, offline."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from crpv_graph.site import regionmap
from crpv_graph.store import dataset
from tests.helpers import Watched
from tests.site.conftest import WritePage, serious_violations

BASE = "https://w3id.org/crpv/id/"
HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
#: Metropolitan regions (INSEE codes) and the overseas ones the map does not draw.
METROPOLITAN = {"11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94"}
OVERSEAS = {"01", "02", "03", "04", "06"}


def page_of(iri: str) -> str | None:
    """Every centre and region has a page in this test: ``<slug>.html`` beside the map."""
    return iri.rsplit("/", 1)[1] + ".html" if iri.startswith(BASE) else None


@pytest.fixture(scope="module")
def store(real_dataset: dataset.LoadedDataset) -> ox.Store:
    return real_dataset.store


def test_every_departement_is_in_one_region_and_the_graphs_placement_comes_first(
    store: ox.Store,
) -> None:
    regions, _ = regionmap.regions(store)
    drawn = [code for region in regions for code in region.departements]
    assert len(drawn) == len(set(drawn))
    assert {r.code for r in regions} == METROPOLITAN | OVERSEAS
    by_code = {r.code: r for r in regions}
    # The graph places Seine-Saint-Denis in Île-de-France; INSEE's table agrees everywhere the
    # graph says something (the vendored table only fills what the graph does not name).
    assert "93" in by_code["11"].departements
    cog = {row["code"]: row["region"] for row in json.loads(regionmap.COG_FILE.read_text())}
    assert all(cog[code] == region.code for region in regions for code in region.departements)


def test_centres_are_placed_by_their_region_or_departement(store: ox.Store) -> None:
    regions, unplaced = regionmap.regions(store)
    centres = {r.code: {c.label for c in r.centres} for r in regions}
    assert "Profession Banlieue" in centres["11"]  # covers Seine-Saint-Denis
    assert centres["53"] == centres["52"] == {"RésO Villes"}
    assert centres["94"] == centres["04"] == set()
    # No source places the former region of Lorraine in a region of today: the CRPV Lorraine
    # (fact sheet part 3, §3) is listed apart, with the centres no source places.
    assert sorted(u.centre.label for u in unplaced) == [
        "Ressources Urbaines",
        "centre de ressources du Secrétariat général à la Ville",
        "centre de ressources « Politique de la ville » Lorraine",
    ]
    placed = {c.iri for r in regions for c in r.centres}
    assert len(placed) + len(unplaced) == 21


def test_the_map_is_the_same_bytes_each_time_and_escapes_labels(store: ox.Store) -> None:
    first = regionmap.region_map(store, "fr", page_of)
    assert first == regionmap.region_map(store, "fr", page_of)
    assert "territoire non renseigné" in first and "Régions d'outre-mer" in first
    english = regionmap.region_map(store, "en", page_of)
    assert "territory not known" in english and "Overseas regions" in english


def test_the_map_works_offline_with_a_link_for_every_region_with_a_centre(
    store: ox.Store, widget_page: WritePage, offline_page: Watched
) -> None:
    html = regionmap.region_map(store, "fr", page_of)
    path = widget_page(html, head='<link rel="stylesheet" href="assets/widgets.css">')
    for name in {page_of(iri) for iri in _linked(store)}:
        (path.parent / str(name)).write_text("<!DOCTYPE html><title>ok</title>")
    page = offline_page.page
    page.goto(path.as_uri())
    groups = page.locator("svg.region-map-svg g.region")
    assert groups.count() == len(METROPOLITAN)
    assert page.locator(".region-map-overseas .region-tile").count() == len(OVERSEAS)
    coloured = page.locator("svg g.region.has-centres")
    assert coloured.count() == len(METROPOLITAN) - 1  # Corse: no centre
    corse = page.locator('svg g.region[data-region="94"] path').first
    fill = corse.evaluate("path => getComputedStyle(path).fill")
    assert fill == "rgb(213, 217, 222)"  # grey
    idf = page.locator('svg a:has(g[data-region="11"])')
    assert idf.get_attribute("href") == "11.html"  # several centres: the region's page
    assert "Profession Banlieue" in str(idf.get_attribute("aria-label"))
    assert page.locator('svg a:has(g[data-region="44"])').get_attribute("href") == "oriv.html"
    width = page.locator("svg.region-map-svg").bounding_box()
    assert width is not None and 0 < width["width"] <= 600
    assert serious_violations(page) == []
    page.locator('svg a:has(g[data-region="44"])').click()
    page.wait_for_url("**/oriv.html")
    assert offline_page.errors == []
    assert all(url.startswith("file:") for url in offline_page.requests)


def test_the_list_in_words_reaches_every_centre_without_the_map(
    store: ox.Store, widget_page: WritePage, offline_page: Watched
) -> None:
    path = widget_page(regionmap.region_map(store, "fr", page_of))
    page = offline_page.page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(path.as_uri())
    listed = page.locator(".region-map-list a, .region-map-unplaced a")
    hrefs = {listed.nth(i).get_attribute("href") for i in range(listed.count())}
    assert len(hrefs) == 21
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_hostile_labels_show_as_text(
    store: ox.Store, widget_page: WritePage, offline_page: Watched
) -> None:
    hostile = ox.Store()
    hostile.bulk_extend(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    centre = ox.NamedNode(BASE + "organization/hostile")
    for predicate, value in (
        ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", ox.NamedNode("https://w3id.org/crpv/ontology#ResourceCentre")),
        ("http://www.w3.org/2004/02/skos/core#prefLabel", ox.Literal(HOSTILE, language="fr")),
        ("https://w3id.org/crpv/ontology#coversTerritory", ox.NamedNode(BASE + "region/94")),
    ):  # fmt: skip
        hostile.add(ox.Quad(centre, ox.NamedNode(predicate), value))
    html = regionmap.region_map(hostile, "fr", page_of)
    assert "<script>alert" not in html and "<img" not in html
    path = widget_page(html)
    page = offline_page.page
    page.goto(path.as_uri())
    assert page.locator('svg a:has(g[data-region="94"])').get_attribute("href") == "hostile.html"
    assert page.locator("main img, main script").count() == 0
    assert HOSTILE in page.locator(".region-map-list").inner_text()
    assert offline_page.dialogs == [] and offline_page.errors == []


def _linked(store: ox.Store) -> set[str]:
    regions, _ = regionmap.regions(store)
    return {r.iri for r in regions} | {c.iri for r in regions for c in r.centres}


def test_the_vendored_map_draws_every_metropolitan_departement() -> None:
    drawn = set(regionmap._departement_paths()) - {""}
    cog = json.loads(Path(regionmap.COG_FILE).read_text())
    metropolitan = {row["code"] for row in cog if row["zone"] == "metro"}
    assert drawn == metropolitan
