"""The whole graph read once and grouped for the pages: statements by subject and by object,
each with the graphs stating it, labels, kinds and the source documents.

A site has a page for each of hundreds of resources; asking the store about each page and each
property would be a query per page and row. One pass over every quad
(``queries/pages-statements.rq``), grouped here in Python, costs a few hundred milliseconds
for the real data, and scales with the graph's size, not with the number of pages.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from crpv_graph.namespaces import CRPV, GRAPH_INFERRED, GRAPH_ONTOLOGY, GRAPH_SOURCES, PREFIXES
from crpv_graph.query import NamedQuery, Target, load_queries, run
from crpv_graph.query.labels import compact
from crpv_graph.site.addresses import page_path

RDF_TYPE = PREFIXES["rdf"] + "type"
RDFS_LABEL = PREFIXES["rdfs"] + "label"
SUBCLASS = PREFIXES["rdfs"] + "subClassOf"
PREF_LABEL = PREFIXES["skos"] + "prefLabel"
#: Literal properties that name a resource: what search matches besides the display label.
NAMES = (
    RDFS_LABEL,
    PREF_LABEL,
    PREFIXES["skos"] + "altLabel",
    PREFIXES["foaf"] + "name",
    PREFIXES["schema"] + "name",
    str(CRPV.formerName),
    str(CRPV.newName),
)
SOURCE_DOCUMENT = str(CRPV.SourceDocument)
ISSUED = PREFIXES["dcterms"] + "issued"
PUBLISHER = PREFIXES["dcterms"] + "publisher"
INFERRED, ONTOLOGY, METADATA = str(GRAPH_INFERRED), str(GRAPH_ONTOLOGY), str(GRAPH_SOURCES)


@dataclass(frozen=True, slots=True, order=True)
class Value:
    """An RDF term as a page shows it: an IRI, a literal or a blank node (``kind``)."""

    kind: str
    text: str
    datatype: str = ""
    language: str = ""

    @classmethod
    def of(cls, term: object) -> Value:
        """The value of a pyoxigraph term.

        >>> year = Value.of(ox.Literal("2018", datatype=ox.NamedNode(PREFIXES["xsd"] + "gYear")))
        >>> year.kind, year.text, year.datatype.endswith("#gYear")
        ('literal', '2018', True)
        """
        if isinstance(term, ox.NamedNode):
            return cls("iri", term.value)
        if isinstance(term, ox.BlankNode):
            return cls("blank", "_:" + term.value)
        if isinstance(term, ox.Literal):
            return cls("literal", term.value, term.datatype.value, term.language or "")
        raise TypeError(f"not a term: {term!r}")


@dataclass(frozen=True)
class SourceDocument:
    """A source document: its URL (its graph's name), title, date, publisher and data file."""

    url: str
    title: str
    issued: str
    publisher: str
    slug: str


#: predicate -> value -> graphs stating it
Statements = dict[str, dict[Value, set[str]]]


@dataclass
class Facts:
    """Every statement of the dataset, grouped for the pages."""

    #: subject (an IRI, or ``_:id`` for a blank node) -> its statements
    outgoing: dict[str, Statements] = field(default_factory=lambda: defaultdict(dict))
    #: object IRI -> predicate -> subject -> graphs: what mentions a resource
    incoming: dict[str, dict[str, dict[str, set[str]]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(dict))
    )
    #: graph IRI -> subject -> its statements in that graph (for the source pages)
    by_graph: dict[str, dict[str, Statements]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(dict))
    )
    sources: dict[str, SourceDocument] = field(default_factory=dict)
    lang: str = "fr"

    def add(self, graph: str, subject: str, predicate: str, value: Value) -> None:
        """Record one statement of ``graph``."""
        self.outgoing[subject].setdefault(predicate, {}).setdefault(value, set()).add(graph)
        self.by_graph[graph][subject].setdefault(predicate, {}).setdefault(value, set())
        if value.kind == "iri":
            self.incoming[value.text][predicate].setdefault(subject, set()).add(graph)

    def sort_key(self, value: Value, depth: int = 0) -> tuple[Any, ...]:
        """A key that orders values the same way in every build: a blank node by what it
        states (its label is new each time the store is loaded), anything else by itself."""
        if value.kind != "blank":
            return (0, value.kind, value.text, value.datatype, value.language)
        statements = self.outgoing.get(value.text, {}) if depth < 4 else {}
        return (
            1,
            tuple(
                (predicate, tuple(sorted(self.sort_key(v, depth + 1) for v in values)))
                for predicate, values in sorted(statements.items())
            ),
        )

    def values(self, subject: str, predicate: str) -> list[Value]:
        """The values of a property of a subject, sorted."""
        return sorted(self.outgoing.get(subject, {}).get(predicate, {}))

    @cached_property
    def entities(self) -> list[str]:
        """Every IRI that is the subject of a statement and has a page, sorted."""
        return sorted(s for s in self.outgoing if page_path(s) is not None)

    @cached_property
    def has_page(self) -> frozenset[str]:
        """The IRIs with a page, as a set."""
        return frozenset(self.entities)

    @cached_property
    def superclasses(self) -> dict[str, set[str]]:
        """Each class's superclasses, transitively (from the ontology's ``rdfs:subClassOf``)."""
        direct: dict[str, set[str]] = defaultdict(set)
        for subject, statements in self.outgoing.items():
            for value in statements.get(SUBCLASS, {}):
                direct[subject].add(value.text)
        closure: dict[str, set[str]] = {}
        for start in direct:
            seen: set[str] = set()
            stack = list(direct[start])
            while stack:
                parent = stack.pop()
                if parent not in seen:
                    seen.add(parent)
                    stack.extend(direct.get(parent, ()))
            closure[start] = seen
        return closure

    def label(self, iri: str) -> str:
        """What a reader calls a resource: its display label (``skos:prefLabel@fr``; in another
        language its ``skos:prefLabel`` there when it has one, as the vocabulary's roles and
        themes do); for a term of the vocabulary its ``rdfs:label`` in the page's language;
        else its prefixed name."""
        statements = self.outgoing.get(iri, {})
        preferred = (self.lang, "fr", "") if self.lang != "fr" else ("fr", "")
        for predicate, languages in ((PREF_LABEL, preferred), (RDFS_LABEL, (self.lang, ""))):
            values = sorted(statements.get(predicate, {}))
            for language in languages:
                for value in values:
                    if value.kind == "literal" and value.language == language:
                        return value.text
            if predicate == PREF_LABEL and values:
                return values[0].text
        source = self.sources.get(iri)
        if source:
            return source.title
        name = compact(iri)
        return iri if name.startswith("<") else name

    def term_label(self, iri: str) -> str:
        """A class's or property's name in the page's language (``rdfs:label``), else its
        prefixed name."""
        for value in self.values(iri, RDFS_LABEL):
            if value.language == self.lang:
                return value.text
        return compact(iri)

    def kind(self, iri: str) -> str:
        """The class of a resource, most specific first (a class none of its other classes is
        a superclass of), as the reader's language names it; ``""`` when it has none."""
        types = {value.text for value in self.values(iri, RDF_TYPE)}
        specific = [t for t in types if not any(t in self.superclasses.get(o, ()) for o in types)]
        ranked = sorted(specific, key=lambda t: (not t.startswith(str(CRPV)), self.term_label(t)))
        return self.term_label(ranked[0]) if ranked else ""

    def is_a(self, iri: str, cls: str) -> bool:
        """Whether the resource is of the class or of one of its subclasses."""
        types = {value.text for value in self.values(iri, RDF_TYPE)}
        return any(t == cls or cls in self.superclasses.get(t, ()) for t in types)

    def names(self, iri: str) -> list[str]:
        """Every name the sources give a resource (labels, alternative and former names)."""
        statements = self.outgoing.get(iri, {})
        found = {v.text for p in NAMES for v in statements.get(p, {}) if v.kind == "literal"}
        return sorted(found)


