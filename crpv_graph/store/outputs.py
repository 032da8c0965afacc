"""The files of a compiled dataset, the same bytes for the same inputs.

=================  ==========================================================================
``crpv.nq``        every graph (sources, metadata, inferred, ontology) in N-Quads: what the
                   commands load
``crpv.trig``      the same in TriG, graph by graph
``crpv.jsonld``    the same in JSON-LD, with a ``@context`` of the project's prefixes
``void.ttl``       VoID/DCAT description: triples, entities per class, sources, licence
``sources.json``   the data file(s) holding each named graph, so that reports can name files
                   without parsing them again
=================  ==========================================================================

Building twice gives the same bytes, so that a changed file means changed data: blank nodes get
their RDFC-1.0 canonical labels (``_:c14n0``...), quads are written in sorted order (N-Quads line
by line, as RDFC-1.0 orders them; TriG and JSON-LD graph by graph), class partitions are named by
IRI, and no file holds the time it was written (``dcterms:modified`` only when
``SOURCE_DATE_EPOCH`` sets it, as reproducible builds expect).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from urllib.parse import quote

import pyoxigraph as ox

from crpv_graph.namespaces import DATASET_IRI, GRAPH_SOURCES, PREFIXES
from crpv_graph.query import resolve_query, text_rows
from crpv_graph.query.labels import compact
from crpv_graph.store.dataset import LoadedDataset

NQUADS, TRIG, JSONLD, VOID, SOURCES = (
    "crpv.nq",
    "crpv.trig",
    "crpv.jsonld",
    "void.ttl",
    "sources.json",
)
#: Every file :func:`render` yields, in that order.
NAMES = (NQUADS, TRIG, JSONLD, VOID, SOURCES)
MEDIA_TYPES = {
    NQUADS: "application/n-quads",
    TRIG: "application/trig",
    JSONLD: "application/ld+json",
}
VOID_PREFIXES = ("dcat", "dcterms", "rdf", "rdfs", "void", "xsd")
LICENCE = ox.NamedNode("https://www.etalab.gouv.fr/licence-ouverte-open-licence/")


def render(loaded: LoadedDataset) -> Iterator[tuple[str, bytes]]:
    """Each file of the compiled dataset, as its name and bytes (one file in memory at a time)."""
    lines = canonical_lines(loaded.store)
    nquads = b"".join(lines)
    sizes = {NQUADS: len(nquads)}
    yield NQUADS, nquads
    del nquads
    by_graph = grouped_by_graph(lines)
    for name, render_as in ((TRIG, trig), (JSONLD, jsonld)):
        content = render_as(ox.parse(by_graph, format=ox.RdfFormat.N_QUADS))
        sizes[name] = len(content)
        yield name, content
    del lines, by_graph
    description = sorted(describe(loaded.store, sizes), key=lambda t: tuple(map(str, t)))
    prefixes = {name: PREFIXES[name] for name in VOID_PREFIXES}
    yield VOID, ox.serialize(description, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b""
    graphs = {graph: [path.name for path in paths] for graph, paths in loaded.graph_files.items()}
    yield SOURCES, as_json({"files": [path.name for path in loaded.data_files], "graphs": graphs})


def as_json(value: object, sort_keys: bool = True) -> bytes:
    """Stable JSON: keys sorted (unless ``sort_keys`` is false), one item a line, UTF-8."""
    return (json.dumps(value, ensure_ascii=False, indent=1, sort_keys=sort_keys) + "\n").encode()


def canonical_lines(store: ox.Store) -> list[bytes]:
    """The store's named graphs as canonical N-Quads lines: RDFC-1.0 blank-node labels, lines
    in code-point order (RDFC-1.0, section 4.4).

    The default graph is left out: it only repeats the named graphs, and every reader of the
    files makes it again (:func:`crpv_graph.store.dataset.open_nquads`).

    >>> store = ox.Store()
    >>> g = ox.NamedNode("http://example.org/g")
    >>> store.add(ox.Quad(ox.BlankNode(), ox.NamedNode("http://example.org/p"), ox.Literal("o"), g))
    >>> store.add(ox.Quad(ox.BlankNode(), ox.NamedNode("http://example.org/p"), ox.Literal("o")))
    >>> canonical_lines(store)
    [b'_:c14n0 <http://example.org/p> "o" <http://example.org/g> .\\n']
    """
    dataset = ox.Dataset(store)
    for quad in list(dataset.quads_for_graph_name(ox.DefaultGraph())):
        dataset.remove(quad)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    lines = (ox.serialize(dataset, format=ox.RdfFormat.N_QUADS) or b"").splitlines(keepends=True)
    lines.sort()
    return lines


def grouped_by_graph(lines: list[bytes]) -> bytes:
    """The same N-Quads, graph after graph (each still in line order), so that the TriG and
    JSON-LD serialisers, which group consecutive quads of a graph and a subject, write each
    graph and each subject once."""
    graphs = [str(quad.graph_name) for quad in ox.parse(b"".join(lines), ox.RdfFormat.N_QUADS)]
    return b"".join(lines[index] for index in sorted(range(len(lines)), key=graphs.__getitem__))


def trig(quads: Iterable[ox.Quad]) -> bytes:
    """TriG with the project's prefixes."""
    return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES) or b""


