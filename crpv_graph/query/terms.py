"""RDF terms as the library handles them: pyoxigraph's classes, and their text for people."""

from __future__ import annotations

from typing import TypeAlias

import pyoxigraph as ox

from crpv_graph.namespaces import PREFIXES

XSD = PREFIXES["xsd"]

Term: TypeAlias = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


def term_text(term: Term | None) -> str:
    """A term's text: an IRI, a blank node's identifier or a literal's lexical form; ``""`` for
    an unbound value. Code that reads query rows compares this text, not the term objects.

    >>> term_text(ox.NamedNode("http://example.org/a")), term_text(ox.Literal("7")), term_text(None)
    ('http://example.org/a', '7', '')
    """
    if term is None:
        return ""
    return str(term) if isinstance(term, ox.Triple) else term.value
