"""Issue 17, target 4: `crpv-graph serve` against `oxigraph serve`, its anchor, under load.

Both servers answer the same compiled dataset (its N-Quads, inferred graph included; Oxigraph
with ``--union-default-graph``, as ``serve``'s workers read their default graph), both from an
in-memory store, on 127.0.0.1.
The load generator sends every named query, its parameters at their defaults, as crpv-graph
sends it to a remote store (the prologue of :func:`~crpv_graph.namespaces.sparql_prologue`
before the text with its ``VALUES``), through the SPARQL 1.1 Protocol: GET and form POST in
turn, over kept-alive connections as a real client does. ``serve`` runs with its defaults:
guard, confined workers, seats, time and memory limits all on.

Before measuring, each query is sent once to each server and the rows counted: they must agree.
Then, at each concurrency, short rounds alternate between the servers (the order turns every
round), so that both see the same load from the rest of the machine. Each round of ``serve`` is
compared with the round of Oxigraph next to it: the ratios judged are the medians of these
paired ratios (requests/s, and p95 latency), their spread (lowest to highest) printed beside
them; latency percentiles in the table are over every request of the rounds. The generator
measures its own CPU (threads over :mod:`http.client`, a few tens of microseconds a request) so
a reader can tell it was not the bottleneck, and each server's CPU (its process and its
descendants, from ``/proc``).

``--before DIR`` adds a third server: ``crpv-graph serve`` from another checkout (e.g. main's),
interleaved with the two others, so that a change is measured before and after in one run.

    python benchmarks/serve_throughput.py                      # 1, 4, 16 clients, 7 x 2 s
    python benchmarks/serve_throughput.py --seconds 2 --rounds 1 --clients 1,16
    python benchmarks/serve_throughput.py --before /tmp/main-checkout --rounds 9
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.serve_load import descendants, free_port  # noqa: E402
from crpv_graph.namespaces import sparql_prologue  # noqa: E402
from crpv_graph.query import bind, load_queries, with_values  # noqa: E402
from crpv_graph.store import compiled, outputs  # noqa: E402

BIN = Path(sys.executable).parent
BEFORE = "serve (before)"
RESULTS_JSON = "application/sparql-results+json"
NTRIPLES = "application/n-triples"
#: Targets of issue 17: serve's requests/s at least this share of Oxigraph's, p95 at most this
#: multiple of Oxigraph's.
MIN_THROUGHPUT = 0.5
MAX_P95 = 2.0


@dataclass(frozen=True)
class Request:
    """One named query as both servers receive it."""

    name: str
    text: str
    accept: str


@dataclass(frozen=True)
class Endpoint:
    """A server under test: where its SPARQL endpoint is, and its process."""

    name: str
    port: int
    path: str
    process: subprocess.Popen[bytes]


@dataclass
class Run:
    """What one round at one concurrency measured on one server."""

    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    generator_cpu: float = 0.0
    server_cpu: float = 0.0
    # The server's own process: serve's HTTP and ASGI side, without its query workers.
    server_process_cpu: float = 0.0


def named_requests() -> list[Request]:
    """Every named query with its defaults, as crpv-graph sends it to a remote store."""
    requests = []
    for name, query in sorted(load_queries().items()):
        text = sparql_prologue() + with_values(query.text, bind(query, {}))
        accept = NTRIPLES if query.form in ("CONSTRUCT", "DESCRIBE") else RESULTS_JSON
        requests.append(Request(name, text, accept))
    return requests


def encode(request: Request, endpoint: Endpoint, turn: int) -> tuple[str, str, bytes | None]:
    """Method, URL path and body of a request: GET on even turns, form POST on odd ones."""
    form = urllib.parse.urlencode({"query": request.text})
    if turn % 2 == 0:
        return "GET", f"{endpoint.path}?{form}", None
    return "POST", endpoint.path, form.encode()


def send(
    connection: http.client.HTTPConnection, endpoint: Endpoint, request: Request, turn: int
) -> tuple[int, bytes]:
    """One request on a kept-alive connection: its status and body."""
    method, path, body = encode(request, endpoint, turn)
    headers = {"Accept": request.accept}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    return response.status, response.read()


def count_rows(body: bytes, accept: str) -> int:
    """Rows of an answer: solutions, 1 for ASK, triples for a graph.

    >>> count_rows(b'{"head": {}, "boolean": true}', RESULTS_JSON)
    1
    >>> count_rows(b"<a> <b> <c> .\\n<a> <b> <d> .\\n", NTRIPLES)
    2
    """
    if accept == NTRIPLES:
        return sum(1 for line in body.splitlines() if line.strip())
    answer = json.loads(body)
    return 1 if "boolean" in answer else len(answer["results"]["bindings"])


def cpu_seconds(pid: int, descendants_too: bool = True) -> float:
    """CPU time of a process and (unless not ``descendants_too``) its live descendants, from
    ``/proc`` (seconds)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for each in (pid, *(descendants(pid) if descendants_too else ())):
        try:
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / tick


