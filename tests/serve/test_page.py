"""The server's pages other than the query page in real headless Chromium: the named queries'
list and pages, in the reader's language, and on a phone (the query page itself is in
``test_query_page.py``).

Screenshots go to ``tests/artifacts/`` (ignored by git) for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, ViewportSize

from tests.helpers import ARTIFACTS, ServedEndpoint, Watched

PHONE: ViewportSize = {"width": 390, "height": 844}


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


def test_a_browser_preferring_english_gets_english_and_can_switch_to_french(
    page: Watched, served: ServedEndpoint
) -> None:
    page.page.set_extra_http_headers({"Accept-Language": "en-GB,en;q=0.9"})
    page.page.goto(served.base + "/queries")
    assert page.page.inner_text("h1") == "Named queries"
    page.page.click("header .languages >> text=français")
    assert page.page.inner_text("h1") == "Requêtes prêtes à l'emploi"
    assert page.page.get_attribute("html", "lang") == "fr"


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


def test_an_iri_in_a_named_query_page_opens_its_page_on_this_server(
    page: Watched, served: ServedEndpoint
) -> None:
    page.page.goto(served.base + "/queries/centres-by-territory?region=reg%3A44")
    assert page.page.locator("table.results a[href='/id/organization/oriv']").count() >= 1


def test_a_named_query_page_fits_a_phone(phone: Watched, served: ServedEndpoint) -> None:
    phone.page.goto(served.base + "/queries/centres-by-territory?region=reg%3A44")
    assert not scrolls_sideways(phone)
    assert phone.errors == []
