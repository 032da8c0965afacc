"""The data dictionary read from the dataset: what each class and property means and how the data
uses it.

Everything comes from the compiled dataset (its ontology graph for the labels and comments, the
other graphs for the counts), the SHACL shapes (``shapes.ttl``, not part of the dataset) and the
inference rules' own text, through the queries of ``crpv_graph/dictionary/queries``: the
dictionary says what the data is, never what someone remembered it to be. Every class has an
example query (``crpv_graph/dictionary/examples``, run here: the dictionary says how many rows it
gives), its own when one is written for it (header field ``class:``), else ``instances.rq`` bound
to the class. Examples are ``.rq`` files rather than annotations of the ontology: SPARQL lives in
query files with a header, read by the same registry as the named queries, shown as written and
run by the tests; the ontology stays a vocabulary.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.plugins.sparql import prepareQuery

from crpv_graph.namespaces import PREFIXES
from crpv_graph.paths import default_ontology_dir
from crpv_graph.query import (
    NamedQuery,
    Target,
    bind,
    expand_iri,
    load_queries,
    select_rows,
    text_rows,
    with_values,
)
from crpv_graph.query.labels import compact
from crpv_graph.store.infer import rules_dir

PACKAGE = Path(str(resources.files("crpv_graph.dictionary")))
RDF_TYPE = PREFIXES["rdf"] + "type"
#: The example of a class that has none of its own, bound to the class (parameter ``class``).
GENERIC_EXAMPLE = "instances"
#: Between the values of a constraint's list (``sh:in``) in the shapes query's ``?values``.
SEPARATOR = "\u001f"
#: The worked example: the two counts that differ, and what makes them differ for one centre.
WORKED = ("worked-national-meetings", "worked-top-level-events", "worked-difference")


@dataclass(frozen=True)
class Term:
    """A class or property: its IRI, its prefixed name, and what the ontology says of it in
    each language (``labels``, ``comments``: language to text)."""

    iri: str
    labels: Mapping[str, str] = field(default_factory=dict)
    comments: Mapping[str, str] = field(default_factory=dict)

    @property
    def curie(self) -> str:
        """The prefixed name (``crpv:ResourceCentre``), else the IRI in angle brackets."""
        return compact(self.iri)

    @property
    def anchor(self) -> str:
        """An HTML id for the term (``crpv-ResourceCentre``).

        >>> Term("https://w3id.org/crpv/ontology#ResourceCentre").anchor
        'crpv-ResourceCentre'
        """
        return re.sub(r"[^A-Za-z0-9_-]+", "-", self.curie).strip("-")

    def label(self, lang: str) -> str:
        """The label in ``lang``, else the prefixed name."""
        return self.labels.get(lang) or self.curie

    def comment(self, lang: str) -> str:
        """The comment in ``lang`` ("" when the ontology has none: the tests fail then)."""
        return self.comments.get(lang, "")


@dataclass(frozen=True)
class Constraint:
    """A SHACL property constraint of a shape that applies to a class."""

    shape: str
    path: Term
    expects: str
    min_count: int | None
    max_count: int | None
    message: str

    @property
    def cardinality(self) -> str:
        """``min..max`` as SHACL counts it (``*``: no maximum).

        >>> Constraint("s", Term("p"), "", 1, None, "").cardinality
        '1..*'
        """
        return f"{self.min_count or 0}..{'*' if self.max_count is None else self.max_count}"


@dataclass(frozen=True)
class Usage:
    """How the instances of a class use a property: statements and instances that have it."""

    property: Term
    statements: int
    instances: int


@dataclass(frozen=True)
class Example:
    """An example query (its header: title and description in English, and in French with
    ``@fr``), its text as it runs (prefixes it needs, parameters bound) and its rows."""

    query: NamedQuery
    text: str
    rows: list[dict[str, str]]

    @property
    def name(self) -> str:
        """The file name without ``.rq``."""
        return self.query.name

    def title(self, lang: str = "en") -> str:
        """The title in ``lang`` (English when the header has no other)."""
        return self.query.localized("title", lang)

    def description(self, lang: str = "en") -> str:
        """The description in ``lang`` (English when the header has no other)."""
        return self.query.localized("description", lang)


@dataclass(frozen=True)
class ClassEntry:
    """A class the data uses."""

    term: Term
    superclasses: list[Term]
    instances: int
    stated: int
    constraints: list[Constraint]
    #: The properties its instances have (statements whose subject is an instance).
    usage: list[Usage]
    #: The properties that point to its instances (statements whose object is an instance).
    incoming: list[Usage]
    example: Example

    @property
    def inferred(self) -> int:
        """Instances only the inferred graph types."""
        return self.instances - self.stated


@dataclass(frozen=True)
class PropertyEntry:
    """A property the data uses: the ontology's domain and range when it states them, distinct
    statements in the union, statements across the sources' graphs (a statement two sources
    make counts twice), statements only inferred."""

    term: Term
    domains: list[Term]
    ranges: list[Term]
    statements: int
    stated: int
    inferred: int


@dataclass(frozen=True)
class Rule:
    """An inference rule: its header, the properties its CONSTRUCT template writes, and that
    template's (property, object) pairs (the object None when it is a variable)."""

    name: str
    title: str
    description: str
    writes: list[Term]
    template: list[tuple[str, str | None]]

    def may_write(self, prop: str, of_class: str | None) -> bool:
        """Whether the template writes statements of ``prop`` (``a of_class`` for rdf:type).

        >>> rule = Rule("r", "", "", [], [(RDF_TYPE, None), ("http://example.org/p", None)])
        >>> rule.may_write(RDF_TYPE, "http://example.org/C"), rule.may_write("http://x/q", None)
        (True, False)
        """
        return any(p == prop and (not of_class or o in (of_class, None)) for p, o in self.template)


