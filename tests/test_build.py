"""``crpv-graph build``: outputs, and bad input that stops the build and keeps the old one."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from conftest import Cli

BAD_PREFIX = """@prefix crpvg: <https://w3id.org/crpv/graph/> .
<https://example.org/bad> {
    <https://example.org/x> <https://example.org/p> nope:thing .
}
"""
HEADER = """@prefix crpv: <https://w3id.org/crpv/ontology#> .
@prefix crpvg: <https://w3id.org/crpv/graph/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix o: <https://w3id.org/crpv/id/organization/> .
"""
DECLARED = """crpvg:sources { <https://example.org/bad> a crpv:SourceDocument ; rdfs:label "Bad"@en . }
"""


def built(cli: Cli, data: Path, out: Path) -> str:
    result = cli("--data", str(data), "build", "--out", str(out))
    assert result.exit_code == 0, result.output
    return (out / "manifest.json").read_text()


def test_build_writes_every_format_and_a_void_description(
    cli: Cli, fixture_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "build"
    manifest = json.loads(built(cli, fixture_copy, out))
    assert set(manifest["files"]) == {"crpv.trig", "crpv.nq", "crpv.jsonld", "void.ttl"}
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
    assert int(void.value(dataset_iri, VOID.triples)) == manifest["triples"]
    assert rdflib.URIRef("https://example.org/fixture-article") in set(
        void.objects(dataset_iri, VOID.subset)
    )
    licence = void.value(dataset_iri, rdflib.URIRef("http://purl.org/dc/terms/license"))
    assert "etalab" in str(licence)
    assert not list(tmp_path.glob(".build-*")), "no staging directory left behind"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "malformed.trig",
            HEADER + '<https://example.org/bad> { o:x rdfs:label "x" \n',
            "malformed.trig:",
        ),
        ("prefix.trig", BAD_PREFIX, "prefix.trig:3: "),
        (
            "datatype.trig",
            HEADER
            + DECLARED
            + '<https://example.org/bad> {\n o:x a crpv:ResourceCentre ; rdfs:label "X"@fr ;\n'
            + '  schema:foundingDate "1993-13-45"^^xsd:date .\n}\n',
            'datatype.trig:10: "1993-13-45" is not a valid',
        ),
        (
            "undeclared.trig",
            HEADER
            + '<https://example.org/undeclared> { o:x a crpv:ResourceCentre ; rdfs:label "X"@fr . }\n',
            "[declared-source]",
        ),
        (
            "shacl.trig",
            HEADER
            + DECLARED
            + "<https://example.org/bad> { o:nameless a crpv:ResourceCentre . }\n",
            "<https://w3id.org/crpv/id/organization/nameless> [shape:Organization]",
        ),
    ],
)
def test_bad_input_stops_the_build_and_keeps_the_previous_one(
    cli: Cli, fixture_copy: Path, tmp_path: Path, name: str, content: str, expected: str
) -> None:
    out = tmp_path / "build"
    before = built(cli, fixture_copy, out)
    (fixture_copy / name).write_text(content, encoding="utf-8")
    result = cli("--data", str(fixture_copy), "build", "--out", str(out))
    assert result.exit_code == 1
    assert expected in result.output
    assert name in result.output
    assert (out / "manifest.json").read_text() == before


def test_validate_reports_zero_violations_on_the_real_dataset(cli: Cli) -> None:
    result = cli("validate")
    assert result.exit_code == 0, result.output
    assert "valid: 0 violations" in result.output


def test_stats_on_the_real_dataset_covers_centres_meetings_and_provenance(cli: Cli) -> None:
    result = cli("stats")
    assert result.exit_code == 0
    out = result.output
    assert "100% of data triples inside a source's named graph; outside any graph: 0" in out
    for year in (
        "2017-03-16",
        "2018-06-14",
        "2019-06-25",
        "2021-10-21",
        "2022-10-20",
        "2024-10-14",
    ):
        assert year in out
    assert "(2023, year inferred by the curators)" in out
    assert "resource centres (2" in out


def test_rules_keep_blank_nodes_and_type_every_organisation() -> None:
    # An unnamed organisation is a blank node: the inferred org:Organization must land on that
    # same node (rules hand most results over as N-Triples, which would rename it).
    from crpv_graph.store.infer import apply_rules

    store = pyoxigraph.Store()
    store.load(
        b"@prefix crpv: <https://w3id.org/crpv/ontology#> . "
        b"@prefix org: <http://www.w3.org/ns/org#> . "
        b"@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . "
        b"crpv:ResourceCentre rdfs:subClassOf org:Organization . "
        b"<https://w3id.org/crpv/id/organization/irev> a crpv:ResourceCentre . "
        b"_:unnamed a crpv:ResourceCentre .",
        format=pyoxigraph.RdfFormat.TURTLE,
        to_graph=pyoxigraph.NamedNode("https://example.org/source"),
    )
    apply_rules(store)
    organisation = pyoxigraph.NamedNode("http://www.w3.org/ns/org#Organization")
    rdf_type = pyoxigraph.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    typed = {q.subject for q in store.quads_for_pattern(None, rdf_type, organisation)}
    centres = {
        q.subject
        for q in store.quads_for_pattern(
            None, rdf_type, pyoxigraph.NamedNode("https://w3id.org/crpv/ontology#ResourceCentre")
        )
    }
    assert typed == centres and len(typed) == 2
