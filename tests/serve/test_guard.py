"""The query guard refuses updates, SERVICE and remote FROM wherever they hide, and big queries.

The guard reads queries with the lexer (``test_lexer.py``), which must read them as Oxigraph
does: the test marked "Oxigraph" runs pyoxigraph on the texts the lexer's rules come from, with
a listener as the remote endpoint, so that an upgrade that changes Oxigraph's reading fails here
first; the guard must refuse every one of them.
"""

from __future__ import annotations

import pickle
import sys
from collections.abc import Iterator

import pyoxigraph as ox
import pytest
import rdflib.plugins.sparql

from crpv_graph.query import bind, load_queries, with_values
from crpv_graph.serve.guard import (
    MAX_CLAUSES,
    MAX_DEPTH,
    MAX_EXPRESSION_TOKENS,
    MAX_LENGTH,
    MAX_OPERATORS,
    MAX_PATTERNS,
    MAX_TOKENS,
    RefusedQuery,
    check_query,
)
from tests.helpers import Listener
from tests.serve.hostile import QUERY_SHAPES, shape_sizes

LOCAL_GRAPH = "https://www.irev.fr/actualites/barcamp"
P = "<http://example.org/p>"


def refusal(
    text: str, graphs: frozenset[str] = frozenset(), max_length: int = MAX_LENGTH
) -> RefusedQuery:
    with pytest.raises(RefusedQuery) as refused:
        check_query(text, graphs, max_length=max_length)
    assert "\n" not in refused.value.message
    return refused.value


# --- As Oxigraph reads it -------------------------------------------------------------------


@pytest.fixture(scope="module")
def oxigraph_listener() -> Iterator[Listener]:
    spy = Listener()
    yield spy
    spy.close()


def oxigraph_connects(listener: Listener, text: str) -> bool:
    """Whether running ``text`` on an empty store connects to the listener."""
    before = listener.connections
    try:
        result = ox.Store().query(text.replace("URL", f"<{listener.url}>"))
        if isinstance(result, ox.QuerySolutions):
            list(result)
    except (OSError, SyntaxError, RuntimeError):
        pass
    # Exact: every connection made before the read is counted (see Listener.connections).
    return listener.connections > before


@pytest.mark.parametrize(
    ("text", "connects"),
    [
        ("ASK { # c\rSERVICE URL {} }", True),
        ("ASK { # c\nSERVICE URL {} }", True),
        ("ASK { # c\x0bSERVICE URL {} }", False),
        (r"ASK { \u0053ERVICE URL {} }", False),
        (r"ASK { # c \u000ASERVICE URL {} }", False),
        ("SELECT * WHERE { BIND('a\\u0027 AS ?x) SERVICE URL {} #' AS ?y) }", False),
        ("ASK { SERVICESILENT URL {} }", True),
        ("ASK { ?s ?p trueSERVICE URL {} }", True),
        ("ASK { ?s ?p 1.SERVICE URL {} }", True),
        ("ASK { FILTERNOTEXISTS { SERVICE URL {} } }", True),
        ("PREFIX : URL PREFIX service: <http://x/> ASK { service:x {} }", True),
        ("ASK { ?s ?p ?trueSERVICE URL {} }", False),
        ("PREFIX ex: <http://x/> ASK { ?s ?p ex:aSERVICE URL {} }", False),
        ("ASK { BIND(1 AS ?a) FILTER(?a<2)SERVICE#>\n URL {} }", True),
        ("ASK { \u017fERVICE URL {} }", False),
    ],
)
def test_oxigraph_reads_comments_escapes_and_keywords_as_the_lexer_assumes(
    oxigraph_listener: Listener, text: str, connects: bool
) -> None:
    assert oxigraph_connects(oxigraph_listener, text) is connects
    refused = refusal(text.replace("URL", f"<{oxigraph_listener.url}>"))
    assert refused.status == 400


