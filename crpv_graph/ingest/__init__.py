"""Ingest: turn a French article about the network into a draft source graph for review.

``ingest(article, target)`` reads the article (:mod:`.article`), finds its mentions with spaCy's
French model and an entity ruler built from the graph's names (:mod:`.recognise`), links them to
the graph's entities (:mod:`.gazetteer`), extracts the event, roles and titles it states
(:mod:`.extract`) and returns a :class:`~.draft.Draft` to write as TriG or JSON (:mod:`.draft`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language

from crpv_graph.ingest.article import Article, IngestError, read_article
from crpv_graph.ingest.draft import Draft
from crpv_graph.ingest.extract import extract, graph_events, role_titles
from crpv_graph.ingest.gazetteer import Gazetteer
from crpv_graph.ingest.recognise import find_mentions, pipeline, read
from crpv_graph.query import Target


@dataclass
class Ingester:
    """What ingesting needs from the graph, read once: names, events, role titles, pipeline."""

    gazetteer: Gazetteer
    events: dict[str, tuple[str, str]]
    titles: list[tuple[re.Pattern[str], str, str]]
    nlp: Language

    @classmethod
    def from_graph(cls, target: Target) -> Ingester:
        gazetteer = Gazetteer.from_graph(target)
        return cls(gazetteer, graph_events(target), role_titles(target), pipeline(gazetteer))

    def draft(self, article: Article) -> Draft:
        """Mentions, links and statements of one article."""
        doc = read(self.nlp, article.body)
        mentions = find_mentions(doc, self.gazetteer, article.year)
        extraction = extract(article, mentions, self.events, self.titles)
        return Draft(article, mentions, extraction, set(self.gazetteer.entities))

    def publisher(self, article: Article) -> str | None:
        """The graph's IRI for the publisher, if it knows it ("IREV (Institut ...)")."""
        if not article.publisher:
            return None
        name = article.publisher.split(" (")[0]
        link = self.gazetteer.link(name, "organization", article.year)
        return link.entity.iri if link and link.score == 1.0 else None


def ingest(article: Article, target: Target) -> Draft:
    """Ingest one article against a graph (the embedded store or an endpoint)."""
    return Ingester.from_graph(target).draft(article)


__all__ = ["Article", "Draft", "IngestError", "Ingester", "ingest", "read_article"]
