"""Named SPARQL queries: reading their headers, binding parameters, running them.

Every query of the library is a ``.rq`` file in ``crpv_graph/queries/`` whose first comment lines
form a header::

    # title: Resource centres and the territories they cover
    # description: Every resource centre with its territory, seat, website and founding date,
    #   with the source of each statement.
    # param: centre iri o:irev  The centre to describe (default: all)
    # example: crpv-graph query centres --param centre=o:irev

A line starting with ``#`` and two spaces continues the previous field. Parameters are bound
by a ``VALUES`` block opening the query's ``WHERE`` clause, written from RDF terms (so a value is
always one well-formed term, never query text). pyoxigraph's ``substitutions`` would be cleaner but
only binds variables of the ``SELECT`` projection.

>>> q = parse_query_text("demo", "# title: Demo\\n# param: year integer 2021 A year\\nSELECT * {}")
>>> q.title, q.params[0].name, q.params[0].kind, q.params[0].default
('Demo', 'year', 'integer', '2021')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Protocol, TypeAlias

import pyoxigraph as ox

from crpv_graph.namespaces import PREFIXES, sparql_prologue

XSD = "http://www.w3.org/2001/XMLSchema#"
PARAM_KINDS = ("iri", "string", "integer", "year", "date")

Term: TypeAlias = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
QueryResult: TypeAlias = ox.QuerySolutions | ox.QueryBoolean | Iterable[ox.Triple]
"""What a query gives: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE)."""


class Endpoint(Protocol):
    """A SPARQL service other than the embedded store: :class:`crpv_graph.remote.SparqlEndpoint`.

    It receives complete query text (prologue included) and answers with pyoxigraph results,
    so that everything downstream (formats, tables, DataFrames) is the same for every backend.
    """

    def query(self, text: str) -> QueryResult:
        """Run a query and return its result."""
        ...


Target: TypeAlias = ox.Store | Endpoint
"""Where a query runs: the embedded store or an :class:`Endpoint`."""


class QueryError(Exception):
    """A query that cannot be run: unknown name, bad parameter, syntax error."""


@dataclass(frozen=True)
class Param:
    """A parameter of a named query: ``?name`` in the query text."""

    name: str
    kind: str
    default: str | None
    doc: str


@dataclass(frozen=True)
class NamedQuery:
    """A SPARQL query with its documented header."""

    name: str
    text: str
    title: str = ""
    description: str = ""
    params: tuple[Param, ...] = ()
    examples: tuple[str, ...] = ()
    fields: Mapping[str, str] = field(default_factory=dict)

    @property
    def form(self) -> str:
        """The query form: ``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``."""
        return query_form(self.text)


def query_form(text: str) -> str:
    """The form of a query text, its comments and prologue skipped (``SELECT`` if unclear).

    >>> query_form("# describes a class\\nPREFIX ask: <http://example.org/>\\nCONSTRUCT WHERE {}")
    'CONSTRUCT'
    """
    body = re.sub(r"(?m)^\s*#.*$|#[^\n<>\"']*$", "", text)
    body = re.sub(r"(?im)^\s*(PREFIX|BASE)\s+[^\n]*", "", body)
    match = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", body, re.IGNORECASE)
    return match.group(1).upper() if match else "SELECT"


def parse_query_text(name: str, text: str) -> NamedQuery:
    """Read the comment header of a query text (see the module docstring)."""
    fields: dict[str, str] = {}
    params: list[Param] = []
    examples: list[str] = []
    last: str | None = None
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        continuation = re.match(r"#\s{2,}(\S.*)", line)
        header = re.match(r"#\s?([a-z]+):\s*(.*)", line)
        if header and not continuation:
            key, value = header.group(1), header.group(2).strip()
            if key == "param":
                params.append(_parse_param(name, value))
            elif key == "example":
                examples.append(value)
            else:
                fields[key] = value
            last = key
        elif continuation and last and last not in ("param", "example"):
            fields[last] = f"{fields[last]} {continuation.group(1).strip()}"
        elif continuation and last == "param":
            previous = params[-1]
            params[-1] = Param(
                previous.name,
                previous.kind,
                previous.default,
                f"{previous.doc} {continuation.group(1).strip()}",
            )
    return NamedQuery(
        name=name,
        text=text,
        title=fields.get("title", ""),
        description=fields.get("description", ""),
        params=tuple(params),
        examples=tuple(examples),
        fields=fields,
    )


def _parse_param(query_name: str, value: str) -> Param:
    parts = value.split(None, 3)
    if len(parts) < 2 or parts[1] not in PARAM_KINDS:
        raise QueryError(
            f"{query_name}: a param line reads 'param: NAME KIND [DEFAULT|-] DOC' with KIND one of "
            f"{', '.join(PARAM_KINDS)}; got {value!r}"
        )
    default = parts[2] if len(parts) > 2 and parts[2] != "-" else None
    return Param(parts[0], parts[1], default, parts[3] if len(parts) > 3 else "")


def queries_dir() -> Path:
    """The directory of the package's named queries."""
    return Path(str(resources.files("crpv_graph") / "queries"))


