"""Query results as pandas DataFrames, for notebooks: local or remote, with readable labels.

>>> from crpv_graph.store.dataset import load
>>> frame = to_dataframe(load().store, "network-animator", {"year": "2019"})
>>> frame[["body", "statedFor"]].to_dict("records")
[{'body': 'o:cget', 'statedFor': 2019}]
>>> frame.loc[0, "bodyLabel"]  # the CGET's display label, its full name
"Commissariat général à l'égalité des territoires"
>>> list(frame.columns)  # the source documents' titles come next to their URLs
['body', 'bodyLabel', 'statedFor', 'source', 'source_label', 'note']
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import pyoxigraph as ox

from crpv_graph.query import NamedQuery, QueryResult, Target, Term, resolve_query, run
from crpv_graph.query.labels import compact, labels_for
from crpv_graph.query.terms import XSD

INTEGERS = {XSD + name for name in ("integer", "int", "long", "short", "nonNegativeInteger",
                                    "positiveInteger", "gYear")}  # fmt: skip
FLOATS = {XSD + name for name in ("decimal", "double", "float")}


def to_dataframe(
    target: Target,
    query: NamedQuery | str,
    values: Mapping[str, str] | None = None,
    labels: bool = True,
) -> pd.DataFrame:
    """Run a named query (by name), a :class:`NamedQuery` or SPARQL text on ``target`` (the
    embedded store or an endpoint) and return its rows as a DataFrame.

    IRIs are compacted (``o:irev``); with ``labels``, each column holding IRIs is followed by a
    ``<column>_label`` column (the display label, French first) unless the query has one.
    Integers and years become ints, decimals floats, booleans bools, other literals strings;
    an unbound value is ``None``. An ASK query gives one column ``answer``; a CONSTRUCT gives
    ``subject``, ``predicate``, ``object``.
    """
    if isinstance(query, str) and query.strip() and not any(c.isspace() for c in query.strip()):
        query = resolve_query(query)  # a name or a .rq path: SPARQL text always has spaces
    return result_to_dataframe(run(target, query, values), target if labels else None)


def result_to_dataframe(result: QueryResult, labels_from: Target | None = None) -> pd.DataFrame:
    """A query result as a DataFrame (see :func:`to_dataframe`); labels looked up on
    ``labels_from`` when it is given."""
    if isinstance(result, ox.QueryBoolean):
        return pd.DataFrame({"answer": [bool(result)]})
    if isinstance(result, ox.QuerySolutions):
        columns = [variable.value for variable in result.variables]
        rows = [[solution[name] for name in columns] for solution in result]
    else:
        columns = ["subject", "predicate", "object"]
        rows = [[triple.subject, triple.predicate, triple.object] for triple in result]
    frame = pd.DataFrame([[_value(term) for term in row] for row in rows], columns=columns)
    if labels_from is None:
        return frame
    iris = {term for row in rows for term in row if isinstance(term, ox.NamedNode)}
    names = labels_for(labels_from, iris) if iris else {}
    for index in reversed(range(len(columns))):
        column = columns[index]
        holds_iris = any(isinstance(row[index], ox.NamedNode) for row in rows)
        if not holds_iris or f"{column}Label" in columns or f"{column}_label" in columns:
            continue
        column_labels = [
            names.get(row[index].value) if isinstance(row[index], ox.NamedNode) else None
            for row in rows
        ]
        frame.insert(index + 1, f"{column}_label", column_labels)
    return frame


def frame_text(frame: pd.DataFrame, fmt: str) -> str:
    """A DataFrame as text: ``csv`` (RFC 4180, a header row), ``json`` (an array of records,
    missing values as ``null``) or ``table`` (aligned columns, every row), ending in a newline.

    >>> print(frame_text(pd.DataFrame({"a": [1, None]}, dtype="Int64"), "json"), end="")
    [
     {
      "a":1
     },
     {
      "a":null
     }
    ]
    """
    if fmt == "csv":
        return frame.to_csv(index=False)
    if fmt == "json":
        return frame.to_json(orient="records", force_ascii=False, indent=1) + "\n"
    with pd.option_context("display.max_rows", None, "display.width", 200,
                           "display.max_colwidth", 40):  # fmt: skip
        return frame.to_string(index=False) + "\n"


def _value(term: Term | None) -> object:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return compact(term.value).strip("<>")
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        try:
            if datatype in INTEGERS:
                return int(term.value)
            if datatype in FLOATS:
                return float(term.value)
        except ValueError:
            return term.value
        if datatype == XSD + "boolean":
            return term.value in ("true", "1")
        return term.value
    return str(term)
