"""Query results as an aligned plain-text table, IRIs shown by their labels and prefixed names."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

import pyoxigraph as ox

from crpv_graph.query.execute import QueryResult, Target
from crpv_graph.query.formats import serialize_result
from crpv_graph.query.labels import compact, display_text, labels_for
from crpv_graph.query.registry import QueryError
from crpv_graph.query.terms import Term

MAX_CELL = 70


def _cell(term: Term | None, labels: dict[str, str]) -> str:
    """A cell: an IRI's label followed by the IRI's prefixed name, so that two resources of one
    name (Paris the département and the city) stay apart and the IRI can be copied; the label
    is shortened to fit, never the IRI.

    >>> _cell(ox.NamedNode("https://w3id.org/crpv/id/organization/irev"), {
    ...     "https://w3id.org/crpv/id/organization/irev": "Institut régional de la ville"})
    'Institut régional de la ville (o:irev)'
    >>> _cell(ox.NamedNode("https://w3id.org/crpv/id/organization/irev"), {}), _cell(None, {})
    ('o:irev', '')
    """
    text = " ".join(display_text(term, labels).split())
    if isinstance(term, ox.NamedNode) and term.value in labels:
        iri = compact(term.value)
        room = MAX_CELL - len(iri) - 3
        if room >= 10:
            label = text if len(text) <= room else text[: room - 1] + "…"
            return f"{label} ({iri})"
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def format_table(
    variables: Sequence[str], rows: Sequence[Sequence[Term | None]], labels: dict[str, str]
) -> str:
    """Rows as an aligned plain-text table, IRIs shown by their labels and prefixed names.

    >>> print(format_table(["a", "b"], [[ox.Literal("x"), None]], {}), end="")
    a | b
    --+--
    x |
    """
    cells = [[_cell(term, labels) for term in row] for row in rows]
    widths = [max([len(v), *(len(r[i]) for r in cells)]) for i, v in enumerate(variables)]
    lines = [" | ".join(v.ljust(w) for v, w in zip(variables, widths, strict=True)).rstrip()]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [
        " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    return "\n".join(lines) + "\n"


def write_result(target: Target, result: QueryResult, fmt: str, stream: IO[str]) -> None:
    """Write a query result to a text stream in one of :data:`FORMATS`.

    ``target`` is where labels for the table are looked up: the backend that answered.
    """
    try:
        text = result_text(target, result, fmt)
    except (RuntimeError, OSError) as error:
        # The store evaluates as the result is read: a SERVICE that fails fails here.
        raise QueryError(f"the query failed while running: {error}") from error
    stream.write(text)


def result_text(target: Target, result: QueryResult, fmt: str) -> str:
    """A query result as text in one of :data:`FORMATS` (see :func:`write_result`)."""
    if fmt != "table":
        return serialize_result(result, fmt).decode("utf-8")
    if isinstance(result, ox.QueryBoolean):
        return f"{'true' if bool(result) else 'false'}\n"
    if not isinstance(result, ox.QuerySolutions):
        return serialize_result(result, "turtle").decode("utf-8")
    variables = [v.value for v in result.variables]
    rows = [[solution[v] for v in variables] for solution in result]
    iris = [t for row in rows for t in row if isinstance(t, ox.NamedNode)]
    table = format_table(variables, rows, labels_for(target, iris))
    return table + f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n"
