"""Running queries: only queries run; SPARQL Update is refused before anything is sent."""

from __future__ import annotations

from tests.helpers import Listener, invoke, one_line_error


def test_sparql_update_is_refused_as_such_and_never_sent(listener: Listener) -> None:
    for endpoint in ((), ("--endpoint", listener.url)):
        message = one_line_error(invoke("query", "--query", "DROP ALL", *endpoint))
        assert "SPARQL Update is not supported" in message
    assert listener.connections == 0
