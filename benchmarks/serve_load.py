"""`make bench-serve`: does `crpv-graph serve` stay fair under load and under attack?

Starts `crpv-graph serve` (its defaults: 2 seats, 1 s quick time, 1 long query, 10 s timeout)
on 127.0.0.1 over the real dataset, then runs two phases of the same length in one run:

1. *baseline*: ``--clients`` clients send ordinary queries back to back (the named queries with
   their defaults, in turn, and a SPARQL query through ``/sparql``);
2. *attacked*: the same, plus a runaway query (a three-way cross join that never ends on this
   dataset) every ``--every`` seconds, from a client of its own.

For each phase: ordinary requests answered, their error rate, p50/p95/p99 latency, requests per
second; the runaways' statuses; the peak resident memory of the worker processes. The target
(issue 12): ordinary error rate 0 % and p95 with runaways at most 2x the baseline p95. The
report goes to ``benchmarks/serve_load.md`` and ``serve_load.json``.

    python benchmarks/serve_load.py                       # 16 clients, 60 s per phase
    python benchmarks/serve_load.py --clients 4 --seconds 10 --out /tmp/load.md
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crpv_graph.query import load_queries  # noqa: E402

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SPARQL = "SELECT ?centre ?label WHERE { ?centre a crpv:ResourceCentre ; rdfs:label ?label }"


@dataclass
class Phase:
    """What one phase measured."""

    name: str
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    runaway_statuses: dict[int, int] = field(default_factory=dict)
    worker_rss_mib: float = 0.0
    seconds: float = 0.0

    def summary(self) -> dict[str, Any]:
        total = sum(self.statuses.values())
        errors = total - self.statuses.get(200, 0)
        cuts = statistics.quantiles(self.latencies, n=100) if len(self.latencies) > 1 else [0] * 99
        return {
            "phase": self.name,
            "requests": total,
            "errors": errors,
            "error_rate": errors / total if total else 0.0,
            "p50_ms": round(cuts[49] * 1000, 1),
            "p95_ms": round(cuts[94] * 1000, 1),
            "p99_ms": round(cuts[98] * 1000, 1),
            "requests_per_s": round(total / self.seconds, 1) if self.seconds else 0.0,
            "statuses": self.statuses,
            "runaway_statuses": self.runaway_statuses,
            "worker_rss_mib": round(self.worker_rss_mib, 1),
        }


def ordinary_requests() -> list[tuple[str, dict[str, str]]]:
    """The ordinary mix: every named query at its URL, and one query through /sparql."""
    paths: list[tuple[str, dict[str, str]]] = [
        (f"/queries/{name}.{'ttl' if query.form in ('CONSTRUCT', 'DESCRIBE') else 'json'}", {})
        for name, query in sorted(load_queries().items())
    ]
    return [*paths, ("/sparql", {"query": SPARQL})]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def worker_rss_mib(server: int) -> float:
    """The summed resident memory of the server's descendants (workers, fork server), MiB."""
    total = 0
    for pid in descendants(server):
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except FileNotFoundError:
            continue
        if "VmRSS:" in status:  # not a zombie
            total += int(status.split("VmRSS:")[1].split()[0])
    return total / 1024


def descendants(pid: int) -> set[int]:
    """Every process below ``pid``: children of all its threads, and theirs (from /proc)."""
    found: set[int] = set()
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except FileNotFoundError:
        return found
    for task in tasks:
        try:
            children = {int(child) for child in (task / "children").read_text().split()}
        except FileNotFoundError:  # a thread that ended meanwhile
            continue
        for child in children:
            found |= {child, *descendants(child)}
    return found


