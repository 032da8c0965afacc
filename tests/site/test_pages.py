"""The entity pages at scale: rendered on several cores as in one process, and a resource named
by more resources than a page lists says how many more there are."""

from __future__ import annotations

import re

import pytest

from crpv_graph.network import project
from crpv_graph.site import pages
from crpv_graph.site.addresses import page_path
from crpv_graph.site.build import open_site
from crpv_graph.site.pages import Site
from crpv_graph.site.workers import render_all
from crpv_graph.store import compiled

THEME = "https://w3id.org/crpv/id/theme/contrats-de-ville"


@pytest.fixture(scope="module")
def site(site_dataset: compiled.CompiledDataset) -> Site:
    """The French pages of the real data."""
    return open_site(site_dataset, "fr", project(site_dataset.store, "partnership"))


def test_pages_rendered_by_two_workers_are_those_one_process_renders(site: Site) -> None:
    iris = site.facts.entities
    site.prepare()
    alone = list(render_all(site.entity, iris, workers=1))
    assert list(render_all(site.entity, iris, workers=2)) == alone
    assert [path for path, _ in alone] == [f"{page_path(iri)}index.html" for iri in iris]


def test_a_resource_named_by_more_than_a_page_lists_says_how_many_more_in_the_downloads(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentions = site.facts.incoming[THEME]
    predicate, subjects = max(mentions.items(), key=lambda item: len(item[1]))
    assert len(subjects) > 3, "the theme is named by more than three resources"
    monkeypatch.setattr(pages, "MENTIONS", 3)
    _, html = site.entity(THEME)
    row = html.split(f'data-incoming="{predicate}"', 1)[1].split("</tr>", 1)[0]
    assert row.count("<li>") == 3
    more = re.search(r'<p class="more">Et (\d+) autres, dans les téléchargements :', row)
    assert more and int(more.group(1)) == len(subjects) - 3
    assert 'href="../../../telecharger/index.html"' in row


def test_a_page_under_the_cap_lists_every_resource_naming_it(site: Site) -> None:
    _, html = site.entity(THEME)
    assert 'class="more"' not in html
    for predicate, subjects in site.facts.incoming[THEME].items():
        row = html.split(f'data-incoming="{predicate}"', 1)[1].split("</tr>", 1)[0]
        assert row.count("<li>") == sum(not s.startswith("_:") for s in subjects)
