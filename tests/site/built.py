"""The site of the real data, built once for the session, and the statements a page shows.

A plugin of the tests' ``conftest.py`` (``pytest_plugins``): the widgets' tests have the
package's own ``conftest.py``."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from crpv_graph.site.build import build_site
from crpv_graph.store import compiled


@pytest.fixture(scope="session")
def site_dataset() -> compiled.CompiledDataset:
    """The real data's compiled dataset (compiled once into the tests' cache)."""
    return compiled.open_dataset()


@pytest.fixture(scope="session")
def real_site(
    site_dataset: compiled.CompiledDataset, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The French site of the real data; its root directory."""
    return build_site(site_dataset, tmp_path_factory.mktemp("site") / "site").parent


class Statements(HTMLParser):
    """The (predicate, object) pairs a page shows in its statements tables: each row's
    ``data-predicate`` with each of its values' ``data-object``, nested ones too."""

    def __init__(self) -> None:
        super().__init__()
        self.pairs: set[tuple[str, str]] = set()
        self.predicates: list[tuple[str, int]] = []
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag in ("tr", "div", "li", "dd", "dl", "ul", "td", "th", "table", "a", "span"):
            self.depth += tag not in ("a", "span")
        if attributes.get("data-predicate"):
            self.predicates.append((attributes["data-predicate"] or "", self.depth))
        if "data-object" in attributes and self.predicates:
            self.pairs.add((self.predicates[-1][0], attributes["data-object"] or ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("tr", "div", "li", "dd", "dl", "ul", "td", "th", "table"):
            while self.predicates and self.predicates[-1][1] >= self.depth:
                self.predicates.pop()
            self.depth -= 1


def shown_statements(page: Path) -> set[tuple[str, str]]:
    """The statements a page shows, as (predicate, object) pairs (``_:`` for a blank node)."""
    parser = Statements()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.pairs
