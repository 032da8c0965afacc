"""Fixtures of the site widgets' tests: the compiled real dataset, the site's templates, and a
small test page that shows a widget with the site's assets beside it (opened from file://)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from urllib.parse import urljoin

import jinja2
import pytest
from markupsafe import Markup
from playwright.sync_api import Page

from crpv_graph.i18n import environment
from crpv_graph.store import compiled

SITE = Path(str(resources.files("crpv_graph.site")))
VENDOR = Path(str(resources.files("crpv_graph") / "vendor"))
#: The files a widget page loads, copied into ``assets/`` beside it.
ASSETS = (
    VENDOR / "vis-timeline" / "vis-timeline-graph2d.min.js",
    VENDOR / "vis-timeline" / "vis-timeline-graph2d.min.css",
    SITE / "static" / "timeline.js",
    SITE / "static" / "widgets.css",
)
PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>widget</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:">
{head}</head><body><main>{body}</main></body></html>
"""

AXE = Path(__file__).resolve().parents[1] / "vendor" / "axe-core" / "axe.min.js"

WritePage = Callable[..., Path]


def serious_violations(page: Page) -> list[str]:
    """What axe-core (vendored, run in the page) finds serious or critical, by rule and node.

    axe is loaded from ``assets/`` beside the page (:func:`widget_page` copies it there): the
    page's Content-Security-Policy refuses inline scripts, as the site's pages do."""
    page.add_script_tag(url=urljoin(page.url, "assets/axe.min.js"))
    found = page.evaluate(
        """async () => (await axe.run(document, {preload: false})).violations
            .filter(v => v.impact === "serious" || v.impact === "critical")
            .flatMap(v => v.nodes.map(n => v.id + ": " + n.target.join(" ")))"""
    )
    return [str(item) for item in found]


@pytest.fixture(scope="session")
def real_compiled() -> compiled.CompiledDataset:
    """The real dataset, compiled (in the tests' own cache)."""
    return compiled.open_dataset()


def templates(lang: str = "fr") -> jinja2.Environment:
    """The site's templates in ``lang``, as the site's pages render them."""
    return environment(jinja2.PackageLoader("crpv_graph.site", "templates"), lang)


@pytest.fixture
def widget_page(tmp_path: Path) -> WritePage:
    """Write a page showing ``body`` (HTML), the site's widget assets in ``assets/``."""

    def write(body: str, head: str = "", lang: str = "fr", name: str = "index.html") -> Path:
        assets = tmp_path / "assets"
        assets.mkdir(exist_ok=True)
        for asset in (*ASSETS, AXE):
            shutil.copyfile(asset, assets / asset.name)
        path = tmp_path / name
        path.write_text(PAGE.format(lang=lang, head=Markup(head), body=body), encoding="utf-8")
        return path

    return write
