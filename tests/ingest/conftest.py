"""The ingester over the real dataset, built once for the tests that link names to it."""

from __future__ import annotations

import pytest

from crpv_graph.ingest import Ingester
from crpv_graph.store import dataset


@pytest.fixture(scope="module")
def ingester(real_dataset: dataset.LoadedDataset) -> Ingester:
    return Ingester.from_graph(real_dataset.store)
