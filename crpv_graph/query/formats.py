"""Result formats: SPARQL 1.1 Query Results and RDF serialisations, their names, URL extensions
and media types, and choosing one for a request.

SELECT and ASK results serialise as SPARQL 1.1 Query Results (``json``, ``xml``, ``csv``,
``tsv``); CONSTRUCT and DESCRIBE results as RDF (``turtle``, ``ntriples``, ``trig``, ``json-ld``,
``xml``). pyoxigraph writes every standard format, whichever backend answered, so the bytes are
the same for the same result. This module is the one table of formats: the command line's
``--format``, the server's extensions (``/queries/NAME.ttl``), ``format=`` and ``Accept`` all
read it.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import pyoxigraph as ox

from crpv_graph.namespaces import PREFIXES
from crpv_graph.query.execute import QueryResult
from crpv_graph.query.registry import QueryError
from crpv_graph.query.terms import Term

Writer = TypeVar("Writer", ox.QueryResultsFormat, ox.RdfFormat)


@dataclass(frozen=True)
class Format(Generic[Writer]):
    """A standard format: its name, the URL extension that asks for it, the media types an
    ``Accept`` header may name it by (the preferred first), other names it goes by, and
    pyoxigraph's writer."""

    name: str
    extension: str
    media_types: tuple[str, ...]
    writer: Writer
    aliases: tuple[str, ...] = ()


# In order of preference: a client that accepts several formats equally (``*/*``) gets the first.
RESULT_FORMATS: dict[str, Format[ox.QueryResultsFormat]] = {
    f.name: f
    for f in (
        Format("json", "json", ("application/sparql-results+json", "application/json"),
               ox.QueryResultsFormat.JSON),
        Format("xml", "xml", ("application/sparql-results+xml", "application/xml", "text/xml"),
               ox.QueryResultsFormat.XML),
        Format("csv", "csv", ("text/csv",), ox.QueryResultsFormat.CSV),
        Format("tsv", "tsv", ("text/tab-separated-values",), ox.QueryResultsFormat.TSV),
    )
}  # fmt: skip
GRAPH_FORMATS: dict[str, Format[ox.RdfFormat]] = {
    f.name: f
    for f in (
        Format("turtle", "ttl",
               ("text/turtle", "application/x-turtle", "application/turtle", "text/n3"),
               ox.RdfFormat.TURTLE, aliases=("n3",)),
        Format("ntriples", "nt", ("application/n-triples", "text/plain"), ox.RdfFormat.N_TRIPLES),
        Format("trig", "trig", ("application/trig",), ox.RdfFormat.TRIG),
        Format("json-ld", "jsonld", ("application/ld+json", "application/json"),
               ox.RdfFormat.JSON_LD),
        Format("xml", "xml", ("application/rdf+xml", "application/xml", "text/xml"),
               ox.RdfFormat.RDF_XML),
    )
}  # fmt: skip

#: What ``--format`` takes: the table, then every standard format once.
FORMATS = ("table", *RESULT_FORMATS, *(f for f in GRAPH_FORMATS if f not in RESULT_FORMATS))
#: URL extension -> format name (``xml`` is results or RDF, as the query's form decides).
EXTENSIONS = {
    **{f.extension: f.name for f in RESULT_FORMATS.values()},
    **{f.extension: f.name for f in GRAPH_FORMATS.values()},
}


class NotAcceptable(ValueError):
    """No format the client accepts (or names) can carry this kind of result."""


def negotiate(accept: str, graph: bool, explicit: str | None = None) -> str:
    """The format to answer in: ``explicit`` if it names one (by name, extension, alias or
    media type), else the best for ``accept``.

    Raises :class:`NotAcceptable` when the client accepts none of the formats, or when
    ``explicit`` names a format this kind of result cannot take.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", graph=False)
    'xml'
    >>> negotiate("*/*", graph=True), negotiate("", graph=False, explicit="tsv")
    ('turtle', 'tsv')
    >>> negotiate("", graph=True, explicit="csv")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    crpv_graph.query.formats.NotAcceptable: a CONSTRUCT or DESCRIBE result cannot be given as ...
    """
    table: dict[str, Format[ox.RdfFormat]] | dict[str, Format[ox.QueryResultsFormat]]
    table = GRAPH_FORMATS if graph else RESULT_FORMATS
    offered = ", ".join(table)
    if explicit:
        wanted = explicit.lower()
        for fmt in table.values():
            if wanted in (fmt.name, fmt.extension, *fmt.aliases, *fmt.media_types):
                return fmt.name
        kind = "a CONSTRUCT or DESCRIBE result" if graph else "a SELECT or ASK result"
        raise NotAcceptable(f"{kind} cannot be given as {explicit}; try one of {offered}")
    candidates = [media for fmt in table.values() for media in fmt.media_types]
    best = best_media_type(accept, candidates)
    if best is None:
        media = ", ".join(fmt.media_types[0] for fmt in table.values())
        raise NotAcceptable(f"none of the accepted media types can be served; try {media}")
    return next(fmt.name for fmt in table.values() if best in fmt.media_types)


def best_media_type(accept: str, offered: list[str]) -> str | None:
    """The offered media type ``accept`` prefers (``*/*`` when empty), or ``None``.

    A type's parameters (``charset``, a JSON-LD ``profile``) do not keep it from matching, as
    clients send them (``q`` still weighs):

    >>> best_media_type("application/sparql-results+json; charset=utf-8",
    ...                 ["application/sparql-results+xml", "application/sparql-results+json"])
    'application/sparql-results+json'
    >>> best_media_type("text/csv;q=0.5, image/png", ["text/csv"]), best_media_type("a/b", ["c/d"])
    ('text/csv', None)
    """
    # werkzeug parses Accept headers; only the server negotiates, so the CLI does not import it.
    from werkzeug.datastructures import MIMEAccept
    from werkzeug.http import parse_accept_header

    asked = parse_accept_header(accept or "*/*", MIMEAccept)
    plain = MIMEAccept([(value.split(";")[0].strip(), quality) for value, quality in asked])
    return plain.best_match(offered)


def media_type(fmt: str, graph: bool) -> str:
    """The media type of a format, for a graph result or a SELECT/ASK one.

    >>> media_type("xml", graph=False), media_type("xml", graph=True)
    ('application/sparql-results+xml', 'application/rdf+xml')
    """
    return (GRAPH_FORMATS if graph else RESULT_FORMATS)[fmt].writer.media_type


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
    graph_format = GRAPH_FORMATS.get(fmt)
    if graph_format is None:
        raise QueryError(
            f"format {fmt!r} is for SELECT/ASK results; a graph result takes one of "
            f"{', '.join(GRAPH_FORMATS)}"
        )
    # Triples in a canonical order: the same graph gives the same bytes from every backend.
    triples = sorted(result, key=str)
    return ox.serialize(triples, format=graph_format.writer, prefixes=PREFIXES) or b""


def _results_format(fmt: str) -> ox.QueryResultsFormat:
    if fmt not in RESULT_FORMATS:
        raise QueryError(
            f"format {fmt!r} is for graph results; SELECT/ASK results take table or one of "
            f"{', '.join(RESULT_FORMATS)}"
        )
    return RESULT_FORMATS[fmt].writer
