"""The real dataset's store, which the projections are checked on."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from crpv_graph.store import dataset


@pytest.fixture(scope="module")
def store(real_dataset: dataset.LoadedDataset) -> ox.Store:
    return real_dataset.store
