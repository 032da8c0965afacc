"""``crpv-graph site``: the whole graph as a static website, French first.

The site opens from disk (``file://``) as from any static host: every link is relative, every
script and style is a file of the site (a Content-Security-Policy forbids anything else), and
search runs in the browser from an index written as a script. The same dataset gives the same
bytes (no time is written but the dataset's own), and the site is written as one directory
swapped in whole (:func:`crpv_graph.store.directory.replacing`, as ``build --out`` does): a
build that fails leaves the previous site as it was, and a directory that is not a site is
refused. Files are world-readable (0644, directories 0755), to be published as they are.

>>> import tempfile
>>> from crpv_graph.store.compiled import open_dataset
>>> from crpv_graph.paths import default_data_dir
>>> fixture = default_data_dir().parent / "tests" / "fixtures" / "data"
>>> home = build_site(open_dataset(fixture), Path(tempfile.mkdtemp()) / "site")
>>> home.name, (home.parent / "assets" / "search-index.js").exists()
('index.html', True)
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from crpv_graph.i18n import check_language, gettext
from crpv_graph.i18n.shared import N_, NO_RESULTS
from crpv_graph.network import KINDS, project
from crpv_graph.network.render import ASSETS as NETWORK_ASSETS
from crpv_graph.network.render import render_html
from crpv_graph.query import load_queries, text_rows
from crpv_graph.site import search
from crpv_graph.site.addresses import page_path
from crpv_graph.site.downloads import Reuse
from crpv_graph.site.facts import read_facts
from crpv_graph.site.incremental import (
    DOWNLOADS,
    Entry,
    Key,
    Pending,
    Rebuild,
    manifest_digest,
)
from crpv_graph.site.networkpages import strongest
from crpv_graph.site.pages import Site
from crpv_graph.site.sections import read_sections
from crpv_graph.site.widgets import href_from
from crpv_graph.store.compiled import CompiledDataset
from crpv_graph.store.directory import MANIFEST, replacing
from crpv_graph.store.outputs import as_json

# networkx only names the projections' type here.
if TYPE_CHECKING:
    import networkx as nx

log = logging.getLogger("crpv_graph.site")

FORMAT = "crpv-graph site 1"
#: What the root of a site holds (the manifest aside): a build replaces only these.
TOP_LEVEL = (
    "index.html",
    "assets",
    "id",
    "source",
    "centres",
    "index",
    "reseaux",
    "donnees-manquantes",
    "telecharger",
    "dictionnaire",
)
#: The network pages, by projection: file name and title (a message of the catalog).
NETWORK_PAGES = {
    "partnership": ("partenariats.html", N_("Stated partnerships")),
    "co-participation": ("co-participation.html", N_("Taking part in the same events")),
    "people": ("personnes.html", N_("People and the bodies they work for")),
    "event": ("evenements.html", N_("Bodies and the events they took part in")),
}


def build_site(dataset: CompiledDataset, out: Path, lang: str = "fr") -> Path:
    """Write the site of ``dataset`` in ``lang`` to ``out`` (replaced whole, atomically) and
    return the path of its home page.

    When ``out`` holds an earlier build, a page of a resource or source whose inputs are
    unchanged (:mod:`crpv_graph.site.incremental`) is not rendered again but linked from it, as
    is any other file whose bytes are unchanged (its digest in the earlier manifest): the new
    site is the same bytes as one built from scratch, and a rebuild after a small change
    renders and writes little more than what changed (:func:`write_files`)."""
    # Each projection once: the network pages, the partners of each page and the downloads.
    graphs = {kind: project(dataset.store, kind) for kind in KINDS}
    site = open_site(dataset, check_language(lang), graphs["partnership"])
    rebuild = Rebuild(site, out)
    files = render_site(site, graphs)
    earlier = Earlier.of(out)
    with replacing(out, TOP_LEVEL) as staging:
        listing = write_pages(staging, site, rebuild, earlier)
        listing.update(write_files(staging, files, earlier))
        path, html = downloads_page(site, dataset, staging, graphs, rebuild.reuse(earlier, staging))
        listing.update(write_files(staging, {path: html.encode()}, earlier))
        listing.update(rebuild.linked)
        listing.update(digest_tree(staging / DOWNLOADS, listing))
        write_manifest(staging, listing)
        made = manifest_digest(staging)
    rebuild.save(out, made)
    log.info("%s pages of resources and sources rendered, %s kept", rebuild.rendered, rebuild.kept)
    return out / "index.html"


def open_site(dataset: CompiledDataset, lang: str, partnership: nx.Graph[str]) -> Site:
    """The pages of ``dataset`` in ``lang``: the whole graph read once, grouped for them."""
    store = dataset.store
    slugs = {graph: paths[0].stem for graph, paths in dataset.graph_files.items() if paths}
    facts = read_facts(store, slugs, lang)
    by_region = list(text_rows(store, load_queries()["centres-by-territory"]))
    return Site(facts, read_sections(store, partnership), lang, by_region, store)


def render_site(site: Site, graphs: Mapping[str, nx.Graph[str]]) -> dict[str, bytes]:
    """Every file of the site but the downloads and the pages of resources and sources
    (:func:`write_pages`), by path relative to its root."""
    _ = site._
    pages: dict[str, str] = {}
    networks = []
    for kind in KINDS:
        name, title = NETWORK_PAGES[kind]
        path = f"reseaux/{name}"
        drawn = strongest(graphs[kind])
        counts = drawn.counts(site.lang)
        heading = _(title)
        if drawn.capped:
            heading = _("%(title)s: the %(shown)s strongest links of %(total)s") % {
                "title": heading,
                **counts,
            }
        pages[path] = render_html(
            drawn.graph,
            heading,
            site.lang,
            entity_href=href_from(path),
            assets_href="../assets",
            home_href="../index.html",
        )
        networks.append({"href": name, "title": _(title), "capped": drawn.capped, **counts})
    pages.update(
        [
            site.home(),
            site.centres_page(),
            site.everything(),
            site.simple("networks.html", "reseaux/index.html", _("Networks"), networks=networks),
            site.gaps_page(),
            site.dictionary_page(),
        ]
    )
    files = {path: html.encode() for path, html in pages.items()}
    files.update(assets(search.documents(site.facts, _("source document")), site.lang))
    files.update({f"assets/{name}": path.read_bytes() for name, path in NETWORK_ASSETS.items()})
    files.update(site.widgets.assets())
    return files


def write_pages(staging: Path, site: Site, rebuild: Rebuild, earlier: Earlier) -> dict[str, Entry]:
    """Write the page of each resource and source document into the staging site: linked from
    the earlier build when what it reads is unchanged, else rendered; return their entries."""
    listing: dict[str, Entry] = {}
    todo: list[Pending] = []
    for iri in site.facts.entities:
        directory = page_path(iri)
        assert directory is not None
        todo.append((directory + "index.html", functools.partial(site.entity, iri), ()))
    for source in site.facts.sources.values():
        if source.slug:
            # The page is given its source document rather than looking it up: a key of its own.
            also: tuple[Key, ...] = (("sources", source.url),)
            todo.append((source_page(source.slug), functools.partial(site.source, source), also))
    fresh: list[Pending] = []
    for path, render, also in todo:
        if rebuild.unchanged(path) and (entry := earlier.keep(path, staging / path)):
            rebuild.keep(path)
            listing[path] = entry
        else:
            fresh.append((path, render, also))
    if fresh:
        site.prepare()
    for path, html in rebuild.render_all(fresh):
        listing.update(write_files(staging, {path: html.encode()}, earlier))
    return listing


def source_page(slug: str) -> str:
    """The path of a source document's page (``Site.source`` writes it there)."""
    return f"source/{slug}/index.html"


