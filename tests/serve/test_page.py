"""The query page in real headless Chromium: pick a named query, run it, read the rows.

Screenshots go to ``tests/artifacts/`` (ignored by git) for a person to look at.
"""

from __future__ import annotations

from tests.helpers import ARTIFACTS, ServedEndpoint, Watched


def test_query_page_runs_a_named_query_and_shows_rows(
    page: Watched, served: ServedEndpoint
) -> None:
    page.page.goto(served.base + "/")
    page.page.wait_for_function("document.querySelectorAll('#example option').length > 20")
    page.page.select_option("#example", "network-animator")
    page.page.wait_for_function(
        "document.getElementById('editor').value.includes('animatesNetwork')"
    )
    page.page.click("#run")
    page.page.wait_for_selector("table.results tbody tr")
    cells = page.page.locator("table.results tbody td").all_inner_texts()
    # No source names the animator for 2021 (the default year): the answer says so, then gives
    # the CGET statement of 2019 (issue 14).
    assert "Commissariat général à l'égalité des territoires" in cells  # the CGET
    assert page.page.inner_text("#status").startswith("2 rows")
    ARTIFACTS.mkdir(exist_ok=True)
    page.page.screenshot(path=str(ARTIFACTS / "query-page.png"), full_page=True)
    assert page.errors == []
    assert all(url.startswith(served.base) for url in page.requests), page.requests


def test_query_page_shows_the_parser_message_for_a_bad_query(
    page: Watched, served: ServedEndpoint
) -> None:
    page.page.goto(served.base + "/")
    page.page.fill("#editor", "SELECT ?s WHERE { ?s ?p }")
    page.page.keyboard.press("Control+Enter")
    page.page.wait_for_selector("#status.error")
    assert page.page.inner_text("#status").startswith("400: syntax error")


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
