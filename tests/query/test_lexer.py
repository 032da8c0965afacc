"""The lexer reads a query's tokens as Oxigraph, the engine that runs served queries, reads them:
comments, escapes, strings, IRIs and keywords glued to other letters; without recursion.

The test marked "Oxigraph" runs pyoxigraph itself on the reading a rule of the lexer rests on,
so that an upgrade that changes Oxigraph's reading fails here first.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from crpv_graph.query.lexer import SparqlLexError, Token, expand_escapes, tokens


def texts(text: str) -> list[str]:
    return [token.text for token in tokens(text)]


def test_oxigraph_decodes_escapes_only_inside_strings_and_iris() -> None:
    result = ox.Store().query(r"SELECT ?s ?i WHERE { BIND('\u0027' AS ?s) BIND(<x:\u0041> AS ?i) }")
    assert isinstance(result, ox.QuerySolutions)
    row = next(iter(result))
    assert (row["s"].value, row["i"].value) == ("'", "x:A")


def test_a_comment_ends_at_a_carriage_return() -> None:
    assert texts("ASK { # c\rSERVICE <x:y> {} }") == ["ASK", "{", "SERVICE", "<x:y>", "{", "}", "}"]
    assert texts("ASK { # c \\u000A SERVICE\n}") == ["ASK", "{", "}"]


def test_escapes_are_decoded_in_strings_and_iris_only() -> None:
    iri, string = [t for t in tokens(r"ASK { ?s <x:\u0041> '\u0027\n' }") if t.kind != "punct"][2:]
    assert (iri.value, string.value) == ("x:A", "'\n")
    with pytest.raises(SparqlLexError, match="unexpected `\\\\`"):
        list(tokens(r"ASK { \u0053ERVICE <x:y> {} }"))
    assert expand_escapes(r"\u0053ERVICE \U0000004c") == "SERVICE L"


def test_a_word_holds_every_letter_glued_to_a_keyword() -> None:
    kinds = [(t.kind, t.text) for t in tokens("ASK { ?s ?p trueSERVICE 1.SERVICE?x ex:a.b }")]
    assert ("word", "trueSERVICE") in kinds
    assert ("number", "1") in kinds and ("word", "SERVICE") in kinds
    assert ("var", "?x") in kinds and ("pname", "ex:a.b") in kinds


@pytest.mark.parametrize(
    ("text", "strings"),
    [
        ("'''a''b'''", ["a''b"]),
        ("'''a'''' '", None),
        ("''''a'''", ["'a"]),
        ('"""a\nb"""', ["a\nb"]),
        ("'a\\'b'", ["a'b"]),
        ("''", [""]),
    ],
)
def test_long_strings_end_at_the_first_three_quotes(text: str, strings: list[str] | None) -> None:
    found = [t.value for t in tokens(f"ASK {{ ?s ?p {text} }}") if t.kind == "string"]
    if strings is not None:
        assert found == strings
    else:
        assert len(found) == 2  # '''a''' then the rest opens another string


def test_lt_is_an_iri_in_patterns_and_a_comparison_after_an_operand_in_parentheses() -> None:
    found = [(t.kind, t.text) for t in tokens("ASK { ?s <x:p#a> ?o FILTER(?o < 3 && ?o <= ?s) }")]
    assert [text for kind, text in found if kind == "iri"] == ["<x:p#a>"]
    assert ("punct", "<") in found and ("punct", "<=") in found
    values = "ASK { VALUES (?a ?b) { (<x:a> <x:b#c>) } }"
    assert [t.value for t in tokens(values) if t.kind == "iri"] == ["x:a", "x:b#c"]


@pytest.mark.parametrize(
    "text",
    [
        "ASK { FILTER(?a<2)SERVICE#>\n <x:y> {} }",
        "ASK { FILTER(true||?a<'y> # ')SERVICE <x:y> {} }",
        "ASK { ?s ?p (1 <x:b#c>) }",
        "ASK { FILTER(?a<x:FROM>) }",
    ],
)
def test_an_lt_that_reads_two_ways_is_an_error(text: str) -> None:
    with pytest.raises(SparqlLexError, match="ambiguous `<`"):
        list(tokens(text))


def test_tokens_report_line_and_column_after_lf_cr_and_crlf() -> None:
    found = {t.text: (t.line, t.column) for t in tokens("ASK\r\n{ ?a\r?b\n  '''x\ny''' ?c }")}
    assert found["ASK"] == (1, 1)
    assert found["?a"] == (2, 3)
    assert found["?b"] == (3, 1)
    assert found["?c"] == (5, 6)


def test_tokens_know_their_depth_and_frame() -> None:
    found: dict[str, Token] = {t.text: t for t in tokens("SELECT (1 AS ?x) { VALUES ?v { 2 } }")}
    assert (found["1"].frame, found["1"].depth) == ("paren", 1)
    assert (found["2"].frame, found["2"].depth) == ("data", 2)
    assert found["VALUES"].frame == "group"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("ASK { ?s ?p ?o ", "`{` is never closed at line 1, column 5"),
        ("ASK { ?s ?p ?o ) }", "unexpected `)` at line 1, column 16"),
        ("ASK { ?s ?p 'abc }", "unterminated or invalid string at line 1, column 13"),
        ("ASK { ?s ?p '\\uD800' }", "names no character at line 1, column 13"),
        ("ASK {\x0c}", "unexpected `\x0c` at line 1, column 6"),
    ],
)
def test_lexer_errors_say_where(text: str, message: str) -> None:
    with pytest.raises(SparqlLexError) as error:
        list(tokens(text))
    assert str(error.value).endswith(message)


def test_the_lexer_does_not_recurse() -> None:
    assert max(t.depth for t in tokens("ASK " + "{" * 50_000 + "}" * 50_000)) == 50_000