def own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def load(endpoint: Endpoint, requests: Sequence[Request], clients: int, seconds: float) -> Run:
    """``clients`` threads send the queries in turn, back to back, for ``seconds``."""
    run = Run()
    lock = threading.Lock()
    start = threading.Barrier(clients + 1)
    stop = [0.0]

    def client(index: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", endpoint.port, timeout=120)
        latencies: list[float] = []
        errors: dict[str, int] = {}
        turn = index
        start.wait()
        while time.monotonic() < stop[0]:
            began = time.monotonic()
            try:
                status, _ = send(connection, endpoint, requests[turn % len(requests)], turn)
            except (OSError, http.client.HTTPException) as error:
                status = 0
                errors[type(error).__name__] = errors.get(type(error).__name__, 0) + 1
                connection.close()
            latencies.append(time.monotonic() - began)
            if status not in (0, 200):
                errors[str(status)] = errors.get(str(status), 0) + 1
            turn += 1
        connection.close()
        with lock:
            run.latencies.extend(latencies)
            for key, count in errors.items():
                run.errors[key] = run.errors.get(key, 0) + count

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    pid = endpoint.process.pid
    cpu, server_cpu, process_cpu = own_cpu(), cpu_seconds(pid), cpu_seconds(pid, False)
    began = time.monotonic()
    stop[0] = began + seconds
    start.wait()
    for thread in threads:
        thread.join()
    run.seconds = time.monotonic() - began
    run.generator_cpu = own_cpu() - cpu
    run.server_cpu = cpu_seconds(pid) - server_cpu
    run.server_process_cpu = cpu_seconds(pid, False) - process_cpu
    return run


def agreeing_rows(endpoints: Sequence[Endpoint], requests: Sequence[Request]) -> dict[str, Any]:
    """Send each query once to each server; rows per query and server, and the disagreements.

    A 503 (a cold worker on a busy machine) is sent again after a second, as a client would
    that reads ``Retry-After``; the status is kept if it is still refused after five tries.
    """
    rows: dict[str, dict[str, int | str]] = {}
    for endpoint in endpoints:
        connection = http.client.HTTPConnection("127.0.0.1", endpoint.port, timeout=120)
        for turn, request in enumerate(requests):
            for _ in range(5):
                status, body = send(connection, endpoint, request, turn)
                if status != 503:
                    break
                time.sleep(1)
            counted: int | str = count_rows(body, request.accept) if status == 200 else status
            rows.setdefault(request.name, {})[endpoint.name] = counted
        connection.close()
    differ = sorted(name for name, by in rows.items() if len(set(by.values())) > 1)
    return {"rows": rows, "differ": differ}


def percentile(values: Sequence[float], share: int) -> float:
    """The ``share``-th percentile of ``values`` (0 for none)."""
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100)[share - 1]


