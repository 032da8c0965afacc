"""Partnership networks: projections of the graph (networkx), their metrics, pages and files.

>>> from crpv_graph.network import KINDS
>>> KINDS
('partnership', 'co-participation', 'people', 'event')
"""

from crpv_graph.network.projections import (
    BODY_KINDS,
    KINDS,
    NODE_KINDS,
    Span,
    flatten,
    node_attributes,
    project,
    source_titles,
    year_of,
)

__all__ = [
    "BODY_KINDS",
    "KINDS",
    "NODE_KINDS",
    "Span",
    "flatten",
    "node_attributes",
    "project",
    "source_titles",
    "year_of",
]
