"""``crpv-graph serve`` under attack and under load: each case with a real server process.

Loops are bounded; figures (rates, latencies) are measured by ``benchmarks/serve_load.py``,
not asserted here. What is asserted is behaviour: who is answered, with which status.
"""

from __future__ import annotations

import concurrent.futures
import os
import signal
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.helpers import count_centres, descendants, serving

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
MEMORY_HOG = "SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"


def worker_pids(server: subprocess.Popen[bytes], at_least: int = 1) -> set[int]:
    """The server's descendant processes (its fork server and query workers), from /proc,
    once there are ``at_least`` of them besides the fork server."""
    deadline = time.monotonic() + 30
    while len(pids := descendants(server.pid)) < at_least + 1:
        assert time.monotonic() < deadline, f"{len(pids)} processes, expected {at_least + 1}"
        time.sleep(0.1)
    return pids


def outliving(workers: set[int], seconds: float = 10) -> list[int]:
    """The processes of ``workers`` still alive once they all ended or ``seconds`` passed."""
    deadline = time.monotonic() + seconds
    while (alive := [pid for pid in workers if Path(f"/proc/{pid}").exists()]) and (
        time.monotonic() < deadline
    ):
        time.sleep(0.1)
    return alive


def test_the_server_keeps_no_file_a_tmp_cleaner_could_remove(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    with serving(tmp_path, "--workers", "1", "--quick-time", "0.3", env=env) as (endpoint, server):
        workers = worker_pids(server, at_least=2)  # a seat and the warm spare
        for path in sorted(scratch.rglob("*"), reverse=True):  # what a cleaner would do
            path.rmdir() if path.is_dir() else path.unlink()
        # A runaway makes the spare take the seat and a new spare start: the dataset must
        # still be at hand for both.
        runaway = httpx.post(endpoint.sparql, data={"query": RUNAWAY}, timeout=60)
        assert runaway.status_code == 503
        assert count_centres(endpoint).text.splitlines() == ["n", "21"]
        # A generous wait: on a busy machine the new spare may still be loading.
        assert httpx.get(endpoint.base + "/health", timeout=60).status_code == 200
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=20)
    assert list(scratch.iterdir()) == []
    assert outliving(workers) == [], "workers outlived it"


def test_a_query_past_the_memory_bound_answers_503_too_large(tmp_path: Path) -> None:
    with serving(tmp_path, "--max-memory", "300", "--timeout", "30", "--quick-time", "30") as (
        endpoint,
        _,
    ):
        start = time.monotonic()
        answer = httpx.post(endpoint.sparql, data={"query": MEMORY_HOG}, timeout=60)
        elapsed = time.monotonic() - start
        assert answer.status_code == 503
        assert answer.headers["x-query-too-large"] == "true"
        assert "MiB" in answer.text and len(answer.text.splitlines()) == 1
        assert elapsed < 20, "stopped by the memory bound, well before the time limit"
        assert count_centres(endpoint).text.splitlines() == ["n", "21"]
    log = (tmp_path / "serve.log").read_text()
    assert "Traceback" not in log


def test_runaways_do_not_starve_ordinary_queries(tmp_path: Path) -> None:
    """8 clients ask ordinary queries for 8 s while a runaway arrives every 2 s."""
    with serving(tmp_path, "--timeout", "5") as (endpoint, _):
        stop = time.monotonic() + 8

        def ordinary_client() -> list[int]:
            statuses = []
            with httpx.Client() as client:
                while time.monotonic() < stop:
                    statuses.append(count_centres(endpoint, client).status_code)
            return statuses

        def runaways() -> list[int]:
            statuses = []
            while time.monotonic() < stop:
                sent = time.monotonic()
                answer = httpx.post(endpoint.sparql, data={"query": RUNAWAY}, timeout=60)
                statuses.append(answer.status_code)
                # Paces the attacker (one runaway every 2 s); nothing is asserted after it.
                time.sleep(max(0.0, 2 - (time.monotonic() - sent)))
            return statuses

        with concurrent.futures.ThreadPoolExecutor(9) as pool:
            ordinary = [pool.submit(ordinary_client) for _ in range(8)]
            attacks = pool.submit(runaways)
            statuses = [status for future in ordinary for status in future.result()]
            attack_statuses = attacks.result()
    assert len(statuses) > 50
    assert set(statuses) == {200}, "every ordinary query was answered"
    assert attack_statuses and set(attack_statuses) == {503}


@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGINT])
def test_the_server_stops_cleanly_and_its_workers_with_it(
    tmp_path: Path, signal_number: int
) -> None:
    with serving(tmp_path, "--workers", "1") as (_, server):
        workers = worker_pids(server, at_least=2)
        server.send_signal(signal_number)
        assert server.wait(timeout=20) in (0, -signal_number)
    assert outliving(workers) == []
    assert "Traceback" not in (tmp_path / "serve.log").read_text()