def summary(runs: Sequence[Run]) -> dict[str, Any]:
    """Requests/s (median of the rounds), p50/p95 over every request, CPU per request."""
    latencies = [latency for run in runs for latency in run.latencies]
    requests = len(latencies) or 1
    errors: dict[str, int] = {}
    for run in runs:
        for key, count in run.errors.items():
            errors[key] = errors.get(key, 0) + count
    wall = sum(run.seconds for run in runs)
    return {
        "requests_per_s": statistics.median(len(run.latencies) / run.seconds for run in runs),
        "rounds": [round(len(run.latencies) / run.seconds, 1) for run in runs],
        "round_p95_ms": [percentile(run.latencies, 95) * 1000 for run in runs],
        "requests": len(latencies),
        "p50_ms": percentile(latencies, 50) * 1000,
        "p95_ms": percentile(latencies, 95) * 1000,
        "errors": errors,
        "server_cpu_ms_per_request": sum(run.server_cpu for run in runs) / requests * 1000,
        "server_process_cpu_ms_per_request": sum(run.server_process_cpu for run in runs)
        / requests
        * 1000,
        "generator_cpu_ms_per_request": sum(run.generator_cpu for run in runs) / requests * 1000,
        "generator_cpu_share": sum(run.generator_cpu for run in runs) / wall if wall else 0.0,
    }


@contextmanager
def running(
    name: str, command: Sequence[str], port: int, path: str, log: Path
) -> Iterator[Endpoint]:
    """A server started with ``command``, once it answers; stopped at the end."""
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    endpoint = Endpoint(name, port, path, process)
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                connection.request("GET", path + "?query=" + urllib.parse.quote("ASK {}"))
                if connection.getresponse().status == 200:
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"{name} did not start; see {log}")
            time.sleep(0.2)
        yield endpoint
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def servers(
    dataset: compiled.CompiledDataset, scratch: Path, before: Path | None = None
) -> Iterator[list[Endpoint]]:
    """``crpv-graph serve`` (its defaults) and ``oxigraph serve`` on the same quads, both in
    memory (Oxigraph's in-memory store, loaded through its Graph Store endpoint); with
    ``before``, also ``crpv-graph serve`` run from the code in that directory."""
    site = scratch / "site"  # /site/ is not measured: a placeholder spares building the site
    site.mkdir(exist_ok=True)
    (site / "index.html").write_text("<!doctype html><title>site</title>\n", encoding="utf-8")
    serve_port, oxigraph_port, before_port = free_port(), free_port(), free_port()

    def serve(port: int) -> list[str]:
        return [str(BIN / "crpv-graph"), "--quiet", "--dataset", str(dataset.directory), "serve",
                "--port", str(port), "--site", str(site)]  # fmt: skip

    # serve's time limit (10 s by default) for Oxigraph's queries too.
    oxigraph = [str(BIN / "oxigraph"), "serve", "--bind", f"127.0.0.1:{oxigraph_port}",
                "--union-default-graph", "--timeout-s", "10"]  # fmt: skip
    with contextlib.ExitStack() as stack:
        ours = stack.enter_context(
            running("serve", serve(serve_port), serve_port, "/sparql", scratch / "serve.log")
        )
        theirs = stack.enter_context(
            running("oxigraph", oxigraph, oxigraph_port, "/query", scratch / "oxigraph.log")
        )
        endpoints = [ours, theirs]
        if before is not None:
            log = scratch / "serve-before.log"
            with _python_path(before):
                endpoints.append(
                    stack.enter_context(
                        running(BEFORE, serve(before_port), before_port, "/sparql", log)
                    )
                )
        connection = http.client.HTTPConnection("127.0.0.1", oxigraph_port, timeout=300)
        nquads = (dataset.directory / outputs.NQUADS).read_bytes()
        connection.request("POST", "/store", nquads, {"Content-Type": "application/n-quads"})
        response = connection.getresponse()
        response.read()
        if response.status not in (200, 201, 204):
            raise SystemExit(f"Oxigraph did not take the dataset: {response.status}")
        yield endpoints


@contextmanager
def _python_path(code: Path) -> Iterator[None]:
    """Processes started meanwhile import ``crpv_graph`` from ``code``."""
    saved = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(code.resolve())
    try:
        yield
    finally:
        if saved is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = saved


