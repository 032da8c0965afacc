"""The query page in real headless Chromium against a real ``crpv-graph serve``: the editor's
completion, the examples, permalinks, every result view, downloads, code snippets, keyboard
use, a phone, axe-core, and no request outside the server.

Screenshots go to ``tests/artifacts/`` (ignored by git) for a person to look at.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Locator, Page, ViewportSize, expect

from crpv_graph.query.formats import GRAPH_FORMATS, RESULT_FORMATS, Format
from tests.accessibility import axe_context, violations
from tests.helpers import ARTIFACTS, ServedEndpoint, Watched

PHONE: ViewportSize = {"width": 390, "height": 844}
DESKTOP: ViewportSize = {"width": 1400, "height": 900}
#: A query for each view, and what shows the view drew.
VIEW_QUERIES = {
    "graph": ("co-participation", ".network canvas"),
    "timeline": ("event-subevents", ".timeline .vis-item"),
    "map": ("centres-by-territory", "svg.map path.shade4"),
    "chart": ("class-counts", "svg.chart rect.bar"),
}
DESCRIBE_IREV = "DESCRIBE o:irev"
CENTRES = "SELECT ?centre WHERE { ?centre a crpv:ResourceCentre } ORDER BY ?centre"


@pytest.fixture
def local(browser: Browser, served: ServedEndpoint) -> Iterator[Watched]:
    """A page in French at 1400x900 that may reach the server and nothing else: every other
    request is aborted (and still recorded)."""
    context = browser.new_context(viewport=DESKTOP, locale="fr-FR", accept_downloads=True)
    context.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith(served.base) else route.abort()
        ),
    )
    yield Watched(context.new_page())
    context.close()


@pytest.fixture
def opened(local: Watched, served: ServedEndpoint) -> Watched:
    """The query page, open in :func:`local`, its editor ready."""
    open_page(local.page, served)
    return local


def open_page(page: Page, served: ServedEndpoint, path: str = "/") -> None:
    page.goto(served.base + path)
    page.wait_for_selector(".cm-content")


def write_query(page: Page, text: str) -> None:
    """Replace the editor's text as a person would: select all, then type (pasted at once)."""
    page.click(".cm-content")
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(text)


def completion(page: Page, before: str, typed: str, offered: str) -> Locator:
    """Write ``before``, type ``typed``, ask for completion (Ctrl+Space) and wait for an
    option holding ``offered``: the first such option."""
    write_query(page, before)
    page.keyboard.type(typed)
    page.keyboard.press("Control+Space")
    option = page.locator(".cm-tooltip-autocomplete li", has_text=offered).first
    option.wait_for()
    return option


def editor_text(page: Page) -> str:
    text: str = page.evaluate(
        "[...document.querySelectorAll('.cm-content .cm-line')].map(l => l.textContent).join('\\n')"
    )
    return text


def run_query(page: Page) -> None:
    """Run the editor's query and wait for its answer (the status says how long it took)."""
    page.click("#run")
    expect(page.locator("#status")).to_have_text(re.compile(r" ms$|^Err"))
    status = page.inner_text("#status")
    assert status.endswith(" ms"), status


def choose_example(page: Page, name: str) -> None:
    """Open the examples, choose one, and wait for its text in the editor."""
    if not page.is_visible("#example-list"):
        page.click("#examples summary")
    before = page.inner_text(".cm-content")
    page.click(f"#example-list button[data-name='{name}']")
    expect(page.locator(".cm-content")).not_to_have_text(before)


def fits(page: Page) -> bool:
    """Nothing wider than the window: no sideways scroll."""
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def cells(page: Page) -> list[str]:
    return page.locator("#view table.results tbody td").all_inner_texts()


