"""The "Télécharger les données" page's files: the whole graph, its main tables, its networks.

People who want the data rather than pages get it in the formats their tools read: the whole
graph (TriG, N-Quads, JSON-LD: the compiled dataset's own files, already canonical), the main
tables as CSV with IRIs and French labels side by side (centres, people and their roles, events,
participations, partnerships), and the four network projections as GraphML and GEXF for Gephi
(written by :mod:`crpv_graph.network.export`). The data licence goes with them
(``LICENCE-DONNEES.txt``). Every file is written atomically, the same bytes for the same data.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from babel.numbers import format_decimal

from crpv_graph.errors import CrpvError
from crpv_graph.i18n import gettext
from crpv_graph.i18n.shared import N_
from crpv_graph.network import export, project
from crpv_graph.paths import atomic_path
from crpv_graph.query import NamedQuery, load_queries, resolve_query, run
from crpv_graph.site.regionmap import queries_dir
from crpv_graph.store import outputs
from crpv_graph.store.compiled import CompiledDataset

# networkx only names the projections' type here.
if TYPE_CHECKING:
    import networkx as nx

LICENCE_FILE = "LICENCE-DONNEES.txt"
#: Put an earlier file (by name) in place if it was written from the same digest: whether it did.
Reuse = Callable[[str, str], bool]
CSV = "text/csv"


@dataclass(frozen=True)
class Download:
    """One file offered for download."""

    #: Its name in the downloads directory.
    file_name: str
    #: The format's name as people know it ("TriG", "CSV", "GraphML").
    format_name: str
    media_type: str
    byte_size: int
    #: What it holds: an English message the page translates (the ``site`` catalog).
    description: str

    def size(self, lang: str) -> str:
        """Its size as a reader reads it, in the units of their language.

        >>> big, small = Download("a", "CSV", CSV, 12345, ""), Download("b", "", "", 999, "")
        >>> big.size("fr"), small.size("en")
        ('12,3 ko', '999 B')
        """
        _ = gettext(lang)
        for unit, message in ((10**6, _("%(size)s MB")), (10**3, _("%(size)s kB"))):
            if self.byte_size >= unit:
                size = format_decimal(round(self.byte_size / unit, 1), locale=lang)
                return message % {"size": size}
        return _("%(size)s B") % {"size": self.byte_size}


#: The whole graph: the compiled dataset's files, by format.
GRAPH_FILES = (
    (outputs.TRIG, "TriG", N_("The whole graph, source by source: one named graph per document")),
    (outputs.NQUADS, "N-Quads", N_("The whole graph, one statement a line with its source")),
    (outputs.JSONLD, "JSON-LD", N_("The whole graph in JSON-LD, for web developers")),
)
#: The tables: file name, query (a named query, or one of ``site/queries``), description.
TABLES = (
    ("centres.csv", "centres", N_("Resource centres: each fact about them, with its source")),
    ("personnes-roles.csv", "downloads-people",
     N_("People and their roles in bodies, with dates and sources")),
    ("evenements.csv", "downloads-events",
     N_("Events: dates, places, and the event they are part of")),
)  # fmt: skip
#: The network projections: kind, file stem, description (CSV of links, GraphML, GEXF).
NETWORKS = (
    ("partnership", "partenariats", N_("Links between bodies: partnerships, hosting, labels...")),
    ("co-participation", "co-participation", N_("Bodies that took part in the same events")),
    ("people", "personnes", N_("People and the bodies they hold roles in")),
    ("event", "participations", N_("Who took part in which event")),
)
#: The network projections' CSV tables offered as tables (the others are GraphML/GEXF only).
NETWORK_TABLES = frozenset({"partnership", "event"})


def write_downloads(
    dataset: CompiledDataset,
    directory: Path,
    graphs: Mapping[str, nx.Graph[str]] | None = None,
    reuse: Reuse | None = None,
) -> list[Download]:
    """Write every download into ``directory`` and say what each is, in the page's order.
    ``graphs``: the projections by kind, when the caller has them already (the site does).
    ``reuse``: asked for each projection's file with the digest of the graph it is written
    from, puts an earlier build's file made from the same graph in place (the exports of a
    big projection are most of the downloads' time) and says whether it did."""
    store = dataset.store
    written: list[Download] = []

    def add(name: str, format_name: str, media_type: str, description: str) -> None:
        size = (directory / name).stat().st_size
        written.append(Download(name, format_name, media_type, size, description))

    for name, format_name, description in GRAPH_FILES:
        _copy(dataset.directory / name, directory / name)
        add(name, format_name, outputs.MEDIA_TYPES[name], description)
    for name, query, description in TABLES:
        _write_csv(store, _query(query), directory / name)
        add(name, "CSV", CSV, description)
    for kind, stem, description in NETWORKS:
        graph = graphs[kind] if graphs and kind in graphs else project(store, kind)
        digest = graph_digest(graph, stem) if reuse else ""
        formats = [(".graphml", "GraphML", "application/graphml+xml"),
                   (".gexf", "GEXF", "application/gexf+xml")]  # fmt: skip
        if kind in NETWORK_TABLES:
            formats.insert(0, (".edges.csv", "CSV", CSV))
        for suffix, format_name, media_type in formats:
            if not (reuse and reuse(f"{stem}{suffix}", digest)):
                export.write(graph, directory / f"{stem}{suffix}", stem)
            add(f"{stem}{suffix}", format_name, media_type, description)
    with atomic_path(directory / LICENCE_FILE) as scratch:
        scratch.write_bytes(data_licence())
    add(LICENCE_FILE, "Texte", "text/plain", N_("The data licence: Licence Ouverte / Etalab 2.0"))
    return written


