"""The draft an ingest proposes: a source file in the form of ``data/``, or JSON.

The TriG draft names its graph after the article's URL and describes the source in
``crpvg:sources``, exactly like the files of ``data/``: reviewing it and moving it there is the
whole workflow. Each statement is preceded by a comment with its evidence sentence and
confidence; entities the graph does not know yet get a minted IRI and a type, to check. A
person's title is an ``org:Membership`` with its ``org:role``; every other statement (a body
member of another, a partnership, a labelling...) is one triple. The JSON form has every field
of each statement (:meth:`.statements.Statement.as_json`), the role's IRI included.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date as Date

import pyoxigraph as ox

from crpv_graph.ingest.article import Article
from crpv_graph.ingest.extract import EVENT, Extraction
from crpv_graph.ingest.gazetteer import slug
from crpv_graph.ingest.memberships import ORG
from crpv_graph.ingest.recognise import Mention
from crpv_graph.ingest.statements import Statement
from crpv_graph.namespaces import PREFIXES
from crpv_graph.query.labels import compact
from crpv_graph.query.terms import XSD

NEW_TYPES = {
    "organization": ("o", "org:Organization"),
    "person": ("p", "foaf:Person"),
}
MEMBER_OF = ORG + "memberOf"
# Between the predicate-object pairs of a subject written on several lines, and of a blank node
# inside such a subject.
NEXT = " ;\n        "
NEXT_NESTED = " ;\n            "


@dataclass
class Draft:
    """Everything an ingest found, ready to write as TriG or JSON."""

    article: Article
    mentions: list[Mention]
    extraction: Extraction
    known: set[str]  # IRIs the graph already has (entities, memberships)
    new_entities: dict[str, tuple[str, str, str]] = field(
        default_factory=dict
    )  # key -> (iri, label, type)
    event_iri: str | None = None

    def __post_init__(self) -> None:
        taken = set(self.known)
        for mention in self.mentions:
            if mention.entity is None and mention.type in NEW_TYPES:
                key = f"NEW:{mention.text}"
                if key not in self.new_entities:
                    iri = _mint(NEW_TYPES[mention.type][0], mention.text, taken)
                    self.new_entities[key] = (iri, mention.text, mention.type)
        # A new body a rule names with no mention of its own: an organ said by a common noun,
        # "son conseil d'administration" (relations.new_organs).
        for statement in self.extraction.statements:
            for key in (statement.subject, statement.object):
                if key.startswith("NEW:") and key not in self.new_entities:
                    iri = _mint(NEW_TYPES["organization"][0], key[4:], taken)
                    self.new_entities[key] = (iri, key[4:], "organization")
        event = self.extraction.event
        if event is not None:
            self.event_iri = event.iri or _mint("ev", f"{event.start} {event.name}", taken)

    def resolve(self, value: str) -> str:
        """The IRI a statement's placeholder stands for (the event, a new entity)."""
        if value == EVENT:
            return self.event_iri or value
        if value.startswith("NEW:"):
            return self.new_entities[value][0] if value in self.new_entities else value
        return value

    def as_json(self) -> str:
        """The JSON form: source, mentions, entities, statements."""
        article = self.article
        entities: dict[str, dict[str, object]] = {}
        for mention in self.mentions:
            if mention.type in ("date",):
                continue
            if mention.entity:
                entities.setdefault(
                    mention.entity,
                    {
                        "iri": mention.entity,
                        "label": mention.label,
                        "type": mention.type,
                        "new": False,
                    },
                )
        for iri, label, kind in self.new_entities.values():
            entities[iri] = {"iri": iri, "label": label, "type": kind, "new": True}
        event = self.extraction.event
        if event is not None and self.event_iri:
            entities[self.event_iri] = {
                "iri": self.event_iri,
                "label": event.name,
                "type": "event",
                "new": event.iri is None,
            }
        mentions = []
        for mention in self.mentions:
            record = mention.as_json()
            if mention.entity is None and f"NEW:{mention.text}" in self.new_entities:
                record["entity"] = None
            mentions.append(record)
        statements = [
            {**s.as_json(), "subject": self.resolve(s.subject), "object": self.resolve(s.object)}
            for s in self.extraction.statements
        ]
        document = {
            "source": {
                "url": article.url,
                "date": article.date,
                "publisher": article.publisher,
                "title": article.title,
                "path": article.path,
            },
            "mentions": mentions,
            "entities": list(entities.values()),
            "statements": statements,
        }
        return json.dumps(document, ensure_ascii=False, indent=1) + "\n"

    def as_trig(self, publisher_iri: str | None = None) -> str:
        """The TriG draft (see the module docstring): the source's description, then its graph."""
        article = self.article
        lines = [
            f"# Draft proposed by `crpv-graph ingest` from {article.path} on {Date.today()}.",
            "# Review each statement against the article (evidence and confidence are in the",
            "# comments), fix or delete what is wrong, then move this file to data/.",
            *(f"@prefix {name}: <{iri}> ." for name, iri in PREFIXES.items()),
            "",
            "crpvg:sources {",
            _subject(_iri(article.url), _source(article, publisher_iri), NEXT),
            "}",
            "",
            f"{_iri(article.url)} {{",
            *self._new_entities(),
            *self._reported_event(),
            *self._statements(),
            *self._titles(),
            "}",
        ]
        return "\n".join(lines) + "\n"

    def _new_entities(self) -> list[str]:
        """A type and a label for each entity the graph does not know yet."""
        if not self.new_entities:
            return []
        lines = ["    # --- entities the graph does not know yet: check each type and IRI ---"]
        for iri, name, kind in self.new_entities.values():
            pairs = [("a", NEW_TYPES[kind][1]), ("rdfs:label", _literal(name, "fr"))]
            if kind == "person":
                pairs.append(("foaf:name", _literal(name)))
            lines.append(_subject(_term(iri), pairs))
        return lines

    def _reported_event(self) -> list[str]:
        """The reported event: described when it is new, named when the graph holds it."""
        event = self.extraction.event
        if event is None or not self.event_iri:
            return []
        lines = [
            "    # --- the event the article reports ---",
            f"    # evidence: {_comment(event.evidence)}",
        ]
        if event.iri is not None:
            return [*lines, f"    # the graph already holds this event ({event.start})."]
        pairs = [
            ("a", _term(event.kind)),
            ("rdfs:label", _literal(f"{event.name} ({event.start})", "fr")),
        ]
        if event.end:
            pairs.append(("schema:endDate", _date(event.end)))
        pairs.append(("schema:startDate", _date(event.start)))
        return [*lines, _subject(_term(self.event_iri), pairs, NEXT)]

    def _statements(self) -> list[str]:
        """Each statement but the titles, one triple a line, in a stable order."""
        statements = [s for s in self.extraction.statements if not _is_title(s)]
        if not statements:
            return []
        lines = ["    # --- statements ---"]
        for statement in sorted(statements, key=lambda s: (s.predicate, s.subject, s.object)):
            subject, predicate = self.resolve(statement.subject), statement.predicate
            if statement.datatype:
                value = str(ox.Literal(statement.object, datatype=ox.NamedNode(statement.datatype)))
            else:
                value = _term(self.resolve(statement.object))
            lines += [_evidence(statement), _subject(_term(subject), [(_term(predicate), value)])]
        return lines

    def _titles(self) -> list[str]:
        """Each title as printed: an org:Membership attested at the article's date."""
        memberships = [s for s in self.extraction.statements if _is_title(s)]
        if not memberships:
            return []
        lines = ["    # --- titles as printed ---"]
        names = {m.entity: m.label or m.text for m in self.mentions if m.entity}
        names |= {iri: name for iri, name, _kind in self.new_entities.values()}
        for statement in memberships:
            person, organisation = self.resolve(statement.subject), self.resolve(statement.object)
            role_name = statement.role.rsplit("/", 1)[-1]
            membership = f"m:{_local(person)}--{_local(organisation)}--{role_name}"
            interval = [("a", "time:Interval"), _attested(self.article.date)]
            # A membership the graph holds has the name its curators chose: only the title as
            # printed is added (a second name would leave it no display label).
            named = PREFIXES["m"] + membership.removeprefix("m:") in self.known
            # As curators name one: the person, then the title as printed ("Yves-Laurent
            # Sapoval, DIV"), which alone may be only the body's name ("X (Labo Cités)").
            label = f"{names.get(person, _local(person))}, {statement.title}"
            pairs = [
                ("a", "org:Membership"),
                # Preferred as well, like the source's label: beside a data file that names
                # the same membership otherwise, it keeps one display label.
                *(
                    []
                    if named
                    else [
                        ("rdfs:label", _literal(label, "fr")),
                        ("skos:prefLabel", _literal(label, "fr")),
                    ]
                ),
                ("org:member", _term(person)),
                ("org:organization", _term(organisation)),
                ("org:role", _term(statement.role)),
                ("crpv:statedTitle", _literal(statement.title, "fr")),
                ("org:memberDuring", _blank(interval, NEXT_NESTED)),
            ]
            lines += [_evidence(statement), _subject(membership, pairs, NEXT)]
        return lines


