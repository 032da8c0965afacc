"""One backend, one dataset, in its own process: load time, memory, query latencies, projections.

    python benchmarks/backend.py --backend embedded --dataset /tmp/synthetic-100k --repeat 5

Prints one JSON object. Backends:

``embedded``
    the project's default store, first build: ``crpv_graph.store.dataset.load`` (per-file bulk load,
    datatype checks, provenance bookkeeping, the build's rules), then ``crpv_graph.query.run``;
    it then fills the compiled-dataset cache (``<dataset>/cache``, not timed);
``cached``
    the project's default store as every later call loads it:
    ``crpv_graph.store.cache.compiled_store`` finds the compiled dataset in the cache (load time
    and memory only: the store is the same);
``pyoxigraph``
    raw pyoxigraph: ``Store.bulk_load`` of the same files, ``Store.query`` of the same text;
``rdflib``
    rdflib's pure-Python memory store: ``Dataset.parse`` of the same files, ``Dataset.query``.

All three load the same TriG and ontology files (that is the load measured); the two others then
also receive the embedded store's inferred graph (``inferred.nq``, not timed) so that every
backend answers the same queries over the same triples.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from crpv_graph import query  # noqa: E402
from crpv_graph.namespaces import GRAPH_ONTOLOGY, PREFIXES, sparql_prologue  # noqa: E402
from crpv_graph.store import cache, dataset  # noqa: E402

AGGREGATES = ("co-participation", "partners-in-common", "class-counts", "source-counts",
              "year-counts", "sub-event-themes")  # fmt: skip


MIN_TIMED_SECONDS, MAX_RUNS = 0.2, 200


class Timeout(Exception):
    """A query ran past the cap (rdflib only: a pure-Python engine can be interrupted)."""


def rss_mib() -> float:
    """Peak resident memory of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile: with 5 runs, p95 is the slowest."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered), round(len(ordered) * share + 0.5)) - 1)]


def load(backend: str, folder: Path) -> tuple[Any, float]:
    data, ontology = folder / "data", folder / "ontology"
    start = time.perf_counter()
    if backend == "embedded":
        store: Any = dataset.load(data, ontology).store
    elif backend == "cached":
        store = cache.compiled_store(data, ontology)
    elif backend == "pyoxigraph":
        store = ox.Store()
        for path in dataset.ontology_files(ontology):
            store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE,
                            to_graph=ox.NamedNode(str(GRAPH_ONTOLOGY)))  # fmt: skip
        for path in dataset.data_files(data):
            store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
    else:
        import rdflib

        store = rdflib.Dataset(default_union=True)
        for path in dataset.ontology_files(ontology):
            store.graph(rdflib.URIRef(str(GRAPH_ONTOLOGY))).parse(path, format="turtle")
        for path in dataset.data_files(data):
            store.parse(path, format="trig")
    return store, time.perf_counter() - start


def add_inferred(backend: str, store: Any, folder: Path) -> None:
    inferred = folder / "inferred.nq"
    if backend == "pyoxigraph":
        store.bulk_load(path=str(inferred), format=ox.RdfFormat.N_QUADS)
    elif backend == "rdflib":
        store.parse(inferred, format="nquads")


def run_query(backend: str, store: Any, named: query.NamedQuery, values: dict[str, str]) -> int:
    if backend == "embedded":
        result = query.run(store, named, values)
    else:
        text = query.with_values(named.text, query.bind(named, values))
        if backend == "pyoxigraph":
            result = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
        else:
            result = store.query(sparql_prologue() + text)
            return len(list(result)) if named.form != "ASK" else 1
    if isinstance(result, ox.QueryBoolean):
        return 1
    return sum(1 for _ in result)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=["embedded", "cached", "pyoxigraph", "rdflib"],
                        required=True)  # fmt: skip
    parser.add_argument("--dataset", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cap", type=float, default=30.0, help="seconds per rdflib query")
    parser.add_argument("--caps", type=json.loads, default={},
                        help='{"query": seconds} overriding --cap, as JSON')  # fmt: skip
    parser.add_argument("--projections", action="store_true")
    arguments = parser.parse_args()
    backend, folder = arguments.backend, arguments.dataset
    os.environ["CRPV_CACHE"] = str(folder / "cache")
    before = rss_mib()
    store, load_seconds = load(backend, folder)
    after_load = rss_mib()
    report: dict[str, Any] = {
        "backend": backend, "load_s": round(load_seconds, 3),
        "peak_rss_mib": round(after_load, 1), "load_rss_mib": round(after_load - before, 1),
    }  # fmt: skip
    if backend == "embedded" and not (folder / "inferred.nq").exists():
        inferred = ox.NamedNode("https://w3id.org/crpv/graph/inferred")
        quads = store.quads_for_pattern(None, None, None, inferred)
        (folder / "inferred.nq").write_bytes(
            ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""
        )
    if backend == "embedded":
        report["quads"] = len(store)
        cache.save(store, folder / "data", folder / "ontology")
    if backend == "cached":
        report["final_peak_rss_mib"] = report["peak_rss_mib"]
        print(json.dumps(report))
        return
    add_inferred(backend, store, folder)
    params = json.loads((folder / "params.json").read_text(encoding="utf-8"))
    queries: dict[str, Any] = {}

    def alarm(_signum: int, _frame: object) -> None:
        raise Timeout

    signal.signal(signal.SIGALRM, alarm)
    for name, named in query.load_queries().items():
        values = params.get(name, {})
        times: list[float] = []
        rows, timed_out = 0, False
        if backend != "rdflib":  # one untimed run first; rdflib's would cost minutes at 1M
            run_query(backend, store, named, values)
        while len(times) < arguments.repeat or (
            sum(times) < MIN_TIMED_SECONDS and len(times) < MAX_RUNS and backend != "rdflib"
        ):  # a sub-millisecond query gets enough runs for its median to mean something
            start = time.perf_counter()
            if backend == "rdflib":
                signal.setitimer(signal.ITIMER_REAL, arguments.caps.get(name, arguments.cap))
            try:
                rows = run_query(backend, store, named, values)
            except Timeout:
                timed_out = True
                break
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            times.append(time.perf_counter() - start)
        queries[name] = {
            "p50": round(statistics.median(times), 5) if times else None,
            "p95": round(percentile(times, 0.95), 5) if times else None,
            "rows": rows, "timed_out": timed_out, "runs": len(times),
            "cap": arguments.caps.get(name, arguments.cap) if backend == "rdflib" else None,
        }  # fmt: skip
    report["queries"] = queries
    if arguments.projections and backend == "embedded":
        from crpv_graph import network

        report["projections"] = {}
        for kind in ("partnership", "co-participation"):
            start = time.perf_counter()
            graph = network.project(store, kind)
            report["projections"][kind] = {"s": round(time.perf_counter() - start, 3),
                                           "nodes": graph.number_of_nodes(),
                                           "edges": graph.number_of_edges()}  # fmt: skip
    report["final_peak_rss_mib"] = round(rss_mib(), 1)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