def queries_dir() -> Path:
    """The site's own queries (``crpv_graph/site/queries``)."""
    return Path(str(resources.files("crpv_graph.site") / "queries"))


def site_query(name: str) -> NamedQuery:
    """One of the site's queries by name."""
    return load_queries(queries_dir())[name]


def read_facts(target: Target, slugs: dict[str, str], lang: str = "fr") -> Facts:
    """Every statement of ``target`` grouped for the pages; ``slugs`` names each source
    document's page (the stem of its data file)."""
    facts = Facts(lang=lang)
    solutions = run(target, site_query("pages-statements"))
    assert isinstance(solutions, ox.QuerySolutions)
    # Each solution unpacked in the query's order (graph, subject, predicate, object): a dict
    # per row would cost more than the query itself (a million rows at 1M triples).
    for graph, subject, predicate, obj in solutions:
        if not isinstance(graph, ox.NamedNode) or not isinstance(predicate, ox.NamedNode):
            continue
        facts.add(
            graph.value, Value.of(subject).text if subject else "", predicate.value, Value.of(obj)
        )
    metadata = facts.by_graph.get(METADATA, {})
    for url, statements in metadata.items():
        if url not in slugs and Value("iri", SOURCE_DOCUMENT) not in statements.get(RDF_TYPE, {}):
            continue  # a description of something else than a graph of the dataset
        facts.sources[url] = SourceDocument(
            url=url,
            title=facts.label(url) if url in facts.outgoing else url,
            issued=_first(statements, ISSUED),
            publisher=_named(facts, statements, PUBLISHER),
            slug=slugs.get(url, ""),
        )
    return facts


def _first(statements: Statements, predicate: str) -> str:
    values = sorted(statements.get(predicate, {}))
    return values[0].text if values else ""


def _named(facts: Facts, statements: Statements, predicate: str) -> str:
    """The first value of a property as a reader names it (a publisher may be a resource)."""
    values = sorted(statements.get(predicate, {}))
    if not values:
        return ""
    return facts.label(values[0].text) if values[0].kind == "iri" else values[0].text