def rules_dir() -> Path:
    """The directory of the build's inference rules (SPARQL CONSTRUCT)."""
    return Path(str(resources.files("crpv_graph") / "rules"))


def load_queries(directory: Path | None = None) -> dict[str, NamedQuery]:
    """All named queries of a directory, by name (the file name without ``.rq``)."""
    directory = directory or queries_dir()
    return {
        path.stem: parse_query_text(path.stem, path.read_text(encoding="utf-8"))
        for path in sorted(directory.glob("*.rq"))
    }


def resolve_query(name_or_file: str) -> NamedQuery:
    """A named query by name, or a query read from a ``.rq`` file path."""
    path = Path(name_or_file)
    if path.suffix == ".rq" and path.is_file():
        return parse_query_text(path.stem, path.read_text(encoding="utf-8"))
    library = load_queries()
    if name_or_file in library:
        return library[name_or_file]
    raise QueryError(
        f"unknown query {name_or_file!r}: not a .rq file, nor one of {', '.join(sorted(library))}"
    )


def expand_iri(value: str) -> str:
    """Expand ``prefix:local`` with the project's prefixes; strip ``<...>``.

    >>> expand_iri("o:irev")
    'https://w3id.org/crpv/id/organization/irev'
    >>> expand_iri("<http://example.org/x>")
    'http://example.org/x'
    """
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        return PREFIXES[prefix] + local
    if re.match(r"^[a-z][a-z0-9+.-]*:", value, re.IGNORECASE):
        return value
    raise QueryError(f"{value!r} is not an IRI nor a prefixed name with a known prefix")


def to_term(param: Param, value: str) -> ox.NamedNode | ox.Literal:
    """Convert a command-line value to the RDF term a parameter expects.

    >>> to_term(Param("year", "year", None, ""), "2021")
    <Literal value=2021 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
    """
    if param.kind == "iri":
        try:
            return ox.NamedNode(expand_iri(value))
        except ValueError as error:
            raise QueryError(f"parameter {param.name}: {value!r} is not a valid IRI") from error
    if param.kind in ("integer", "year"):
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise QueryError(f"parameter {param.name} expects an integer, got {value!r}")
        return ox.Literal(value.strip(), datatype=ox.NamedNode(XSD + "integer"))
    if param.kind == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            raise QueryError(f"parameter {param.name} expects a date YYYY-MM-DD, got {value!r}")
        return ox.Literal(value.strip(), datatype=ox.NamedNode(XSD + "date"))
    return ox.Literal(value)


