"""Running served queries in confined worker processes, fairly.

Neither pyoxigraph nor rdflib can cancel a running query, and an aggregate yields nothing until
it is done: the only sure bound on a query's time or memory is to run it in another process and
kill that process. Each worker loads the dataset once (from bytes the server holds in memory:
there is no file for a /tmp cleaner to remove), bounds its own memory, shuts itself off the
network (:mod:`crpv_graph.serve.sandbox`) and then answers one query at a time.

Scheduling, so that runaway queries cannot starve ordinary ones:

- ``workers`` *seats* answer queries. A query waits for a free seat in a bounded queue
  (``queue``); when the queue is full it is answered 503 with ``Retry-After`` at once.
- A query may hold a seat for ``quick_time`` seconds. Past that, it leaves its seat: if fewer than
  ``long_queries`` long queries are running and none of them is its client's, its worker goes on
  at the lowest CPU priority (``SCHED_IDLE``) in the *long lane* until ``timeout``, while a warm
  spare worker takes the seat; otherwise it is stopped and answered 503 with ``Retry-After``.
  Ordinary queries (milliseconds on this dataset) thus always find the seats and the CPU.
- A worker past its memory bound dies (or raises ``MemoryError``): the query is answered 503 with
  ``X-Query-Too-Large``; a worker past ``timeout`` is killed: 503 with ``X-Query-Timed-Out``.
  Either way a spare takes its place.

The guard (:mod:`crpv_graph.serve.guard`), the choice of format, the row cap and serialisation
all run in the worker, under the same limits as the query. The guard's verdict on a text it let
through is remembered by the server (:class:`Verdicts`), so a text sent again is not parsed again
by whichever worker gets it (rdflib's parser takes tens of milliseconds, the query often less).
Results are written by Oxigraph's own writers, the row cap cutting them as they are written.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import io
import json
import logging
import math
import multiprocessing
import os
import re
import signal
import threading
import traceback
from collections import OrderedDict
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from multiprocessing.connection import wait as wait_readable
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Any, TypeVar

import pyoxigraph as ox

from crpv_graph.namespaces import GRAPH_UNION, PREFIXES
from crpv_graph.query.formats import (
    NotAcceptable,
    media_type,
    negotiate,
    serialize_result,
)
from crpv_graph.serve import sandbox
from crpv_graph.serve.guard import RefusedQuery, check_query
from crpv_graph.store.dataset import open_nquads

if TYPE_CHECKING:  # the buffers Oxigraph writes (collections.abc.Buffer from Python 3.12)
    from typing_extensions import Buffer

log = logging.getLogger("crpv_graph.serve")

MIB = 2**20
T = TypeVar("T")
# Seconds a worker may take to load the dataset and confine itself.
_START_TIME = 120.0
# A worker that ran out of memory in Python code exits with this status (Oxigraph aborts).
_OUT_OF_MEMORY = 3
# Held by every poll of a worker's exit status, and by Process.start, which polls every earlier
# child (multiprocessing.process._cleanup). A fork server's child has one status message: of two
# threads polling it at once, one reads it and the other reads EOF, which multiprocessing
# reports as status 255, and a worker killed by the memory bound would look like one that died.
_POLLING = threading.Lock()


@dataclass(frozen=True)
class Limits:
    """How queries are scheduled and bounded (see the module docstring)."""

    workers: int = 2
    timeout: float = 10.0
    quick_time: float = 1.0
    long_queries: int = 1
    queue: int = 64
    max_memory: int = 1024 * MIB
    max_rows: int = 10_000
    confined: bool = True

    @property
    def processes(self) -> int:
        """Worker processes alive at most: the seats, the long lane and one warm spare."""
        return self.workers + self.long_queries + 1


@dataclass(frozen=True)
class Answer:
    """A query's result, serialised in the negotiated format."""

    body: bytes
    media_type: str
    form: str
    rows: int
    truncated: bool


@dataclass(frozen=True)
class Task:
    """What a worker needs to answer one query."""

    text: str
    accept: str = "*/*"
    explicit_format: str | None = None
    max_rows: int = 10_000
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    # The form of a query the server wrote itself (a named query, its parameters bound as
    # terms), or of a text the guard already let through (Verdicts): such a text needs no
    # guard. None for any other text a client sent.
    trusted_form: str | None = None


