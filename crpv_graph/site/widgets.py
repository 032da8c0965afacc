"""The widgets placed in the pages: the region map and the national meetings' timeline on the
home page, the timeline of each organisation, person and event, the completeness table of the
centres and the downloads.

They are written in modules of their own (``regionmap``, ``timeline``, ``gaps``, ``downloads``
and their macros); this class renders them into the pages that place them.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Mapping
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from markupsafe import Markup

from crpv_graph.query import Target
from crpv_graph.site import downloads, gaps, regionmap, timeline
from crpv_graph.site.addresses import page_path, relative_href
from crpv_graph.store.compiled import CompiledDataset

# networkx only names the projections' type here.
if TYPE_CHECKING:
    import networkx as nx

#: vis-timeline, vendored: what the timelines draw with, copied to ``assets/``.
TIMELINE_FILES = ("vis-timeline-graph2d.min.js", "vis-timeline-graph2d.min.css")


def href_from(path: str) -> Callable[[str], str | None]:
    """The link from the page at ``path`` to an IRI's page, if it has one (what widgets take)."""

    def href(iri: str) -> str | None:
        target = page_path(iri)
        return relative_href(path, target) if target else None

    return href


def relative_directory(path: str, directory: str) -> str:
    """The relative path from the page at ``path`` to a directory of the site (no slash after).

    >>> relative_directory("id/organization/irev/index.html", "assets")
    '../../../assets'
    >>> relative_directory("telecharger/index.html", "telecharger")
    '.'
    """
    return posixpath.relpath(directory, posixpath.dirname(path) or ".")


class Widgets:
    """The widgets of one build, rendered as markup for the pages that place them."""

    def __init__(self, target: Target, env: jinja2.Environment, lang: str) -> None:
        self.target = target
        self.env = env
        self.lang = lang

    @cached_property
    def _timeline_rows(self) -> dict[str, list[dict[str, str]]]:
        return timeline.timeline_rows(self.target)

    def read(self) -> None:
        """Read from the graph now what the entity pages' widgets need (their timelines' rows):
        before rendering workers are forked, which then share it rather than each query it."""
        self._timeline_rows  # noqa: B018

    def _macro(self, template: str, name: str, *args: Any) -> Markup:
        macro = getattr(self.env.get_template(f"macros/{template}.html").module, name)
        return Markup(macro(*args))

    def _assets(self, path: str) -> Markup:
        return self._macro("timeline", "timeline_assets", relative_directory(path, "assets"))

    def home(self, path: str) -> dict[str, Markup]:
        """The home page's map of the centres and timeline of the national meetings."""
        href = href_from(path)
        meetings = timeline.national_meetings(self.target, self.lang, href)
        return {
            "map": Markup(regionmap.region_map(self.target, self.lang, href)),
            "timeline": self._assets(path)
            + self._macro("timeline", "timeline", "meetings-timeline", meetings, self.lang),
        }

    def timeline(self, iri: str, path: str) -> Markup:
        """An entity's roles, memberships and events over time ("" when it has none)."""
        rows = self._timeline_rows.get(iri, [])
        items = timeline.entity_timeline(self.target, iri, self.lang, href_from(path), rows)
        if not items:
            return Markup("")
        return self._assets(path) + self._macro(
            "timeline", "timeline", "timeline", items, self.lang
        )

    def gaps(self, path: str) -> Markup:
        """The completeness table of the centres."""
        rows = gaps.completeness(self.target)
        return self._macro("gaps", "gaps", rows, href_from(path))

    def downloads(
        self,
        dataset: CompiledDataset,
        directory: Path,
        path: str,
        graphs: Mapping[str, nx.Graph[str]],
        reuse: downloads.Reuse | None = None,
    ) -> Markup:
        """Write the downloads into ``directory`` and list them for the page at ``path``
        (``reuse``: see :func:`downloads.write_downloads`)."""
        files = downloads.write_downloads(dataset, directory, graphs, reuse)
        listing = relative_directory(path, directory.name)
        return self._macro("downloads", "downloads", files, listing)

    @staticmethod
    def assets() -> dict[str, bytes]:
        """vis-timeline's files, for ``assets/``."""
        vendor = resources.files("crpv_graph") / "vendor" / "vis-timeline"
        return {f"assets/{name}": (vendor / name).read_bytes() for name in TIMELINE_FILES}
