"""Validation: provenance checks and SHACL shapes, reported by file, resource and rule.

Parse errors and ill-typed literals are caught earlier, while loading
(:class:`crpv_graph.store.dataset.LoadError`). Here the loaded dataset is checked for:

- **provenance**: no data triple outside a source's named graph; every source graph described
  in the metadata graph (no dangling reference to an undeclared source); every data file holds
  one source graph plus its own metadata;
- **shapes**: ``ontology/shapes.ttl`` with pyshacl over the union of all graphs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate

from crpv_graph.namespaces import GRAPH_SOURCES, PREFIXES, PROJECT_GRAPHS
from crpv_graph.paths import default_ontology_dir
from crpv_graph.query.labels import compact
from crpv_graph.store.dataset import LoadedDataset, LoadError, to_rdflib

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
SHAPES_FILE = "shapes.ttl"
# The names a report shortens: shapes, and the vocabularies of their paths and classes.
# Resources stay whole IRIs, like the one each line of a report starts with.
_VOCABULARIES = ("crpv", "org", "schema", "time", "rdfs", "skos", "foaf", "dcterms")
REPORT_PREFIXES = {
    "shape": "https://w3id.org/crpv/shapes#",
    **{name: PREFIXES[name] for name in _VOCABULARIES},
}


@dataclass(frozen=True)
class Problem:
    """One validation failure: where it is, which rule it breaks, and why."""

    rule: str
    message: str
    resource: str = ""
    files: tuple[Path, ...] = ()

    def __str__(self) -> str:
        where = ", ".join(str(f) for f in self.files) or "(dataset)"
        subject = f" <{self.resource}>" if self.resource else ""
        return f"{where}:{subject} [{self.rule}] {self.message}"


@dataclass
class Report:
    """The outcome of :func:`validate`."""

    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not self.problems

    def __str__(self) -> str:
        if self.ok:
            return "valid: 0 violations"
        lines = [f"{len(self.problems)} violation(s):"]
        lines += [f"  {problem}" for problem in self.problems]
        return "\n".join(lines)


def check_provenance(loaded: LoadedDataset) -> list[Problem]:
    """Provenance rules (docs/design.md, "Provenance"), one :class:`Problem` per breach."""
    problems: list[Problem] = []
    store = loaded.store
    described = {
        str(q.subject.value)
        for q in store.quads_for_pattern(
            None,
            ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            None,
            ox.NamedNode(str(GRAPH_SOURCES)),
        )
        if isinstance(q.subject, ox.NamedNode)
    }
    project = {str(g) for g in PROJECT_GRAPHS}
    for path in loaded.files_for_graph(""):
        problems.append(
            Problem(
                "source-graph",
                "triples outside any named graph: every statement must sit in its source's graph",
                files=(path,),
            )
        )
    for graph, paths in sorted(loaded.graph_files.items()):
        if not graph or graph in project:
            continue
        if graph not in described:
            problems.append(
                Problem(
                    "declared-source",
                    "graph of an undeclared source: describe it in the metadata graph "
                    f"(crpvg:sources {{ <{graph}> a crpv:SourceDocument ; rdfs:label ... }})",
                    resource=graph,
                    files=tuple(paths),
                )
            )
    for path in loaded.data_files:
        graphs = [
            g for g, files in loaded.graph_files.items() if path in files and g not in project
        ]
        if len(graphs) > 1:
            problems.append(
                Problem(
                    "one-source-per-file",
                    f"holds {len(graphs)} source graphs; one file per source document",
                    files=(path,),
                )
            )
    return problems


def union_graph(loaded: LoadedDataset) -> rdflib.Graph:
    """All triples of all graphs as one rdflib graph (what pyshacl validates)."""
    graph = rdflib.Graph()
    for s, p, o, _ in to_rdflib(loaded.store).quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def check_shapes(loaded: LoadedDataset, shapes: Path | None = None) -> list[Problem]:
    """SHACL validation of the union of all graphs against ``ontology/shapes.ttl``."""
    shapes = shapes or default_ontology_dir() / SHAPES_FILE
    try:
        shapes_graph = rdflib.Graph().parse(shapes, format="turtle")
    except OSError as error:
        raise LoadError(shapes, f"cannot read the shapes: {error.strerror or error}") from error
    except (SyntaxError, UnicodeDecodeError) as error:  # SyntaxError: rdflib's BadSyntax
        raise LoadError(shapes, f"not UTF-8 Turtle: {' '.join(str(error).split())}") from error
    data = union_graph(loaded)
    _conforms, results, _text = shacl_validate(
        data, shacl_graph=shapes_graph, inference="none", allow_warnings=True
    )
    assert isinstance(results, rdflib.Graph)
    problems = []
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        value = results.value(result, SH.value)
        shape = results.value(result, SH.sourceShape)
        rule = _shape_name(shapes_graph, shape)
        text = str(message) if message else "does not conform"
        if path is not None:
            text = f"{_short(path)}: {text}"
        if value is not None and value != focus:
            text += f" (value: {_short(value)})"
        named = _named_ancestor(data, focus)
        if named is not None and named != focus:
            text = f"{text} (on a blank node of <{named}>)"
        problems.append(
            Problem(rule, text, resource=str(named), files=tuple(_files_stating(loaded, named)))
        )
    return sorted(problems, key=lambda p: (str(p.files), p.resource, p.rule))


def _named_ancestor(data: rdflib.Graph, node: rdflib.term.Node | None) -> rdflib.term.Node | None:
    """The resource a blank node hangs from (an interval's membership), to report an IRI."""
    seen: set[rdflib.term.Node] = set()
    while isinstance(node, rdflib.BNode) and node not in seen:
        seen.add(node)
        parent = next(iter(data.subjects(None, node)), None)
        if parent is None:
            break
        node = parent
    return node


def _shape_name(shapes: rdflib.Graph, shape: rdflib.term.Node | None) -> str:
    if isinstance(shape, rdflib.URIRef):
        return _short(shape)
    # A property shape is a blank node: name it by its parent node shape.
    for parent in shapes.subjects(SH.property, shape) if shape is not None else ():
        if isinstance(parent, rdflib.URIRef):
            return _short(parent)
    return "shape"


def _short(term: rdflib.term.Node) -> str:
    """A shape, property or value as a report shows it: a prefixed name where one fits."""
    if isinstance(term, rdflib.URIRef):
        return compact(str(term), REPORT_PREFIXES).strip("<>")
    return str(term)


def _files_stating(loaded: LoadedDataset, focus: rdflib.term.Node | None) -> list[Path]:
    """The files whose graphs hold triples about a resource (its subject position)."""
    if focus is None:
        return []
    if not isinstance(focus, rdflib.URIRef):
        return []
    subject = ox.NamedNode(str(focus))
    files: list[Path] = []
    for quad in loaded.store.quads_for_pattern(subject, None, None, None):
        graph = quad.graph_name
        key = graph.value if isinstance(graph, ox.NamedNode) else ""
        for path in loaded.files_for_graph(key):
            if path not in files:
                files.append(path)
    return files


def validate(loaded: LoadedDataset, shapes: Path | None = None) -> Report:
    """All checks on a loaded dataset."""
    return Report(check_provenance(loaded) + check_shapes(loaded, shapes))