# --- Refusals -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "load silent <http://127.0.0.1:9/data.ttl> into graph <http://example.org/g>",
        "CLEAR ALL",
        "DROP GRAPH <http://example.org/g>",
        "PREFIX ex: <http://example.org/> INSERT { ex:a ex:b ?o } WHERE { ?s ?p ?o }",
        "# a comment\rLOAD <http://127.0.0.1:9/data.ttl>",
        r"\u004cOAD <http://127.0.0.1:9/data.ttl>",
        r"L\u004fAD <http://127.0.0.1:9/data.ttl>",
        "SELECT * WHERE { ?s ?p ?o } ; LOAD <http://127.0.0.1:9/data.ttl>",
    ],
)
def test_updates_are_refused_as_forbidden(text: str) -> None:
    refused = refusal(text)
    assert refused.status == 403
    assert "read-only" in refused.message


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "select * where { service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { VALUES ?e { <http://127.0.0.1:9/> } SERVICE ?e { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE <http://x.example/> { ?s ?q ?r } } }",
        "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://x.example/> { ?s ?q ?r } } }",
        "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://x.example/> { ?s ?q ?r } } } }",
        "ASK { GRAPH ?g { SERVICE <http://x.example/> { ?s ?q ?r } } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://x.example/> { ?s ?p ?o } }",
        "SELECT * WHERE { # c\rSERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }",
        r"SELECT * WHERE { \u0053ERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p trueSERVICE <http://127.0.0.1:9/x> { } }",
        "SELECT * WHERE { SERVICEsilent<http://127.0.0.1:9/x>{} }",
        "PREFIX ex: <http://127.0.0.1:9/> SELECT * WHERE { SERVICEex:x { } }",
        "PREFIX service: <http://127.0.0.1:9/> SELECT * WHERE { ?s service:p ?o }",
        "SELECT (EXISTS { SERVICE <http://127.0.0.1:9/x> {} } AS ?x) WHERE {}",
    ],
)
def test_service_is_refused_wherever_and_however_it_is_written(text: str) -> None:
    refused = refusal(text)
    assert refused.status == 400
    assert "SERVICE is not allowed" in refused.message


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * FROM <http://127.0.0.1:9/g> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <http://127.0.0.1:9/g> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "PREFIX ex: <http://127.0.0.1:9/> SELECT * FROM ex:g WHERE { ?s ?p ?o }",
        "BASE <http://127.0.0.1:9/> SELECT * FROM <g> WHERE { ?s ?p ?o }",
        "BASE <https://www.irev.fr/> SELECT * FROM <actualites/barcamp> FROM <x> WHERE {}",
        "PREFIX crpvg: <http://127.0.0.1:9/> SELECT * FROM crpvg:inferred WHERE { ?s ?p ?o }",
        "SELECT * FROM\r<http://127.0.0.1:9/g> WHERE { ?s ?p ?o }",
    ],
)
def test_from_a_graph_outside_the_dataset_is_refused(text: str) -> None:
    assert "not a graph of this dataset" in refusal(text, frozenset({LOCAL_GRAPH})).message


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * FROM <g> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED NAMED <http://x/> WHERE { ?s ?p ?o }",
        "SELECT * FROMNAMED <http://x/> WHERE { ?s ?p ?o }",
    ],
)
def test_a_from_clause_the_guard_cannot_resolve_is_refused(text: str) -> None:
    refused = refusal(text, frozenset({LOCAL_GRAPH}))
    assert refused.status == 400
    assert "graph of this dataset" in refused.message


def test_from_a_graph_of_the_dataset_is_allowed() -> None:
    text = f"SELECT * FROM <{LOCAL_GRAPH}> FROM NAMED <{LOCAL_GRAPH}> WHERE {{ ?s ?p ?o }}"
    assert check_query(text, {LOCAL_GRAPH}) == "SELECT"
    relative = "BASE <https://www.irev.fr/> SELECT * FROM <actualites/barcamp> WHERE { ?s ?p ?o }"
    assert check_query(relative, {LOCAL_GRAPH}) == "SELECT"


def test_project_prefixes_resolve_in_from() -> None:
    graph = "https://w3id.org/crpv/graph/inferred"
    assert check_query("SELECT * FROM crpvg:inferred WHERE { ?s ?p ?o }", {graph}) == "SELECT"
    dotted = "https://w3id.org/crpv/graph/a.b"
    assert check_query("SELECT * FROM crpvg:a\\.b WHERE { ?s ?p ?o }", {dotted}) == "SELECT"