def downloads_page(
    site: Site,
    dataset: CompiledDataset,
    staging: Path,
    graphs: Mapping[str, nx.Graph[str]],
    reuse: Reuse | None = None,
) -> tuple[str, str]:
    """Write the downloads into the staging site (``reuse``: earlier exports of unchanged
    projections) and return their page."""
    path, directory = "telecharger/index.html", staging / DOWNLOADS
    directory.mkdir(exist_ok=True)
    title = site._("Download the data")
    listing = site.widgets.downloads(dataset, directory, path, graphs, reuse)
    return site.simple("downloads.html", path, title, listing=listing)


def assets(documents: list[dict[str, str | float]], lang: str) -> dict[str, bytes]:
    """The site's scripts and styles, MiniSearch and the search index."""
    _ = gettext(lang)
    static = resources.files("crpv_graph.site") / "static"
    files = {
        f"assets/{item.name}": item.read_bytes() for item in static.iterdir() if item.is_file()
    }
    vendor = resources.files("crpv_graph") / "vendor" / "minisearch" / "minisearch.js"
    files["assets/minisearch.js"] = vendor.read_bytes()
    messages = {"none": _(NO_RESULTS), "more": _("Showing the first %(count)s results")}
    files["assets/search-index.js"] = search.index_script(documents, messages)
    return files


