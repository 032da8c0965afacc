"""Where the first build's time goes, against a raw pyoxigraph bulk load of the same files.

    python benchmarks/build_profile.py --dataset /tmp/crpv-bench/synthetic-1000000 --repeat 3

Prints one JSON object. Each round, in one process and interleaved (so that a busy machine
slows both alike): the raw ``Store.bulk_load`` of the files, then ``dataset.load`` as the
benchmark times it, then the same steps one after the other, each timed: the loads with their
bookkeeping (which file holds which graph), the ill-typed literal check, each rule, and the copy
of the named graphs into the default graph. ``dataset.load`` runs the check beside the rules on a
second thread; the steps here run one at a time, so that each is measured alone. Medians of
wall-clock seconds; CPU seconds beside them, which a loaded machine inflates less.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from crpv_graph.namespaces import GRAPH_INFERRED, GRAPH_ONTOLOGY  # noqa: E402
from crpv_graph.query import load_queries  # noqa: E402
from crpv_graph.store import dataset, infer  # noqa: E402


def raw_load(folder: Path) -> ox.Store:
    """The baseline: every file through ``Store.bulk_load``, nothing else."""
    store = ox.Store()
    for path in dataset.ontology_files(folder / "ontology"):
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE,
                        to_graph=ox.NamedNode(str(GRAPH_ONTOLOGY)))  # fmt: skip
    for path in dataset.data_files(folder / "data"):
        store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
    return store


def timed(step: Callable[[], object], into: dict[str, list[float]], name: str) -> None:
    """Run ``step``, adding its wall-clock and CPU seconds to ``into[name]`` and ``[name cpu]``."""
    wall, cpu = time.perf_counter(), time.process_time()
    step()
    into.setdefault(name, []).append(time.perf_counter() - wall)
    into.setdefault(f"{name} cpu", []).append(time.process_time() - cpu)


def steps(folder: Path, into: dict[str, list[float]]) -> None:
    """``dataset.load``'s steps one after the other, each timed."""
    store = ox.Store()
    loaded = dataset.LoadedDataset(store=store)
    ontology = ox.NamedNode(str(GRAPH_ONTOLOGY))

    def load_files() -> None:
        for path in dataset.ontology_files(folder / "ontology"):
            store.extend(dataset.parse_file(path, default_graph=ontology))
        with ThreadPoolExecutor(max_workers=1) as beside:
            dataset._load_sources(store, dataset.data_files(folder / "data"), loaded, beside)

    timed(load_files, into, "load and bookkeeping")
    timed(lambda: dataset._ill_typed_literals(store), into, "literal check")
    inferred = ox.NamedNode(str(GRAPH_INFERRED))
    for rule in load_queries(infer.rules_dir()).values():

        def run(text: str = rule.text) -> None:
            derived = store.query(text, use_default_graph_as_union=True)
            assert isinstance(derived, ox.QueryTriples)
            store.load(derived.serialize(format=ox.RdfFormat.N_TRIPLES) or b"",
                       format=ox.RdfFormat.N_TRIPLES, to_graph=inferred)  # fmt: skip

        timed(run, into, f"rule {rule.name}")
    timed(lambda: dataset.fill_default_graph(store), into, "default graph (union copy)")


def profile(folder: Path, repeat: int) -> dict[str, Any]:
    """Medians over ``repeat`` interleaved rounds, in seconds."""
    times: dict[str, list[float]] = {}
    for _ in range(repeat):
        timed(lambda: raw_load(folder), times, "raw bulk_load")
        timed(lambda: dataset.load(folder / "data", folder / "ontology"), times, "first build")
        timed(lambda: dataset.load(folder / "data", folder / "ontology", union=False), times,
              "first build, no union copy")  # fmt: skip
        steps(folder, times)
    return {"repeat": repeat, "seconds": {k: round(statistics.median(v), 3)
                                          for k, v in times.items()}}  # fmt: skip


def measure_build(folder: Path, repeat: int) -> dict[str, Any]:
    """:func:`profile` in a process of its own (its memory is not the caller's)."""
    done = subprocess.run(
        [sys.executable, __file__, "--dataset", str(folder), "--repeat", str(repeat)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def rows_build(results: dict[str, Any], size: int) -> list[tuple[str, str, bool]]:
    """The targets table's rows for the first build at ``size``, with and without the union
    copy (what compiling does), against a raw bulk load measured in the same rounds."""
    seconds = results["seconds"]
    raw = seconds["raw bulk_load"]
    rows = []
    for step, what in (
        ("first build", "first build"),
        (
            "first build, no union copy",
            "first build without the union copy (what `build` compiles)",
        ),
    ):
        share = seconds[step] / raw
        rows.append(
            (
                f"Within 1.3x of raw pyoxigraph bulk_load at {size:,} triples: {what}",
                f"{share:.2f}x ({seconds[step]:.1f} s vs {raw:.1f} s)",
                share <= 1.3,
            )
        )
    return rows  # fmt: skip


def section_build(results: dict[str, Any], size: int) -> list[str]:
    """Markdown: each step's median seconds and its share of the raw bulk load."""
    seconds = results["seconds"]
    raw = seconds["raw bulk_load"]
    lines = [f"## First build, step by step, at {size:,} triples requested", "",
             f"Medians of {results['repeat']} interleaved round(s) in one process "
             "(`benchmarks/build_profile.py`); steps timed one after the other.", "",
             "| step | seconds | CPU seconds | vs raw bulk_load |",
             "| --- | --- | --- | --- |"]  # fmt: skip
    for name, value in seconds.items():
        if not name.endswith(" cpu"):
            lines.append(f"| {name} | {value:.2f} | {seconds[name + ' cpu']:.2f} | "
                         f"{value / raw:.2f}x |")  # fmt: skip
    return [*lines, ""]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dataset", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    print(json.dumps(profile(arguments.dataset, arguments.repeat)))


if __name__ == "__main__":
    main()
