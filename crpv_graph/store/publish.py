"""Publishing the dataset to a triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

Each named graph of the dataset (one per source document, plus the metadata, inferred and
ontology graphs) is sent whole with ``PUT ?graph=IRI``, which replaces the graph on the server:
pushing twice leaves exactly one copy of every triple, and a graph edited since the last push
loses its removed triples. Graphs that exist only on the server are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx
import pyoxigraph as ox

from crpv_graph.errors import CrpvError
from crpv_graph.query.remote import USER_AGENT, endpoint_url, one_line


class PushError(CrpvError):
    """The store refused a graph or could not be reached; the message is one line."""


@dataclass(frozen=True)
class PushReport:
    """What a push sent."""

    endpoint: str
    graphs: int
    triples: int


def graph_payload(store: ox.Store, graph: ox.NamedNode) -> tuple[bytes, int]:
    """A named graph as N-Triples, with its number of triples.

    >>> store = ox.Store()
    >>> g = ox.NamedNode("http://example.org/g")
    >>> store.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
    ...                   ox.Literal("o"), g))
    >>> graph_payload(store, g)
    (b'<http://example.org/s> <http://example.org/p> "o" .\\n', 1)
    """
    triples = [quad.triple for quad in store.quads_for_pattern(None, None, None, graph)]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"", len(triples)


def push(store: ox.Store, endpoint: str, timeout: float = 60.0) -> PushReport:
    """PUT every named graph of ``store`` to a Graph Store Protocol ``endpoint``.

    ``endpoint`` is the store's graph-store URL (Oxigraph: ``http://HOST:PORT/store``).
    """
    endpoint_url(endpoint)
    graphs = sorted(store.named_graphs(), key=lambda graph: graph.value)
    total = 0
    headers = {"Content-Type": ox.RdfFormat.N_TRIPLES.media_type, "User-Agent": USER_AGENT}
    try:
        with httpx.Client(timeout=timeout, headers=headers) as client:
            for graph in graphs:
                if not isinstance(graph, ox.NamedNode):
                    continue
                payload, count = graph_payload(store, graph)
                response = client.put(endpoint, params={"graph": graph.value}, content=payload)
                if response.status_code not in (200, 201, 204):
                    raise PushError(
                        f"{endpoint}: graph <{graph.value}> refused with HTTP "
                        f"{response.status_code}: {one_line(response.text)}"
                    )
                total += count
    except httpx.TimeoutException as error:
        raise PushError(f"{endpoint}: no answer within {timeout:g} s") from error
    except httpx.HTTPError as error:
        raise PushError(f"{endpoint}: unreachable: {error}") from error
    return PushReport(endpoint, len(graphs), total)