@dataclass(frozen=True)
class Derived:
    """Statements only the inferred graph makes, of one property (and class, for rdf:type),
    with the rules whose template writes such statements; or, ``describes_rules``, statements
    the build writes to describe the rules themselves."""

    property: Term
    of_class: Term | None
    statements: int
    rules: list[str]
    describes_rules: bool


@dataclass(frozen=True)
class Worked:
    """The worked example: national meetings against the event network's count."""

    national: Example
    events: Example
    difference: Example
    centre: str
    centre_label: str
    meetings: int
    top_level: int


@dataclass(frozen=True)
class Dictionary:
    """The whole data dictionary."""

    classes: list[ClassEntry]
    properties: list[PropertyEntry]
    rules: list[Rule]
    derived: list[Derived]
    #: None for data where no centre took part in a national meeting (a small test dataset).
    worked: Worked | None

    @property
    def statements(self) -> int:
        """Distinct statements of the union of the data's graphs (the ontology's left out)."""
        return sum(p.statements for p in self.properties)

    @property
    def stated(self) -> int:
        """Statements across the sources' and the metadata graph, each graph's counted."""
        return sum(p.stated for p in self.properties)

    @property
    def inferred(self) -> int:
        """Statements only the inferred graph makes."""
        return sum(p.inferred for p in self.properties)


