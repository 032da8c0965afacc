"""Writing query results: an aligned table with labels, or a standard serialisation.

SELECT and ASK results serialise as SPARQL 1.1 Query Results (``json``, ``xml``, ``csv``,
``tsv``); CONSTRUCT and DESCRIBE results as RDF (``turtle``, ``ntriples``, ``json-ld``... see
:data:`GRAPH_FORMATS`). ``table`` shows labels in place of IRIs, for people.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import IO

import pyoxigraph as ox

from crpv_graph.namespaces import PREFIXES
from crpv_graph.sparql import resolve_query

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

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


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


def labels_for(store: ox.Store, iris: Sequence[ox.NamedNode]) -> dict[str, str]:
    """A display label (French first) for each IRI that has one."""
    if not iris:
        return {}
    values = " ".join(str(iri) for iri in set(iris))
    text = resolve_query("labels").text.replace(
        "VALUES ?resource {}", f"VALUES ?resource {{ {values} }}"
    )
    labels: dict[str, str] = {}
    result = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    for solution in result:
        resource, label = solution["resource"], solution["label"]
        if isinstance(resource, ox.NamedNode) and isinstance(label, ox.Literal):
            labels.setdefault(resource.value, label.value)
    return labels


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


def write_result(
    store: ox.Store,
    result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples,
    fmt: str,
    stream: IO[str],
) -> None:
    """Write a query result to a text stream in one of :data:`FORMATS`."""
    if isinstance(result, ox.QueryBoolean):
        if fmt == "table":
            stream.write(f"{'true' if bool(result) else 'false'}\n")
        else:
            stream.write(_serialize_results(result, _results_format(fmt)))
        return
    if isinstance(result, ox.QueryTriples):
        triples = list(result)
        rdf_format = GRAPH_FORMATS.get("turtle" if fmt == "table" else fmt)
        if rdf_format is None:
            raise ValueError(
                f"format {fmt!r} is for SELECT/ASK results; a graph result takes one of "
                f"{', '.join(GRAPH_FORMATS)}"
            )
        data = ox.serialize(triples, format=rdf_format, prefixes=PREFIXES)
        stream.write(data.decode("utf-8") if data else "")
        return
    variables = [v.value for v in result.variables]
    if fmt != "table":
        stream.write(_serialize_results(result, _results_format(fmt)))
        return
    rows = [[solution[v] for v in variables] for solution in result]
    iris = [t for row in rows for t in row if isinstance(t, ox.NamedNode)]
    stream.write(format_table(variables, rows, labels_for(store, iris)))
    stream.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


def _results_format(fmt: str) -> ox.QueryResultsFormat:
    try:
        return RESULT_FORMATS[fmt]
    except KeyError:
        raise ValueError(
            f"format {fmt!r} is for graph results; SELECT/ASK results take table or one of "
            f"{', '.join(RESULT_FORMATS)}"
        ) from None


def _serialize_results(
    result: ox.QuerySolutions | ox.QueryBoolean, rdf_format: ox.QueryResultsFormat
) -> str:
    buffer = io.BytesIO()
    result.serialize(buffer, format=rdf_format)
    return buffer.getvalue().decode("utf-8")