def run_phase(
    base: str, server: int, name: str, clients: int, seconds: float, every: float | None
) -> Phase:
    phase = Phase(name)
    mix = ordinary_requests()
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(index: int) -> None:
        with httpx.Client(base_url=base, timeout=120) as http:
            turn = index
            while time.monotonic() < stop:
                path, params = mix[turn % len(mix)]
                turn += 1
                start = time.monotonic()
                status = http.get(path, params=params).status_code
                elapsed = time.monotonic() - start
                with lock:
                    phase.latencies.append(elapsed)
                    phase.statuses[status] = phase.statuses.get(status, 0) + 1

    def runaway() -> None:
        with httpx.Client(base_url=base, timeout=120) as http:
            status = http.post("/sparql", data={"query": RUNAWAY}).status_code
        with lock:
            phase.runaway_statuses[status] = phase.runaway_statuses.get(status, 0) + 1

    def attacker() -> None:
        """A runaway every ``every`` seconds, each sent without waiting for the last."""
        assert every is not None
        sent: list[threading.Thread] = []
        while time.monotonic() < stop:
            sent.append(threading.Thread(target=runaway))
            sent[-1].start()
            time.sleep(every)
        for thread in sent:
            thread.join()

    def sampler() -> None:
        while time.monotonic() < stop:
            phase.worker_rss_mib = max(phase.worker_rss_mib, worker_rss_mib(server))
            time.sleep(0.5)

    began = time.monotonic()
    with ThreadPoolExecutor(clients + 2) as pool:
        futures = [pool.submit(client, i) for i in range(clients)]
        futures.append(pool.submit(sampler))
        if every:
            futures.append(pool.submit(attacker))
        for future in futures:
            future.result()
    phase.seconds = time.monotonic() - began
    return phase


def report(phases: list[Phase], args: argparse.Namespace) -> tuple[str, dict[str, Any]]:
    base, attacked = (phase.summary() for phase in phases)
    ratio = attacked["p95_ms"] / base["p95_ms"] if base["p95_ms"] else float("inf")
    met_errors = attacked["errors"] == 0
    met_p95 = ratio <= 2.0
    rows = "\n".join(
        f"| {s['phase']} | {s['requests']} | {s['requests_per_s']} | {s['error_rate']:.1%} | "
        f"{s['p50_ms']} | {s['p95_ms']} | {s['p99_ms']} | {s['worker_rss_mib']} | "
        f"{s['runaway_statuses'] or '-'} |"
        for s in (base, attacked)
    )
    text = f"""# `crpv-graph serve` under load, with and without runaway queries

Measured by `benchmarks/serve_load.py` ({args.clients} clients, {args.seconds:g} s per phase, a
runaway every {args.every:g} s in the second phase), `crpv-graph serve` with its defaults, on
{platform.machine()} with {os.cpu_count()} cores, Python {platform.python_version()}.

| target | measured | |
| --- | --- | --- |
| ordinary queries' error rate with runaways: 0 % | {attacked["error_rate"]:.1%} | {"met" if met_errors else "**missed**"} |
| ordinary p95 with runaways <= 2x without | {ratio:.2f}x | {"met" if met_p95 else "**missed**"} |

| phase | ordinary requests | per second | errors | p50 (ms) | p95 (ms) | p99 (ms) | worker RSS, peak sum (MiB) | runaways' statuses |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
{rows}

The ordinary mix is every named query at `/queries/NAME.json` (`.ttl` for `describe`) with its defaults, in turn, and one
query through `/sparql`. Latency is measured by the client, queueing included. A runaway holds a
seat for the quick time (1 s), then runs at the lowest CPU priority (SCHED_IDLE) in the long lane until the 10 s timeout when
the lane is free, or is stopped with 503 and `Retry-After` when it is not.
"""
    data = {"baseline": base, "attacked": attacked, "p95_ratio": ratio, "args": vars(args)}
    return text, data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--every", type=float, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "serve_load.md")
    args = parser.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [str(Path(sys.executable).parent / "crpv-graph"), "--quiet", "serve",
               "--port", str(port)]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(base + "/health", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("the server did not start")
            time.sleep(0.2)
        phases = [
            run_phase(base, server.pid, "without runaways", args.clients, args.seconds, None),
            run_phase(base, server.pid, "with runaways", args.clients, args.seconds, args.every),
        ]
    finally:
        server.terminate()
        server.wait(timeout=30)
    text, data = report(phases, args)
    args.out.write_text(text, encoding="utf-8")
    args.out.with_suffix(".json").write_text(
        json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8"
    )
    print(text)


if __name__ == "__main__":
    main()
