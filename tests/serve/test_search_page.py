"""The served ``/search`` page in real headless Chromium: French first, used with the keyboard,
on a phone, passing axe-core, requesting nothing outside the server.

Screenshots go to ``tests/artifacts/`` (ignored by git) for a person to look at.
"""

from __future__ import annotations

from playwright.sync_api import Browser

from tests.accessibility import axe_context, violations
from tests.helpers import ARTIFACTS, ServedEndpoint, Watched
from tests.serve.test_page import PHONE, scrolls_sideways


def test_a_name_typed_and_entered_lists_the_entity_linked_to_its_page(
    browser: Browser, served: ServedEndpoint
) -> None:
    # A French browser (the server answers a browser in its language; Chromium's own default
    # follows the machine's locale, so the test says which it is).
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="fr-FR")
    page = Watched(context.new_page())
    page.page.goto(served.base + "/")
    page.page.click("header nav >> text=Trouver une entité")
    assert page.page.inner_text("h1") == "Trouver une entité"
    page.page.fill("input[name=q]", "reso villes")
    page.page.keyboard.press("Enter")
    page.page.wait_for_selector("ol.found li")
    first = page.page.locator("ol.found li a").first
    assert first.inner_text() == "RésO Villes"
    assert page.page.inner_text("p.status").startswith("20 entités trouvées")
    ARTIFACTS.mkdir(exist_ok=True)
    page.page.screenshot(path=str(ARTIFACTS / "search-page.png"), full_page=True)
    assert page.errors == []
    assert all(url.startswith(served.base) for url in page.requests), page.requests
    first.focus()
    page.page.keyboard.press("Enter")
    # The entity's IRI on the server redirects a browser to its page of the site (this
    # fixture serves a small site without entity pages, so the page itself is not checked).
    page.page.wait_for_url("**/site/id/organization/reso-villes/")
    context.close()


def test_the_search_page_fits_a_phone_and_passes_axe(
    browser: Browser, served: ServedEndpoint
) -> None:
    for width, height in ((PHONE["width"], PHONE["height"]), (1280, 720)):
        with axe_context(browser, width, height) as page:
            page.goto(served.base + "/search?q=CR-DSU")
            page.wait_for_selector("ol.found li")
            assert not page.evaluate(
                "document.documentElement.scrollWidth > document.documentElement.clientWidth"
            ), f"the page scrolls sideways at {width} px"
            if width == PHONE["width"]:
                page.screenshot(path=str(ARTIFACTS / "search-page-phone.png"), full_page=True)
            assert violations(page) == [], width


def test_an_empty_search_page_is_a_form_in_english_when_asked(
    page: Watched, served: ServedEndpoint
) -> None:
    page.page.goto(served.base + "/search?lang=en")
    assert page.page.inner_text("h1") == "Find an entity"
    assert not scrolls_sideways(page)
    page.page.fill("input[name=q]", "Assemblée des districts de France")
    page.page.click("button[type=submit]")
    page.page.wait_for_selector("ol.found li")
    assert "Intercommunalités de France" in page.page.inner_text("ol.found li")
    assert page.page.url.endswith("lang=en")
