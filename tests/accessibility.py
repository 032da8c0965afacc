"""axe-core in the real browser: the accessibility rules a page breaks, as axe reports them.

axe-core is vendored for the tests (``tests/vendor/axe-core``, see
``crpv_graph/vendor/VENDORED.md``); it is injected into the page after it loads. Pages forbid
scripts that are not their own (Content Security Policy), so the browser context that runs axe
must be opened with ``bypass_csp=True`` (see :func:`axe_context`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page

AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
#: What a person with a disability cannot get past: these fail a test.
BLOCKING = frozenset({"serious", "critical"})


@contextmanager
def axe_context(browser: Browser, width: int = 1280, height: int = 720) -> Iterator[Page]:
    """A page, offline (only file:// and loopback answer), that axe-core can be injected into."""
    context = browser.new_context(
        viewport={"width": width, "height": height}, bypass_csp=True, locale="fr-FR"
    )
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith(("file:", "http://127.0.0.1"))
            else route.abort()
        ),
    )
    try:
        yield context.new_page()
    finally:
        context.close()


def violations(page: Page) -> list[dict[str, Any]]:
    """The serious and critical violations axe-core finds in the page as it is now: each with
    its rule, impact, help text and the first few elements it names (for a readable failure)."""
    page.add_script_tag(path=str(AXE))
    found: list[dict[str, Any]] = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [
        {
            "rule": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"][:3]],
        }
        for v in found
        if v["impact"] in BLOCKING
    ]