def jsonld(quads: Iterable[ox.Quad]) -> bytes:
    """JSON-LD with the project's prefixes as ``@context`` and prefixed names where they fit.

    pyoxigraph writes expanded JSON-LD in the order of the quads (rdflib's writer orders nodes by
    hash, which changes from run to run); property names, ``@id`` and ``@type`` values are then
    shortened with the prefixes, which JSON-LD expands back to the same IRIs.
    """
    expanded = json.loads(ox.serialize(quads, format=ox.RdfFormat.JSON_LD) or b"[]")
    # Keys in pyoxigraph's order (``@id`` first), already the same from run to run.
    return as_json({"@context": PREFIXES, "@graph": _compacted(expanded)}, sort_keys=False)


def _compacted(node: object) -> object:
    if isinstance(node, list):  # in place: a large document is not held twice
        for index, item in enumerate(node):
            node[index] = _compacted(item)
        return node
    if isinstance(node, dict):
        return {
            _prefixed(key) if not key.startswith("@") else key: (
                _prefixed(value)
                if key in ("@id", "@type") and isinstance(value, str)
                else _compacted(value)
            )
            for key, value in node.items()
        }
    return node


def _prefixed(iri: str) -> str:
    name = compact(iri)
    return iri if name.startswith("<") else name


def describe(store: ox.Store, distributions: dict[str, int]) -> Iterator[ox.Triple]:
    """The VoID/DCAT description of the dataset: sizes, class partitions, sources, licence.

    ``distributions`` gives the byte size of each file offered for download.
    """
    ds = ox.NamedNode(str(DATASET_IRI))
    yield _triple(ds, "rdf:type", _iri("void:Dataset"))
    yield _triple(ds, "rdf:type", _iri("dcat:Dataset"))
    yield _triple(ds, "dcterms:title", ox.Literal("crpv-graph", language="en"))
    yield _triple(
        ds,
        "dcterms:description",
        ox.Literal(
            "Graphe de connaissances du réseau des centres de ressources politique de la "
            "ville (CRPV), chaque fait dans le graphe nommé de sa source.",
            language="fr",
        ),
    )
    yield _triple(ds, "dcterms:license", LICENCE)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        day = datetime.fromtimestamp(int(epoch), UTC).date().isoformat()
        yield _triple(ds, "dcterms:modified", ox.Literal(day, datatype=_iri("xsd:date")))
    yield _triple(ds, "void:triples", _integer(len(store)))
    for row in text_rows(store, resolve_query("class-counts")):
        class_iri = row["class"]
        partition = ox.NamedNode(f"{DATASET_IRI}/class/{quote(compact(class_iri), safe=':')}")
        yield _triple(ds, "void:classPartition", partition)
        yield _triple(partition, "void:class", ox.NamedNode(class_iri))
        yield _triple(partition, "void:entities", _integer(int(row["entities"])))
    for row in text_rows(store, resolve_query("source-counts")):
        source = ox.NamedNode(row["source"])
        yield _triple(ds, "void:subset", source)
        yield _triple(source, "rdf:type", _iri("void:Dataset"))
        yield _triple(source, "void:triples", _integer(int(row["triples"])))
        if row["label"]:
            yield _triple(source, "rdfs:label", ox.Literal(row["label"]))
        yield _triple(source, "dcterms:source", source)
    yield _triple(ds, "void:subset", ox.NamedNode(str(GRAPH_SOURCES)))
    for name, size in distributions.items():
        distribution = ox.NamedNode(f"{DATASET_IRI}/{name}")
        yield _triple(ds, "dcat:distribution", distribution)
        yield _triple(distribution, "rdf:type", _iri("dcat:Distribution"))
        yield _triple(distribution, "dcat:mediaType", ox.Literal(MEDIA_TYPES[name]))
        yield _triple(distribution, "dcat:byteSize", _integer(size))
        yield _triple(distribution, "dcterms:license", LICENCE)


def _iri(name: str) -> ox.NamedNode:
    prefix, _, local = name.partition(":")
    return ox.NamedNode(PREFIXES[prefix] + local)


def _triple(subject: ox.NamedNode, predicate: str, value: ox.NamedNode | ox.Literal) -> ox.Triple:
    return ox.Triple(subject, _iri(predicate), value)


def _integer(number: int) -> ox.Literal:
    return ox.Literal(str(number), datatype=_iri("xsd:integer"))
