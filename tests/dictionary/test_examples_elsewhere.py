"""The dictionary's example queries, copied as printed, give its rows on other stores too: a
researcher pastes them into an Oxigraph or a Virtuoso 7 endpoint the dataset was published to."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from crpv_graph.dictionary import Dictionary
from crpv_graph.dictionary.model import Example
from crpv_graph.query import Target, execute
from crpv_graph.query.remote import SparqlEndpoint
from crpv_graph.store import compiled
from tests.helpers import OxigraphServer, VirtuosoServer


def examples(dictionary: Dictionary) -> list[Example]:
    """Every example the dictionary prints, once per text."""
    found = [entry.example for entry in dictionary.classes]
    if dictionary.worked:
        worked = dictionary.worked
        found += [worked.national, worked.events, worked.difference]
    return list({example.text: example for example in found}.values())


Row = tuple[str, ...]


def rows(target: Target, text: str) -> list[Row]:
    """The rows as a multiset (stores may order ties differently); a blank node is "_:", as
    each store names it its own way (the instances of a class of unnamed nodes)."""
    result = execute(target, text)
    assert isinstance(result, ox.QuerySolutions)
    return sorted(
        tuple("_:" if isinstance(v, ox.BlankNode) else "" if v is None else v.value for v in row)
        for row in result
    )


@pytest.mark.parametrize("where", ["oxigraph", "virtuoso"])
def test_every_example_gives_the_dictionarys_rows_on_another_store(
    where: str, real_dictionary: Dictionary, request: pytest.FixtureRequest
) -> None:
    server: OxigraphServer | VirtuosoServer = request.getfixturevalue(f"{where}_server")
    endpoint = SparqlEndpoint(server.query_url, timeout=120)
    printed = examples(real_dictionary)
    assert len(printed) > 20 and all(example.rows for example in printed[:5])
    store = compiled.open_dataset().store
    differing = []
    for example in printed:
        here = rows(store, example.text)
        assert len(here) == len(example.rows), example.text
        if rows(endpoint, example.text) != here:
            differing.append(example.text)
    assert differing == []