def graph_digest(graph: nx.Graph[str], title: str) -> str:
    """A digest of what a projection's exports are written from: its nodes and links with
    their attributes, in the graph's order (the order the files list them in).

    >>> import networkx as nx
    >>> a, b = nx.Graph([("x", "y")]), nx.Graph([("x", "y")])
    >>> b.nodes["x"]["label"] = "X"
    >>> graph_digest(a, "t") == graph_digest(nx.Graph([("x", "y")]), "t") != graph_digest(b, "t")
    True
    """
    import networkx as nx

    digest = hashlib.sha256(f"{nx.__version__}\0{title}\0".encode())
    for node, data in graph.nodes(data=True):
        digest.update(repr((node, data)).encode())
    digest.update(b"\0")
    for a, b, data in graph.edges(data=True):
        digest.update(repr((a, b, data)).encode())
    return digest.hexdigest()


def data_licence() -> bytes:
    """The text of the data's licence (``LICENSE-DATA``): the checkout's, else the installed
    distribution's copy."""
    checkout = Path(__file__).resolve().parents[2] / "LICENSE-DATA"
    candidates = [checkout]
    try:
        files = metadata.distribution("crpv-graph").files or []
        candidates += [Path(str(f.locate())) for f in files if f.name == "LICENSE-DATA"]
    except metadata.PackageNotFoundError:
        pass
    for candidate in candidates:
        if candidate.is_file():
            return candidate.read_bytes()
    raise CrpvError("the data licence (LICENSE-DATA) is missing from this installation")


def _query(name: str) -> NamedQuery:
    site = load_queries(queries_dir())
    return site[name] if name in site else resolve_query(name)


def _write_csv(store: ox.Store, query: NamedQuery, path: Path) -> None:
    """A SELECT's solutions as CSV (SPARQL 1.1 CSV results: IRIs and values as text)."""
    result = run(store, query)
    if not isinstance(result, ox.QuerySolutions):
        raise CrpvError(f"{query.name}: a download table needs a SELECT query")
    with atomic_path(path) as scratch, scratch.open("wb") as handle:
        result.serialize(handle, format=ox.QueryResultsFormat.CSV)


def _copy(source: Path, target: Path) -> None:
    with atomic_path(target) as scratch:
        shutil.copyfile(source, scratch)
