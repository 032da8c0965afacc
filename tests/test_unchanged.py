"""Speed work must not change answers: rows, graphs and the compiled store, before and after.

Each value is reduced to a digest (and a count) kept in ``tests/snapshots/unchanged.json``,
on the real data and on the 10k synthetic graph of ``benchmarks/generate.py`` (fixed seed, so
the same files every time). A change to the data changes the real data's digests: re-record
them with ``CRPV_UPDATE_SNAPSHOTS=1 pytest tests/test_unchanged.py`` and let the diff of the
counts show what the new data adds; a change to the code must leave them as they are.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from benchmarks.generate import generate
from crpv_graph import network, query
from crpv_graph.query.terms import term_text
from crpv_graph.store import dataset

SNAPSHOTS = Path(__file__).parent / "snapshots" / "unchanged.json"
UPDATE = os.environ.get("CRPV_UPDATE_SNAPSHOTS") == "1"
BLANK = re.compile(r"_:[A-Za-z0-9]+")
# GROUP_CONCAT joins in no set order (the queries' headers say so): its parts are compared sorted.
JOINED = re.compile(r" ; | \| | ")


def cell(term: Any) -> str:
    if term is None:
        return "(unbound)"
    return " ".join(sorted(JOINED.split(BLANK.sub("_:b", term_text(term)))))


def digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check(name: str, value: Any, count: int) -> None:
    """Compare ``value`` with its recorded digest, or record it when updating."""
    recorded: dict[str, Any] = (
        json.loads(SNAPSHOTS.read_text(encoding="utf-8")) if SNAPSHOTS.exists() else {}
    )
    entry = {"count": count, "sha256": digest(value)}
    if UPDATE:
        recorded[name] = entry
        SNAPSHOTS.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n", "utf-8")
        return
    assert name in recorded, f"no snapshot for {name}: run with CRPV_UPDATE_SNAPSHOTS=1"
    assert entry == recorded[name], f"{name} changed: {entry} != {recorded[name]}"


@pytest.fixture(scope="module", params=["real", "synthetic-10k"])
def store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, ox.Store, dict[str, dict[str, str]]]]:
    if request.param == "real":
        yield request.param, dataset.load().store, {}
        return
    folder = tmp_path_factory.mktemp("synthetic") / "synthetic-10000"
    generate(10_000, folder)
    params = json.loads((folder / "params.json").read_text(encoding="utf-8"))
    # The synthetic graphs do not pass the shapes (benchmarks/run.py loads them so too).
    loaded = dataset.load(folder / "data", folder / "ontology")
    yield request.param, loaded.store, params


def canonical_graph(graph: Any) -> dict[str, Any]:
    return {
        "graph": {key: graph.graph[key] for key in sorted(graph.graph)},
        "nodes": sorted([node, data] for node, data in graph.nodes(data=True)),
        "edges": sorted([*sorted((a, b)), data] for a, b, data in graph.edges(data=True)),
    }


@pytest.mark.parametrize("kind", network.KINDS)
def test_every_projection_is_the_graph_it_was(
    store: tuple[str, ox.Store, dict[str, dict[str, str]]], kind: str
) -> None:
    name, target, _ = store
    graph = network.project(target, kind)
    check(f"{name}/projection/{kind}", canonical_graph(graph), graph.number_of_edges())


def test_every_named_query_gives_the_rows_it_gave(
    store: tuple[str, ox.Store, dict[str, dict[str, str]]],
) -> None:
    name, target, params = store
    for query_name, named in query.load_queries().items():
        result = query.run(target, named, params.get(query_name, {}))
        if isinstance(result, ox.QueryBoolean):
            rows: list[Any] = [bool(result)]
        elif isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            rows = sorted([cell(s[v]) for v in variables] for s in result)
        else:
            rows = sorted(BLANK.sub("_:b", str(triple)) for triple in result)
        check(f"{name}/query/{query_name}", rows, len(rows))


def test_the_compiled_store_holds_the_quads_it_held(
    store: tuple[str, ox.Store, dict[str, dict[str, str]]],
) -> None:
    name, target, _ = store
    lines = sorted(BLANK.sub("_:b", str(quad)) for quad in target)
    check(f"{name}/quads", lines, len(lines))