class Unavailable(Exception):
    """The query was not answered for a reason of the server's: HTTP 503 with ``headers``."""

    status = 503

    def __init__(self, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.headers = headers or {}


class QueryTimeout(Unavailable):
    """The query ran past its time limit; its worker was killed."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"the query ran past the {seconds:g} s limit", {"X-Query-Timed-Out": "true"}
        )


class QueryTooLarge(Unavailable):
    """The query needed more memory than a worker may use; its worker was replaced."""

    def __init__(self, max_memory: int) -> None:
        super().__init__(
            f"the query needed more than the {max_memory // MIB} MiB a query may use",
            {"X-Query-Too-Large": "true"},
        )


class Busy(Unavailable):
    """No room for the query now; ``Retry-After`` says when to try again."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message, {"Retry-After": str(max(1, math.ceil(retry_after)))})


class WorkerFailed(Exception):
    """A worker could not start (e.g. it cannot be confined here), or failed unexpectedly."""


class Verdicts:
    """The forms of the texts the guard let through, the most recently used kept.

    Clients send the same texts again and again (a page's queries, a dashboard's), and every
    worker would otherwise check each once more with rdflib's parser. Bounded by the characters
    held; the dataset's graphs, the guard's other input, never change while the server runs.

    >>> verdicts = Verdicts(max_chars=10)
    >>> verdicts.remember("ASK {}", "ASK"); verdicts.remember("ASK { }", "ASK")
    >>> verdicts.form("ASK {}"), verdicts.form("ASK { }")
    (None, 'ASK')
    """

    def __init__(self, max_chars: int = 16 * MIB) -> None:
        self.max_chars = max_chars
        self._forms: OrderedDict[str, str] = OrderedDict()
        self._chars = 0

    def form(self, text: str) -> str | None:
        """The form the guard found in ``text``, or None if it has not checked it (lately)."""
        form = self._forms.get(text)
        if form is not None:
            self._forms.move_to_end(text)
        return form

    def remember(self, text: str, form: str) -> None:
        """Note that the guard let ``text`` through as a query of this form."""
        if text in self._forms or len(text) > self.max_chars:
            return
        self._forms[text] = form
        self._chars += len(text)
        while self._chars > self.max_chars:
            oldest, _ = self._forms.popitem(last=False)
            self._chars -= len(oldest)


class _RowCap(io.BytesIO):
    """A file for Oxigraph's TSV writer that keeps the header and at most ``max_rows`` rows,
    then stops the writer (by raising :class:`_Full`): a long result is never written whole.

    TSV has one line per solution (a line break in a literal is written ``\\n``)."""

    def __init__(self, max_rows: int) -> None:
        super().__init__()
        self.max_lines = max_rows + 1
        self.lines = 0

    def write(self, chunk: Buffer, /) -> int:
        written = super().write(chunk)
        self.lines += bytes(chunk).count(b"\n")
        if self.lines > self.max_lines:
            raise _Full
        return written

    def table(self) -> tuple[bytes, int, bool]:
        """The TSV kept, its rows, and whether rows were cut."""
        lines = self.getvalue().split(b"\n")[: min(self.lines, self.max_lines)]
        return b"\n".join(lines) + b"\n", len(lines) - 1, self.lines > self.max_lines


class _JsonCap(io.BytesIO):
    """A file for Oxigraph's JSON writer that stops it (by raising :class:`_Full`) as soon as the
    result may hold more than ``max_rows`` solutions.

    Solutions are separated by ``},{``; the same bytes may occur inside a string, so their count
    is an upper bound of the separators: under the cap, the result is whole."""

    def __init__(self, max_rows: int) -> None:
        super().__init__()
        self.max_rows = max_rows
        self.separators = 0
        self.tail = b""

    def write(self, chunk: Buffer, /) -> int:
        data = bytes(chunk)
        written = super().write(data)
        self.separators += (self.tail + data[:2]).count(b"},{") + data.count(b"},{")
        self.tail = data[-2:]
        if self.separators >= self.max_rows:
            raise _Full
        return written


class _Full(Exception):
    """The row cap is reached: Oxigraph's writer stops here."""


# In Oxigraph's compact SPARQL JSON, a solution that binds something opens with its first
# variable's name then a term object, and a triple term's value (RDF 1.2) looks the same with
# "subject". A string holds no raw quote, so neither pattern can start inside one.
_SOLUTION_OPENING = re.compile(rb'\{"[^"]*":\{"type":')
_TRIPLE_TERM = b'"type":"triple"'


def json_rows(body: bytes) -> int:
    r"""The solutions in a SPARQL JSON result written by Oxigraph, counted on its bytes.

    Every ``{`` of the result is counted once: the result, its head and its results, a term,
    a triple term's value or a solution. When none is left over, there is no empty solution
    and no brace inside a string, and the count of solution openings is exact; otherwise
    (rare) the body is parsed.

    >>> json_rows(b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"literal",'
    ...           b'"value":"a},{\\"b"}},{"s":{"type":"bnode","value":"x"}}]}}')
    2
    >>> json_rows(b'{"head":{"vars":["x"]},"results":{"bindings":[{},{}]}}')
    2
    """
    terms = body.count(b'{"type":')
    triples = body.count(_TRIPLE_TERM)
    openings = len(_SOLUTION_OPENING.findall(body)) - triples
    if body.count(b"{") == 3 + terms + triples + openings:
        return openings
    solutions: list[object] = json.loads(body)["results"]["bindings"]
    return len(solutions)


def capped_solutions(
    query: Callable[[], ox.QuerySolutions], max_rows: int, fmt: str
) -> tuple[bytes, int, bool]:
    r"""SELECT solutions of ``query()`` in format ``fmt``, at most ``max_rows`` of them: the
    body, its rows and whether the cap cut it.

    JSON (what clients ask for) is written by Oxigraph's JSON writer straight away, stopped if
    the result may be longer than the cap. Then, and for the other formats, the solutions are
    written by Oxigraph as TSV (every term in its exact N-Triples form; one line per solution,
    so cut exactly at the cap) and, for another format, read back and written again by Oxigraph:
    no Python object per term. A long result in JSON thus runs its query twice; the second
    run stops at the cap.

    >>> store = ox.Store()
    >>> store.add(ox.Quad(*(ox.NamedNode(f"http://e.org/{n}") for n in "spo")))
    >>> capped_solutions(lambda: store.query("SELECT ?s ?o { ?s ?p ?o }"), 0, "csv")
    (b's,o\r\n', 0, True)
    """
    if fmt == "json":
        whole = _JsonCap(max_rows)
        with contextlib.suppress(_Full):
            query().serialize(whole, format=ox.QueryResultsFormat.JSON)
            body = whole.getvalue()
            return body, json_rows(body), False
    writer = _RowCap(max_rows)
    with contextlib.suppress(_Full):
        query().serialize(writer, format=ox.QueryResultsFormat.TSV)
    table, rows, truncated = writer.table()
    if fmt != "tsv":
        solutions = ox.parse_query_results(table, ox.QueryResultsFormat.TSV)
        table = serialize_result(solutions, fmt)
    return table, rows, truncated


# Clients send the same few Accept headers again and again, and werkzeug's reading of one costs
# a worker about as much CPU as a small query (a refusal is not kept: it is read again).
_negotiate = functools.lru_cache(maxsize=256)(negotiate)


def answer_query(store: ox.Store, graphs: frozenset[str], task: Task) -> Answer:
    """Check, run, cap and serialise one query (in a worker: see the module docstring)."""
    form = task.trusted_form or check_query(task.text, graphs)
    for iri in (*task.default_graphs, *task.named_graphs):
        if iri not in graphs and iri != str(GRAPH_UNION):
            raise RefusedQuery(f"<{iri}> is not a graph of this dataset")
    graph = form in ("CONSTRUCT", "DESCRIBE")
    try:
        fmt = _negotiate(task.accept, graph, task.explicit_format)
    except NotAcceptable as error:
        raise RefusedQuery(str(error), 406) from None
    result = _evaluate(store, task)
    rows, truncated = 0, False
    if isinstance(result, ox.QuerySolutions):
        first = [result]

        def solutions() -> ox.QuerySolutions:  # the result above, then the query run again
            again = first.pop() if first else _evaluate(store, task)
            assert isinstance(again, ox.QuerySolutions)
            return again

        body, rows, truncated = capped_solutions(solutions, task.max_rows, fmt)
    elif isinstance(result, ox.QueryTriples):
        triples: list[ox.Triple] = []
        for triple in result:
            if len(triples) == task.max_rows:
                truncated = True
                break
            triples.append(triple)
        rows = len(triples)
        body = serialize_result(triples, fmt)
    else:
        rows = 1
        body = serialize_result(result, fmt)
    return Answer(body, media_type(fmt, graph), form, rows, truncated)


def _evaluate(store: ox.Store, task: Task) -> ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean:
    """Run a task's query on the store, an engine's refusal made a :class:`RefusedQuery`."""
    try:
        return store.query(
            task.text,
            prefixes=PREFIXES,
            default_graph=_default_graph(task.default_graphs),
            named_graphs=[ox.NamedNode(iri) for iri in task.named_graphs] or None,
        )
    except SyntaxError as error:  # what the guard let through and Oxigraph did not
        raise RefusedQuery(f"syntax error: {_one_line(error)}") from error
    except OSError as error:  # an evaluation error
        raise RefusedQuery(f"query failed: {_one_line(error)}") from error


def _default_graph(
    iris: Sequence[str],
) -> list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] | None:
    """The graphs a request's ``default-graph-uri`` names, the union's name read as the store's
    default graph (so that a query written for a published copy runs here unchanged)."""
    if not iris:
        return None
    graphs: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [
        ox.DefaultGraph() if iri == str(GRAPH_UNION) else ox.NamedNode(iri) for iri in iris
    ]
    return graphs