def read_dictionary(store: Target, shapes: Path | None = None) -> Dictionary:
    """Read the dictionary of a compiled dataset's store (and of the shapes file, by default
    the package's)."""
    queries = load_queries(PACKAGE / "queries")
    terms = _terms(store, queries["terms"])
    known = _Known(terms)
    constraints = _constraints(shapes or default_ontology_dir() / "shapes.ttl", queries, known)
    usage, incoming = (
        _usage(store, queries[name], known) for name in ("class-properties", "class-incoming")
    )
    examples = load_queries(PACKAGE / "examples")
    own = {expand_iri(q.fields["class"]): q for q in examples.values() if "class" in q.fields}
    classes = []
    for row in text_rows(store, queries["classes"]):
        iri = row["class"]
        ancestors = _ancestors(iri, terms)
        classes.append(
            ClassEntry(
                term=known(iri),
                superclasses=[known(s) for s in _links(terms, iri, "superclass")],
                instances=int(row["instances"]),
                stated=int(row["stated"]),
                constraints=[c for a in [iri, *ancestors] for c in constraints.get(a, [])],
                usage=usage[iri],
                incoming=incoming[iri],
                example=_example(store, own[iri])
                if iri in own
                else _example(store, examples[GENERIC_EXAMPLE], {"class": compact(iri)}),
            )
        )
    properties = [
        PropertyEntry(
            term=known(row["property"]),
            domains=[known(d) for d in _links(terms, row["property"], "domain")],
            ranges=[known(r) for r in _links(terms, row["property"], "range")],
            statements=int(row["statements"]),
            stated=int(row["stated"]),
            inferred=int(row["inferred"]),
        )
        for row in text_rows(store, queries["properties"])
    ]
    rules = _rules(known)
    return Dictionary(
        classes=sorted(classes, key=lambda c: (c.term.curie.casefold(), c.term.curie)),
        properties=sorted(properties, key=lambda p: (p.term.curie.casefold(), p.term.curie)),
        rules=rules,
        derived=_derived(store, queries["inferred"], rules, known),
        worked=_worked(store, examples),
    )


def _usage(store: Target, query: NamedQuery, known: _Known) -> dict[str, list[Usage]]:
    """Rows of a class's properties (its own or those pointing to it), by class, the most
    used first."""
    usage: dict[str, list[Usage]] = defaultdict(list)
    for row in text_rows(store, query):
        usage[row["class"]].append(
            Usage(known(row["property"]), int(row["statements"]), int(row["instances"]))
        )
    for rows in usage.values():
        rows.sort(key=lambda u: (-u.statements, u.property.curie))
    return usage


class _Known:
    """Terms by IRI, made once each (an IRI the ontology does not describe has no label)."""

    def __init__(self, terms: Mapping[str, Mapping[str, list[ox.Literal | ox.NamedNode]]]):
        self.terms = terms
        self.seen: dict[str, Term] = {}

    def __call__(self, iri: str) -> Term:
        if iri not in self.seen:
            fields = self.terms.get(iri, {})
            labels = _by_language(fields.get("preferred", [])) | _by_language(
                fields.get("label", [])
            )
            self.seen[iri] = Term(iri, labels, _by_language(fields.get("comment", [])))
        return self.seen[iri]


