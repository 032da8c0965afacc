"""``/dictionary`` in Chromium, served by ``crpv-graph serve``: a phone reads it without
scrolling sideways, axe-core finds nothing blocking, the examples open, nothing is fetched from
elsewhere."""

from __future__ import annotations

from playwright.sync_api import Browser

from tests.accessibility import axe_context, violations
from tests.helpers import ServedEndpoint, Watched


def test_a_phone_reads_the_dictionary_without_scrolling_sideways(
    browser: Browser, served: ServedEndpoint
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(served.base + "/dictionary")
    page.locator("#crpv-ResourceCentre details").last.locator("summary").click()
    assert page.locator("#crpv-ResourceCentre pre").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_axe_finds_nothing_blocking_on_the_dictionary(
    browser: Browser, served: ServedEndpoint
) -> None:
    with axe_context(browser) as page:
        page.goto(served.base + "/dictionary")
        for summary in page.locator("summary").all()[:12]:
            summary.click()
        assert violations(page) == []


def test_the_dictionary_page_asks_nothing_of_other_servers(
    page: Watched, served: ServedEndpoint
) -> None:
    page.page.goto(served.base + "/dictionary?lang=en")
    assert page.page.locator("h1").inner_text() == "Data dictionary"
    assert page.errors == [] and all(url.startswith(served.base) for url in page.requests)