def prepare_worker(
    dataset: bytes, max_memory: int, confined: bool
) -> tuple[ox.Store, frozenset[str]]:
    """Set up a worker process: memory bound, the dataset in memory, then no network.

    Returns the store and the IRIs of its named graphs. Raises
    :class:`~crpv_graph.serve.sandbox.SandboxUnavailable` when ``confined`` cannot be honoured.
    """
    sandbox.die_with_parent()
    sandbox.limit_memory(max_memory)
    store = open_nquads(dataset)
    graphs = frozenset(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
    if confined:
        sandbox.forbid_network()
    return store, graphs


def _worker_main(channel: Connection, dataset: bytes, max_memory: int, confined: bool) -> None:
    """A worker's life: set up, then answer tasks until the server goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    # A query past the memory bound makes Oxigraph abort: one line in the log, no backtrace.
    os.environ["RUST_BACKTRACE"] = "0"
    try:
        store, graphs = prepare_worker(dataset, max_memory, confined)
    except (sandbox.SandboxUnavailable, MemoryError, OSError) as error:
        channel.send(("failed", f"{type(error).__name__}: {error}"))
        return
    del dataset
    channel.send(("ready", None))
    while True:
        try:
            task = channel.recv()
        except (EOFError, OSError):
            return
        reply: tuple[str, Any]
        try:
            reply = ("answer", answer_query(store, graphs, task))
        except RefusedQuery as error:
            reply = ("refused", error)
        except MemoryError:
            os._exit(_OUT_OF_MEMORY)
        except Exception:
            reply = ("failed", traceback.format_exc(limit=8))
        channel.send(reply)


class _Worker:
    """The server's handle on one worker process."""

    def __init__(self, process: BaseProcess, channel: Connection) -> None:
        self.process = process
        self.channel = channel

    def exchange(self, task: Task) -> tuple[str, Any]:
        """Send a task and wait for its reply (blocking: run it in a thread)."""
        self.channel.send(task)
        reply: tuple[str, Any] = self.channel.recv()
        return reply

    def alive(self) -> bool:
        """Whether the process still runs (see ``_POLLING``)."""
        with _POLLING:
            return self.process.is_alive()

    def deprioritise(self) -> None:
        """Let this worker run only when no other process wants the CPU.

        ``SCHED_IDLE`` where the platform has it (Linux), else the lowest nice value: a
        runaway in the long lane then takes next to nothing from the ordinary queries.
        """
        pid = self.process.pid or 0
        with contextlib.suppress(ProcessLookupError, PermissionError, AttributeError):
            os.sched_setscheduler(pid, os.SCHED_IDLE, os.sched_param(0))
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.setpriority(os.PRIO_PROCESS, pid, 19)

    def end(self) -> int | None:
        """Kill the process if it still runs, reap it, and give its exit status.

        Call it once no thread reads the channel any more: it closes the channel, and a file
        descriptor closed under a reading thread could be reused by the next worker's pipe.
        """
        if self.alive():
            self.process.kill()
        wait_readable([self.process.sentinel], timeout=5)
        self.channel.close()
        with _POLLING:
            self.process.join(timeout=0)
            return self.process.exitcode


@dataclass
class _LongQuery:
    client: str
    deadline: float


class QueryExecutor:
    """Confined worker processes over one dataset, scheduled as the module docstring says.

    ``dataset`` is the compiled dataset as N-Quads bytes. Call :meth:`start` before :meth:`run`,
    and :meth:`close` at the end (the ASGI lifespan of :mod:`crpv_graph.serve.app` does both).
    """

    def __init__(self, dataset: bytes, limits: Limits) -> None:
        self.limits = limits
        self._dataset = dataset
        self._context = _worker_context()
        self._seats: asyncio.Queue[_Worker] = asyncio.Queue()
        self._waiting = 0
        self._long: dict[_Worker, _LongQuery] = {}
        self._spare: asyncio.Future[_Worker] | None = None
        self._background: set[asyncio.Future[Any]] = set()
        # One thread per exchange in flight (seats, long lane) and per worker starting.
        self._threads = ThreadPoolExecutor(
            max_workers=limits.processes + limits.workers, thread_name_prefix="crpv-query"
        )
        self.verdicts = Verdicts()
        self._closed = False

    async def start(self) -> None:
        """Start every seat's worker and a spare; raise :class:`WorkerFailed` if one cannot."""
        started = await asyncio.gather(
            *(self._spawn() for _ in range(self.limits.workers)), return_exceptions=True
        )
        failures = [outcome for outcome in started if isinstance(outcome, BaseException)]
        for outcome in started:
            if isinstance(outcome, _Worker):
                if failures:
                    outcome.end()
                else:
                    self._seats.put_nowait(outcome)
        if failures:
            self._threads.shutdown(wait=False)
            raise failures[0]
        self._spare = self._in_background(self._spawn())

    async def run(self, task: Task, client: str = "") -> Answer:
        """Answer a task in a worker, or raise :class:`Unavailable` or :class:`RefusedQuery`."""
        checked = task.trusted_form or self.verdicts.form(task.text)
        if checked and not task.trusted_form:
            task = replace(task, trusted_form=checked)
        worker = await self._take_seat()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.limits.timeout
        exchange = loop.run_in_executor(self._threads, worker.exchange, task)
        seated = True
        try:
            if not await _finishes(exchange, self.limits.quick_time):
                seated = False
                self._refill_seat()
                self._enter_long_lane(worker, client, deadline)
                if not await _finishes(exchange, deadline - loop.time()):
                    log.warning("a query ran past %g s; its worker was killed", self.limits.timeout)
                    raise QueryTimeout(self.limits.timeout)
            kind, value = exchange.result()
        except BaseException as error:
            if seated:
                self._refill_seat()
            self._long.pop(worker, None)
            died = isinstance(error, EOFError | OSError)
            status = await self._retire(worker, exchange)
            if died and not self._closed:
                raise self._death(status) from None
            raise
        if seated:
            self._seats.put_nowait(worker)
        else:  # it runs at the lowest priority now, and a spare took its seat
            del self._long[worker]
            await self._retire(worker, exchange)
        if kind == "answer":
            answer: Answer = value
            if not task.trusted_form:
                self.verdicts.remember(task.text, answer.form)
            return answer
        if kind == "refused":
            refused: RefusedQuery = value
            raise refused
        raise WorkerFailed(f"the query's worker failed:\n{value}")

    async def _retire(self, worker: _Worker, exchange: asyncio.Future[Any]) -> int | None:
        """End a worker once its exchange is over (a killed worker ends it at once)."""
        if not exchange.done() and worker.alive():
            worker.process.kill()
        await asyncio.wait({exchange})
        if not exchange.cancelled():
            exchange.exception()  # seen: a killed worker's EOFError is no news
        return await asyncio.get_running_loop().run_in_executor(self._threads, worker.end)

    def _death(self, status: int | None) -> Unavailable:
        """What to tell the client about a worker that died under its query."""
        if status in (-signal.SIGABRT, _OUT_OF_MEMORY, -signal.SIGKILL):
            log.warning(
                "a query needed more than %d MiB (worker exit status %s); worker replaced",
                self.limits.max_memory // MIB,
                status,
            )
            return QueryTooLarge(self.limits.max_memory)
        log.error("a query worker died (exit status %s); worker replaced", status)
        return Unavailable("the query's worker died; try again")

    def _enter_long_lane(self, worker: _Worker, client: str, deadline: float) -> None:
        """Let a query past its quick time go on at low priority, or raise :class:`Busy`."""
        now = asyncio.get_running_loop().time()
        mine = [long.deadline for long in self._long.values() if long.client == client]
        if mine:
            raise Busy(
                f"this query needs more than {self.limits.quick_time:g} s and a long query of "
                "yours is still running; try again once it is done",
                min(mine) - now,
            )
        if len(self._long) >= self.limits.long_queries:
            raise Busy(
                f"this query needs more than {self.limits.quick_time:g} s and the server is "
                "already running its share of long queries; try again later",
                min(long.deadline for long in self._long.values()) - now,
            )
        self._long[worker] = _LongQuery(client, deadline)
        worker.deprioritise()

    async def _take_seat(self) -> _Worker:
        if self._closed:
            raise Unavailable("the server is shutting down")
        if self._seats.empty() and self._waiting >= self.limits.queue:
            raise Busy(f"{self._waiting} queries are already waiting; try again shortly", 1)
        self._waiting += 1
        try:
            return await asyncio.wait_for(self._seats.get(), self.limits.timeout)
        except TimeoutError:
            raise Busy("no worker was free in time; try again shortly", 1) from None
        finally:
            self._waiting -= 1

    def _refill_seat(self) -> None:
        """Give a seat whose worker left a new worker (the warm spare), in the background."""
        if not self._closed:
            self._in_background(self._seat_from_spare())

    async def _seat_from_spare(self) -> None:
        spare, self._spare = self._spare, self._in_background(self._spawn())
        while not self._closed:
            try:
                worker = await spare if spare is not None else await self._spawn()
            except Exception as error:  # keep trying: a seat must not stay empty
                log.error("%s; trying again in 1 s", error)
                spare = None
                await asyncio.sleep(1)
                continue
            if self._closed:
                worker.end()
            else:
                self._seats.put_nowait(worker)
            return

    def _in_background(self, work: Coroutine[Any, Any, T]) -> asyncio.Future[T]:
        """Run ``work`` without awaiting it, keeping a reference until it is done."""
        future = asyncio.ensure_future(work)
        self._background.add(future)
        future.add_done_callback(self._background.discard)
        return future

    async def _spawn(self) -> _Worker:
        """Start a worker and wait until its dataset is loaded and it is confined."""
        return await asyncio.get_running_loop().run_in_executor(self._threads, self._start_worker)

    def _start_worker(self) -> _Worker:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(
            target=_worker_main,
            args=(theirs, self._dataset, self.limits.max_memory, self.limits.confined),
            name="crpv-query-worker",
            daemon=True,
        )
        _start(process)
        theirs.close()
        worker = _Worker(process, ours)
        try:
            kind, value = ours.recv() if ours.poll(_START_TIME) else ("failed", "no answer")
        except (EOFError, OSError):
            kind, value = "failed", "it exited"
        if kind != "ready":
            status = worker.end()
            raise WorkerFailed(f"a query worker could not start ({value}; exit status {status})")
        return worker

    async def close(self) -> None:
        """Stop every worker, letting those still starting finish starting first.

        A start cut short (the server exiting while it hands a new process its instructions)
        would leave that process to die with a traceback of its own.
        """
        self._closed = True
        idle: list[_Worker] = []
        while not self._seats.empty():
            idle.append(self._seats.get_nowait())
        for worker in [*idle, *self._long]:
            if worker.alive():
                worker.process.kill()
        for outcome in await asyncio.gather(*self._background, return_exceptions=True):
            if isinstance(outcome, _Worker):
                outcome.end()
        for worker in idle:
            worker.end()
        self._threads.shutdown(wait=False, cancel_futures=True)


def _one_line(error: Exception) -> str:
    r"""An engine's message on one line: answers and logs hold one line per error.

    >>> _one_line(SyntaxError("error at 1:5:\n  expected   '}'"))
    "error at 1:5: expected '}'"
    """
    return " ".join(str(error).split())


def _start(process: BaseProcess) -> None:
    """Start a process, polling no other at the same time (see ``_POLLING``)."""
    with _POLLING:
        process.start()


def _worker_context() -> ForkServerContext | SpawnContext:
    """How workers are started: forked from a process that has already imported this module.

    A runaway query costs a new worker; started from scratch (``spawn``) that is about 0.4 s of
    CPU, mostly imports, taken from the ordinary queries. The fork server makes it a fork. It
    is a process of its own, started fresh, so no thread or lock of the server is forked.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return context


async def _finishes(exchange: asyncio.Future[Any], seconds: float) -> bool:
    """Whether ``exchange`` is done within ``seconds`` (it is not cancelled when it is not)."""
    done, _ = await asyncio.wait({exchange}, timeout=max(seconds, 0))
    return bool(done)
