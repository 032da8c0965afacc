"""Inference at build time: SPARQL CONSTRUCT rules that fill the inferred graph.

Each rule is a ``.rq`` file of ``crpv_graph/store/rules/`` with the named queries' header
(:mod:`crpv_graph.query.registry`); the rules run in file order, each seeing what the earlier
ones derived. Asserted and inferred stay apart: everything derived goes to
``https://w3id.org/crpv/graph/inferred``, described with the rules that made it (PROV-O).
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from crpv_graph.namespaces import CRPV, GRAPH_INFERRED, RULE
from crpv_graph.query.registry import NamedQuery, load_queries

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
RDFS_COMMENT = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment")
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"


def rules_dir() -> Path:
    """The directory of the build's inference rules (SPARQL CONSTRUCT)."""
    return Path(str(resources.files("crpv_graph.store") / "rules"))


def apply_rules(store: ox.Store, directory: Path | None = None) -> int:
    """Run every CONSTRUCT rule, in file order, into the inferred graph; return triples added.

    Each rule sees the union of all graphs, including what earlier rules derived, so a rule may
    build on another. The inferred graph describes the rules that made it (PROV-O), written
    first: a rule's description is data too, labelled, and the display-label rule that runs
    last gives every labelled resource its display label, the rules included.
    """
    inferred = ox.NamedNode(str(GRAPH_INFERRED))
    if store.contains_named_graph(inferred):
        store.remove_graph(inferred)
    rules = load_queries(directory or rules_dir()).values()
    for rule in rules:
        store.extend(_describe_rule(rule))
    added = 0
    for rule in rules:
        triples = store.query(rule.text, use_default_graph_as_union=True)
        if not isinstance(triples, ox.QueryTriples):
            raise ValueError(f"rule {rule.name} is not a CONSTRUCT query")
        # Handed over as N-Triples bytes: a rule may derive hundreds of thousands of triples,
        # and a Python object for each costs more than the rule itself. Parsing gives blank
        # nodes new identities, so a result that may hold one goes over as objects.
        derived = triples.serialize(format=ox.RdfFormat.N_TRIPLES) or b""
        if b"_:" in derived:  # the rule runs again, its triples kept as objects
            again = store.query(rule.text, use_default_graph_as_union=True)
            assert isinstance(again, ox.QueryTriples)
            store.extend(ox.Quad(t.subject, t.predicate, t.object, inferred) for t in again)
        else:
            store.load(derived, format=ox.RdfFormat.N_TRIPLES, to_graph=inferred)
        added += derived.count(b"\n")
    return added


def _describe_rule(rule: NamedQuery) -> Iterator[ox.Quad]:
    """PROV description of a rule: its label, comment and the sources its header cites."""
    inferred = ox.NamedNode(str(GRAPH_INFERRED))
    iri = ox.NamedNode(str(RULE[rule.name]))
    yield ox.Quad(iri, RDF_TYPE, ox.NamedNode(str(CRPV.Rule)), inferred)
    yield ox.Quad(iri, RDFS_LABEL, ox.Literal(rule.title or rule.name, language="en"), inferred)
    if rule.description:
        yield ox.Quad(iri, RDFS_COMMENT, ox.Literal(rule.description, language="en"), inferred)
    yield ox.Quad(inferred, ox.NamedNode(PROV + "wasInfluencedBy"), iri, inferred)
    for source in rule.fields.get("sources", "").split():
        yield ox.Quad(iri, ox.NamedNode(DCTERMS + "source"), ox.NamedNode(source), inferred)