def test_completion_offers_resource_centre_after_crpv_res(
    opened: Watched, served: ServedEndpoint
) -> None:
    page = opened.page
    option = completion(page, "SELECT ?c WHERE { ?c a ", "crpv:Res", "crpv:ResourceCentre")
    terms = json.loads(urllib.request.urlopen(served.base + "/terms.json").read())
    centre = next(term for term in terms["terms"] if term["short"] == "crpv:ResourceCentre")
    assert centre["label"]["fr"] in option.inner_text()  # labelled in the page's language
    option.click()
    assert editor_text(page) == "SELECT ?c WHERE { ?c a crpv:ResourceCentre"
    assert opened.errors == []


def test_completion_finds_entities_by_name_and_writes_their_prefixed_name(
    opened: Watched, served: ServedEndpoint
) -> None:
    page = opened.page
    for typed, label, written in (
        ("cget", "Commissariat général à l'égalité des territoires", "o:cget"),
        ("Irev", "Institut régional", "o:irev"),
    ):
        completion(page, "DESCRIBE ", typed, label).click()
        assert editor_text(page) == f"DESCRIBE {written}"
    assert opened.errors == []


def test_completion_replaces_every_word_of_a_name_of_several_words(
    opened: Watched, served: ServedEndpoint
) -> None:
    # The words typed before the cursor are part of the name: none of them stays in front.
    page = opened.page
    for before, typed, label, written in (
        ("DESCRIBE ", "Profession Banl", "Profession Banlieue", "o:profession-banlieue"),
        (
            "SELECT * WHERE { ?p org:memberOf ",
            "Villes au Car",
            "Villes au Carré",
            "o:villes-au-carre",
        ),
    ):
        completion(page, before, typed, label).click()
        assert editor_text(page) == before + written
    assert opened.errors == []


def test_the_prefixes_complete_in_a_prefix_declaration(
    opened: Watched, served: ServedEndpoint
) -> None:
    page = opened.page
    completion(page, "PREFIX ", "sch", "schema:").click()
    assert editor_text(page) == "PREFIX schema: <https://schema.org/>"


def test_a_permalink_reloads_the_same_query_and_result(
    opened: Watched, served: ServedEndpoint
) -> None:
    page = opened.page
    write_query(page, CENTRES)
    run_query(page)
    first = cells(page)
    assert len(first) == 21 and "o:irev" in " ".join(first)
    link = page.url
    assert urllib.parse.parse_qs(urllib.parse.urlparse(link).query)["query"] == [CENTRES]
    page.goto("about:blank")
    page.goto(link)
    page.wait_for_selector("#view table.results tbody tr")
    assert editor_text(page) == CENTRES
    assert cells(page) == first
    assert opened.errors == []


def test_a_named_query_url_with_parameters_loads_and_runs(
    local: Watched, served: ServedEndpoint
) -> None:
    page = local.page
    page.goto(served.base + "/queries/centres-by-territory?region=reg%3A44")
    assert "Observatoire régional de l'intégration et de la ville" in page.inner_text(
        "table.results"
    )
    page.click("a.open-in-editor")
    page.wait_for_selector("#view table.results tbody tr")
    assert "VALUES (?region)" in editor_text(page)
    assert "Observatoire régional de l'intégration et de la ville" in " ".join(cells(page))


def test_an_example_is_found_by_its_description_and_its_iri_parameter_by_a_name(
    opened: Watched, served: ServedEndpoint
) -> None:
    page = opened.page
    page.click("#examples summary")
    page.fill("#example-search", "réseau national anime")
    shown = page.locator("#example-list li:visible")
    assert shown.count() >= 1
    assert shown.first.get_attribute("data-name") == "network-animator"
    page.fill("#example-search", "")
    choose_example(page, "centres-by-territory")
    page.fill("#param-region", "Grand Est")
    page.wait_for_selector("#param-region-choices option[value='reg:44']", state="attached")
    page.fill("#param-region", "reg:44")
    page.click("#use-params")
    page.wait_for_selector("#view table.results tbody tr")
    assert "Observatoire régional de l'intégration et de la ville" in " ".join(cells(page))
    assert "VALUES (?region) { (<https://w3id.org/crpv/id/region/44>) }" in editor_text(page)