@dataclass(frozen=True)
class Earlier:
    """The build already at the site's place, if any: its root and each file's entry."""

    root: Path
    entries: dict[str, Entry]

    @classmethod
    def of(cls, out: Path) -> Earlier:
        """The site at ``out`` as its manifest lists it (no file when there is no site)."""
        try:
            manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(out, {})
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            return cls(out, {})
        files = manifest.get("files", {})
        return cls(out, {name: entry for name, entry in files.items() if isinstance(entry, dict)})

    def reuse(self, name: str, digest: str, path: Path) -> bool:
        """Link the earlier file ``name`` at ``path`` if it has ``digest``: whether it did."""
        return self.entries.get(name, {}).get("sha256") == digest and self._link(name, path)

    def keep(self, name: str, path: Path) -> Entry | None:
        """Link the earlier file ``name`` at ``path`` whatever its bytes (the caller knows they
        are the ones it would write): its entry, or None when it cannot be linked."""
        entry = self.entries.get(name)
        if entry is None:
            return None
        path.parent.mkdir(parents=True, exist_ok=True)
        return entry if self._link(name, path) else None

    def _link(self, name: str, path: Path) -> bool:
        try:
            os.link(self.root / name, path)
        except OSError:  # gone, changed by hand, or a file system without links: write it
            return False
        return True


def write_files(staging: Path, files: dict[str, bytes], earlier: Earlier) -> dict[str, Entry]:
    """Write files (by path relative to the site's root) into the staging site, linking those
    the earlier build has with the same bytes, and return their manifest entries."""
    listing: dict[str, Entry] = {}
    made: set[Path] = set()
    for name, content in sorted(files.items()):
        path = staging / name
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        digest = hashlib.sha256(content).hexdigest()
        if not earlier.reuse(name, digest, path):
            path.write_bytes(content)
        listing[name] = {"bytes": len(content), "sha256": digest}
    return listing


def digest_tree(directory: Path, listed: Mapping[str, Entry]) -> dict[str, Entry]:
    """The manifest entries of the files under ``directory`` not listed yet (the downloads,
    written straight into the staging site)."""
    root = directory.parent
    listing: dict[str, Entry] = {}
    for path in sorted(directory.rglob("*")):
        name = path.relative_to(root).as_posix()
        if path.is_file() and name not in listed:
            content = path.read_bytes()
            listing[name] = {"bytes": len(content), "sha256": hashlib.sha256(content).hexdigest()}
    return listing


def write_manifest(staging: Path, listing: Mapping[str, Entry]) -> None:
    """List every file of the staging site in its manifest, and make all world-readable
    (0644, directories 0755) whatever the umask: a site is there to be published."""
    for path in staging.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    manifest = staging / MANIFEST
    manifest.write_bytes(as_json({"format": FORMAT, "files": dict(sorted(listing.items()))}))
    manifest.chmod(0o644)
