"""The files of a compiled dataset (``crpv-graph build``): every format and the VoID
description, holding the same quads, the same bytes for the same inputs.

Where ``build`` may write, and what stops it, is in ``test_directory.py``."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pyoxigraph
import rdflib

from tests.helpers import CHECKOUT, CRPV_GRAPH, FIXTURE_DATA, Cli
from tests.store.builds import built


def test_build_writes_every_format_and_a_void_description(
    cli: Cli, fixture_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "build"
    manifest = json.loads(built(cli, fixture_copy, out))
    assert set(manifest["files"]) == {
        "crpv.nq", "crpv.trig", "crpv.jsonld", "void.ttl", "sources.json"
    }  # fmt: skip
    assert {path.name for path in out.iterdir()} == {*manifest["files"], "manifest.json"}
    trig = rdflib.Dataset().parse(out / "crpv.trig", format="trig")
    nquads = rdflib.Dataset().parse(out / "crpv.nq", format="nquads")
    jsonld = rdflib.Dataset().parse(out / "crpv.jsonld", format="json-ld")
    reparsed = list(
        pyoxigraph.parse(path=str(out / "crpv.nq"), format=pyoxigraph.RdfFormat.N_QUADS)
    )
    assert len(reparsed) == manifest["triples"]
    # rdflib merges a few literals that Oxigraph keeps apart; the three files agree under rdflib.
    assert len(trig) == len(nquads) == len(jsonld) > 0
    assert '"@context"' in (out / "crpv.jsonld").read_text()
    void = rdflib.Graph().parse(out / "void.ttl")
    VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
    dataset_iri = rdflib.URIRef("https://w3id.org/crpv/dataset")
    triples = void.value(dataset_iri, VOID.triples)
    assert isinstance(triples, rdflib.Literal) and int(triples) == manifest["triples"]
    assert rdflib.URIRef("https://example.org/fixture-article") in set(
        void.objects(dataset_iri, VOID.subset)
    )
    licence = void.value(dataset_iri, rdflib.URIRef("http://purl.org/dc/terms/license"))
    assert "etalab" in str(licence)
    assert not list(tmp_path.glob(".build-*")), "no staging directory left behind"
    assert "dcterms:modified" not in (out / "void.ttl").read_text(), "no wall-clock date"


def test_the_json_ld_holds_the_same_quads_as_the_n_quads(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "build"
    built(cli, FIXTURE_DATA, out)

    def canonical(name: str, rdf_format: pyoxigraph.RdfFormat) -> set[str]:
        quads = pyoxigraph.Dataset(pyoxigraph.parse(path=str(out / name), format=rdf_format))
        quads.canonicalize(pyoxigraph.CanonicalizationAlgorithm.RDFC_1_0)
        return {str(quad) for quad in quads}

    nquads = canonical("crpv.nq", pyoxigraph.RdfFormat.N_QUADS)
    assert canonical("crpv.jsonld", pyoxigraph.RdfFormat.JSON_LD) == nquads
    assert canonical("crpv.trig", pyoxigraph.RdfFormat.TRIG) == nquads
    assert '"o:centre-a"' in (out / "crpv.jsonld").read_text(), "IRIs are prefixed names"


def build_process(data: Path, out: Path, cache: Path, **env: str) -> None:
    """``crpv-graph build`` in a process of its own, with its own compiled-dataset cache."""
    environment = {**os.environ, "CRPV_CACHE": str(cache), **env}
    done = subprocess.run([CRPV_GRAPH, "--quiet", "--data", str(data), "build", "--out", str(out)],
                          capture_output=True, text=True, env=environment)  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_two_builds_in_separate_processes_give_the_same_bytes(tmp_path: Path) -> None:
    # Different hash seeds, different caches: only the inputs are shared.
    first, second = tmp_path / "first", tmp_path / "second"
    build_process(CHECKOUT / "data", first, tmp_path / "cache-1", PYTHONHASHSEED="1")
    build_process(CHECKOUT / "data", second, tmp_path / "cache-2", PYTHONHASHSEED="2")
    names = sorted(path.name for path in first.iterdir())
    assert names == sorted(path.name for path in second.iterdir())
    assert len(names) == 6
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    assert "_:c14n0" in (first / "crpv.nq").read_text(), "blank nodes have canonical labels"


def test_source_date_epoch_dates_the_void_description(tmp_path: Path) -> None:
    build_process(FIXTURE_DATA, tmp_path / "build", tmp_path / "cache",
                  SOURCE_DATE_EPOCH="1700000000")  # fmt: skip
    assert 'dcterms:modified "2023-11-14"^^xsd:date' in (tmp_path / "build/void.ttl").read_text()
