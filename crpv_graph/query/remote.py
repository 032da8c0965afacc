"""Remote SPARQL 1.1 endpoints, queried with SPARQLWrapper as a researcher would.

A :class:`SparqlEndpoint` answers with the same pyoxigraph result objects as the embedded
store: SELECT and ASK results come back as SPARQL JSON and CONSTRUCT/DESCRIBE results as
N-Triples, both parsed by pyoxigraph, so every output format is written by the same code
whichever backend answered.

On a store that ``crpv-graph push`` published to, the client asks first which graphs the
dataset has (``protocol/published-graphs.rq``) and then names them in every query with the
protocol's ``default-graph-uri`` (the union graph, each triple once) and ``named-graph-uri``
(the dataset's graphs): the store's system graphs, other datasets and staging copies stay out,
and the answers are those of the embedded store. A query with its own ``FROM`` keeps its own.

Every failure (unreachable host, timeout, HTTP error, unreadable answer) becomes a
:class:`RemoteError` whose message is one line naming the endpoint.

A blank node label means nothing outside the result that holds it, and stores choose their own:
Virtuoso writes ``nodeID://b10290``, which is no blank node label pyoxigraph (or N-Triples)
accepts. Such labels are renamed, consistently within the result, before it is parsed.
"""

from __future__ import annotations

import http.client
import json
import re
import socket
import urllib.error
import urllib.parse
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from SPARQLWrapper import JSON, N3, POST, URLENCODED, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from crpv_graph import __version__
from crpv_graph.errors import CrpvError
from crpv_graph.namespaces import GRAPH_UNION, sparql_prologue
from crpv_graph.query import QueryResult, load_queries, query_form
from crpv_graph.query.lexer import SparqlLexError, tokens

USER_AGENT = f"crpv-graph/{__version__} (+https://w3id.org/crpv/)"
"""Sent with every request: public endpoints refuse SPARQLWrapper's default agent."""

MAX_ERROR_TEXT = 300


class RemoteError(CrpvError):
    """A remote endpoint could not answer: the message is one line, fit for a terminal."""


@dataclass(frozen=True)
class PublishedDataset:
    """The graphs of a dataset on a store, as the protocol names them."""

    default_graph: str
    named_graphs: tuple[str, ...]


def protocol_queries() -> Path:
    """The queries the tool itself sends to stores (``crpv_graph/query/protocol``)."""
    return Path(str(resources.files("crpv_graph.query") / "protocol"))


def declares_dataset(text: str) -> bool:
    """Whether a query names its own dataset (``FROM`` or ``FROM NAMED``).

    >>> declares_dataset("SELECT * FROM <http://example.org/g> { ?s ?p ?o }")
    True
    >>> declares_dataset("SELECT * { ?s ?p 'FROM' } # FROM")
    False
    """
    try:
        return any(token.kind == "word" and token.value == "FROM" for token in tokens(text))
    except SparqlLexError:
        return False  # the store will say what is wrong with it


class SparqlEndpoint:
    """A SPARQL 1.1 Protocol endpoint, e.g. ``http://localhost:7878/query``.

    >>> SparqlEndpoint("http://localhost:7878/query", timeout=5).url
    'http://localhost:7878/query'
    """

    def __init__(self, url: str, timeout: float = 30.0, *, whole_store: bool = False) -> None:
        self.url = endpoint_url(url)
        self.timeout = timeout
        #: Query every graph of the store, not only the published dataset's (``push`` does).
        self.whole_store = whole_store

    def __repr__(self) -> str:
        return f"SparqlEndpoint({self.url!r}, timeout={self.timeout})"

    @cached_property
    def dataset(self) -> PublishedDataset | None:
        """The dataset ``push`` published there, or None if the store holds none."""
        named = load_queries(protocol_queries())["published-graphs"]
        answer = self._send(sparql_prologue() + named.text, None)
        if not isinstance(answer, ox.QuerySolutions):
            return None
        graphs = sorted(
            term.value for solution in answer if isinstance(term := solution["graph"], ox.NamedNode)
        )
        return PublishedDataset(str(GRAPH_UNION), tuple(graphs)) if graphs else None

    def query(self, text: str) -> QueryResult:
        """Send a query (POST, form-encoded) and parse the answer with pyoxigraph."""
        own = self.whole_store or declares_dataset(text)
        return self._send(text, None if own else self.dataset)

    def _send(self, text: str, dataset: PublishedDataset | None) -> QueryResult:
        wrapper = SPARQLWrapper(self.url, agent=USER_AGENT)
        if dataset is not None:
            # Virtuoso answers with one header per graph named; urllib's http.client stops at
            # 100 headers. Raised (never lowered) only when a dataset is named.
            needed = 2 * len(dataset.named_graphs) + 100
            limit: int = getattr(http.client, "_MAXHEADERS", 100)
            setattr(http.client, "_MAXHEADERS", max(limit, needed))  # noqa: B010
            wrapper.addDefaultGraph(dataset.default_graph)
            for named_graph in dataset.named_graphs:
                wrapper.addNamedGraph(named_graph)
        wrapper.setQuery(text)
        wrapper.setMethod(POST)
        wrapper.setRequestMethod(URLENCODED)
        wrapper.setOnlyConneg(True)  # the Accept header only, no ad-hoc format= parameters
        wrapper.setTimeout(int(max(1, round(self.timeout))))
        # SPARQLWrapper guesses the form with a regex that words in comments can fool.
        wrapper.queryType = query_form(text)
        graph = wrapper.queryType in ("CONSTRUCT", "DESCRIBE")
        if graph:
            # N3 makes SPARQLWrapper accept Turtle and N-Triples, which pyoxigraph reads.
            wrapper.setReturnFormat(N3)
        else:
            wrapper.setReturnFormat(JSON)
        body, content_type = self._fetch(wrapper)
        try:
            if graph:
                rdf_format = (
                    ox.RdfFormat.N_TRIPLES if "n-triples" in content_type else ox.RdfFormat.TURTLE
                )
                return [quad.triple for quad in ox.parse(body, format=rdf_format)]
            # pyoxigraph reads solutions as they are iterated: read them once here, so that an
            # answer of the wrong shape fails here and not halfway through printing a result.
            body = readable_blank_nodes(body)
            results = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
            if isinstance(results, ox.QuerySolutions):
                for _ in results:
                    pass
                results = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
            return results
        except (SyntaxError, ValueError) as error:
            raise RemoteError(
                f"{self.url}: the answer ({content_type or 'no content type'}) is not a SPARQL "
                f"result: {one_line(str(error))}"
            ) from error

    def _fetch(self, wrapper: SPARQLWrapper) -> tuple[bytes, str]:
        try:
            response = wrapper.query().response
            return response.read(), response.headers.get("Content-Type", "")
        except SPARQLWrapperException as error:
            detail = getattr(error, "response", None) or b""
            raise RemoteError(
                f"{self.url}: {type(error).__name__}: {one_line(_text(detail)) or error.msg}"
            ) from error
        except urllib.error.HTTPError as error:
            raise RemoteError(
                f"{self.url}: HTTP {error.code} {one_line(str(error.reason))}: "
                f"{one_line(_text(error.read()))}"
            ) from error
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, TimeoutError | socket.timeout):
                raise RemoteError(f"{self.url}: no answer within {self.timeout:g} s") from error
            raise RemoteError(f"{self.url}: unreachable: {reason}") from error
        except TimeoutError as error:
            raise RemoteError(f"{self.url}: no answer within {self.timeout:g} s") from error
        except (http.client.HTTPException, OSError) as error:
            raise RemoteError(f"{self.url}: {type(error).__name__}: {error}") from error


