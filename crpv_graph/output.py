"""Writing query results: an aligned table with labels, or a standard serialisation.

SELECT and ASK results serialise as SPARQL 1.1 Query Results (``json``, ``xml``, ``csv``,
``tsv``); CONSTRUCT and DESCRIBE results as RDF (``turtle``, ``ntriples``, ``trig``, ``json-ld``,
``xml``). ``table`` shows labels in place of IRIs, for people. pyoxigraph writes every standard
format, whichever backend answered, so the bytes are the same for the same result.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import IO

import pyoxigraph as ox

from crpv_graph.namespaces import PREFIXES
from crpv_graph.sparql import QueryResult, Target, Term, execute, resolve_query, with_value_rows

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "json-ld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
FORMATS = ("table", *RESULT_FORMATS, *(f for f in GRAPH_FORMATS if f not in RESULT_FORMATS))
MAX_CELL = 70


def media_type(fmt: str, graph: bool) -> str:
    """The media type of a format, for a graph result or a SELECT/ASK one.

    >>> media_type("xml", graph=False), media_type("xml", graph=True)
    ('application/sparql-results+xml', 'application/rdf+xml')
    """
    if graph:
        return GRAPH_FORMATS[fmt].media_type
    return RESULT_FORMATS[fmt].media_type


def compact(iri: str) -> str:
    """A prefixed name for an IRI when a project prefix fits, else the IRI in angle brackets.

    >>> compact("https://w3id.org/crpv/id/organization/irev")
    'o:irev'
    >>> compact("http://example.org/x")
    '<http://example.org/x>'
    """
    best = ""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(namespace) > len(PREFIXES.get(best, "")):
            local = iri[len(namespace) :]
            if local and "/" not in local and "#" not in local:
                best = prefix
    return f"{best}:{iri[len(PREFIXES[best]) :]}" if best else f"<{iri}>"


def labels_for(target: Target, iris: Iterable[ox.NamedNode]) -> dict[str, str]:
    """A display label (French first, see the ``labels`` query) for each IRI that has one."""
    unique = sorted(set(iris), key=lambda iri: iri.value)
    if not unique:
        return {}
    text = with_value_rows(
        resolve_query("labels").text, [ox.Variable("resource")], [[iri] for iri in unique]
    )
    result = execute(target, text)
    labels: dict[str, str] = {}
    assert isinstance(result, ox.QuerySolutions)
    for solution in result:
        resource, label = solution["resource"], solution["label"]
        if isinstance(resource, ox.NamedNode) and isinstance(label, ox.Literal):
            labels.setdefault(resource.value, label.value)
    return labels


def solutions_from_rows(
    variables: Sequence[str], rows: Iterable[Sequence[Term | None]]
) -> ox.QuerySolutions:
    """SELECT solutions made from rows of terms, to serialise with pyoxigraph's writers.

    The rows travel as SPARQL TSV, where every term keeps its exact N-Triples form, so nothing is
    lost: this is how a capped or transferred result is written like a fresh one.

    >>> solutions = solutions_from_rows(["s", "o"], [[ox.NamedNode("http://example.org/a"), None]])
    >>> [str(solution["s"]) for solution in solutions]
    ['<http://example.org/a>']
    """
    lines = ["\t".join(f"?{name}" for name in variables)]
    lines += ["\t".join("" if term is None else str(term) for term in row) for row in rows]
    result = ox.parse_query_results("\n".join(lines) + "\n", ox.QueryResultsFormat.TSV)
    assert isinstance(result, ox.QuerySolutions)
    return result


def serialize_result(result: QueryResult, fmt: str) -> bytes:
    """A result in one of the standard formats (not ``table``).

    >>> serialize_result(ox.parse_query_results('{"head":{},"boolean":true}',
    ...                                         ox.QueryResultsFormat.JSON), "csv")
    b'true'
    """
    if isinstance(result, ox.QuerySolutions | ox.QueryBoolean):
        buffer = io.BytesIO()
        result.serialize(buffer, format=_results_format(fmt))
        return buffer.getvalue()
    rdf_format = GRAPH_FORMATS.get(fmt)
    if rdf_format is None:
        raise ValueError(
            f"format {fmt!r} is for SELECT/ASK results; a graph result takes one of "
            f"{', '.join(GRAPH_FORMATS)}"
        )
    # Triples in a canonical order: the same graph gives the same bytes from every backend.
    triples = sorted(result, key=str)
    return ox.serialize(triples, format=rdf_format, prefixes=PREFIXES) or b""


def _cell(term: Term | None, labels: dict[str, str]) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        text = labels.get(term.value) or compact(term.value)
    elif isinstance(term, ox.Literal):
        text = term.value
    else:
        text = str(term)
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def format_table(
    variables: Sequence[str], rows: Sequence[Sequence[Term | None]], labels: dict[str, str]
) -> str:
    """Rows as an aligned plain-text table, IRIs replaced by their labels.

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
    if fmt != "table":
        stream.write(serialize_result(result, fmt).decode("utf-8"))
        return
    if isinstance(result, ox.QueryBoolean):
        stream.write(f"{'true' if bool(result) else 'false'}\n")
        return
    if not isinstance(result, ox.QuerySolutions):
        stream.write(serialize_result(result, "turtle").decode("utf-8"))
        return
    variables = [v.value for v in result.variables]
    rows = [[solution[v] for v in variables] for solution in result]
    iris = [t for row in rows for t in row if isinstance(t, ox.NamedNode)]
    stream.write(format_table(variables, rows, labels_for(target, iris)))
    stream.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


def _results_format(fmt: str) -> ox.QueryResultsFormat:
    try:
        return RESULT_FORMATS[fmt]
    except KeyError:
        raise ValueError(
            f"format {fmt!r} is for graph results; SELECT/ASK results take table or one of "
            f"{', '.join(RESULT_FORMATS)}"
        ) from None
