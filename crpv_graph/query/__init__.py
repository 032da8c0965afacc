"""Named SPARQL queries and running them: the library's query API.

>>> from crpv_graph.query import resolve_query
>>> resolve_query("centres").form
'SELECT'
"""

from crpv_graph.query.binding import bind, expand_iri, to_term, with_value_rows, with_values
from crpv_graph.query.execute import (
    Endpoint,
    QueryResult,
    Target,
    execute,
    run,
    select_rows,
    text_rows,
)
from crpv_graph.query.find import Match, find
from crpv_graph.query.registry import (
    NamedQuery,
    Param,
    QueryError,
    load_queries,
    parse_query_text,
    queries_dir,
    query_form,
    resolve_query,
)
from crpv_graph.query.terms import Term, term_text

__all__ = [
    "Endpoint",
    "Match",
    "NamedQuery",
    "Param",
    "QueryError",
    "QueryResult",
    "Target",
    "Term",
    "bind",
    "execute",
    "expand_iri",
    "find",
    "load_queries",
    "parse_query_text",
    "queries_dir",
    "query_form",
    "resolve_query",
    "run",
    "select_rows",
    "term_text",
    "text_rows",
    "to_term",
    "with_value_rows",
    "with_values",
]
