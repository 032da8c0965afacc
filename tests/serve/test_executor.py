"""The query executor: bounded time and memory, and room for ordinary queries beside runaways.

Each test starts real worker processes over the real dataset (no mocks) and drives them through
:class:`QueryExecutor`, the object the server uses.
"""

from __future__ import annotations

import asyncio
import json
import signal
import threading
import time
from collections.abc import Awaitable, Callable
from multiprocessing.connection import wait as wait_readable
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

import pyoxigraph as ox
import pytest

from crpv_graph.query.formats import RESULT_FORMATS
from crpv_graph.serve.executor import (
    MIB,
    Answer,
    Busy,
    Limits,
    QueryExecutor,
    QueryTimeout,
    QueryTooLarge,
    Task,
    _start,
    _Worker,
    _worker_context,
    capped_solutions,
    json_rows,
)
from crpv_graph.serve.guard import RefusedQuery
from crpv_graph.store.dataset import LoadedDataset
from tests.helpers import CENTRE_COUNT

T = TypeVar("T")
ORDINARY = Task(CENTRE_COUNT, "text/csv")
# Never ends on this dataset: a count over a three-way cross join of every triple.
RUNAWAY = Task("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
# Grows without bound: a sort of a two-way cross join (about 40 million rows).
MEMORY_HOG = Task("SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f")


@pytest.fixture(scope="module")
def nquads(real_dataset: LoadedDataset) -> bytes:
    """The compiled dataset as the server hands it to its workers."""
    return real_dataset.store.dump(format=ox.RdfFormat.N_QUADS) or b""


def with_executor(
    nquads: bytes, limits: Limits, scenario: Callable[[QueryExecutor], Awaitable[T]]
) -> T:
    """Run ``scenario`` against a started executor, then stop its workers."""

    async def main() -> T:
        executor = QueryExecutor(nquads, limits)
        await executor.start()
        try:
            return await scenario(executor)
        finally:
            await executor.close()

    return asyncio.run(main())


def is_ordinary_answer(answer: Answer) -> bool:
    return answer.body.decode().splitlines() == ["n", "21"]


async def until(condition: Callable[[], bool], seconds: float = 30) -> None:
    """Poll the executor's state until ``condition`` holds (these tests drive the executor from
    inside and read its private state; the server's tests watch it from outside)."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"still not so after {seconds} s"
        await asyncio.sleep(0.01)


def test_a_query_past_the_memory_bound_answers_too_large_and_its_worker_is_replaced(
    nquads: bytes,
) -> None:
    limits = Limits(workers=1, timeout=30, quick_time=30, max_memory=300 * MIB)

    async def scenario(executor: QueryExecutor) -> tuple[float, bool]:
        start = time.monotonic()
        with pytest.raises(QueryTooLarge) as too_large:
            await executor.run(MEMORY_HOG)
        assert too_large.value.headers == {"X-Query-Too-Large": "true"}
        elapsed = time.monotonic() - start
        return elapsed, is_ordinary_answer(await executor.run(ORDINARY))

    elapsed, answered_after = with_executor(nquads, limits, scenario)
    assert elapsed < 25, "the bound was reached long before the time limit"
    assert answered_after


def test_a_dead_workers_exit_status_is_read_right_while_another_worker_starts() -> None:
    # Starting a process polls every earlier one; unguarded, that poll raced the retiring
    # thread's for a dead worker's one status message, and the loser read EOF: status 255, so
    # a worker killed by the memory bound answered "worker died" (seen under load in CI). Each
    # round retires a killed process while another starts; about 1 in 100 raced before.
    context = _worker_context()
    statuses = []
    for _ in range(150):
        ours, theirs = context.Pipe()
        dead = context.Process(target=signal.raise_signal, args=(signal.SIGKILL,))
        _start(dead)
        theirs.close()
        wait_readable([dead.sentinel])  # it has died; its status is not read yet
        together = threading.Barrier(2)
        other = context.Process(target=time.sleep, args=(0,))
        starter = threading.Thread(target=_start_when_both_ready, args=(together, other))
        starter.start()
        together.wait()
        statuses.append(_Worker(dead, ours).end())
        starter.join()
        other.join()
    assert statuses == [-signal.SIGKILL] * 150


def _start_when_both_ready(together: threading.Barrier, process: BaseProcess) -> None:
    together.wait()
    _start(process)


def test_a_runaway_moves_to_the_long_lane_and_ordinary_queries_keep_their_seat(
    nquads: bytes,
) -> None:
    limits = Limits(workers=1, timeout=4, quick_time=0.5, long_queries=1)

    async def scenario(executor: QueryExecutor) -> dict[str, Any]:
        runaway = asyncio.ensure_future(executor.run(RUNAWAY, client="attacker"))
        await until(lambda: bool(executor._long))  # past its quick time, in the long lane
        ordinary = [await executor.run(ORDINARY, client=f"c{i}") for i in range(5)]
        ordinary_done = time.monotonic()
        with pytest.raises(QueryTimeout) as timed_out:
            await runaway
        return {
            "ordinary": all(is_ordinary_answer(answer) for answer in ordinary),
            "ordinary_first": ordinary_done < time.monotonic(),
            "headers": timed_out.value.headers,
        }

    outcome = with_executor(nquads, limits, scenario)
    assert outcome == {
        "ordinary": True,
        "ordinary_first": True,
        "headers": {"X-Query-Timed-Out": "true"},
    }


def test_no_second_long_query_when_the_long_lane_is_full(nquads: bytes) -> None:
    limits = Limits(workers=2, timeout=6, quick_time=0.5, long_queries=1)

    async def scenario(executor: QueryExecutor) -> list[str]:
        first = asyncio.ensure_future(executor.run(RUNAWAY, client="a"))
        await until(lambda: bool(executor._long))  # past its quick time, in the long lane
        refusals = []
        for client in ("a", "b"):  # the same client again, then another one
            start = time.monotonic()
            with pytest.raises(Busy) as busy:
                await executor.run(RUNAWAY, client=client)
            assert time.monotonic() - start < 3, "refused at its quick time, not its timeout"
            assert 1 <= int(busy.value.headers["Retry-After"]) <= 6
            refusals.append(busy.value.message)
        assert is_ordinary_answer(await executor.run(ORDINARY, client="c"))
        first.cancel()
        await asyncio.gather(first, return_exceptions=True)
        return refusals

    refusals = with_executor(nquads, limits, scenario)
    assert "a long query of yours is still running" in refusals[0]
    assert "its share of long queries" in refusals[1]


def test_a_full_queue_answers_busy_at_once(nquads: bytes) -> None:
    limits = Limits(workers=1, timeout=20, quick_time=20, long_queries=0, queue=1)

    async def scenario(executor: QueryExecutor) -> tuple[float, str]:
        holder = asyncio.ensure_future(executor.run(RUNAWAY, client="a"))
        await until(executor._seats.empty)  # it holds the only seat
        waiter = asyncio.ensure_future(executor.run(ORDINARY, client="b"))
        await until(lambda: executor._waiting == 1)  # it waits for that seat, filling the queue
        start = time.monotonic()
        with pytest.raises(Busy) as busy:
            await executor.run(ORDINARY, client="c")
        refused_in = time.monotonic() - start
        for task in (holder, waiter):
            task.cancel()
        await asyncio.gather(holder, waiter, return_exceptions=True)
        return refused_in, busy.value.headers["Retry-After"]

    refused_in, retry_after = with_executor(nquads, limits, scenario)
    assert refused_in < 1
    assert retry_after == "1"


def test_a_text_the_guard_let_through_is_not_checked_again_and_a_refused_one_is(
    nquads: bytes,
) -> None:
    refused = Task("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")

    async def scenario(executor: QueryExecutor) -> tuple[str | None, str | None]:
        await executor.run(ORDINARY)
        with pytest.raises(RefusedQuery) as first:
            await executor.run(refused)
        with pytest.raises(RefusedQuery) as again:
            await executor.run(refused)
        assert str(again.value) == str(first.value)
        return executor.verdicts.form(ORDINARY.text), executor.verdicts.form(refused.text)

    ordinary, service = with_executor(nquads, Limits(workers=1), scenario)
    assert ordinary == "SELECT"
    assert service is None


# Terms whose TSV form escapes characters, a language tag, a datatype, a blank node, an IRI.
TRICKY = r"""
PREFIX e: <http://example.org/>
e:a e:p "two\nlines\tand a tab" , "chat"@fr , "1.5"^^<http://www.w3.org/2001/XMLSchema#decimal> ,
  _:node , e:b , "quote \" and \\ backslash" .
"""


def solutions_of(store: ox.Store, query: str) -> Callable[[], ox.QuerySolutions]:
    """What a worker hands :func:`capped_solutions`: the query, run again at each call."""

    def run() -> ox.QuerySolutions:
        result = store.query(query)
        assert isinstance(result, ox.QuerySolutions)
        return result

    return run


@pytest.mark.parametrize("fmt", list(RESULT_FORMATS))
def test_capped_results_are_oxigraphs_own_bytes_cut_at_the_cap(fmt: str) -> None:
    store = ox.Store()
    store.load(TRICKY, format=ox.RdfFormat.TURTLE)
    query = "SELECT ?s ?o ?unbound WHERE { ?s ?p ?o } ORDER BY STR(?o)"
    expected = solutions_of(store, query)().serialize(format=RESULT_FORMATS[fmt].writer)
    assert capped_solutions(solutions_of(store, query), 6, fmt) == (expected, 6, False)
    first_two = query.replace("ORDER BY STR(?o)", "ORDER BY STR(?o) LIMIT 2")
    expected = solutions_of(store, first_two)().serialize(format=RESULT_FORMATS[fmt].writer)
    assert capped_solutions(solutions_of(store, query), 2, fmt) == (expected, 2, True)


# Strings that hold what separates solutions in SPARQL JSON, solutions that bind nothing, and
# a triple term (RDF 1.2): the row count read on JSON bytes must still be exact.
BRACES = r"""
PREFIX e: <http://example.org/>
e:a e:p "},{" , "}},{\"e\":{\"type\":" , "{" , "{}" , "plain" , <<( e:a e:p e:b )>> .
"""


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?o WHERE { ?s ?p ?o }",
        "SELECT ?o WHERE { ?s ?p ?o FILTER(!isLiteral(?o) || ?o = 'plain') }",
        "SELECT ?nothing WHERE { ?s ?p ?o }",
        "SELECT * WHERE { }",
        "SELECT ?o WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?z } }",
    ],
)
@pytest.mark.parametrize("cap", [1, 3, 100])
def test_json_answers_count_and_cut_their_rows_exactly(query: str, cap: int) -> None:
    store = ox.Store()
    store.load(BRACES, format=ox.RdfFormat.TURTLE)
    whole = solutions_of(store, query)().serialize(format=ox.QueryResultsFormat.JSON)
    assert whole is not None
    bindings = json.loads(whole)["results"]["bindings"]
    assert json_rows(whole) == len(bindings)
    body, rows, truncated = capped_solutions(solutions_of(store, query), cap, "json")
    assert (rows, truncated) == (min(cap, len(bindings)), len(bindings) > cap)
    assert json.loads(body)["results"]["bindings"] == bindings[:cap]
    if not truncated:
        assert body == whole