def _is_title(statement: Statement) -> bool:
    """A membership in a role, written as an org:Membership (a role-less one is a triple)."""
    return statement.predicate == MEMBER_OF and bool(statement.role)


def _mint(prefix: str, text: str, taken: set[str]) -> str:
    """A new IRI in a project namespace from a name, unique among ``taken``.

    >>> _mint("o", "Conseil national des villes", set())
    'https://w3id.org/crpv/id/organization/conseil-national-villes'
    """
    base = PREFIXES[prefix] + (slug(text) or "entity")
    iri, counter = base, 2
    while iri in taken:
        iri, counter = f"{base}-{counter}", counter + 1
    taken.add(iri)
    return iri


def _local(iri: str) -> str:
    return re.sub(r"[^A-Za-z0-9-]", "-", iri.rstrip("/").rsplit("/", 1)[-1])


def _term(iri: str) -> str:
    """An IRI as the draft writes it: a prefixed name where one fits, else ``<iri>``."""
    return compact(ox.NamedNode(iri).value)


def _iri(iri: str) -> str:
    return str(ox.NamedNode(iri))


def _literal(text: str, language: str | None = None) -> str:
    return str(ox.Literal(text, language=language) if language else ox.Literal(text))


def _date(value: str) -> str:
    datatype = {10: "date", 7: "gYearMonth", 4: "gYear"}.get(len(value), "string")
    return str(ox.Literal(value, datatype=ox.NamedNode(XSD + datatype)))