def test_the_table_shows_labels_beside_iris_linking_to_their_pages(
    opened: Watched, served: ServedEndpoint
) -> None:
    page = opened.page
    write_query(page, CENTRES)
    run_query(page)
    link = page.locator("#view a[href='/id/organization/irev']")
    assert link.inner_text().startswith("Institut régional")
    assert link.get_attribute("title") == "https://w3id.org/crpv/id/organization/irev"
    assert page.locator("#view .iri code", has_text="o:irev").count() == 1
    link.click()
    page.wait_for_url("**/site/id/organization/irev/")


@pytest.mark.parametrize("view", list(VIEW_QUERIES))
def test_each_view_draws_for_a_query_that_suits_it(
    opened: Watched, served: ServedEndpoint, view: str
) -> None:
    name, drawn = VIEW_QUERIES[view]
    page = opened.page
    choose_example(page, name)
    run_query(page)
    tab = page.locator(f"#views [role=tab][data-view={view}]")
    tab.click()
    assert tab.get_attribute("aria-selected") == "true"
    page.wait_for_selector(f"#view {drawn}")
    assert page.inner_text("#view-note")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"query-page-{view}.png"), full_page=True)
    assert opened.errors == []
    assert all(url.startswith(served.base) for url in opened.requests), opened.requests


def test_views_are_offered_only_when_they_suit_the_result(
    opened: Watched, served: ServedEndpoint
) -> None:
    page = opened.page
    write_query(page, CENTRES)
    run_query(page)
    assert page.locator("#views [role=tab]").all_inner_texts() == ["Tableau"]
    write_query(page, "ASK { o:irev a crpv:ResourceCentre }")
    run_query(page)
    assert page.inner_text("#view .boolean") == "oui"
    assert page.locator("#views [role=tab]").count() == 0


def test_a_describe_is_a_table_of_triples_a_graph_and_turtle(
    opened: Watched, served: ServedEndpoint
) -> None:
    page = opened.page
    write_query(page, DESCRIBE_IREV)
    run_query(page)
    tabs = page.locator("#views [role=tab]").all_inner_texts()
    assert tabs == ["Tableau", "Réseau", "Turtle"]
    assert page.locator("#view th").all_inner_texts() == ["sujet", "prédicat", "objet"]
    page.click("#views [data-view=turtle]")
    page.wait_for_selector("#view pre.turtle")
    assert "o:irev" in page.inner_text("#view pre.turtle")
    page.click("#views [data-view=graph]")
    page.wait_for_selector("#view .network canvas")


def test_the_views_are_a_tablist_the_keyboard_moves_through(
    opened: Watched, served: ServedEndpoint
) -> None:
    page = opened.page
    choose_example(page, "class-counts")
    run_query(page)
    page.focus("#views [aria-selected=true]")
    page.keyboard.press("ArrowRight")
    selected = page.locator("#views [aria-selected=true]")
    assert selected.get_attribute("data-view") == "chart"
    assert page.evaluate("document.activeElement.dataset.view") == "chart"
    page.wait_for_selector("#view svg.chart")
    page.keyboard.press("Home")
    assert selected.get_attribute("data-view") == "table"


@pytest.mark.parametrize(
    ("query", "offered"),
    [(CENTRES, RESULT_FORMATS), (DESCRIBE_IREV, GRAPH_FORMATS)],
    ids=["select", "describe"],
)
def test_downloads_are_files_of_every_format_with_their_media_type(
    opened: Watched, served: ServedEndpoint, query: str, offered: dict[str, Format[Any]]
) -> None:
    page = opened.page
    write_query(page, query)
    run_query(page)
    buttons = page.locator("#downloads .formats button")
    assert buttons.all_inner_texts() == list(offered)
    for name, fmt in offered.items():
        with (
            page.expect_response(lambda response: "/sparql?format=" in response.url) as answer,
            page.expect_download() as file,
        ):
            page.click(f"#downloads button:text-is('{name}')")
        assert answer.value.headers["content-type"].split(";")[0] == fmt.media_types[0]
        assert file.value.suggested_filename == f"query.{fmt.extension}"


