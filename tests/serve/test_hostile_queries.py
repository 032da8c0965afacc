"""No query text makes ``crpv-graph serve`` connect anywhere, and no query size breaks it.

Every spelling SPARQL allows for SERVICE, LOAD and FROM (comments ended by CR, LF or CRLF,
``\\u``/``\\U`` escapes of any letter, any case, in every graph pattern, after BASE and PREFIX)
is sent to the real server with a local listener as the remote endpoint: nothing may reach it.
The combinations are sampled with a fixed seed, so each run sends the same queries.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

import httpx
import pytest

from tests.helpers import Listener, ServedEndpoint, count_centres, serving
from tests.serve.hostile import QUERY_SHAPES, shape_sizes

SEED = 12
# The size tests' server: the usual row cap, a timeout longer than the client's.
PATIENT = ("--timeout", "60", "--max-rows", "500")
LISTENER_BASE = "http://127.0.0.1:{port}/"
CONTEXTS = (
    "SELECT * WHERE {{ {clause} }}",
    "SELECT * WHERE {{ {{ SELECT * WHERE {{ {clause} }} }} }}",
    "SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ {clause} }} }}",
    "SELECT * WHERE {{ ?s ?p ?o FILTER NOT EXISTS {{ {clause} }} }}",
    "SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ {clause} }} }}",
    "SELECT * WHERE {{ ?s ?p ?o MINUS {{ {clause} }} }}",
    "SELECT * WHERE {{ {{ ?s ?p ?o }} UNION {{ {clause} }} }}",
    "SELECT * WHERE {{ GRAPH ?g {{ {clause} }} }}",
    "SELECT * WHERE {{ ?s crpv:coversTerritory/crpv:inseeCode ?o . {clause} }}",
    "SELECT * WHERE {{ ?s ?p true{clause} }}",
    "ASK {{ {clause} }}",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {clause} }}",
    "DESCRIBE ?s WHERE {{ {clause} }}",
    "SELECT (EXISTS {{ {clause} }} AS ?e) WHERE {{}}",
)
# Between two tokens; the empty one only where no separator is needed (before `<`, `{`).
SEPARATORS = (" ", "\n", "\r", "\r\n", "\t", " # a comment\n", " # a comment\r", "#\r\n", "#\r")


def spellings(word: str) -> list[str]:
    """Every way to write ``word`` with one letter escaped or its case changed, and mixes."""
    found = {word, word.lower(), word.title()}
    for i, letter in enumerate(word):
        for escape in (f"\\u{ord(letter):04X}", f"\\u{ord(letter):04x}", f"\\U{ord(letter):08X}"):
            found.add(word[:i] + escape + word[i + 1 :])
        found.add(word[:i] + letter.lower() + word[i + 1 :])
    found.add("".join(f"\\u{ord(letter):04x}" for letter in word))
    return sorted(found)


def one_service(rnd: random.Random, sep: list[str], base: str) -> str:
    endpoints = (f"<{base}sparql>", "remote:sparql", "<sparql>", "?endpoint", "remote:")
    endpoint = rnd.choice(endpoints)
    silent = rnd.choice(("", f"{rnd.choice(spellings('SILENT'))}{sep[3]}"))
    clause = f"{rnd.choice(spellings('SERVICE'))}{sep[0]}{silent}{endpoint}{sep[1]}{{ ?s ?p ?o }}"
    if endpoint == "?endpoint":
        clause = f"VALUES ?endpoint {{ <{base}sparql> }}{sep[2]}{clause}"
    prologue = f"PREFIX remote: <{base}>{sep[2]}BASE <{base}>{sep[3]}"
    return prologue + rnd.choice(CONTEXTS).format(clause=clause)


def one_load(rnd: random.Random, sep: list[str], base: str) -> str:
    target = rnd.choice((f"<{base}data.ttl>", "<data.ttl>", f"<{base}x> INTO GRAPH <{base}g>"))
    silent = rnd.choice(("", f"SILENT{sep[2]}"))
    prologue = rnd.choice(("", f"BASE <{base}>{sep[1]}", f"PREFIX r: <{base}>{sep[1]}"))
    return f"{prologue}{rnd.choice(spellings('LOAD'))}{sep[0]}{silent}{target}"


def one_from(rnd: random.Random, sep: list[str], base: str) -> str:
    named = rnd.choice(("", f"{rnd.choice(spellings('NAMED'))}{sep[1]}"))
    graph = rnd.choice((f"<{base}g>", "remote:g", "<g>", "<../g>", "remote:"))
    prologue = f"BASE <{base}a/>{sep[2]}PREFIX remote: <{base}>{sep[2]}"
    keyword = rnd.choice(spellings("FROM"))
    return f"{prologue}SELECT *{sep[0]}{keyword}{sep[0]}{named}{graph} WHERE {{}}"


def sampled(
    make: Callable[[random.Random, list[str], str], str],
    separators: int,
    rnd: random.Random,
    port: int,
    count: int,
) -> list[str]:
    """``count`` queries made by ``make``, each with its own draw of ``separators`` separators,
    against the listener on ``port``."""
    base = LISTENER_BASE.format(port=port)
    queries = []
    for _ in range(count):
        sep = [rnd.choice(SEPARATORS) for _ in range(separators)]
        queries.append(make(rnd, sep, base))
    return queries


def test_no_spelling_of_service_load_or_from_reaches_the_network(
    served: ServedEndpoint, listener: Listener
) -> None:
    rnd = random.Random(SEED)
    cases = [(q, 400) for q in sampled(one_service, 4, rnd, listener.port, 240)]
    cases += [(q, 403) for q in sampled(one_load, 3, rnd, listener.port, 60)]
    cases += [(q, 400) for q in sampled(one_from, 3, rnd, listener.port, 60)]
    # The holes measured before the lexer: a comment ended by CR, a keyword glued to `true`.
    url = f"<{listener.url}>"
    cases += [
        (f"SELECT * WHERE {{ # c\rSERVICE {url} {{ ?s ?p ?o }} }}", 400),
        (f"SELECT * WHERE {{ ?s ?p trueSERVICE {url} {{}} }}", 400),
        (f"SELECT * WHERE {{ BIND(1 AS ?a) FILTER(?a<2)SERVICE#>\n {url} {{}} }}", 400),
    ]
    with httpx.Client(timeout=30) as client:
        for number, (query, status) in enumerate(cases):
            if number % 4:
                answer = client.post(served.sparql, data={"query": query})
            else:
                answer = client.post(
                    served.sparql,
                    content=query.encode(),
                    headers={"Content-Type": "application/sparql-query"},
                )
            assert answer.status_code == status, (query, answer.text)
            assert answer.text.count("\n") == 1 and answer.text.endswith("\n"), answer.text
    assert listener.connections == 0


@pytest.fixture(scope="module")
def patient(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedEndpoint]:
    """The server with a query timeout longer than the client's: a big query on a busy machine
    may take more than the usual fixture's 2 s, and that would be the clock's verdict, not the
    query's; a shape that makes the server hang still fails, on the client's 30 s."""
    with serving(tmp_path_factory.mktemp("patient"), *PATIENT) as (endpoint, _):
        yield endpoint


@pytest.mark.parametrize("name", QUERY_SHAPES)
def test_every_shape_at_every_size_answers_200_or_a_one_line_400(
    patient: ServedEndpoint, name: str
) -> None:
    make = QUERY_SHAPES[name]
    with httpx.Client(timeout=30) as client:
        for n in shape_sizes(make):
            answer = client.post(
                patient.sparql,
                content=make(n).encode(),
                headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
            )
            assert answer.status_code in (200, 400), (name, n, answer.text[:200])
            if answer.status_code == 400:
                assert answer.text.count("\n") == 1, answer.text


def test_the_server_still_answers_after_every_refusal_and_size(
    served: ServedEndpoint, patient: ServedEndpoint
) -> None:
    assert count_centres(served).text.splitlines() == ["n", "21"]
    assert count_centres(patient).text.splitlines() == ["n", "21"]
