"""The completeness table: what the sources say of each resource centre, and what they do not."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from crpv_graph.network import project
from crpv_graph.site.gaps import FIELDS, CentreCompleteness, completeness
from crpv_graph.site.sections import read_sections
from crpv_graph.store import dataset
from tests.helpers import Cli, Watched
from tests.site.conftest import WritePage, serious_violations, templates

PB = "https://w3id.org/crpv/id/organization/profession-banlieue"


@pytest.fixture(scope="module")
def rows(real_dataset: dataset.LoadedDataset) -> list[CentreCompleteness]:
    return completeness(real_dataset.store)


def test_every_resource_centre_has_one_row_by_label(rows: list[CentreCompleteness]) -> None:
    assert len(rows) == len({row.iri for row in rows}) == 21
    assert [row.label for row in rows] == sorted(row.label for row in rows)


def test_a_centre_shows_every_value_its_sources_give(rows: list[CentreCompleteness]) -> None:
    centre = next(row for row in rows if row.iri == PB)
    assert centre.seat == ("Saint-Denis",)
    assert centre.founding == ("1993", "1993-11")  # two sources, two precisions: both kept
    assert centre.president == ("Marc Ratsimba",)
    assert centre.director == ("Bénédicte Madelin", "Damien Bertrand")
    assert centre.known == len(FIELDS)


def test_a_centre_no_source_places_has_gaps(rows: list[CentreCompleteness]) -> None:
    centre = next(row for row in rows if row.label == "Ressources Urbaines")
    assert centre.territory == centre.seat == centre.president == ()
    assert centre.website == ("https://ressources-urbaines.org/",)


def test_an_office_without_a_named_holder_is_no_president() -> None:
    store = ox.Store()
    store.load(
        b"""
        @prefix crpv: <https://w3id.org/crpv/ontology#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix role: <https://w3id.org/crpv/id/role/> .
        <urn:c> a crpv:ResourceCentre ; skos:prefLabel "C"@fr .
        <urn:o> a crpv:AttestedOffice ; crpv:officeOf <urn:c> ; crpv:officeRole role:president .
        """,
        format=ox.RdfFormat.TURTLE,
    )
    (centre,) = completeness(store)
    assert centre.president == () and centre.known == 0


def test_the_named_query_runs_from_the_command_line(cli: Cli) -> None:
    result = cli("--quiet", "query", "completeness", "--format", "csv")
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("centre,centreLabel,territories,seats,websites,foundingDates")
    assert len(lines) == 22  # the header and 21 centres
    assert any("Profession Banlieue" in line and "Saint-Denis" in line for line in lines)


def test_the_table_says_what_is_missing_in_french_and_counts_each_column(
    rows: list[CentreCompleteness],
) -> None:
    html = (
        templates("fr")
        .from_string('{% from "macros/gaps.html" import gaps %}{{ gaps(rows, href) }}')
        .render(rows=rows, href=lambda iri: "centre.html" if iri == PB else None)
    )
    assert '<th scope="col">Siège</th>' in html
    assert html.count('<td class="gap">non renseigné</td>') == 21 * 7 - 19 - 6 - 7 - 12 - 10 - 4 - 6
    assert "<td>19 sur 21</td>" in html and "<td>6 sur 21</td>" in html
    assert '<a href="centre.html">Profession Banlieue</a>' in html
    assert "novembre 1993" in html  # dates the French way, at their precision


def test_labels_from_the_data_are_text_in_the_table() -> None:
    hostile = CentreCompleteness("urn:x", "<script>alert(1)</script>", ("<b>",), *[()] * 6)
    html = (
        templates("en")
        .from_string('{% from "macros/gaps.html" import gaps %}{{ gaps(rows, href) }}')
        .render(rows=[hostile], href=lambda iri: None)
    )
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;" in html and "not known" in html and "1 of 1" in html


def test_the_table_fits_a_phone_and_passes_axe(
    rows: list[CentreCompleteness], widget_page: WritePage, offline_page: Watched
) -> None:
    html = (
        templates("fr")
        .from_string('{% from "macros/gaps.html" import gaps %}{{ gaps(rows, href) }}')
        .render(rows=rows, href=lambda iri: None)
    )
    page = offline_page.page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(widget_page(html, head='<link rel="stylesheet" href="assets/widgets.css">').as_uri())
    assert page.locator("table.gaps tbody tr").count() == 21
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert serious_violations(page) == []
    assert offline_page.errors == []


def test_a_centres_page_and_the_completeness_table_know_the_same_fields(
    rows: list[CentreCompleteness], real_dataset: dataset.LoadedDataset
) -> None:
    """The centre's page ("siège : non renseigné") and the data-gaps page read one truth."""
    store = real_dataset.store
    on_pages = read_sections(store, project(store, "partnership")).centre_facts
    page_field = {"founding": "founded", "legal_form": "legal form"}
    disagree = [
        (row.label, field)
        for row in rows
        for field in FIELDS
        if bool(row.values(field))
        != bool(on_pages.get(row.iri, {}).get(page_field.get(field, field)))
    ]
    assert not disagree
