"""The compiled-dataset cache: used while the inputs are unchanged, never once they change."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from conftest import FIXTURE_DATA

from crpv_graph.paths import default_ontology_dir
from crpv_graph.store import cache, dataset

ONTOLOGY = default_ontology_dir()


@pytest.fixture
def cache_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CRPV_CACHE", str(folder))
    return folder


def test_a_second_load_comes_from_the_cache(cache_in: Path) -> None:
    first = cache.compiled_store(FIXTURE_DATA, ONTOLOGY)
    (cached,) = cache_in.glob("*.nq")
    second = cache.compiled_store(FIXTURE_DATA, ONTOLOGY)
    assert len(second) == len(first) == len(dataset.load(FIXTURE_DATA).store)
    assert list(cache_in.glob("*.nq")) == [cached]


def test_a_changed_file_is_never_served_stale(cache_in: Path, fixture_copy: Path) -> None:
    before = cache.compiled_store(fixture_copy, ONTOLOGY)
    article = next(fixture_copy.glob("*article*.trig"))
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace('"Centre A"@fr', '"Centre A renamed"@fr'), encoding="utf-8")
    os.utime(article, ns=(time.time_ns(), time.time_ns() + 1_000_000))
    after = cache.compiled_store(fixture_copy, ONTOLOGY)
    labels = {q.object.value for q in after if q.predicate.value.endswith("#label")}
    assert "Centre A renamed" in labels
    assert len(list(cache_in.glob("*.nq"))) == 1, "the stale copy is removed"
    assert len(after) == len(before)
