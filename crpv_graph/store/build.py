"""Building the compiled dataset: load, validate, infer, write ``build/`` atomically.

The outputs are written into a fresh temporary directory beside ``build/`` and swapped in only
when everything succeeded, so a failed build leaves the previous ``build/`` untouched.

=================  ==========================================================================
``crpv.trig``      every graph (sources, metadata, inferred, ontology) in TriG
``crpv.nq``        the same in N-Quads (line-oriented, for bulk loaders)
``crpv.jsonld``    the same in JSON-LD, with a ``@context`` of the project's prefixes
``void.ttl``       VoID/DCAT description: triples, entities per class, sources, licence
``manifest.json``  counts and a fingerprint of the inputs, to tell when a rebuild is due
=================  ==========================================================================
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.namespace import DCAT, DCTERMS, RDF, RDFS, VOID, XSD

from crpv_graph import __version__
from crpv_graph.namespaces import DATASET_IRI, GRAPH_SOURCES, PREFIXES, PROJECT_GRAPHS
from crpv_graph.paths import default_data_dir, default_ontology_dir
from crpv_graph.query import resolve_query, select_rows, term_text
from crpv_graph.store.dataset import LoadedDataset, data_files, load, ontology_files, to_rdflib
from crpv_graph.store.validate import SHAPES_FILE, Report, validate

LICENCE = rdflib.URIRef("https://www.etalab.gouv.fr/licence-ouverte-open-licence/")
OUTPUTS = {"crpv.trig": ox.RdfFormat.TRIG, "crpv.nq": ox.RdfFormat.N_QUADS}


class BuildError(Exception):
    """The dataset does not validate; ``report`` says why."""

    def __init__(self, report: Report) -> None:
        self.report = report
        super().__init__(str(report))


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote, and the counts it measured."""

    out_dir: Path
    triples: int
    sources: int
    files: tuple[Path, ...]


def input_fingerprint(data_dir: Path, ontology_dir: Path) -> str:
    """A hash of every input file's name and bytes: equal fingerprints, equal datasets."""
    digest = hashlib.sha256()
    inputs = [*data_files(data_dir), *ontology_files(ontology_dir), ontology_dir / SHAPES_FILE]
    for path in inputs:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build(
    out_dir: Path,
    data_dir: Path | None = None,
    ontology_dir: Path | None = None,
) -> BuildResult:
    """Load, validate and write the compiled dataset; raise before writing anything if invalid.

    Raises :class:`crpv_graph.store.dataset.LoadError` on a parse error and :class:`BuildError` on a
    validation failure.
    """
    data_dir = data_dir or default_data_dir()
    ontology_dir = ontology_dir or default_ontology_dir()
    loaded = load(data_dir, ontology_dir)
    report = validate(loaded, ontology_dir / SHAPES_FILE)
    if not report.ok:
        raise BuildError(report)
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    try:
        written = _write_outputs(loaded, staging, input_fingerprint(data_dir, ontology_dir))
        _swap_in(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    sources = len(
        {g for g in loaded.graph_files if g and g not in {str(x) for x in PROJECT_GRAPHS}}
    )
    return BuildResult(
        out_dir=out_dir,
        triples=len(loaded.store),
        sources=sources,
        files=tuple(out_dir / path.name for path in written),
    )


def _swap_in(staging: Path, out_dir: Path) -> None:
    """Replace ``out_dir`` by ``staging`` with renames, so readers never see a half build."""
    if out_dir.exists():
        retired = out_dir.with_name(f".{out_dir.name}-old-{os.getpid()}")
        os.replace(out_dir, retired)
        os.replace(staging, out_dir)
        shutil.rmtree(retired, ignore_errors=True)
    else:
        os.replace(staging, out_dir)


def _write_outputs(loaded: LoadedDataset, directory: Path, fingerprint: str) -> list[Path]:
    store = loaded.store
    written = []
    for name, rdf_format in OUTPUTS.items():
        path = directory / name
        store.dump(output=str(path), format=rdf_format, prefixes=PREFIXES)
        written.append(path)
    dataset = to_rdflib(store)
    jsonld = directory / "crpv.jsonld"
    jsonld.write_text(
        dataset.serialize(format="json-ld", context=PREFIXES, indent=1), encoding="utf-8"
    )
    written.append(jsonld)
    void = directory / "void.ttl"
    description = describe(loaded, written)
    void.write_text(description.serialize(format="turtle"), encoding="utf-8")
    written.append(void)
    manifest = directory / "manifest.json"
    manifest.write_text(
        json.dumps(
            {
                "version": __version__,
                "built": datetime.now(UTC).isoformat(timespec="seconds"),
                "fingerprint": fingerprint,
                "triples": len(store),
                "files": {p.name: p.stat().st_size for p in written},
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    written.append(manifest)
    return written


def describe(loaded: LoadedDataset, distributions: list[Path]) -> rdflib.Graph:
    """The VoID/DCAT description of the dataset: sizes, class partitions, sources, licence."""
    store = loaded.store
    graph = rdflib.Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    ds = DATASET_IRI
    graph.add((ds, RDF.type, VOID.Dataset))
    graph.add((ds, RDF.type, DCAT.Dataset))
    graph.add((ds, DCTERMS.title, rdflib.Literal("crpv-graph", lang="en")))
    graph.add(
        (
            ds,
            DCTERMS.description,
            rdflib.Literal(
                "Graphe de connaissances du réseau des centres de ressources politique de la "
                "ville (CRPV), chaque fait dans le graphe nommé de sa source.",
                lang="fr",
            ),
        )
    )
    graph.add((ds, DCTERMS.license, LICENCE))
    graph.add((ds, DCTERMS.modified, rdflib.Literal(datetime.now(UTC).date(), datatype=XSD.date)))
    graph.add((ds, VOID.triples, rdflib.Literal(len(store))))
    for row in select_rows(store, resolve_query("class-counts")):
        partition = rdflib.BNode()
        graph.add((ds, VOID.classPartition, partition))
        graph.add((partition, VOID["class"], rdflib.URIRef(term_text(row["class"]))))
        graph.add((partition, VOID.entities, rdflib.Literal(int(term_text(row["entities"])))))
    for row in select_rows(store, resolve_query("source-counts")):
        source = rdflib.URIRef(term_text(row["source"]))
        graph.add((ds, VOID.subset, source))
        graph.add((source, RDF.type, VOID.Dataset))
        graph.add((source, VOID.triples, rdflib.Literal(int(term_text(row["triples"])))))
        if row.get("label") is not None:
            graph.add((source, RDFS.label, rdflib.Literal(term_text(row["label"]))))
        graph.add((source, DCTERMS.source, source))
    graph.add((ds, VOID.subset, rdflib.URIRef(str(GRAPH_SOURCES))))
    for path in distributions:
        media = OUTPUTS.get(path.name, ox.RdfFormat.JSON_LD).media_type
        distribution = rdflib.URIRef(f"{DATASET_IRI}/{path.name}")
        graph.add((ds, DCAT.distribution, distribution))
        graph.add((distribution, RDF.type, DCAT.Distribution))
        graph.add((distribution, DCAT.mediaType, rdflib.Literal(media)))
        graph.add((distribution, DCAT.byteSize, rdflib.Literal(path.stat().st_size)))
        graph.add((distribution, DCTERMS.license, LICENCE))
    return graph
