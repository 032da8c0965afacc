"""Queries that make parsers and engines recurse or work hard, at every size up to the limit.

The guard's unit tests (``test_guard.py``) and the real server (``test_hostile_queries.py``) take
the same shapes: each must pass or be refused in one line, never break what reads it.
"""

from __future__ import annotations

from collections.abc import Callable

NOWHERE = "?s <http://example.org/p> ?o"  # a pattern that matches nothing in any dataset
QueryShape = Callable[[int], str]


def query_shape(start: str, opening: str, middle: str, closing: str, end: str) -> QueryShape:
    """A query of ``n`` openings, the middle, then ``n`` closings: nested, or chained."""
    return lambda n: start + opening * n + middle + closing * n + end


#: Queries that make parsers and engines recurse or work hard, by size ``n``.
QUERY_SHAPES: dict[str, QueryShape] = {
    "nested braces": query_shape("SELECT * WHERE ", "{", "", "}", ""),
    "nested OPTIONAL": query_shape(
        "SELECT * WHERE { ", f"{NOWHERE} OPTIONAL {{ ", NOWHERE, " }", " }"
    ),
    "nested sub-SELECT": query_shape("SELECT * WHERE { ", "{ SELECT * WHERE { ", "", " } }", " }"),
    "UNION chain": query_shape(f"SELECT * WHERE {{ {{ {NOWHERE} }}", f" UNION {{ {NOWHERE} }}",
                               "", "", " }"),
    "MINUS chain": query_shape(f"SELECT * WHERE {{ {NOWHERE}", f" MINUS {{ {NOWHERE} }}", "", "",
                               " }"),
    "1+1+...": query_shape("SELECT (1", "+1", "", "", " AS ?x) WHERE {}"),
    "&& chain": query_shape("SELECT * WHERE { FILTER(true", " && true", "", "", ") }"),
    "path / chain": query_shape("SELECT * WHERE { ?s <http://example.org/p>",
                                "/<http://example.org/p>", "", "", " ?o }"),
    "(((...)))": query_shape("SELECT * WHERE { FILTER(", "(", "true", ")", ") }"),
    "triple patterns": query_shape(f"SELECT * WHERE {{ {NOWHERE}", f" . {NOWHERE}", "", "",
                                   " }"),
    "VALUES rows": query_shape("SELECT * WHERE { VALUES (?x) {", " (<http://example.org/x>)",
                               "", "", " } }"),
    "long string": query_shape("SELECT * WHERE { ?s ?p '", "a", "", "", "' }"),
    "long IRI": query_shape("SELECT * WHERE { ?s ?p <http://example.org/", "a", "", "", "> }"),
    "long comment": query_shape("# ", "a", "", "", f"\nSELECT * WHERE {{ {NOWHERE} }}"),
}  # fmt: skip


def shape_sizes(make: QueryShape) -> list[int]:
    """Sizes ``n`` that give texts of about 100 B, 1 KiB, 16 KiB and just under 256 KiB."""
    unit = len(make(2)) - len(make(1))
    targets = (100, 1024, 16 * 1024, 256 * 1024 - 1)
    return [max(1, (target - len(make(0))) // unit) for target in targets]
