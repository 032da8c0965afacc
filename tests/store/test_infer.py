"""Inference: the CONSTRUCT rules fill the inferred graph."""

from __future__ import annotations

import pyoxigraph

from crpv_graph.store.infer import apply_rules


def test_rules_keep_blank_nodes_and_type_every_organisation() -> None:
    # An unnamed organisation is a blank node: the inferred org:Organization must land on that
    # same node (rules hand most results over as N-Triples, which would rename it).
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
