"""Node positions computed before a page is written: the same for the same graph, apart from
each other, and cached on disk without trusting a damaged cache."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from crpv_graph.network import layout


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache directory of the test's own."""
    monkeypatch.setenv("CRPV_CACHE", str(tmp_path))
    return tmp_path / "layouts"


def named(graph: nx.Graph[Any]) -> nx.Graph[str]:
    return nx.relabel_nodes(graph, {n: f"https://example.org/n{n}" for n in graph})


def test_the_same_graph_gets_the_same_positions_in_any_order() -> None:
    graph = named(nx.barabasi_albert_graph(300, 2, seed=1))
    shuffled: nx.Graph[str] = nx.Graph()
    shuffled.add_nodes_from(sorted(graph, reverse=True))
    shuffled.add_edges_from(reversed(list(graph.edges)))
    assert layout.compute(graph) == layout.compute(shuffled)


def test_a_thousand_nodes_in_many_parts_stand_each_in_its_own_place() -> None:
    graph = named(nx.disjoint_union_all([nx.barabasi_albert_graph(700, 2, seed=2),
                                         *(nx.path_graph(3) for _ in range(90)),
                                         nx.empty_graph(30)]))  # fmt: skip
    assert len(graph) == 1000
    where = layout.compute(graph)
    assert sorted(where) == sorted(graph)
    assert len(set(where.values())) == len(graph), "no two nodes at the same position"


def test_parts_are_packed_apart_and_lone_nodes_stand_below() -> None:
    graph = named(nx.disjoint_union_all([nx.cycle_graph(12), nx.path_graph(4), nx.empty_graph(5)]))
    where = layout.compute(graph)
    parts = [sorted(part) for part in nx.connected_components(graph) if len(part) > 1]

    def box(nodes: list[str]) -> tuple[int, int, int, int]:
        xs, ys = [where[n][0] for n in nodes], [where[n][1] for n in nodes]
        return min(xs), min(ys), max(xs), max(ys)

    first, second = (box(part) for part in parts)
    overlapping = not (first[2] < second[0] or second[2] < first[0]
                       or first[3] < second[1] or second[3] < first[1])  # fmt: skip
    assert not overlapping
    lone = [n for n in graph if graph.degree(n) == 0]
    assert min(where[n][1] for n in lone) > max(max(first[3], second[3]), 0)


def test_positions_are_cached_and_a_damaged_cache_is_computed_again(cache: Path) -> None:
    graph = named(nx.cycle_graph(20))
    first = layout.positions(graph)
    [kept] = cache.iterdir()
    assert kept.suffix == ".json"
    kept.write_text('{"https://example.org/n0": [1, 2]', encoding="utf-8")  # cut short
    assert layout.positions(graph) == first
    assert layout.positions(graph, cache=False) == first
    kept.write_text("{}", encoding="utf-8")  # whole, but not this graph's
    assert layout.positions(graph) == first


def test_a_changed_graph_is_laid_out_anew(cache: Path) -> None:
    graph = named(nx.cycle_graph(20))
    layout.positions(graph)
    graph.add_edge("https://example.org/n0", "https://example.org/n10")
    layout.positions(graph)
    assert len(list(cache.iterdir())) == 2