def _attested(value: str) -> tuple[str, str]:
    """The role is attested at the article's date (or undated, if it has none)."""
    kind = {10: "time:inXSDDate", 7: "time:inXSDgYearMonth", 4: "time:inXSDgYear"}.get(len(value))
    if kind is None:
        return ("skos:scopeNote", _literal("Période non datée par la source", "fr"))
    return ("time:inside", _blank([("a", "time:Instant"), (kind, _date(value))]))


def _source(article: Article, publisher_iri: str | None) -> list[tuple[str, str]]:
    """The article as a source document, described like those of ``data/``."""
    publisher = article.publisher.split(" (")[0] if article.publisher else ""
    label = " : ".join(filter(None, [publisher, article.date, article.title]))
    pairs = [
        ("a", "crpv:SourceDocument , schema:NewsArticle"),
        ("rdfs:label", _literal(label or article.url, "fr")),
        # Preferred, so that the draft beside a data file describing the same page (whose
        # label differs) still leaves the source one display label.
        ("skos:prefLabel", _literal(label or article.url, "fr")),
    ]
    if article.title:
        pairs.append(("dcterms:title", _literal(article.title, "fr")))
    if article.date:
        pairs.append(("dcterms:issued", _date(article.date)))
    if publisher_iri:
        pairs.append(("dcterms:publisher", _term(publisher_iri)))
    elif article.publisher:
        pairs.append(("dcterms:publisher", _literal(article.publisher)))
    pairs.append(("dcterms:language", _literal("fr")))
    return pairs


def _subject(subject: str, pairs: list[tuple[str, str]], separator: str = " ; ") -> str:
    """One subject and its predicate-object pairs, as a statement of the graph block."""
    return f"    {subject} {separator.join(f'{p} {o}' for p, o in pairs)} ."


def _blank(pairs: list[tuple[str, str]], separator: str = " ; ") -> str:
    """A blank node with its predicate-object pairs (``[ a time:Instant ; ... ]``)."""
    return f"[ {separator.join(f'{p} {o}' for p, o in pairs)} ]"


def _evidence(statement: Statement) -> str:
    return f"    # evidence ({statement.confidence:.2f}): {_comment(statement.evidence)}"


def _comment(text: str) -> str:
    return " ".join(text.split())[:300]
