"""The dictionary documents everything the real data uses, and its examples and counts are true."""

from __future__ import annotations

import pyoxigraph as ox

from crpv_graph.dictionary import Dictionary
from crpv_graph.dictionary.model import GENERIC_EXAMPLE, PACKAGE, WORKED
from crpv_graph.namespaces import GRAPH_INFERRED, GRAPH_ONTOLOGY, ID, PREFIXES
from crpv_graph.network import project
from crpv_graph.store import compiled

RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")


def _used_in_the_data() -> tuple[set[str], set[str]]:
    """The classes and properties of the real data, read quad by quad (no query: not the
    dictionary's own way of finding them), the ontology's graph left out."""
    ontology = ox.NamedNode(str(GRAPH_ONTOLOGY))
    classes, properties = set(), set()
    for quad in compiled.open_dataset().store.quads_for_pattern(None, None, None):
        if isinstance(quad.graph_name, ox.DefaultGraph) or quad.graph_name == ontology:
            continue
        properties.add(quad.predicate.value)
        if quad.predicate == RDF_TYPE:
            assert isinstance(quad.object, ox.NamedNode)
            classes.add(quad.object.value)
    return classes, properties


def test_every_class_and_property_of_the_data_has_a_label_and_a_meaning_in_french_and_english(
    real_dictionary: Dictionary,
) -> None:
    classes, properties = _used_in_the_data()
    assert {c.term.iri for c in real_dictionary.classes} == classes
    assert {p.term.iri for p in real_dictionary.properties} == properties
    terms = [c.term for c in real_dictionary.classes] + [p.term for p in real_dictionary.properties]
    undocumented = sorted(
        f"{term.curie} ({what}@{lang})"
        for term in terms
        for lang in ("fr", "en")
        for what, texts in (("label", term.labels), ("comment", term.comments))
        if not texts.get(lang)
    )
    assert not undocumented, (
        "document these terms in crpv_graph/ontology (rdfs:label and rdfs:comment, @fr and @en): "
        + ", ".join(undocumented)
    )


def test_every_class_has_an_example_query_that_returns_rows(real_dictionary: Dictionary) -> None:
    empty = [c.term.curie for c in real_dictionary.classes if not c.example.rows]
    assert not empty
    worked = real_dictionary.worked
    assert worked is not None
    assert worked.national.rows and worked.events.rows and worked.difference.rows
    resource_centre = next(
        c for c in real_dictionary.classes if c.term.curie == "crpv:ResourceCentre"
    )
    assert resource_centre.example.name == "centres"
    assert resource_centre.example.text.startswith("PREFIX crpv: <https://w3id.org/crpv/ontology#>")


def test_every_example_file_is_shown(real_dictionary: Dictionary) -> None:
    shown = {c.example.name for c in real_dictionary.classes} | {*WORKED, GENERIC_EXAMPLE}
    files = {path.stem for path in (PACKAGE / "examples").glob("*.rq")}
    assert files == shown


def test_the_worked_example_explains_the_event_network_count(
    real_dictionary: Dictionary,
) -> None:
    worked = real_dictionary.worked
    assert worked is not None
    irev = str(ID["organization/irev"])
    # Two national meetings; six top-level events (its four general assemblies, 2017-2023).
    assert (worked.centre, worked.meetings, worked.top_level) == (irev, 2, 6)
    assert [r["meetings"] for r in worked.national.rows] == ["2", "1"]  # IREV 2, RésO Villes 1
    network = project(compiled.open_dataset().store, "event")
    assert network.degree(irev) == worked.top_level
    assert len(worked.difference.rows) == worked.top_level - worked.meetings
    assert {row["class"] for row in worked.difference.rows} == {PREFIXES["schema"] + "Event"}


def test_counts_tell_the_inferred_graph_from_the_sources(real_dictionary: Dictionary) -> None:
    by_curie = {p.term.curie: p for p in real_dictionary.properties}
    took_part = by_curie["crpv:tookPartIn"]
    assert took_part.statements == took_part.inferred > 0 and took_part.stated == 0
    label = by_curie["rdfs:label"]
    assert label.stated > label.statements - label.inferred  # sources repeat each other's names
    derived = {(d.property.curie, d.of_class.curie if d.of_class else None): d.rules
               for d in real_dictionary.derived if not d.describes_rules}  # fmt: skip
    assert derived[("crpv:tookPartIn", None)] == ["40-participation"]
    assert "50-organisations" in derived[("rdf:type", "org:Organization")]
    sgar = next(c for c in real_dictionary.classes if c.term.curie == "crpv:SGAR")
    assert sgar.instances == sgar.inferred + sgar.stated and sgar.inferred > 0
    inferred = ox.NamedNode(str(GRAPH_INFERRED))
    store = compiled.open_dataset().store
    assert real_dictionary.inferred < sum(
        1 for _ in store.quads_for_pattern(None, None, None, inferred)
    )


def test_a_class_has_the_constraints_of_its_superclasses(real_dictionary: Dictionary) -> None:
    centre = next(c for c in real_dictionary.classes if c.term.curie == "crpv:ResourceCentre")
    label = next(k for k in centre.constraints if k.path.curie == "rdfs:label")
    assert (label.shape, label.cardinality) == ("Organization", "1..*")
    membership = next(c for c in real_dictionary.classes if c.term.curie == "org:Membership")
    member = next(k for k in membership.constraints if k.path.curie == "org:member")
    assert member.cardinality == "1..1"
