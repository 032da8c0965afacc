"""Every source of the fact sheet and both articles has its file; provenance holds."""

from __future__ import annotations

import re

import pytest

from crpv_graph.store.dataset import LoadedDataset
from tests.helpers import SHARED


@pytest.mark.skipif(
    not (SHARED / "facts.md").exists(), reason="../shared/facts.md not beside the checkout"
)
def test_every_url_of_the_fact_sheet_is_a_source_graph(real_dataset: LoadedDataset) -> None:
    facts = (SHARED / "facts.md").read_text(encoding="utf-8")
    urls = set(re.findall(r"https?://[^\] ;|)]+", facts))
    articles = {
        line.split(":", 1)[1].strip()
        for path in (SHARED / "sources").glob("*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()[:1]
    }
    graphs = set(real_dataset.graph_files)
    missing = sorted((urls | articles) - graphs)
    assert not missing, f"no source file for: {missing}"


def test_each_data_file_holds_one_source_graph(real_dataset: LoadedDataset) -> None:
    for path in real_dataset.data_files:
        graphs = [g for g, files in real_dataset.graph_files.items() if path in files]
        assert "https://w3id.org/crpv/graph/sources" in graphs, path
        assert len(graphs) == 2, (path, graphs)
