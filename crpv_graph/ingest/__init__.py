"""Ingest: turn a French article about the network into a draft source graph for review.

``Ingester.from_graph(target).draft(article)`` reads the article (:mod:`.article`), finds its
mentions with spaCy's French model and an entity ruler built from the graph's names
(:mod:`.recognise`), links them to the graph's entities (:mod:`.gazetteer`), finds the event it
reports (:mod:`.events`), extracts the roles (:mod:`.extract`), titles (:mod:`.memberships`)
and relations (:mod:`.relations`) it states and returns a :class:`~.draft.Draft` to write as
TriG or JSON (:mod:`.draft`). The ingester reads the graph once, for any number of articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.language import Language

from crpv_graph.ingest.article import Article, IngestError, read_article, without_page_furniture
from crpv_graph.ingest.draft import Draft
from crpv_graph.ingest.events import EventFinder
from crpv_graph.ingest.extract import Participation, extract, participation_roles
from crpv_graph.ingest.gazetteer import Gazetteer, ingest_query
from crpv_graph.ingest.memberships import role_titles
from crpv_graph.ingest.recognise import Mention, find_mentions, pipeline, read
from crpv_graph.ingest.titles import TitledBodies
from crpv_graph.query import Target, text_rows


@dataclass
class Ingester:
    """What ingesting needs from the graph, read once: names, kinds of event and events, role
    titles, the participation roles of its ontology, pipeline, the memberships it holds, and the
    units and communes a title may name by itself."""

    gazetteer: Gazetteer
    events: EventFinder
    titles: list[tuple[re.Pattern[str], str, str]]
    participation: Participation
    nlp: Language
    memberships: frozenset[str] = frozenset()
    titled: TitledBodies = field(default_factory=TitledBodies)

    @classmethod
    def from_graph(cls, target: Target) -> Ingester:
        gazetteer = Gazetteer.from_graph(target)
        return cls(
            gazetteer,
            EventFinder.from_graph(target),
            role_titles(target),
            participation_roles(target),
            pipeline(gazetteer),
            frozenset(row["membership"] for row in text_rows(target, ingest_query("memberships"))),
            TitledBodies.from_graph(target, gazetteer),
        )

    def draft(self, article: Article) -> Draft:
        """Mentions, links and statements of one article. A web page's furniture (sharing
        buttons, tags, footer, links to other articles: :func:`without_page_furniture`) is no
        part of it: it gives no statement, and only the entities the graph knows as mentions."""
        page = replace(article, body=without_page_furniture(article.body))
        doc = read(self.nlp, article.body)
        mentions = find_mentions(doc, self.gazetteer, article.year, self.titled)
        mentions = [m for m in mentions if not self._names_an_event(m, article.body)]
        prose = [m for m in mentions if page.body[m.start : m.end] == m.text]
        mentions = [m for m in mentions if m.entity or page.body[m.start : m.end] == m.text]
        publisher = self.publisher(article) or ""
        event = self.events.reported(page, prose, publisher)
        extraction = extract(page, prose, event, self.titles, self.participation,
                             self.gazetteer.collectives, self.titled, publisher)  # fmt: skip
        known = set(self.gazetteer.entities) | self.memberships
        return Draft(article, mentions, extraction, known)

    def _names_an_event(self, mention: Mention, body: str) -> bool:
        """Whether a new body's or person's mention names an event: the name of a kind of event
        ("21 mars 2023 – Assemblée générale"), or a name set before one in apposition ("Cités
        Cap, forum national"), its own name."""
        if mention.entity or mention.type not in ("organization", "person"):
            return False
        vocabulary = self.events.vocabulary
        if mention.type == "organization" and vocabulary.names_a_kind(mention.text):
            return True
        return vocabulary.described_as_one(body, (mention.start, mention.end))

    def publisher(self, article: Article) -> str | None:
        """The graph's IRI for the publisher, if it knows it ("IREV (Institut ...)")."""
        if not article.publisher:
            return None
        name = article.publisher.split(" (")[0]
        link = self.gazetteer.link(name, "organization", article.year)
        return link.entity.iri if link and link.score == 1.0 else None


__all__ = ["Article", "Draft", "IngestError", "Ingester", "read_article"]