def measure_throughput(
    dataset: compiled.CompiledDataset | None = None,
    clients: Sequence[int] = (1, 4, 16),
    seconds: float = 2.0,
    rounds: int = 7,
    scratch: Path | None = None,
    before: Path | None = None,
) -> dict[str, Any]:
    """Both servers under the named queries at each concurrency, interleaved (module docstring).

    ``dataset`` defaults to the real data's compiled dataset (as every command opens it).
    """
    with tempfile.TemporaryDirectory(prefix="crpv-serve-throughput-") as temporary:
        folder = scratch or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        if dataset is None:
            dataset = compiled.open_dataset()
        requests = named_requests()
        results: dict[str, Any] = {"quads": dataset.triples, "queries": len(requests),
                                   "seconds": seconds, "rounds": rounds,
                                   "load_before": os.getloadavg()[0], "clients": {}}  # fmt: skip
        with servers(dataset, folder, before) as endpoints:
            results["rows"] = agreeing_rows(endpoints, requests)
            for endpoint in endpoints:  # warm up: every query once more, each connection made
                load(endpoint, requests, 1, 0.5)
            for count in clients:
                runs: dict[str, list[Run]] = {endpoint.name: [] for endpoint in endpoints}
                for turn in range(rounds):
                    shift = turn % len(endpoints)
                    for endpoint in [*endpoints[shift:], *endpoints[:shift]]:
                        runs[endpoint.name].append(load(endpoint, requests, count, seconds))
                at = {name: summary(r) for name, r in runs.items()}
                for name in at:
                    if name != "oxigraph":
                        at[name]["versus"] = paired(runs[name], runs["oxigraph"])
                results["clients"][str(count)] = at
        results["load_after"] = os.getloadavg()[0]
        return results


def paired(ours: Sequence[Run], theirs: Sequence[Run]) -> dict[str, list[float]]:
    """Per round, a server's requests/s as a share of Oxigraph's and its p95 as a multiple of
    Oxigraph's, each round against Oxigraph's round run next to it."""
    throughput, p95 = [], []
    for mine, anchor in zip(ours, theirs, strict=True):
        throughput.append((len(mine.latencies) / mine.seconds)
                          / (len(anchor.latencies) / anchor.seconds))  # fmt: skip
        theirs_p95 = percentile(anchor.latencies, 95)
        p95.append(percentile(mine.latencies, 95) / theirs_p95 if theirs_p95 else float("inf"))
    return {"throughput": throughput, "p95": p95}


def ratios(at: dict[str, Any], name: str = "serve") -> tuple[float, float]:
    """A server's requests/s as a share of Oxigraph's, and its p95 as a multiple of Oxigraph's:
    the medians of the paired rounds' ratios."""
    versus = at[name]["versus"]
    return statistics.median(versus["throughput"]), statistics.median(versus["p95"])


def spread(values: Sequence[float]) -> str:
    """Lowest to highest of a ratio's rounds.

    >>> spread([0.61, 0.5, 0.72])
    '0.50-0.72'
    """
    return f"{min(values):.2f}-{max(values):.2f}"


