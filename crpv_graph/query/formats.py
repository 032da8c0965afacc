"""Result formats: SPARQL 1.1 Query Results and RDF serialisations, with their media types.

SELECT and ASK results serialise as SPARQL 1.1 Query Results (``json``, ``xml``, ``csv``,
``tsv``); CONSTRUCT and DESCRIBE results as RDF (``turtle``, ``ntriples``, ``trig``, ``json-ld``,
``xml``). pyoxigraph writes every standard format, whichever backend answered, so the bytes are
the same for the same result.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

import pyoxigraph as ox

from crpv_graph.namespaces import PREFIXES
from crpv_graph.query.execute import QueryResult
from crpv_graph.query.registry import QueryError
from crpv_graph.query.terms import Term

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


def media_type(fmt: str, graph: bool) -> str:
    """The media type of a format, for a graph result or a SELECT/ASK one.

    >>> media_type("xml", graph=False), media_type("xml", graph=True)
    ('application/sparql-results+xml', 'application/rdf+xml')
    """
    if graph:
        return GRAPH_FORMATS[fmt].media_type
    return RESULT_FORMATS[fmt].media_type


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
        raise QueryError(
            f"format {fmt!r} is for SELECT/ASK results; a graph result takes one of "
            f"{', '.join(GRAPH_FORMATS)}"
        )
    # Triples in a canonical order: the same graph gives the same bytes from every backend.
    triples = sorted(result, key=str)
    return ox.serialize(triples, format=rdf_format, prefixes=PREFIXES) or b""


def _results_format(fmt: str) -> ox.QueryResultsFormat:
    try:
        return RESULT_FORMATS[fmt]
    except KeyError:
        raise QueryError(
            f"format {fmt!r} is for graph results; SELECT/ASK results take table or one of "
            f"{', '.join(RESULT_FORMATS)}"
        ) from None
