"""`make screenshots`: the pictures of the website in the README and docs/img/, taken for real.

Builds nothing: it opens a built site (``make demo`` writes ``site/``) in Debian's Chromium,
offline, at the three sizes people use (a desktop, a laptop, a phone), and saves what the
browser draws of the home page, a centre, a person and a network page. It refuses to save a
picture of a page that scrolls sideways or whose network is empty, so that the README never
shows a broken page.

    python docs/screenshots.py [--site site] [--out docs/img]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.helpers import CHROMIUM, CHROMIUM_FLAGS  # noqa: E402

SIZES = {"desktop": (1400, 900), "laptop": (1280, 720), "phone": (390, 844)}
PAGES = {
    "home": "index.html",
    "centre": "id/organization/irev/index.html",
    "person": "id/person/sebastien-jallet/index.html",
    "network": "reseaux/partenariats.html",
}


def check(page: Page, name: str, width: int) -> None:
    """Refuse a page that scrolls sideways, or a network page with an empty drawing."""
    scroll = page.evaluate("document.documentElement.scrollWidth")
    if scroll > width:
        raise SystemExit(f"{name}: {scroll} px wide in a {width} px window (sideways scroll)")
    canvas = page.query_selector("canvas")
    box = canvas.bounding_box() if canvas else None
    if name == "network" and (box is None or box["height"] < 200):
        raise SystemExit(f"{name}: the network is not drawn")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    arguments = parser.parse_args()
    arguments.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for size, (width, height) in SIZES.items():
            context = browser.new_context(viewport={"width": width, "height": height},
                                          locale="fr-FR", offline=True)  # fmt: skip
            page = context.new_page()
            for name, path in PAGES.items():
                target = arguments.site / path
                if not target.exists():
                    raise SystemExit(f"{target} is missing: build the site first (make demo)")
                page.goto(target.resolve().as_uri())
                page.wait_for_load_state("load")
                page.wait_for_timeout(3000)  # vis-network settles, vis-timeline draws
                check(page, name, width)
                shot = arguments.out / f"site-{name}-{size}.png"
                page.screenshot(path=str(shot))
                print(shot.relative_to(ROOT) if shot.is_relative_to(ROOT) else shot)
            context.close()
        browser.close()


if __name__ == "__main__":
    main()