def test_a_from_rdflib_sees_and_the_lexer_does_not_is_refused() -> None:
    # rdflib decodes the escaped line feed first, ending the comment; Oxigraph does not.
    text = "SELECT * # \\u000A FROM <http://127.0.0.1:9/g>\nWHERE { ?s ?p ?o }"
    assert "read differently" in refusal(text).message


# --- Readable errors ------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n", "# only a comment\n# and another"])
def test_an_empty_query_says_so(text: str) -> None:
    assert refusal(text).message == "empty query: send a SPARQL query"


def test_an_unknown_prefix_is_named_with_its_place() -> None:
    refused = refusal("SELECT * WHERE { foo:bar ?p ?o }")
    assert refused.message == "unknown prefix `foo:` at line 1, column 18"
    later = refusal("SELECT * WHERE { ?s ex:p ?o } \n PREFIX ex: <http://x/>")
    assert later.message == "unknown prefix `ex:` at line 1, column 21"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("SELECT * WHERE { ?s ?p }", "syntax error at line 1, column 18: cannot read `?s ?p }`"),
        ("SELECT * WHERE { ?s ?p ?o } }", "syntax error at line 1, column 29: unexpected `}`"),
        ("SELEC * WHERE {}", "syntax error at line 1, column 1: cannot read `SELEC * WHERE {}`"),
        ("ASK {\n} LIMIT x", "syntax error at line 2, column 3: unexpected `LIMIT`"),
        ("ASK { ?s ?p 'x }", "syntax error at line 1, column 13: unterminated or invalid string"),
        ("ASK { ?s ?p ?o ", "syntax error at line 1, column 5: `{` is never closed"),
    ],
)
def test_a_syntax_error_is_one_short_line_that_says_where(text: str, message: str) -> None:
    refused = refusal(text)
    assert (refused.status, refused.message) == (400, message)


def test_a_literal_rdflib_cannot_read_is_refused_in_one_line() -> None:
    assert "rdflib's parser fails" in refusal("SELECT * WHERE { ?s ?p -.1 }").message


# --- Limits ---------------------------------------------------------------------------------


def test_length_is_checked_before_anything_reads_the_text() -> None:
    text = "SELECT * WHERE { ?s ?p '" + "\\" * 300 + "' }"
    assert refusal(text, max_length=100).message == (
        f"query is {len(text)} characters long; the limit is 100"
    )
    assert MAX_LENGTH == 256 * 1024


def test_depth_is_reported_with_its_limit() -> None:
    text = "SELECT * WHERE " + "{" * 41 + "}" * 41
    assert refusal(text).message == "query nests 41 levels deep; the limit is 32"
    assert check_query("SELECT * WHERE " + "{" * MAX_DEPTH + "}" * MAX_DEPTH, set()) == "SELECT"
    unclosed = refusal("(" * 5000).message
    assert unclosed == f"query nests at least {MAX_TOKENS:,} levels deep; the limit is 32"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "SELECT * WHERE { VALUES ?x { " + "1 " * MAX_TOKENS + "} }",
            f"query has more than {MAX_TOKENS:,} tokens (the limit)",
        ),
        (
            "SELECT * WHERE { VALUES (?x) {" + " (<http://example.org/x>)" * 10_000 + " } }",
            f"query has more than {MAX_TOKENS:,} tokens (the limit)",
        ),
        (
            "SELECT * WHERE { FILTER(?x IN (" + "1, " * 200 + "1)) }",
            f"query has 407 tokens in expressions (parentheses, SELECT, ORDER BY...); "
            f"the limit is {MAX_EXPRESSION_TOKENS}",
        ),
        (
            "SELECT * WHERE { ?s ?p ?o } ORDER BY " + "?s " * 300,
            f"query has 302 tokens in expressions (parentheses, SELECT, ORDER BY...); "
            f"the limit is {MAX_EXPRESSION_TOKENS}",
        ),
        (
            "SELECT * WHERE { ?s " + "/".join([P] * 130) + " ?o }",
            f"query has 129 operators; the limit is {MAX_OPERATORS}",
        ),
        (
            "SELECT * WHERE { ?s ?p ?o" + " OPTIONAL { ?s ?p ?o }" * 130 + " }",
            "query has 131 UNION, OPTIONAL, MINUS, FILTER, BIND, GRAPH, VALUES, EXISTS, FROM or "
            f"SELECT clauses; the limit is {MAX_CLAUSES}",
        ),
        (
            "SELECT * WHERE { " + " . ".join(["?s ?p ?o"] * 65) + " }",
            f"query has 65 triple patterns and path steps; the limit is {MAX_PATTERNS}",
        ),
        (
            "SELECT * WHERE { ?s " + "/".join([P] * 60) + " ?o . ?s ?p 1, 2, 3, 4, 5, 6 }",
            f"query has 66 triple patterns and path steps; the limit is {MAX_PATTERNS}",
        ),
    ],
)
def test_each_size_limit_refuses_with_its_numbers(text: str, message: str) -> None:
    assert refusal(text).message == message