def bind(
    query: NamedQuery, values: Mapping[str, str]
) -> dict[ox.Variable, ox.NamedNode | ox.Literal]:
    """Substitutions for a query from ``name=value`` pairs and the declared defaults."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(values) - set(declared))
    if unknown:
        known = ", ".join(declared) or "none"
        raise QueryError(
            f"{query.name} has no parameter {', '.join(unknown)} (parameters: {known})"
        )
    bound: dict[ox.Variable, ox.NamedNode | ox.Literal] = {}
    for param in query.params:
        value = values.get(param.name, param.default)
        if value is not None:
            bound[ox.Variable(param.name)] = to_term(param, value)
    return bound


def with_values(text: str, bound: Mapping[ox.Variable, ox.NamedNode | ox.Literal]) -> str:
    """The query text with one ``VALUES`` block per bound variable opening its WHERE clause.

    One block per variable, not one block of all of them: a single row binding two variables
    reads to Oxigraph's planner as one table joined to both, and it may then pair every match
    of the first with every match of the second before their own patterns narrow them
    (a draft of ``partners-in-common`` took 80 s instead of 2.5 s at 100k triples that way).

    >>> with_values("SELECT ?s WHERE { ?s ?p ?year }", {ox.Variable("year"): ox.Literal("2021")})
    'SELECT ?s WHERE { VALUES (?year) { ("2021") } ?s ?p ?year }'
    """
    for variable, value in reversed(list(bound.items())):
        text = with_value_rows(text, [variable], [[value]])
    return text


def with_value_rows(
    text: str, variables: Sequence[ox.Variable], rows: Sequence[Sequence[Term]]
) -> str:
    """The query text with a multi-row ``VALUES`` block opening its WHERE clause.

    Each value is written in its N-Triples form by pyoxigraph, so it is always one well-formed
    term, whatever it contains.

    >>> with_value_rows("SELECT * WHERE { ?s ?p ?o }", [ox.Variable("s")],
    ...                 [[ox.NamedNode("http://example.org/a")], [ox.NamedNode("http://example.org/b")]])
    'SELECT * WHERE { VALUES (?s) { (<http://example.org/a>) (<http://example.org/b>) } ?s ?p ?o }'
    """
    match = re.search(r"\bWHERE\s*\{", _mask_comments(text), re.IGNORECASE)
    if match is None:
        raise QueryError("a parameterised query needs a WHERE clause to bind its parameters")
    names = " ".join(str(variable) for variable in variables)
    block = " ".join("(" + " ".join(_sparql_term(term) for term in row) + ")" for row in rows)
    return f"{text[: match.end()]} VALUES ({names}) {{ {block} }}{text[match.end() :]}"


def _sparql_term(term: Term) -> str:
    """A term as SPARQL text: its N-Triples form, or bare digits for an xsd:integer.

    >>> _sparql_term(ox.Literal("2021", datatype=ox.NamedNode(XSD + "integer")))
    '2021'
    """
    if (
        isinstance(term, ox.Literal)
        and term.datatype.value == XSD + "integer"
        and re.fullmatch(r"[+-]?\d+", term.value)
    ):
        return term.value
    return str(term)


def _mask_comments(text: str) -> str:
    """The text with ``#`` comments blanked out (same length), so searches skip them."""
    return re.sub(r"(?m)^\s*#.*$", lambda m: " " * len(m.group(0)), text)


def execute(target: Target, text: str) -> QueryResult:
    """Run complete query text on the embedded store or an endpoint.

    On the store, the default graph is the union of all graphs and the project's prefixes are
    predeclared; an endpoint receives them as a prologue and is expected to use the union of its
    graphs as default graph too (Oxigraph: ``--union-default-graph``).

    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/p"),
    ...                   ox.Literal("x"), ox.NamedNode("http://example.org/graph")))
    >>> bool(execute(store, "ASK { ?s ?p 'x' }"))
    True
    """
    try:
        if isinstance(target, ox.Store):
            return target.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
        return target.query(sparql_prologue() + text)
    except SyntaxError as error:
        raise QueryError(f"invalid SPARQL: {error}") from error


def run(
    target: Target,
    query: NamedQuery | str,
    values: Mapping[str, str] | None = None,
) -> QueryResult:
    """Run a named or inline query, its parameters bound from ``values`` and their defaults."""
    named = query if isinstance(query, NamedQuery) else parse_query_text("inline", query)
    text = with_values(named.text, bind(named, values or {}))
    try:
        return execute(target, text)
    except QueryError as error:
        raise QueryError(f"{named.name}: {error}") from error


def select_rows(
    target: Target, query: NamedQuery | str, values: Mapping[str, str] | None = None
) -> Iterator[dict[str, Term | None]]:
    """Run a SELECT and yield each solution as a ``{variable: term}`` dict."""
    result = run(target, query, values)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("select_rows expects a SELECT query")
    names = [v.value for v in result.variables]
    for solution in result:
        yield {name: solution[name] for name in names}


__all__ = [
    "Endpoint",
    "NamedQuery",
    "Param",
    "QueryError",
    "bind",
    "execute",
    "expand_iri",
    "load_queries",
    "parse_query_text",
    "resolve_query",
    "run",
    "select_rows",
    "with_value_rows",
    "with_values",
]
