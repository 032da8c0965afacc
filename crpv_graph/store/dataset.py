"""Loading the ontology and the per-source TriG files into the embedded store.

The default store is Oxigraph (pyoxigraph), which loads and queries far faster than rdflib's
memory store (docs/design.md, "Store"). :func:`to_rdflib` copies it into rdflib for pyshacl.

Queries read the store's default graph, which :func:`fill_default_graph` makes the union of all
its named graphs with each triple once: a triple that three sources state is one row, while
``GRAPH ?g`` still gives every source (Oxigraph's own union default graph would repeat it).

Every data file is checked while it loads: a syntax error, an undeclared prefix or an ill-typed
literal raises :class:`LoadError` naming the file and the line.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from crpv_graph.errors import CrpvError
from crpv_graph.namespaces import GRAPH_ONTOLOGY
from crpv_graph.paths import default_data_dir, default_ontology_dir
from crpv_graph.query.terms import XSD
from crpv_graph.store.infer import apply_rules

if TYPE_CHECKING:
    import rdflib

    from crpv_graph.store.validate import Report
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

#: Files of ``ontology/`` that are not loaded into the dataset (shapes are used to validate it).
NOT_IN_DATASET = frozenset({"shapes.ttl"})

# Lexical forms of the XSD datatypes the data uses (XML Schema 1.1 Part 2, section 3.3).
_TZ = r"(Z|[+-]\d{2}:\d{2})?"
_LEXICAL = {
    "date": re.compile(r"-?\d{4,}-\d{2}-\d{2}" + _TZ),
    "gYear": re.compile(r"-?\d{4,}" + _TZ),
    "gYearMonth": re.compile(r"-?\d{4,}-(0[1-9]|1[0-2])" + _TZ),
    "gMonthDay": re.compile(r"--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])" + _TZ),
    "gMonth": re.compile(r"--(0[1-9]|1[0-2])" + _TZ),
    "integer": re.compile(r"[+-]?\d+"),
    "nonNegativeInteger": re.compile(r"\+?\d+"),
    "decimal": re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)"),
    "boolean": re.compile(r"true|false|1|0"),
    "dateTime": re.compile(r"-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?" + _TZ),
}


class LoadError(CrpvError):
    """A data or ontology file that cannot be loaded, with its location."""

    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")


class InvalidDataset(CrpvError):
    """The data breaks a rule of ``validate``: nothing was compiled. The message says what was
    therefore not done; :attr:`report` lists the violations, shown (as :attr:`details`) where the
    caller asks for them (``build``, ``validate``)."""

    def __init__(self, report: Report, consequence: str) -> None:
        super().__init__(f"{len(report.problems)} violation(s); {consequence}")
        self.report = report


@dataclass
class LoadedDataset:
    """The embedded store and where each named graph came from."""

    store: ox.Store
    #: The file(s) that contributed triples to each named graph (IRI string).
    graph_files: dict[str, list[Path]] = field(default_factory=dict)
    data_files: list[Path] = field(default_factory=list)

    def files_for_graph(self, graph: str) -> list[Path]:
        """The files that hold a graph's triples."""
        return self.graph_files.get(graph, [])


def data_files(data_dir: Path) -> list[Path]:
    """The source files of a data directory, in a stable order."""
    if not data_dir.is_dir():
        raise LoadError(data_dir, "no such data directory")
    files = sorted(data_dir.glob("*.trig"))
    if not files:
        raise LoadError(data_dir, "no source files (*.trig) in this data directory")
    for path in files:
        if not path.is_file():
            raise LoadError(path, "not a file (a directory, or a link to nothing)")
    return files


def ontology_files(ontology_dir: Path) -> list[Path]:
    """The ontology files that belong in the dataset (shapes excluded)."""
    if not ontology_dir.is_dir():
        raise LoadError(ontology_dir, "no such ontology directory")
    return sorted(p for p in ontology_dir.glob("*.ttl") if p.name not in NOT_IN_DATASET)


def ill_typed(literal: ox.Literal) -> bool:
    """Whether a literal's lexical form is invalid for its XSD datatype.

    >>> ill_typed(ox.Literal("2018-13-01", datatype=ox.NamedNode(XSD + "date")))
    True
    >>> ill_typed(ox.Literal("--10-17", datatype=ox.NamedNode(XSD + "gMonthDay")))
    False
    >>> ill_typed(ox.Literal("2018", datatype=ox.NamedNode(XSD + "date")))
    True
    """
    datatype = literal.datatype.value
    if not datatype.startswith(XSD):
        return False
    pattern = _LEXICAL.get(datatype[len(XSD) :])
    if pattern is None:
        return False
    if not pattern.fullmatch(literal.value):
        return True
    if datatype.endswith("#date"):
        try:
            date.fromisoformat(literal.value[:10])
        except ValueError:
            return True
    return False