def _terms(
    store: Target, query: NamedQuery
) -> dict[str, dict[str, list[ox.Literal | ox.NamedNode]]]:
    """What the ontology graph says of each term: field (label, comment...) to values."""
    terms: dict[str, dict[str, list[ox.Literal | ox.NamedNode]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for row in select_rows(store, query):
        term, name, value = row["term"], row["field"], row["value"]
        assert isinstance(term, ox.NamedNode) and isinstance(name, ox.Literal)
        assert isinstance(value, ox.Literal | ox.NamedNode)
        terms[term.value][name.value].append(value)
    return terms


def _by_language(values: Iterable[ox.Literal | ox.NamedNode]) -> dict[str, str]:
    """Language-tagged literals by language, the first in code-point order when there are
    several (the same answer on every run)."""
    texts: dict[str, str] = {}
    for value in sorted(values, key=lambda v: v.value):
        if isinstance(value, ox.Literal) and value.language:
            texts.setdefault(value.language, value.value)
    return texts


def _links(
    terms: Mapping[str, Mapping[str, list[ox.Literal | ox.NamedNode]]], iri: str, name: str
) -> list[str]:
    """The IRIs a term links to through ``name`` (superclass, domain, range), sorted."""
    values = terms.get(iri, {}).get(name, [])
    return sorted({v.value for v in values if isinstance(v, ox.NamedNode)})


def _ancestors(
    iri: str, terms: Mapping[str, Mapping[str, list[ox.Literal | ox.NamedNode]]]
) -> list[str]:
    """Every superclass of a class, nearest first (the shapes of each apply to it)."""
    found: list[str] = []
    todo = _links(terms, iri, "superclass")
    while todo:
        current = todo.pop(0)
        if current not in found and current != iri:
            found.append(current)
            todo.extend(_links(terms, current, "superclass"))
    return found


def _constraints(
    shapes: Path, queries: Mapping[str, NamedQuery], known: _Known
) -> dict[str, list[Constraint]]:
    """The property constraints of the shapes, by the class each shape targets."""
    store = ox.Store()
    store.load(path=str(shapes), format=ox.RdfFormat.TURTLE)
    found: dict[str, list[Constraint]] = defaultdict(list)
    for row in text_rows(store, queries["shapes"]):
        expects = [compact(row[key]) for key in ("datatype", "range", "nodeKind") if row[key]]
        if row["node"]:  # a shape of the shapes file: its name and what it says it checks
            shape = row["node"].rpartition("#")[2]
            expects.append(f"{shape} ({row['nodeComment']})" if row["nodeComment"] else shape)
        if row["values"]:  # a list's items come in no set order: sorted, the same every time
            expects.append("{" + ", ".join(sorted(row["values"].split(SEPARATOR))) + "}")
        found[row["class"]].append(
            Constraint(
                shape=row["shape"].rpartition("#")[2],
                path=known(row["path"]),
                expects=", ".join(expects),
                min_count=int(row["min"]) if row["min"] else None,
                max_count=int(row["max"]) if row["max"] else None,
                message=row["message"],
            )
        )
    for listed in found.values():
        listed.sort(key=lambda c: (c.shape, c.path.curie, c.expects, c.cardinality, c.message))
    return found


def _example(store: Target, query: NamedQuery, values: Mapping[str, str] | None = None) -> Example:
    """An example as it runs anywhere: its parameters bound, its header left out and the
    prefixes it uses declared (a SPARQL endpoint knows none of the project's); and its rows."""
    body = with_values(query.text, bind(query, values or {}))
    body = "\n".join(line for line in body.splitlines() if not line.startswith("#")).strip()
    used = [name for name in PREFIXES if re.search(rf"(?<![\w-]){name}:", body)]
    prologue = "".join(f"PREFIX {name}: <{PREFIXES[name]}>\n" for name in used)
    rows = list(text_rows(store, query, values))
    return Example(query, prologue + body + "\n", rows)


def _rules(known: _Known) -> list[Rule]:
    """The inference rules, each with what its CONSTRUCT template writes."""
    rules = []
    for name, rule in load_queries(rules_dir()).items():
        template = [
            (str(p), str(o) if isinstance(o, URIRef) else None)
            for _, p, o in prepareQuery(rule.text).algebra.get("template") or []
        ]
        writes = sorted({p for p, _ in template}, key=compact)
        rules.append(Rule(name, rule.title, rule.description, [known(p) for p in writes], template))
    return rules


def _derived(store: Target, query: NamedQuery, rules: list[Rule], known: _Known) -> list[Derived]:
    """What only the inferred graph states, by property (and class), with the rules whose
    template may have written it."""
    derived = []
    for row in text_rows(store, query):
        prop, cls = row["property"], row["class"] or None
        describes = row["description"] == "true"
        writers = [] if describes else [r.name for r in rules if r.may_write(prop, cls)]
        term = known(cls) if cls else None
        derived.append(Derived(known(prop), term, int(row["statements"]), writers, describes))
    return sorted(
        derived,
        key=lambda d: (
            d.describes_rules,
            -d.statements,
            d.property.curie,
            d.of_class.curie if d.of_class else "",
        ),
    )


def _worked(store: Target, examples: Mapping[str, NamedQuery]) -> Worked | None:
    """The worked example, on the centre that took part in the most national meetings."""
    national, events, difference = (examples[name] for name in WORKED)
    first = _example(store, national)
    if not first.rows:
        return None
    top = first.rows[0]
    by_events = _example(store, events)
    top_level = sum(int(r["events"]) for r in by_events.rows if r["centre"] == top["centre"])
    return Worked(
        national=first,
        events=by_events,
        difference=_example(store, difference, {"centre": compact(top["centre"])}),
        centre=top["centre"],
        centre_label=top["name"],
        meetings=int(top["meetings"]),
        top_level=top_level,
    )