def endpoint_url(url: str) -> str:
    """``url`` if it can name an endpoint, an http or https URL with a host; else a
    :class:`RemoteError`, before any request: urllib (under SPARQLWrapper) would open a
    ``file:`` URL, and a malformed one would fail with an exception of its own.

    >>> endpoint_url("file:///etc/passwd")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    crpv_graph.query.remote.RemoteError: file:///etc/passwd: not an endpoint: give an http://...
    """
    try:
        parts = urllib.parse.urlsplit(url)
        _ = parts.port  # read to check it: a port out of range is a ValueError
    except ValueError as error:
        raise RemoteError(f"{url}: not a URL ({error})") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise RemoteError(f"{url}: not an endpoint: give an http:// or https:// URL")
    return url


#: A blank node label as N-Triples (and pyoxigraph) accept it, ASCII letters and digits only.
PLAIN_LABEL = re.compile(r"[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?")


def readable_blank_nodes(body: bytes) -> bytes:
    """SPARQL JSON results with every blank node label pyoxigraph would refuse renamed.

    The same label gets the same new one throughout the result (a blank node shared by two rows
    stays shared); labels that are already plain, as Oxigraph's, are kept. An answer that is not
    JSON results is returned as it came, for the parser to report.

    >>> virtuoso = b'''{"head": {"vars": ["b", "c"]}, "results": {"bindings": [
    ...   {"b": {"type": "bnode", "value": "nodeID://b10290"}},
    ...   {"b": {"type": "bnode", "value": "nodeID://b10290"},
    ...    "c": {"type": "bnode", "value": "x1"}}]}}'''
    >>> rows = json.loads(readable_blank_nodes(virtuoso))["results"]["bindings"]
    >>> [{key: term["value"] for key, term in row.items()} for row in rows]
    [{'b': 'nodeID_b10290_0'}, {'b': 'nodeID_b10290_0', 'c': 'x1'}]
    """
    if b'"bnode"' not in body:
        return body
    try:
        results = json.loads(body)
        rows = results["results"]["bindings"]
        renamed: dict[str, str] = {}
        for row in rows:
            for term in row.values():
                _rename_blank_nodes(term, renamed)
    except (ValueError, KeyError, TypeError, AttributeError):
        return body
    return json.dumps(results).encode() if renamed else body


def _rename_blank_nodes(term: object, renamed: dict[str, str]) -> None:
    """Rename the blank nodes of one JSON term, and of its parts if it is a quoted triple."""
    if not isinstance(term, dict):
        return
    if term.get("type") == "bnode":
        label = str(term["value"])
        if not PLAIN_LABEL.fullmatch(label):
            plain = re.sub(r"[^A-Za-z0-9_]+", "_", label).strip("_")
            term["value"] = renamed.setdefault(label, f"{plain}_{len(renamed)}")
    elif term.get("type") == "triple":
        for part in term.get("value", {}).values():
            _rename_blank_nodes(part, renamed)


def _text(data: bytes | str) -> str:
    return data.decode("utf-8", "replace") if isinstance(data, bytes) else data


def one_line(text: str) -> str:
    """Whitespace collapsed and cut, so a server's error page fits on one line.

    >>> one_line("Parser error:\\n  unexpected  token")
    'Parser error: unexpected token'
    """
    line = " ".join(text.split())
    return line if len(line) <= MAX_ERROR_TEXT else line[: MAX_ERROR_TEXT - 1] + "…"
