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

import hashlib
from importlib import resources
from pathlib import Path

from crpv_graph.i18n import check_language, gettext
from crpv_graph.i18n.shared import N_, NO_RESULTS
from crpv_graph.network import KINDS, project
from crpv_graph.network.render import render_html
from crpv_graph.query import load_queries, text_rows
from crpv_graph.site import search
from crpv_graph.site.facts import read_facts
from crpv_graph.site.pages import Site
from crpv_graph.site.sections import read_sections
from crpv_graph.store.compiled import CompiledDataset
from crpv_graph.store.directory import MANIFEST, replacing
from crpv_graph.store.outputs import as_json

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
)
#: The network pages, by projection: file name and title (a message of the catalog).
NETWORK_PAGES = {
    "partnership": ("partenariats.html", N_("Stated partnerships")),
    "co-participation": ("co-participation.html", N_("Taking part in the same events")),
    "people": ("personnes.html", N_("People and the bodies they work for")),
    "event": ("evenements.html", N_("Bodies and the events they took part in")),
}
#: The compiled dataset's files offered for download, in the site's download page.
DATA_FILES = ("crpv.trig", "crpv.nq", "crpv.jsonld")


def build_site(dataset: CompiledDataset, out: Path, lang: str = "fr") -> Path:
    """Write the site of ``dataset`` in ``lang`` to ``out`` (replaced whole, atomically) and
    return the path of its home page."""
    files = render_site(dataset, check_language(lang))
    write_site(files, out)
    return out / "index.html"


def render_site(dataset: CompiledDataset, lang: str) -> dict[str, bytes]:
    """Every file of the site, by path relative to its root."""
    store = dataset.store
    _ = gettext(lang)
    slugs = {graph: paths[0].stem for graph, paths in dataset.graph_files.items() if paths}
    facts = read_facts(store, slugs, lang)
    sections = read_sections(store)
    by_region = list(text_rows(store, load_queries()["centres-by-territory"]))
    site = Site(facts, sections, lang, by_region)
    pages = dict(site.entity(iri) for iri in facts.entities)
    pages.update(site.source(source) for source in facts.sources.values() if source.slug)
    networks = []
    for kind in KINDS:
        name, title = NETWORK_PAGES[kind]
        pages[f"reseaux/{name}"] = render_html(project(store, kind), _(title))
        networks.append({"href": name, "title": _(title)})
    pages.update(
        [
            site.home(slots={}),
            site.centres_page(),
            site.everything(),
            site.simple("networks.html", "reseaux/index.html", _("Networks"), networks=networks),
            site.gaps_page(),
            site.simple(
                "downloads.html",
                "telecharger/index.html",
                _("Download the data"),
                files=[(name, (dataset.directory / name).stat().st_size) for name in DATA_FILES],
            ),
        ]
    )
    files = {path: html.encode() for path, html in pages.items()}
    for name in DATA_FILES:
        files[f"telecharger/{name}"] = (dataset.directory / name).read_bytes()
    files.update(assets(search.documents(facts, _("source document")), lang))
    return files


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


def write_site(files: dict[str, bytes], out: Path) -> None:
    """Write the files into a staging directory beside ``out`` with a manifest listing them,
    and swap it in for ``out``."""
    with replacing(out, TOP_LEVEL) as staging:
        listing = {}
        for name, content in sorted(files.items()):
            path = staging / name
            for parent in reversed(path.relative_to(staging).parents[:-1]):
                (staging / parent).mkdir(exist_ok=True)
                (staging / parent).chmod(0o755)
            path.write_bytes(content)
            path.chmod(0o644)
            listing[name] = {"bytes": len(content), "sha256": hashlib.sha256(content).hexdigest()}
        manifest = staging / MANIFEST
        manifest.write_bytes(as_json({"format": FORMAT, "files": listing}))
        manifest.chmod(0o644)
