"""The draft an ingest proposes: a source file in the form of ``data/``, or JSON.

The TriG draft names its graph after the article's URL and describes the source in
``crpvg:sources``, exactly like the files of ``data/``: reviewing it and moving it there is the
whole workflow. Each statement is preceded by a comment with its evidence sentence and
confidence; entities the graph does not know yet get a minted IRI and a type, to check.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date as Date

import pyoxigraph as ox

from crpv_graph.ingest.article import Article
from crpv_graph.ingest.extract import EVENT, ORG, Extraction
from crpv_graph.ingest.gazetteer import normalise
from crpv_graph.ingest.recognise import Mention
from crpv_graph.namespaces import PREFIXES

NEW_TYPES = {
    "organization": ("o", "org:Organization"),
    "person": ("p", "foaf:Person"),
}
XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass
class Draft:
    """Everything an ingest found, ready to write as TriG or JSON."""

    article: Article
    mentions: list[Mention]
    extraction: Extraction
    known: set[str]  # IRIs the graph already has
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
        """The TriG draft (see the module docstring)."""
        article = self.article
        url = _iri(article.url)
        lines = [
            f"# Draft proposed by `crpv-graph ingest` from {article.path} on {Date.today()}.",
            "# Review each statement against the article (evidence and confidence are in the",
            "# comments), fix or delete what is wrong, then move this file to data/.",
        ]
        lines += [f"@prefix {name}: <{iri}> ." for name, iri in PREFIXES.items()]
        label = " : ".join(
            filter(
                None,
                [
                    article.publisher.split(" (")[0] if article.publisher else "",
                    article.date,
                    article.title,
                ],
            )
        )
        source = [
            f"    {url} a crpv:SourceDocument , schema:NewsArticle ;",
            f"        rdfs:label {_literal(label or article.url, 'fr')} ;",
        ]
        if article.title:
            source.append(f"        dcterms:title {_literal(article.title, 'fr')} ;")
        if article.date:
            source.append(f"        dcterms:issued {_date(article.date)} ;")
        if publisher_iri:
            source.append(f"        dcterms:publisher {_term(publisher_iri)} ;")
        elif article.publisher:
            source.append(f"        dcterms:publisher {_literal(article.publisher)} ;")
        source.append('        dcterms:language "fr" .')
        lines += ["", "crpvg:sources {", *source, "}", "", f"{url} {{"]
        if self.new_entities:
            lines.append(
                "    # --- entities the graph does not know yet: check each type and IRI ---"
            )
            for iri, name, kind in self.new_entities.values():
                cls = NEW_TYPES[kind][1]
                extra = f" ; foaf:name {_literal(name)}" if kind == "person" else ""
                lines.append(
                    f"    {_term(iri)} a {cls} ; rdfs:label {_literal(name, 'fr')}{extra} ."
                )
        event = self.extraction.event
        if event is not None and self.event_iri:
            lines.append("    # --- the event the article reports ---")
            lines.append(f"    # evidence: {_comment(event.evidence)}")
            if event.iri is None:
                lines.append(f"    {_term(self.event_iri)} a {_term(event.kind)} ;")
                lines.append(
                    f"        rdfs:label {_literal(f'{event.name} ({event.start})', 'fr')} ;"
                )
                if event.end:
                    lines.append(f"        schema:endDate {_date(event.end)} ;")
                lines.append(f"        schema:startDate {_date(event.start)} .")
            else:
                lines.append(f"    # the graph already holds this event ({event.start}).")
        memberships = [s for s in self.extraction.statements if s.predicate == ORG + "memberOf"]
        others = [s for s in self.extraction.statements if s not in memberships]
        if others:
            lines.append("    # --- statements ---")
        for statement in sorted(others, key=lambda s: (s.predicate, s.subject, s.object)):
            lines.append(
                f"    # evidence ({statement.confidence:.2f}): {_comment(statement.evidence)}"
            )
            lines.append(
                f"    {_term(self.resolve(statement.subject))} "
                f"{_term(statement.predicate)} {_term(self.resolve(statement.object))} ."
            )
        if memberships:
            lines.append("    # --- titles as printed ---")
        for statement in memberships:
            person, organisation = self.resolve(statement.subject), self.resolve(statement.object)
            role_name = statement.role.rsplit("/", 1)[-1]
            membership = f"m:{_local(person)}--{_local(organisation)}--{role_name}"
            lines.append(
                f"    # evidence ({statement.confidence:.2f}): {_comment(statement.evidence)}"
            )
            lines += [
                f"    {membership} a org:Membership ;",
                f"        rdfs:label {_literal(statement.title, 'fr')} ;",
                f"        org:member {_term(person)} ;",
                f"        org:organization {_term(organisation)} ;",
                f"        org:role {_term(statement.role)} ;",
                f"        crpv:statedTitle {_literal(statement.title, 'fr')} ;",
                "        org:memberDuring [ a time:Interval ;",
                f"            {_attested(article.date)} ] .",
            ]
        lines.append("}")
        return "\n".join(lines) + "\n"


def _mint(prefix: str, text: str, taken: set[str]) -> str:
    """A new IRI in a project namespace from a name, unique among ``taken``.

    >>> _mint("o", "Conseil national des villes", set())
    'https://w3id.org/crpv/id/organization/conseil-national-villes'
    """
    words = [
        w
        for w in normalise(text).replace("'", " ").split()
        if w not in {"de", "des", "du", "la", "le", "les", "et", "l", "d"}
    ]
    slug = "-".join(words)[:60].strip("-") or "entity"
    base = PREFIXES[prefix] + slug
    iri, counter = base, 2
    while iri in taken:
        iri, counter = f"{base}-{counter}", counter + 1
    taken.add(iri)
    return iri


def _local(iri: str) -> str:
    return re.sub(r"[^A-Za-z0-9-]", "-", iri.rstrip("/").rsplit("/", 1)[-1])


def _term(iri: str) -> str:
    """A prefixed name where one is safe in Turtle, else the IRI in angle brackets."""
    for name, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        local = iri[len(namespace) :]
        if iri.startswith(namespace) and re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_-]*", local or "-"):
            return f"{name}:{local}"
    return _iri(iri)


def _iri(iri: str) -> str:
    return str(ox.NamedNode(iri))


def _literal(text: str, language: str | None = None) -> str:
    return str(ox.Literal(text, language=language) if language else ox.Literal(text))


def _date(value: str) -> str:
    datatype = {10: "date", 7: "gYearMonth", 4: "gYear"}.get(len(value), "string")
    return str(ox.Literal(value, datatype=ox.NamedNode(XSD + datatype)))


def _attested(value: str) -> str:
    """The role is attested at the article's date (or undated, if it has none)."""
    kind = {10: "time:inXSDDate", 7: "time:inXSDgYearMonth", 4: "time:inXSDgYear"}.get(len(value))
    if kind is None:
        return 'skos:scopeNote "Période non datée par la source"@fr'
    return f"time:inside [ a time:Instant ; {kind} {_date(value)} ]"


def _comment(text: str) -> str:
    return " ".join(text.split())[:300]
