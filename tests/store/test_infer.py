"""Inference: the CONSTRUCT rules fill the inferred graph."""

from __future__ import annotations

import pyoxigraph

from crpv_graph.store.infer import apply_rules
from tests.helpers import term_text


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


def test_the_display_label_rule_takes_the_only_name_and_leaves_a_choice_to_the_curators() -> None:
    # rules/90-display-labels.rq: one French (or untagged) name, in one or several graphs, is
    # the skos:prefLabel@fr; an English-only name stays English; several names give nothing;
    # a resource with its skos:prefLabel@fr already gets no other.
    store = pyoxigraph.Store()
    for graph, turtle in (
        ("https://example.org/a", 'o:one rdfs:label "Un"@fr . o:person rdfs:label "Ada Dupont" .'),
        ("https://example.org/b", 'o:one rdfs:label "Un"@fr . o:english rdfs:label "One"@en .'),
        ("https://example.org/c", 'o:two rdfs:label "Deux"@fr , "Zwei"@fr .'),
        ("https://example.org/d", 'o:chosen rdfs:label "A"@fr , "B"@fr ; skos:prefLabel "B"@fr .'),
    ):
        store.load(
            (
                "@prefix o: <https://w3id.org/crpv/id/organization/> . "
                "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . "
                "@prefix skos: <http://www.w3.org/2004/02/skos/core#> . " + turtle
            ).encode(),
            format=pyoxigraph.RdfFormat.TURTLE,
            to_graph=pyoxigraph.NamedNode(graph),
        )
    apply_rules(store)
    preferred = {
        (term_text(q.subject), str(q.object))
        for q in store.quads_for_pattern(
            None,
            pyoxigraph.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"),
            None,
            pyoxigraph.NamedNode("https://w3id.org/crpv/graph/inferred"),
        )
    }
    # The rules' own descriptions (English titles) get theirs too.
    assert {(s, o) for s, o in preferred if s.startswith("o:")} == {
        ("o:one", '"Un"@fr'),
        ("o:person", '"Ada Dupont"@fr'),
        ("o:english", '"One"@en'),
    }
    assert (
        "https://w3id.org/crpv/rule/90-display-labels",
        '"Display labels the sources leave no choice about"@en',
    ) in preferred
