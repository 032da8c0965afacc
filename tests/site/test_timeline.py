"""Timelines: the national meetings and an entity's roles and events, drawn by vis-timeline
from file:// with no network, their text always text, and listed in words beside."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from crpv_graph.site.timeline import (
    Item,
    entity_timeline,
    national_meetings,
    timeline_items,
    timeline_rows,
)
from crpv_graph.store import dataset
from tests.helpers import Watched
from tests.site.conftest import WritePage, serious_violations, templates

IREV = "https://w3id.org/crpv/id/organization/irev"
JALLET = "https://w3id.org/crpv/id/person/sebastien-jallet"
HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
MACRO = (
    '{% from "macros/timeline.html" import timeline, timeline_assets %}'
    "{{ timeline_assets('assets') }}|{{ timeline(element_id, items, lang) }}"
)


def slug(iri: str) -> str:
    return iri.rsplit("/", 1)[1] + ".html"


@pytest.fixture(scope="module")
def store(real_dataset: dataset.LoadedDataset) -> ox.Store:
    return real_dataset.store


def render(items: list[Item], lang: str = "fr", element_id: str = "frise") -> tuple[str, str]:
    head, body = (
        templates(lang)
        .from_string(MACRO)
        .render(items=items, element_id=element_id, lang=lang)
        .split("|", 1)
    )
    return head, body


def test_dates_are_drawn_at_the_precision_the_source_gives() -> None:
    items = timeline_items(
        [
            {"iri": "a", "label": "année", "at": "2018"},
            {"iri": "b", "label": "mois", "at": "2018-12"},
            {"iri": "c", "label": "jour", "at": "2018-06-14"},
            {"iri": "d", "label": "mandat", "begin": "2014-09-01", "end": "2016-06-30"},
            {"iri": "e", "label": "depuis", "begin": "2019"},
            {"iri": "f", "label": "jusqu'à", "end": "2012-03"},
            {"iri": "g", "label": "sans date"},
        ],
        "fr",
        lambda iri: None,
    )
    drawn = {item.label: (item.when, item.start, item.end) for item in items}
    assert drawn == {
        "année": ("2018", "2018-01-01", "2019-01-01"),
        "mois": ("décembre 2018", "2018-12-01", "2019-01-01"),
        "jour": ("14 juin 2018", "2018-06-14", None),
        "mandat": ("1 septembre 2014 – 30 juin 2016", "2014-09-01", "2016-07-01"),
        "depuis": ("depuis 2019", "2019-01-01", "2020-01-01"),
        "jusqu'à": ("jusqu'à mars 2012", "2012-03-01", "2012-04-01"),
        "sans date": ("date non renseignée", None, None),
    }
    assert items[-1].label == "sans date"  # the undated last


def test_national_meetings_are_every_meeting_the_sources_name(store: ox.Store) -> None:
    items = national_meetings(store, "fr", slug)
    labels = [item.label for item in items]
    assert len(items) == 7
    assert "2e rencontre nationale des équipes des CRPV, Paris, 14-15 juin 2018" in labels
    meeting = items[
        labels.index("2e rencontre nationale des équipes des CRPV, Paris, 14-15 juin 2018")
    ]
    assert (meeting.when, meeting.start, meeting.end) == (
        "14 juin 2018 – 15 juin 2018",
        "2018-06-14",
        "2018-06-16",
    )
    assert meeting.href == "2018-06-rencontre-nationale.html"
    # The 8th meeting: a day, no year. Listed, not drawn.
    undated = [item for item in items if item.start is None]
    assert [(item.when, item.label[:22]) for item in undated] == [
        ("17 octobre", "8e rencontre nationale")
    ]


def test_an_entitys_timeline_has_its_roles_and_events_in_its_language(store: ox.Store) -> None:
    french = entity_timeline(store, IREV, "fr", slug)
    assert "Président·e : Kléber Arhoul" in {item.label for item in french}
    assert any(item.label.startswith("Assemblée générale de l'IREV") for item in french)
    english = entity_timeline(store, IREV, "en", slug)
    assert "President: Kléber Arhoul" in {item.label for item in english}
    person = entity_timeline(store, JALLET, "fr", slug)
    assert any(item.when.startswith("depuis ") for item in person)
    assert any(item.when == "date non renseignée" for item in person)


def test_every_timeline_read_in_one_pass_is_the_one_its_own_query_gives(store: ox.Store) -> None:
    everyone = timeline_rows(store)
    assert len(everyone) > 100
    for iri in [*sorted(everyone)[::7], IREV, JALLET]:
        alone = entity_timeline(store, iri, "fr", slug)
        assert entity_timeline(store, iri, "fr", slug, everyone[iri]) == alone, iri


def test_the_timeline_rows_come_in_the_same_order_from_every_store_holding_the_data(
    store: ox.Store,
) -> None:
    # A rebuild digests each entity's rows to tell whether its page changed: rows that came in
    # another order from the compiled store than from the one just loaded re-rendered the
    # pages of every centre each time (a role named in French and in English tied).
    copy = ox.Store()
    copy.bulk_extend(reversed(list(store)))
    assert timeline_rows(copy) == timeline_rows(store)


def test_the_list_in_words_says_every_item_and_the_undated_ones(store: ox.Store) -> None:
    items = entity_timeline(store, JALLET, "fr", slug)
    _, body = render(items)
    assert body.count("<li") == len(items)
    assert (
        '<li class="timeline-undated"><span class="timeline-when">date non renseignée</span>'
        in body
    )
    assert body.count('"start":') == len([item for item in items if item.start])
    _, empty = render([])
    assert "Aucune date n&#39;est connue." in empty or "Aucune date n'est connue." in empty


def test_the_timeline_draws_offline_and_an_item_leads_to_its_page(
    store: ox.Store, widget_page: WritePage, offline_page: Watched
) -> None:
    items = national_meetings(store, "fr", slug)
    head, body = render(items)
    path = widget_page(body, head=head)
    for item in items:
        if item.href:
            (path.parent / item.href).write_text("<!DOCTYPE html><title>ok</title>")
    page = offline_page.page
    page.goto(path.as_uri())
    drawn = page.locator("#frise .vis-item-content")
    drawn.first.wait_for()
    assert drawn.count() == len([item for item in items if item.start])
    texts = {drawn.nth(i).inner_text().strip() for i in range(drawn.count())}
    assert "6e rencontre nationale des CRPV, Paris, 21-22 octobre 2021" in texts
    assert page.locator("#frise .timeline-list li").count() == len(items)
    assert serious_violations(page) == []
    assert offline_page.errors == []
    assert all(url.startswith("file:") for url in offline_page.requests)
    page.locator("#frise .vis-item", has_text="6e rencontre nationale").click()
    page.wait_for_url("**/2021-10-rencontre-nationale.html")


def test_the_axis_speaks_french(widget_page: WritePage, offline_page: Watched) -> None:
    items = timeline_items(
        [
            {"iri": "a", "label": "a", "at": "2018-03-01"},
            {"iri": "b", "label": "b", "at": "2018-05-30"},
        ],
        "fr",
        lambda iri: None,
    )
    head, body = render(items)
    page = offline_page.page
    page.goto(widget_page(body, head=head).as_uri())
    page.locator("#frise .vis-item").first.wait_for()
    axis = " ".join(page.locator("#frise .vis-time-axis .vis-text").all_inner_texts()).lower()
    assert "avril" in axis or "avr" in axis
    assert offline_page.errors == []


def test_labels_from_the_data_are_drawn_and_listed_as_text(
    widget_page: WritePage, offline_page: Watched
) -> None:
    items = timeline_items(
        [{"iri": "x", "label": HOSTILE, "at": "2020-02-02"}], "fr", lambda iri: "x.html"
    )
    head, body = render(items)
    assert "<script>alert" not in body and "<img" not in body
    page = offline_page.page
    page.goto(widget_page(body, head=head).as_uri())
    drawn = page.locator("#frise .vis-item-content")
    drawn.first.wait_for()
    assert drawn.first.inner_text().strip() == HOSTILE
    assert page.locator("main img, main .vis-item script").count() == 0
    assert offline_page.dialogs == [] and offline_page.errors == []


def test_two_timelines_on_one_page_draw_each_their_own_even_on_a_phone(
    store: ox.Store, widget_page: WritePage, offline_page: Watched, tmp_path: Path
) -> None:
    head, first = render(national_meetings(store, "fr", slug), element_id="rencontres")
    _, second = render(entity_timeline(store, IREV, "fr", slug), element_id="irev")
    page = offline_page.page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(widget_page(first + second, head=head).as_uri())
    page.locator("#irev .vis-item").first.wait_for()
    assert page.locator("#rencontres .vis-item-content").count() == 6
    assert page.locator("#irev .vis-item-content").count() >= 5
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert offline_page.errors == []