def test_the_python_snippet_runs_and_gives_the_same_rows(
    opened: Watched, served: ServedEndpoint
) -> None:
    page = opened.page
    write_query(page, CENTRES)
    run_query(page)
    shown = len(cells(page))
    page.click("#snippets summary")
    titles = page.locator("#snippet-list h3").all_inner_texts()
    assert titles == ["curl", "Python (SPARQLWrapper)", "Python (crpv_graph)"]
    for code in page.locator("#snippet-list pre").all_inner_texts()[1:]:
        script = code + "\nprint(len(rows) if 'rows' in dir() else len(frame))\n"
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == str(shown)


def test_the_page_speaks_english_when_asked(local: Watched, served: ServedEndpoint) -> None:
    page = local.page
    open_page(page, served, "/?lang=en")
    choose_example(page, "class-counts")
    run_query(page)
    assert page.locator("#views [role=tab]").all_inner_texts() == ["Table", "Bar chart"]
    assert page.inner_text("#status").endswith(" ms")
    assert "lang=en" in page.url
    page.click("header nav >> text=Named queries")  # the chosen language is kept
    assert page.url.endswith("/queries?lang=en")


def test_the_page_is_french_by_default_and_says_why_a_query_fails(
    opened: Watched, served: ServedEndpoint
) -> None:
    page = opened.page
    assert page.get_attribute("html", "lang") == "fr"
    assert page.inner_text("h1") == "Interroger le graphe de connaissances des CRPV"
    assert page.inner_text("#run") == "Exécuter"
    write_query(page, "SELECT ?s WHERE { ?s ?p }")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#status.error")
    assert page.inner_text("#status").startswith("Erreur 400 : syntax error")


def test_the_page_has_no_serious_accessibility_violation(
    browser: Browser, served: ServedEndpoint
) -> None:
    with axe_context(browser, 1400, 900) as page:
        open_page(page, served)
        assert violations(page) == []
        choose_example(page, "centres-by-territory")
        run_query(page)
        page.click("#snippets summary")
        assert violations(page) == []
        for view in ("map", "chart"):
            if page.locator(f"#views [data-view={view}]").count():
                page.click(f"#views [data-view={view}]")
                assert violations(page) == [], view


def test_the_page_fits_a_phone_and_is_photographed_at_both_sizes(
    browser: Browser, served: ServedEndpoint
) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    for size, name in ((DESKTOP, "desktop"), (PHONE, "phone")):
        context = browser.new_context(viewport=size, locale="fr-FR", is_mobile=name == "phone")
        watched = Watched(context.new_page())
        page = watched.page
        open_page(page, served)
        assert fits(page)
        choose_example(page, "centres-by-territory")
        run_query(page)
        assert fits(page), f"the result widens the page ({name})"
        page.screenshot(path=str(ARTIFACTS / f"query-page-{name}.png"), full_page=True)
        page.click("#views [data-view=map]")
        page.wait_for_selector("#view svg.map")
        assert fits(page)
        page.screenshot(path=str(ARTIFACTS / f"query-page-map-{name}.png"), full_page=True)
        assert watched.errors == []
        context.close()


def test_results_holding_markup_are_shown_as_text(opened: Watched, served: ServedEndpoint) -> None:
    page = opened.page
    write_query(
        page,
        "SELECT ?x ?n WHERE { VALUES (?x ?n) "
        "{ ('<img src=x onerror=\"document.title=1\">' 1) ('<b>b</b>' 2) } }",
    )
    run_query(page)
    page.click("#views [data-view=chart]")
    page.wait_for_selector("#view svg.chart")
    page.click("#views [data-view=table]")
    assert page.locator("#view img, #view b").count() == 0
    assert "<img" in page.inner_text("#view table.results tbody td")
    assert page.title() != "1"
