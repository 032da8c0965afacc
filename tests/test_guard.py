"""The query guard refuses updates, SERVICE and remote FROM wherever they hide."""

from __future__ import annotations

import pytest

from crpv_graph.guard import RefusedQuery, check_query

LOCAL_GRAPH = "https://www.irev.fr/actualites/barcamp"


@pytest.mark.parametrize(
    "text",
    [
        "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "CLEAR ALL",
        "DROP GRAPH <http://example.org/g>",
        "PREFIX ex: <http://example.org/> INSERT { ex:a ex:b ?o } WHERE { ?s ?p ?o }",
    ],
)
def test_updates_are_refused_as_forbidden(text: str) -> None:
    with pytest.raises(RefusedQuery) as refused:
        check_query(text, set())
    assert refused.value.status == 403
    assert "read-only" in refused.value.message


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
    ],
)
def test_service_is_refused_wherever_it_is_nested(text: str) -> None:
    with pytest.raises(RefusedQuery, match="SERVICE is not allowed") as refused:
        check_query(text, set())
    assert refused.value.status == 400


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * FROM <http://127.0.0.1:9/g> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <http://127.0.0.1:9/g> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "PREFIX ex: <http://127.0.0.1:9/> SELECT * FROM ex:g WHERE { ?s ?p ?o }",
    ],
)
def test_from_a_graph_outside_the_dataset_is_refused(text: str) -> None:
    with pytest.raises(RefusedQuery, match="not a graph of this dataset"):
        check_query(text, {LOCAL_GRAPH})


def test_from_a_graph_of_the_dataset_is_allowed() -> None:
    text = f"SELECT * FROM <{LOCAL_GRAPH}> FROM NAMED <{LOCAL_GRAPH}> WHERE {{ ?s ?p ?o }}"
    assert check_query(text, {LOCAL_GRAPH}) == "SELECT"


def test_project_prefixes_resolve_in_from() -> None:
    graph = "https://w3id.org/crpv/graph/inferred"
    assert check_query("SELECT * FROM crpvg:inferred WHERE { ?s ?p ?o }", {graph}) == "SELECT"


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("ASK { ?s ?p ?o }", "ASK"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("DESCRIBE <http://example.org/a>", "DESCRIBE"),
        ("# a comment that says INSERT\nSELECT * WHERE { ?s ?p 'SERVICE' }", "SELECT"),
    ],
)
def test_safe_queries_pass_with_their_form(text: str, form: str) -> None:
    assert check_query(text, set()) == form


def test_a_syntax_error_says_where() -> None:
    with pytest.raises(RefusedQuery) as refused:
        check_query("SELECT * WHERE { ?s ?p }", set())
    assert refused.value.status == 400
    assert refused.value.message.startswith("syntax error:")
    assert "col:" in refused.value.message


def test_refusals_survive_pickling_between_processes() -> None:
    import pickle

    copy = pickle.loads(pickle.dumps(RefusedQuery("read-only", 403)))
    assert (copy.message, copy.status) == ("read-only", 403)
