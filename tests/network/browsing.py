"""What the network pages' browser tests share: waiting for a page to settle, counting what it
drew."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import Watched

# A function, not an expression: Playwright evaluates an expression with eval, which the
# pages' Content Security Policy forbids.
SETTLED = "() => document.body.dataset.settled === 'true'"
COUNT_DRAWN_PIXELS = """() => {
  const canvas = document.querySelector('#network canvas');
  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let drawn = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) drawn++;
  return drawn;
}"""
O = "https://w3id.org/crpv/id/organization/"


def open_settled(watched: Watched, path: Path) -> None:
    """Open a page and wait until its layout has settled."""
    watched.page.goto(path.as_uri())
    watched.page.wait_for_function(SETTLED, timeout=30_000)
