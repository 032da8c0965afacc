"""What a page shows, ready for its template: statements as readable rows, each value with its
notes, and the numbered notes themselves.

A template only lays out what this module decides: which value links where (a page of the site,
or an original URL when it is a web address), how a literal reads (dates the French way), which
source each statement comes from, which statements the build's rules deduced (marked, never
shown as sourced), and where sources disagree.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from crpv_graph.i18n import format_date, format_number
from crpv_graph.namespaces import PREFIXES
from crpv_graph.site.addresses import page_path, relative_href
from crpv_graph.site.facts import (
    INFERRED,
    METADATA,
    ONTOLOGY,
    RDF_TYPE,
    Facts,
    Statements,
    Value,
)

XSD = PREFIXES["xsd"]
DATES = {XSD + name for name in ("date", "dateTime", "gYear", "gYearMonth")}
NUMBERS = {XSD + name for name in ("integer", "decimal", "double", "nonNegativeInteger")}
#: Deepest blank node shown inside a statement (intervals hold instants hold dates: three).
MAX_DEPTH = 4


@functools.lru_cache(maxsize=1 << 16)
def date_text(value: str, lang: str) -> str:
    """:func:`crpv_graph.i18n.format_date`, remembered: a site writes the same few thousand
    dates on a hundred thousand pages, and babel takes tens of microseconds for each.

    >>> date_text("2018-06-14", "fr")
    '14 juin 2018'
    """
    return format_date(value, lang)


def web_url(text: str) -> str | None:
    """``text`` if it is an http(s) address a link may point to, else None: a ``javascript:``
    or ``data:`` URL from the data never becomes a link.

    >>> web_url("https://example.org/a"), web_url("javascript:alert(1)"), web_url("//x")
    ('https://example.org/a', None, None)
    """
    parts = urlsplit(text)
    return text if parts.scheme in ("http", "https") and parts.netloc else None


@dataclass
class Note:
    """A numbered note: a source document, or the rules or vocabulary a statement comes from."""

    number: int
    kind: str  # "source", "inferred", "vocabulary", "metadata"
    title: str = ""
    publisher: str = ""
    issued: str = ""
    page: str | None = None
    url: str | None = None


@dataclass
class Shown:
    """A value as shown: text, a link to a page or a web address, its notes."""

    text: str
    data: str
    href: str | None = None
    url: str | None = None
    language: str = ""
    notes: list[int] = field(default_factory=list)
    inferred: bool = False
    nested: list[Row] = field(default_factory=list)


@dataclass
class Row:
    """A property of the resource and its values."""

    predicate: str
    label: str
    values: list[Shown]
    conflict: bool = False


class Notes:
    """The notes of one page, numbered in the order the page first cites them."""

    def __init__(self, facts: Facts, here: str) -> None:
        self.facts = facts
        self.here = here
        self.numbers: dict[str, int] = {}
        self.notes: list[Note] = []

    def cite(self, graph: str) -> int:
        """The number of the note for a graph, made on first citation."""
        if graph not in self.numbers:
            number = len(self.notes) + 1
            self.numbers[graph] = number
            self.notes.append(self._note(graph, number))
        return self.numbers[graph]

    def _note(self, graph: str, number: int) -> Note:
        kinds = {INFERRED: "inferred", ONTOLOGY: "vocabulary", METADATA: "metadata"}
        if graph in kinds:
            return Note(number, kinds[graph])
        source = self.facts.sources.get(graph)
        if source is None:
            return Note(number, "source", title=graph, url=web_url(graph))
        page = relative_href(self.here, f"source/{source.slug}/") if source.slug else None
        return Note(
            number,
            "source",
            source.title,
            source.publisher,
            source.issued,
            page,
            web_url(source.url),
        )


class Presenter:
    """Turns statements into rows for one page (``here``, relative to the site's root)."""

    def __init__(self, facts: Facts, here: str, lang: str) -> None:
        self.facts = facts
        self.here = here
        self.lang = lang
        self.notes = Notes(facts, here)

    def href(self, iri: str) -> str | None:
        """A relative link to the page of ``iri``, if the site has one."""
        if iri in self.facts.has_page:
            path = page_path(iri)
            return relative_href(self.here, path) if path else None
        source = self.facts.sources.get(iri)
        if source and source.slug:
            return relative_href(self.here, f"source/{source.slug}/")
        return None

    def rows(self, statements: Statements, depth: int = 0) -> list[Row]:
        """Every property of ``statements`` as a row, the kind first, then by name."""
        rows = [
            Row(
                predicate,
                self.facts.term_label(predicate),
                [
                    self.shown(value, graphs, predicate, depth)
                    for value, graphs in sorted(
                        values.items(), key=lambda item: self.facts.sort_key(item[0])
                    )
                ],
                conflict=self.conflicting(values),
            )
            for predicate, values in statements.items()
        ]
        return sorted(rows, key=lambda row: (row.predicate != RDF_TYPE, row.label, row.predicate))

    def shown(self, value: Value, graphs: set[str], predicate: str = "", depth: int = 0) -> Shown:
        """One value with its notes: sourced statements cite their sources; a statement only the
        rules state is marked inferred (and cites the rules)."""
        sourced = sorted(graphs - {INFERRED})
        notes = [self.notes.cite(graph) for graph in (sourced or [INFERRED])]
        shown = self.value(value, predicate, depth)
        shown.notes = sorted(notes)
        shown.inferred = not sourced
        return shown

    def text(self, iri: str) -> str:
        """What an IRI reads as on the page (:meth:`value`'s text), without making its link."""
        if iri in self.facts.superclasses:
            return self.facts.term_label(iri)
        return self.facts.label(iri)

    def value(self, value: Value, predicate: str = "", depth: int = 0) -> Shown:
        """How a term reads: a link and a label for an IRI, a formatted literal, the statements
        of a blank node nested."""
        if value.kind == "iri":
            iri = value.text
            if predicate == RDF_TYPE or iri in self.facts.superclasses:
                return Shown(self.facts.term_label(iri), iri)
            href = self.href(iri)
            if href:
                return Shown(self.facts.label(iri), iri, href=href)
            label = self.facts.label(iri)
            return Shown(label, iri, url=web_url(iri))
        if value.kind == "blank":
            statements = self.facts.outgoing.get(value.text, {})
            nested = self.rows(statements, depth + 1) if depth < MAX_DEPTH else []
            return Shown("", "_:", nested=nested)
        return Shown(self.literal(value), value.text, language=value.language)

    def literal(self, value: Value) -> str:
        """A literal as a reader writes it: dates at their precision, numbers with separators."""
        if value.datatype in DATES:
            return date_text(value.text, self.lang)
        if value.datatype in NUMBERS:
            try:
                return format_number(
                    float(value.text) if "." in value.text else int(value.text), self.lang
                )
            except ValueError:
                return value.text
        return value.text

    def conflicting(self, values: dict[Value, set[str]]) -> bool:
        """Whether sources disagree: several dates or numbers for one property, no source
        stating two of them."""
        literal = [v for v in values if v.datatype in DATES | NUMBERS]
        if len(literal) < 2:
            return False
        stated = [values[v] - {INFERRED, ONTOLOGY} for v in literal]
        return all(stated) and sum(map(len, stated)) == len(set().union(*stated))