@pytest.mark.parametrize("name", QUERY_SHAPES)
def test_every_shape_at_every_size_passes_or_is_refused_in_one_line(name: str) -> None:
    for n in shape_sizes(QUERY_SHAPES[name]):
        text = QUERY_SHAPES[name](n)
        assert len(text) <= MAX_LENGTH
        try:
            assert check_query(text, set()) == "SELECT"
        except RefusedQuery as refused:
            assert refused.status == 400 and "\n" not in refused.message, (name, n)


def test_the_recursion_limit_is_restored_and_rdflib_left_as_it_was() -> None:
    limit = sys.getrecursionlimit()
    check_query("SELECT * WHERE { ?s ?p ?o }", set())
    assert sys.getrecursionlimit() == limit
    assert rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS is True


# --- What must pass -------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_every_named_query_passes_with_its_defaults(name: str) -> None:
    named = load_queries()[name]
    text = with_values(named.text, bind(named, {}))
    assert check_query(text, set()) == named.form


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("ASK { ?s ?p ?o }", "ASK"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("DESCRIBE <http://example.org/a>", "DESCRIBE"),
        ("# a comment that says INSERT\nSELECT * WHERE { ?s ?p 'SERVICE' }", "SELECT"),
        (
            "PREFIX ex: <http://example.org/> SELECT ?service WHERE { ?service a ex:service }",
            "SELECT",
        ),
        ("SELECT * WHERE { ?s ?p 'FROM <http://127.0.0.1:9/g> SERVICE' }", "SELECT"),
        ('SELECT * WHERE { ?s ?p """a\nSERVICE <x:y> {}\n""" }', "SELECT"),
        ("SELECT * WHERE { ?s rdf:type <http://www.w3.org/2002/07/owl#Class> }", "SELECT"),
        ("SELECT * WHERE { ?s ?p ?o FILTER(?o < 3 && ?o>1) }", "SELECT"),
        ("SELECT * WHERE { ?s ?p ?o FILTER(?o<3) }", "SELECT"),
        ("SELECT * WHERE { ?s ?p ?o FILTER(?o != <http://x/#a>) }", "SELECT"),
        ("SELECT * WHERE { ?s ?p ?o FILTER(?o IN (<http://x/#a>, <http://x/#b>)) }", "SELECT"),
        ("SELECT * WHERE { VALUES (?a ?b) { (<x:a> <http://x/#b>) } }", "SELECT"),
        ("SELECT * WHERE { ?s ?p 'caf\\u00e9', \"l'arbre\"@fr }", "SELECT"),
        ("SELECT * WHERE { ?s <http://x/p\\u0041> ?o }\r\n# CRLF lines\r\n", "SELECT"),
        ("SELECT * WHERE { ?s ?p ?o } # LOAD <http://127.0.0.1:9/> SERVICE", "SELECT"),
        ("PREFIX : <http://x/> SELECT * WHERE { :a :service :c }", "SELECT"),
        ("SELECT (COUNT(*) AS ?n) WHERE { ?s a crpv:ResourceCentre } GROUP BY ?s", "SELECT"),
        ("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }", "SELECT"),
    ],
)
def test_ordinary_queries_pass_with_their_form(text: str, form: str) -> None:
    assert check_query(text, {"http://example.org/g"}) == form


def test_refusals_survive_pickling_between_processes() -> None:
    copy = pickle.loads(pickle.dumps(RefusedQuery("read-only", 403)))
    assert (copy.message, copy.status) == ("read-only", 403)