def _line_of(path: Path, needle: str) -> int | None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    return None


def parse_file(path: Path, default_graph: ox.NamedNode | None = None) -> list[ox.Quad]:
    """Parse one Turtle or TriG file, checking literal datatypes.

    Triples of a Turtle file go to ``default_graph`` when one is given.
    """
    rdf_format = ox.RdfFormat.TRIG if path.suffix == ".trig" else ox.RdfFormat.TURTLE
    try:
        quads = list(ox.parse(path=str(path), format=rdf_format))
    except SyntaxError as error:
        message = str(error)
        # pyoxigraph appends "(file, line N)"; the message already says where.
        message = re.sub(r"\s*\([^()]*, line \d+\)$", "", message)
        raise LoadError(path, message, error.lineno) from error
    except UnicodeDecodeError as error:
        raise LoadError(path, f"not UTF-8 text ({error.reason})") from error
    except OSError as error:  # a directory, a broken link, no permission to read
        raise LoadError(path, f"cannot read: {error.strerror or error}") from error
    for quad in quads:
        if isinstance(quad.object, ox.Literal) and ill_typed(quad.object):
            literal = quad.object
            raise LoadError(
                path,
                f'"{literal.value}" is not a valid {literal.datatype.value} '
                f"(object of {quad.predicate.value} on {quad.subject})",
                _line_of(path, f'"{literal.value}"'),
            )
    if default_graph is not None:
        quads = [
            ox.Quad(q.subject, q.predicate, q.object, default_graph)
            if isinstance(q.graph_name, ox.DefaultGraph)
            else q
            for q in quads
        ]
    return quads


def load(
    data_dir: Path | None = None,
    ontology_dir: Path | None = None,
    *,
    infer: bool = True,
    union: bool = True,
) -> LoadedDataset:
    """Load the ontology and every source file into a fresh in-memory Oxigraph store.

    With ``infer`` (the default), the rules of ``crpv_graph/store/rules`` then fill the inferred
    graph; with ``union`` (the default), :func:`fill_default_graph` then makes the store ready
    to query. Compiling passes ``union=False``: the files it writes hold the named graphs only.
    """
    data_dir = data_dir or default_data_dir()
    ontology_dir = ontology_dir or default_ontology_dir()
    store = ox.Store()
    loaded = LoadedDataset(store=store)
    for path in ontology_files(ontology_dir):
        store.extend(parse_file(path, default_graph=ox.NamedNode(str(GRAPH_ONTOLOGY))))
    # pyoxigraph lets go of the GIL while it loads or queries, so the work that only reads
    # runs beside the work that writes: 2 s less of a 10 s first build at 1M triples.
    with ThreadPoolExecutor(max_workers=1) as beside:
        _load_sources(store, data_files(data_dir), loaded, beside)
        literals = beside.submit(_ill_typed_literals, store)
        if infer:
            apply_rules(store)
        ill_typed_found = literals.result()
    for literal in ill_typed_found:
        _report_literal(store, loaded, literal)
    if union:
        fill_default_graph(store)
    return loaded


def fill_default_graph(store: ox.Store) -> ox.Store:
    """Copy every named graph into the default graph, where each triple is then held once.

    One native SPARQL update (``union.rq``), no Python object per triple: half the CPU time of
    dumping each graph and bulk-loading it again (7,693 graphs at a million triples), and a blank
    node stays the same node in the default graph as in its named graph (a reload renamed it).

    >>> store = ox.Store()
    >>> for graph in ("http://example.org/g1", "http://example.org/g2"):
    ...     store.add(ox.Quad(ox.NamedNode("http://example.org/s"),
    ...                       ox.NamedNode("http://example.org/p"), ox.Literal("o"),
    ...                       ox.NamedNode(graph)))
    >>> len(list(fill_default_graph(store).query("SELECT * { ?s ?p ?o }")))
    1
    >>> len(list(store.query("SELECT * { GRAPH ?g { ?s ?p ?o } }")))
    2
    """
    store.update((resources.files("crpv_graph.store") / "union.rq").read_text(encoding="utf-8"))
    return store