def rows_throughput(results: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """The targets table's rows: per concurrency, requests/s and p95 against Oxigraph's."""
    rows = []
    for count, at in results["clients"].items():
        throughput, p95 = ratios(at)
        ours, theirs = at["serve"], at["oxigraph"]
        clean = not ours["errors"] and not results["rows"]["differ"]
        versus = ours["versus"]
        rows.append((
            f"`serve` >= {MIN_THROUGHPUT}x Oxigraph server's requests/s, {count} clients",
            f"{throughput:.2f}x, median of {len(versus['throughput'])} paired rounds "
            f"({spread(versus['throughput'])}; {ours['requests_per_s']:.0f} vs "
            f"{theirs['requests_per_s']:.0f}/s)",
            throughput >= MIN_THROUGHPUT and clean,
        ))  # fmt: skip
        rows.append((
            f"`serve` p95 <= {MAX_P95:g}x Oxigraph server's, {count} clients",
            f"{p95:.2f}x, median of {len(versus['p95'])} paired rounds ({spread(versus['p95'])}; "
            f"{ours['p95_ms']:.1f} vs {theirs['p95_ms']:.1f} ms)",
            p95 <= MAX_P95 and clean,
        ))  # fmt: skip
    return rows


def report(results: dict[str, Any]) -> list[str]:
    """A section of results.md: per concurrency and server, the figures and the ratios."""
    lines = [
        "## `crpv-graph serve` against `oxigraph serve`", "",
        f"{results['queries']} named queries (defaults) over {results['quads']:,} quads, GET and "
        f"POST in turn, kept-alive connections; {results['rounds']} rounds of "
        f"{results['seconds']:g} s per server and concurrency, interleaved; ratios = median of "
        "the paired rounds' ratios (lowest-highest); load average "
        f"{results['load_before']:.1f} before, {results['load_after']:.1f} after. Rows agree: "
        + ("yes" if not results["rows"]["differ"] else f"**no** ({results['rows']['differ']})")
        + ".", "",
        "| clients | server | requests/s (rounds) | p50 (ms) | p95 (ms) | errors | server CPU "
        "per request (ms; its main process) | generator CPU per request (ms, share of a core) "
        "| vs Oxigraph |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]  # fmt: skip
    for count, at in results["clients"].items():
        for name, s in at.items():
            rounds = ", ".join(map(str, s["rounds"]))
            versus = ""
            if "versus" in s:
                throughput, p95 = ratios(at, name)
                versus = (f"{throughput:.2f}x requests/s ({spread(s['versus']['throughput'])}), "
                          f"p95 {p95:.2f}x ({spread(s['versus']['p95'])})")  # fmt: skip
            lines.append(
                f"| {count} | {name} | {s['requests_per_s']:.0f} ({rounds}) "
                f"| {s['p50_ms']:.1f} | {s['p95_ms']:.1f} | {s['errors'] or 0} "
                f"| {s['server_cpu_ms_per_request']:.2f} "
                f"({s['server_process_cpu_ms_per_request']:.2f}) "
                f"| {s['generator_cpu_ms_per_request']:.2f} "
                f"({s['generator_cpu_share']:.0%}) | {versus} |"
            )  # fmt: skip
    return [*lines, "", *cpu_notes(results), ""]


def cpu_notes(results: dict[str, Any]) -> list[str]:
    """Where serve's CPU goes, per request, beside Oxigraph's: the figure the load of the rest
    of the machine moves least, and what bounds serve's throughput on two cores."""
    lines = ["CPU per request (the machine's load moves it least):", ""]
    for count, at in results["clients"].items():
        ours, theirs = at["serve"], at["oxigraph"]
        main = ours["server_process_cpu_ms_per_request"]
        total = ours["server_cpu_ms_per_request"]
        lines.append(
            f"- {count} clients: `serve` {total:.2f} ms (its HTTP process {main:.2f}, query "
            f"workers {total - main:.2f}) against Oxigraph's "
            f"{theirs['server_cpu_ms_per_request']:.2f} ms: "
            f"{total / theirs['server_cpu_ms_per_request']:.2f}x."
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", default="1,4,16")
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--dataset", type=Path, help="a compiled dataset (default: the real data)")
    parser.add_argument("--scratch", type=Path, help="where the servers' files go (default: temp)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--before", type=Path, help="also serve from the code in this checkout")
    arguments = parser.parse_args()
    dataset = compiled.open_compiled(arguments.dataset) if arguments.dataset else None
    results = measure_throughput(
        dataset,
        [int(count) for count in arguments.clients.split(",")],
        arguments.seconds,
        arguments.rounds,
        arguments.scratch,
        arguments.before,
    )
    if arguments.json:
        arguments.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print("\n".join(report(results)))
    for target, measured, met in rows_throughput(results):
        print(f"{target}: {measured} ({'met' if met else 'MISSED'})")


if __name__ == "__main__":
    main()
