"""RDF terms as the library handles them: pyoxigraph's classes, and their text for people."""

from __future__ import annotations

from typing import TypeAlias

import pyoxigraph as ox

XSD = "http://www.w3.org/2001/XMLSchema#"

Term: TypeAlias = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
