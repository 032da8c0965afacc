"""Issue 17, target 2: each projection at the cost of its query, against a direct build.

The direct build (:func:`direct`) is the baseline, its Python written apart from
``crpv_graph.network``: one aggregate SPARQL query per projection (a row per link) streamed into
``networkx.Graph.add_edges_from``, plus one query for every node's attributes. The queries are
the projections' own (``partnership.rq``, ``memberships.rq``, ``nodes.rq``: the engine's cost is
the query, the measure is what ``project`` adds around it), but for the event rows, which
``benchmarks/queries/event.rq`` writes apart. Co-participation pairs the bodies of each event
in Python: Oxigraph took more than 10 minutes at 100k triples over the self-join of its
pattern. It builds
the graph ``network.project`` builds (tests/network/test_projections.py compares them).

:func:`measure_projections` runs ``project`` and the direct build of each kind, interleaved,
each in a fresh process that bulk-loads the same store (an N-Quads dump of the loaded dataset,
made once), and reports seconds, peak memory and a digest of the graph built.

    python benchmarks/projections.py --size 100000 --kinds partnership,people
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crpv_graph import network  # noqa: E402
from crpv_graph.network.projections import projections_dir  # noqa: E402
from crpv_graph.query import execute, load_queries, term_text, with_value_rows  # noqa: E402
from crpv_graph.query.labels import compact  # noqa: E402

QUERIES = Path(__file__).resolve().parent / "queries"
#: The baseline's query for each kind of rows: the projections' own, but for the events.
SOURCES = {"partnership": "partnership", "people": "memberships", "nodes": "nodes",
           "centres": "centres"}  # fmt: skip
SEPARATOR = "\x1f"
BODIES = {"centre", "network", "national agency", "state service", "partner"}
IMPLEMENTATIONS = ("project", "direct")


def _select(store: ox.Store, text: str) -> Iterator[dict[str, str]]:
    result = execute(store, text)
    assert isinstance(result, ox.QuerySolutions)
    names = [variable.value for variable in result.variables]
    for solution in result:
        yield dict(zip(names, (term_text(solution[name]) for name in names), strict=True))


def _query(name: str) -> str:
    if name in SOURCES:
        return load_queries(projections_dir())[SOURCES[name]].text
    return load_queries(QUERIES)[name].text


def _values(cell: str) -> list[str]:
    return [value for value in cell.split(SEPARATOR) if value]


def _year(text: str) -> int | None:
    return int(text[:4]) if text[:4].isdigit() and len(text) >= 4 else None


def _attributes(weight: int, relations: Iterable[str], events: Iterable[str],
                years: Iterable[int | None], sources: Iterable[str]) -> dict[str, Any]:  # fmt: skip
    return {"weight": weight, "relations": sorted(set(relations)), "events": sorted(set(events)),
            "years": sorted({y for y in years if y is not None}),
            "sources": sorted(set(sources))}  # fmt: skip


def _partnership(store: ox.Store) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for row in _select(store, _query("partnership")):
        yield row["a"], row["b"], _attributes(
            int(row["weight"]), _values(row["relations"]), _values(row["events"]),
            map(_year, _values(row["dates"])), _values(row["sources"]))  # fmt: skip


def _people(store: ox.Store) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for row in _select(store, _query("people")):
        years: set[int] = set()
        for span in _values(row["spans"]):
            dated = [y for y in map(_year, span.split(",")) if y is not None]
            years.update(range(min(dated), max(dated) + 1) if dated else ())
        roles = _values(row["relations"]) + [compact(iri) for iri in _values(row["unlabelled"])]
        yield row["person"], row["body"], _attributes(
            int(row["weight"]), roles, (), years, _values(row["sources"]))  # fmt: skip


def _event(store: ox.Store) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for row in _select(store, _query("event")):
        yield row["agent"], row["event"], _attributes(
            int(row["weight"]), _values(row["relations"]), [row["event"]],
            map(_year, _values(row["dates"])), _values(row["sources"]))  # fmt: skip


def _co_participation(
    store: ox.Store, nodes: dict[str, dict[str, str | bool]]
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    rows = list(_select(store, _query("event")))
    nodes.update(_nodes(store, {row["agent"] for row in rows}))
    bodies: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        if nodes[row["agent"]]["kind"] in BODIES:
            bodies.setdefault(row["event"], []).append(row)
    links: dict[tuple[str, str], list[dict[str, str]]] = {}
    for at_event in bodies.values():
        at_event.sort(key=lambda row: row["agent"])
        for first, second in combinations(at_event, 2):
            links.setdefault((first["agent"], second["agent"]), []).extend((first, second))
    for (a, b), shared in links.items():
        yield a, b, _attributes(
            len({row["event"] for row in shared}), ["took part in the same event"],
            (row["event"] for row in shared),
            (_year(date) for row in shared for date in _values(row["dates"])),
            (source for row in shared for source in _values(row["sources"])))  # fmt: skip


def _nodes(store: ox.Store, iris: Iterable[str]) -> dict[str, dict[str, str | bool]]:
    """Every node's attributes from one query (the projections' ``nodes.rq``)."""
    rows = [[ox.NamedNode(iri)] for iri in sorted(set(iris))]
    if not rows:
        return {}
    attributes: dict[str, dict[str, str | bool]] = {}
    for row in _select(store, with_value_rows(_query("nodes"), [ox.Variable("node")], rows)):
        label = row["frenchLabel"] or row["otherLabel"] or compact(row["node"])
        names = [name for name in row["names"].split("|") if name] or [label]
        alternatives = [name for name in row["altNames"].split("|") if name]
        attributes[row["node"]] = {
            "label": label, "short_label": min(names, key=lambda name: (len(name), name)),
            "names": "; ".join(sorted({label, *names, *alternatives})),
            "kind": row["kind"].partition(" ")[2] or "partner",
            "territory": ", ".join(sorted(t for t in row["territories"].split("|") if t)),
            "collective": row["collective"] == "true",
        }  # fmt: skip
    return attributes


def direct(store: ox.Store, kind: str, years: tuple[int, int] | None = None) -> nx.Graph[str]:
    """The baseline build of one projection: the graph ``network.project`` gives."""
    nodes: dict[str, dict[str, str | bool]] = {}
    links: Iterable[tuple[str, str, dict[str, Any]]] = (
        _co_participation(store, nodes) if kind == "co-participation"
        else {"partnership": _partnership, "people": _people, "event": _event}[kind](store)
    )  # fmt: skip
    if years:
        links = (link for link in links if any(years[0] <= y <= years[1] for y in link[2]["years"]))
    graph: nx.Graph[str] = nx.Graph(kind=kind, years=list(years) if years else None)
    graph.add_edges_from(links)
    graph.add_nodes_from(row["centre"] for row in _select(store, _query("centres")))
    events = {event for _, _, data in graph.edges(data=True) for event in data["events"]}
    nodes.update(_nodes(store, (set(graph) | events) - nodes.keys()))
    graph.add_nodes_from((node, nodes[node]) for node in list(graph))
    graph.graph["sources"] = network.source_titles(store)
    graph.graph["labels"] = {event: nodes[event]["label"] for event in events}
    return graph


def canonical(graph: nx.Graph[str]) -> dict[str, Any]:
    """The graph as sorted JSON-ready data: two builds are the same graph when these are equal
    (the form tests/test_unchanged.py digests)."""
    return {
        "graph": {key: graph.graph[key] for key in sorted(graph.graph)},
        "nodes": sorted([node, data] for node, data in graph.nodes(data=True)),
        "edges": sorted([*sorted((a, b)), data] for a, b, data in graph.edges(data=True)),
    }


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(store_file: Path, kind: str, implementation: str) -> dict[str, Any]:
    """In this process: load the store, build one projection, time it (the child's side)."""
    store = ox.Store()
    store.bulk_load(path=str(store_file), format=ox.RdfFormat.N_QUADS)
    loaded = _peak_mib()
    start = time.perf_counter()
    build = network.project if implementation == "project" else direct
    graph = build(store, kind)
    seconds = time.perf_counter() - start
    peak = _peak_mib()
    text = json.dumps(canonical(graph), sort_keys=True, ensure_ascii=False, default=str)
    return {"s": round(seconds, 3), "nodes": graph.number_of_nodes(),
            "edges": graph.number_of_edges(), "peak_mib": round(peak, 1),
            "loaded_mib": round(loaded, 1),
            "digest": hashlib.sha256(text.encode("utf-8")).hexdigest()}  # fmt: skip


def dump_store(folder: Path, scratch: Path) -> Path:
    """The loaded dataset of a synthetic folder as one N-Quads file (made once, in ``scratch``):
    each measuring process bulk-loads it instead of building the dataset again."""
    from crpv_graph.store import dataset

    target = scratch / f"projections-{folder.name}.nq"
    if not target.exists():
        scratch.mkdir(parents=True, exist_ok=True)
        loaded = dataset.load(folder / "data", folder / "ontology")
        partial = target.with_suffix(".part")
        loaded.store.dump(output=str(partial), format=ox.RdfFormat.N_QUADS)
        partial.replace(target)
    return target


def measure_projections(
    folder: Path, kinds: Iterable[str] = network.KINDS, *, scratch: Path, repeat: int = 1
) -> dict[str, Any]:
    """``project`` and the direct build of each kind, interleaved, each run in a fresh process
    (peak memory is the process's): medians of ``repeat`` runs, and whether the graphs match."""
    store_file = dump_store(folder, scratch)
    results: dict[str, Any] = {}
    for kind in kinds:
        runs: dict[str, list[dict[str, Any]]] = {name: [] for name in IMPLEMENTATIONS}
        for _ in range(repeat):
            for implementation in IMPLEMENTATIONS:
                command = [sys.executable, __file__, "--child", str(store_file), "--kind", kind,
                           "--implementation", implementation]  # fmt: skip
                done = subprocess.run(command, capture_output=True, text=True, check=True)
                runs[implementation].append(json.loads(done.stdout.strip().splitlines()[-1]))
                print(f"{folder.name} {kind} {implementation}: {runs[implementation][-1]['s']} s",
                      file=sys.stderr, flush=True)  # fmt: skip
        results[kind] = {
            name: {**done_runs[-1], "s": statistics.median(run["s"] for run in done_runs),
                   "peak_mib": max(run["peak_mib"] for run in done_runs), "runs": len(done_runs)}
            for name, done_runs in runs.items()
        }  # fmt: skip
        results[kind]["same_graph"] = runs["project"][-1]["digest"] == runs["direct"][-1]["digest"]
    return results


def rows_projections(results: dict[str, dict[str, Any]]) -> list[tuple[str, str, bool]]:
    """Target rows, by size then kind: ``project`` at most 1.2x the direct build, same graph."""
    rows = []
    for size, kinds in results.items():
        for kind, run in kinds.items():
            mine, baseline = run["project"], run["direct"]
            ratio = mine["s"] / baseline["s"] if baseline["s"] else float("inf")
            same = "" if run["same_graph"] else "; **graphs differ**"
            rows.append((
                f"`{kind}` projection at {int(size):,} triples <= 1.2x the direct build",
                f"{ratio:.2f}x ({mine['s']:.2f} s vs {baseline['s']:.2f} s; {mine['edges']:,} "
                f"links), peak {mine['peak_mib']:.0f} MiB vs {baseline['peak_mib']:.0f} MiB"
                f"{same}",
                ratio <= 1.2 and run["same_graph"],
            ))  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", type=Path, help="(internal) build once from this N-Quads file")
    parser.add_argument("--kind", default="partnership")
    parser.add_argument("--implementation", choices=IMPLEMENTATIONS, default="project")
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--kinds", default=",".join(network.KINDS))
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/crpv-bench"))
    arguments = parser.parse_args()
    if arguments.child:
        print(json.dumps(run_one(arguments.child, arguments.kind, arguments.implementation)))
        return
    folder = arguments.scratch / f"synthetic-{arguments.size}"
    results = {str(arguments.size): measure_projections(
        folder, arguments.kinds.split(","), scratch=arguments.scratch / "projections",
        repeat=arguments.repeat)}  # fmt: skip
    print(json.dumps(results, indent=1))
    for row in rows_projections(results):
        print(" | ".join(map(str, row)))


if __name__ == "__main__":
    main()
