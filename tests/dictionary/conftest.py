"""The dictionary of the real data, read once for the package's tests."""

from __future__ import annotations

import pytest

from crpv_graph.dictionary import Dictionary, read_dictionary
from crpv_graph.store import compiled


@pytest.fixture(scope="session")
def real_dictionary() -> Dictionary:
    """The data dictionary of the real compiled dataset."""
    return read_dictionary(compiled.open_dataset().store)
