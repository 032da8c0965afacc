"""The real dataset's store, which the projections are checked on, its projections and their
pages."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from crpv_graph import network
from crpv_graph.network import render
from crpv_graph.store import dataset


@pytest.fixture(scope="module")
def store(real_dataset: dataset.LoadedDataset) -> ox.Store:
    return real_dataset.store


@pytest.fixture(scope="session")
def graphs(real_dataset: dataset.LoadedDataset) -> dict[str, nx.Graph[str]]:
    """Every projection of the real data, by kind."""
    return {kind: network.project(real_dataset.store, kind) for kind in network.KINDS}


@pytest.fixture(scope="session")
def pages(
    graphs: dict[str, nx.Graph[str]], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """The French page of every projection, by kind, and the people's page in English
    (``people-en``), as ``crpv-graph network --out`` writes them."""
    directory = tmp_path_factory.mktemp("network-pages")
    written = {
        kind: render.write_page(graph, directory / f"{kind}.html", render.page_title(kind))
        for kind, graph in graphs.items()
    }
    english = render.page_title("people", None, "en")
    written["people-en"] = render.write_page(
        graphs["people"], directory / "people-en.html", english, "en"
    )
    return written