def open_nquads(source: Path | bytes) -> ox.Store:
    """A compiled dataset's N-Quads (a file or its bytes) in a fresh store, ready to query."""
    store = ox.Store()
    if isinstance(source, Path):
        store.bulk_load(path=str(source), format=ox.RdfFormat.N_QUADS)
    else:
        store.bulk_load(input=source, format=ox.RdfFormat.N_QUADS)
    return fill_default_graph(store)


def _load_sources(
    store: ox.Store, files: list[Path], loaded: LoadedDataset, beside: ThreadPoolExecutor
) -> None:
    """Bulk-load the source files natively and note which file holds which graph.

    Each file goes through Oxigraph's bulk loader (no Python object per triple). Which file
    holds which graph is read from the graph blocks' opening lines (``beside`` the loads), then
    checked against the store: any doubt (a triple outside a named graph, a graph no opening
    line announced) falls back to parsing every file.
    """
    before = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
    announced = beside.map(_announced_graphs, files)
    for path in files:
        loaded.data_files.append(path)
        try:
            store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
        except (SyntaxError, UnicodeDecodeError, OSError):
            parse_file(path)  # raises the LoadError that names the file (and the line)
            raise
    for path, graphs in zip(files, announced, strict=True):
        for graph in graphs:
            loaded.graph_files.setdefault(graph, []).append(path)
    present = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)} - before
    outside = next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None)
    if outside is not None or present != set(loaded.graph_files) - before:
        loaded.graph_files = {key: [] for key in loaded.graph_files if key in before}
        for path in files:
            for graph_name in {q.graph_name for q in parse_file(path)}:
                key = graph_name.value if isinstance(graph_name, ox.NamedNode) else ""
                loaded.graph_files.setdefault(key, []).append(path)


def _ill_typed_literals(store: ox.Store) -> list[ox.Literal]:
    """The distinct literals of a checked datatype whose lexical form is wrong, found natively.

    It runs beside the rules on a worker thread, so it returns what it found and the calling
    thread raises: an exception raised here would carry the query's result iterator in its
    traceback to the other thread, where pyo3 cannot drop it and leaks it, store and all.
    """
    datatypes = ", ".join(f"<{XSD}{name}>" for name in _LEXICAL)
    checked = store.query(
        "SELECT DISTINCT ?o WHERE { GRAPH ?g { ?s ?p ?o } "
        f"FILTER (DATATYPE(?o) IN ({datatypes})) }}"
    )
    assert isinstance(checked, ox.QuerySolutions)
    return [row["o"] for row in checked if isinstance(row["o"], ox.Literal) and ill_typed(row["o"])]


def _report_literal(store: ox.Store, loaded: LoadedDataset, literal: ox.Literal) -> None:
    """Raise the :class:`LoadError` of an ill-typed literal: only the file holding it is parsed
    again, to say on which line."""
    holders = store.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p {literal} }} }}")
    assert isinstance(holders, ox.QuerySolutions)
    for holder in holders:
        graph = holder["g"].value if isinstance(holder["g"], ox.NamedNode) else ""
        for path in loaded.graph_files.get(graph, []):
            parse_file(path)  # raises the LoadError with the line


# Read as bytes: decoding every file only to find a few names doubled the cost at 1M triples.
_GRAPH_BLOCK = re.compile(rb"^(?:GRAPH\s+)?(<[^>\s]*>|[A-Za-z][\w.-]*:[\w.-]*)\s*\{", re.MULTILINE)
_PREFIX = re.compile(rb"^\s*@?prefix\s+([\w.-]*):\s*<([^>]*)>", re.MULTILINE | re.IGNORECASE)


def _announced_graphs(path: Path) -> set[str]:
    """The graph names the file's top-level blocks open, prefixes expanded."""
    text = path.read_bytes()
    prefixes = dict(_PREFIX.findall(text))
    names = set()
    for name in _GRAPH_BLOCK.findall(text):
        if name.startswith(b"<"):
            names.add(name[1:-1].decode("utf-8", "replace"))
        else:
            prefix, _, local = name.partition(b":")
            if prefix in prefixes:
                names.add((prefixes[prefix] + local).decode("utf-8", "replace"))
    return names


def to_rdflib(store: ox.Store) -> rdflib.Dataset:
    """A copy of the store in rdflib's memory store (for pyshacl and rdflib's serialisers)."""
    import rdflib

    dataset = rdflib.Dataset()
    dataset.parse(data=store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    return dataset
