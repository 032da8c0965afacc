"""The query page in real headless Chromium: pick a named query, run it, read the rows; in the
reader's language, and on a phone.

Screenshots go to ``tests/artifacts/`` (ignored by git) for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, ViewportSize

from tests.helpers import ARTIFACTS, ServedEndpoint, Watched

PHONE: ViewportSize = {"width": 390, "height": 844}


@pytest.fixture
def french_page(browser: Browser) -> Iterator[Watched]:
    """A browser set up in French, as the centres' staff's are."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="fr-FR")
    yield Watched(context.new_page())
    context.close()


@pytest.fixture
def phone(browser: Browser) -> Iterator[Watched]:
    """A phone-sized browser in French."""
    context = browser.new_context(viewport=PHONE, locale="fr-FR", is_mobile=True, has_touch=True)
    yield Watched(context.new_page())
    context.close()


def scrolls_sideways(page: Watched) -> bool:
    width: bool = page.page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )
    return width


def test_query_page_runs_a_named_query_and_shows_rows(
    french_page: Watched, served: ServedEndpoint
) -> None:
    page = french_page
    page.page.goto(served.base + "/")
    page.page.wait_for_function("document.querySelectorAll('#example option').length > 20")
    page.page.select_option("#example", "network-animator")
    page.page.wait_for_function(
        "document.getElementById('editor').value.includes('animatesNetwork')"
    )
    assert page.page.inner_text("#example-description").startswith(
        "Les organismes dont une source dit qu'ils animent le réseau national"
    )
    page.page.click("#run")
    page.page.wait_for_selector("table.results tbody tr")
    cells = page.page.locator("table.results tbody td").all_inner_texts()
    # No source names the animator for 2021 (the default year): the answer says so, then gives
    # the CGET statement of 2019 (issue 14).
    assert "Commissariat général à l'égalité des territoires" in cells  # the CGET
    assert page.page.inner_text("#status").startswith("2 lignes en ")
    ARTIFACTS.mkdir(exist_ok=True)
    page.page.screenshot(path=str(ARTIFACTS / "query-page.png"), full_page=True)
    assert page.errors == []
    assert all(url.startswith(served.base) for url in page.requests), page.requests


def test_query_page_is_french_by_default_with_its_script_messages(
    french_page: Watched, served: ServedEndpoint
) -> None:
    page = french_page.page
    page.goto(served.base + "/")
    assert page.get_attribute("html", "lang") == "fr"
    assert page.inner_text("h1") == "Interroger le graphe de connaissances des CRPV"
    assert page.inner_text("#run") == "Exécuter"
    assert page.inner_text("header nav").split()[:2] == ["Le", "site"]
    page.fill("#editor", "SELECT ?s WHERE { ?s ?p }")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#status.error")
    assert page.inner_text("#status").startswith("Erreur 400 : syntax error")


def test_query_page_speaks_english_when_asked(page: Watched, served: ServedEndpoint) -> None:
    page.page.goto(served.base + "/?lang=en")
    assert page.page.get_attribute("html", "lang") == "en"
    assert page.page.inner_text("h1") == "Query the CRPV knowledge graph"
    page.page.click("#run")
    page.page.wait_for_selector("table.results tbody tr")
    assert page.page.inner_text("#status").startswith("21 rows in ")
    # The chosen language is kept from page to page.
    page.page.click("header nav >> text=Named queries")
    assert page.page.url.endswith("/queries?lang=en")
    assert page.page.get_attribute("html", "lang") == "en"


def test_a_browser_preferring_english_gets_english_and_can_switch_to_french(
    page: Watched, served: ServedEndpoint
) -> None:
    page.page.set_extra_http_headers({"Accept-Language": "en-GB,en;q=0.9"})
    page.page.goto(served.base + "/queries")
    assert page.page.inner_text("h1") == "Named queries"
    page.page.click("header .languages >> text=français")
    assert page.page.inner_text("h1") == "Requêtes prêtes à l'emploi"
    assert page.page.get_attribute("html", "lang") == "fr"


def test_query_page_fits_a_phone(phone: Watched, served: ServedEndpoint) -> None:
    phone.page.goto(served.base + "/")
    phone.page.wait_for_function("document.querySelectorAll('#example option').length > 20")
    assert not scrolls_sideways(phone)
    phone.page.select_option("#example", "centres")
    phone.page.wait_for_function("document.getElementById('editor').value.includes('seat')")
    phone.page.click("#run")
    phone.page.wait_for_selector("table.results tbody tr")
    assert not scrolls_sideways(phone), "the result table widens the page"
    ARTIFACTS.mkdir(exist_ok=True)
    phone.page.screenshot(path=str(ARTIFACTS / "query-page-phone.png"))
    phone.page.goto(served.base + "/queries/centres-by-territory?region=reg%3A44")
    assert not scrolls_sideways(phone)
    assert phone.errors == []


def test_results_holding_markup_are_shown_as_text(page: Watched, served: ServedEndpoint) -> None:
    page.page.goto(served.base + "/")
    page.page.fill(
        "#editor",
        "SELECT ?x WHERE { BIND ('<img src=x onerror=\"document.title=1\">' AS ?x) }",
    )
    page.page.click("#run")
    page.page.wait_for_selector("table.results tbody tr")
    assert page.page.locator("table.results img").count() == 0
    assert "<img" in page.page.inner_text("table.results tbody td")
    assert page.page.title() != "1"


def test_named_query_page_renders_its_table(page: Watched, served: ServedEndpoint) -> None:
    page.page.goto(served.base + "/queries/centres-by-territory?region=reg%3A44")
    rows = page.page.locator("table.results tbody tr")
    assert rows.count() >= 1
    assert "Observatoire régional de l'intégration et de la ville" in page.page.inner_text(
        "table.results"
    )
    ARTIFACTS.mkdir(exist_ok=True)
    page.page.screenshot(path=str(ARTIFACTS / "named-query-page.png"), full_page=True)
    assert page.errors == []


def test_an_iri_in_the_results_opens_its_page_on_this_server(
    french_page: Watched, served: ServedEndpoint
) -> None:
    page = french_page.page
    page.goto(served.base + "/")
    page.click("#run")
    link = page.locator("table.results a[href='/id/organization/irev']")
    assert link.inner_text() == "https://w3id.org/crpv/id/organization/irev"
    link.click()
    page.wait_for_url("**/site/id/organization/irev/")
    assert "Institut régional" in page.inner_text("body")
    page.goto(served.base + "/queries/centres-by-territory?region=reg%3A44")
    assert page.locator("table.results a[href='/id/organization/oriv']").count() >= 1
