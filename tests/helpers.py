"""What the tests share besides fixtures: where things are, the command line, servers, rows.

Fixtures live in ``conftest.py``; this module holds the plain functions and classes, imported by
name (``from tests.helpers import FIXTURE_DATA``) from any directory of the tests.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox
from click.testing import CliRunner, Result
from playwright.sync_api import ConsoleMessage, Dialog, Page, Request

# Shared with the load benchmark rather than copied (re-exported: ``import X as X``).
from benchmarks.serve_load import descendants as descendants
from benchmarks.serve_load import free_port as free_port
from crpv_graph.cli import main
from crpv_graph.query import Target, Term, labels, resolve_query, run, terms

# --- where things are -----------------------------------------------------------------------

CHECKOUT = Path(__file__).resolve().parent.parent
#: The fact sheet and the articles the expected rows come from, beside the checkout (as in CI).
SHARED = CHECKOUT.parent / "shared"
#: The small fixture dataset of the unit tests (the real one is ``CHECKOUT / "data"``).
FIXTURE_DATA = Path(__file__).resolve().parent / "fixtures" / "data"
#: Screenshots for a person to look at (ignored by git).
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
#: The installed command, as a user runs it (in a process of its own).
CRPV_GRAPH = str(Path(sys.executable).parent / "crpv-graph")
#: The environment of a :data:`CRPV_GRAPH` process that must run this checkout's code whatever
#: its working directory (the project environment may hold another checkout's editable install).
IN_CHECKOUT = {**os.environ, "PYTHONPATH": str(CHECKOUT)}

# --- the command line -----------------------------------------------------------------------

Cli = Callable[..., Result]


def invoke(*args: str, input: str | None = None) -> Result:
    """``crpv-graph --quiet ARGS`` in process; an exception that is not a user error fails."""
    return CliRunner().invoke(main, ["--quiet", *args], input=input, catch_exceptions=False)


def one_line_error(result: Result) -> str:
    """The message of a command that failed as a user error should: exit 1, one line."""
    assert result.exit_code == 1, (result.exit_code, result.output, result.exception)
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def query_rows(cli: Cli, *args: str) -> list[dict[str, str]]:
    """Run ``crpv-graph query ... --format csv`` and parse the rows."""
    result = cli("query", *args, "--format", "csv")
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def on_small_disk(
    mount: Path, script: str, size: str = "256k", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``sh -c SCRIPT`` with a tmpfs of ``size`` mounted at ``mount`` (``$0`` in the script).

    The script runs in a user and mount namespace of its own (``unshare -Urm``: no root needed,
    the host sees no mount): the small disk is real, and disappears with the script, so the
    script copies out what the test should look at. To fill it: ``cat /dev/zero > "$0/filler"``.
    """
    mount.mkdir(parents=True, exist_ok=True)
    command = f'mount -t tmpfs -o size={size} tmpfs "$0" && {script}'
    return subprocess.run(["unshare", "-Urm", "sh", "-c", command, str(mount)],
                          capture_output=True, text=True, env=env, timeout=300)  # fmt: skip


# --- rows -----------------------------------------------------------------------------------


def named_rows(target: Target, name: str, **params: str) -> list[dict[str, str]]:
    """Rows of a named SELECT query, each term as text: IRIs compacted (``o:irev``), literals
    as their lexical value, blank nodes as ``_:`` (their labels differ from store to store)."""
    result = run(target, resolve_query(name), params)
    assert isinstance(result, ox.QuerySolutions), f"{name} is not a SELECT query"
    names = [variable.value for variable in result.variables]
    return [{key: term_text(solution[key]) for key in names} for solution in result]


def term_text(term: Term | None) -> str:
    """A term as the text tests compare: see :func:`named_rows`."""
    if isinstance(term, ox.NamedNode):
        return labels.compact(term.value).strip("<>")
    if isinstance(term, ox.BlankNode):
        return "_:"
    return terms.term_text(term)


# --- server processes -----------------------------------------------------------------------

#: An ordinary query (milliseconds): how many resource centres the graph holds (``n``: 20).
CENTRE_COUNT = "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a crpv:ResourceCentre }"


def wait_for_http(url: str, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    """Poll ``url`` until it answers (any status); fail if the process dies first."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


@contextmanager
def running(
    command: list[str], url: str, log: Path, env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    """Run a server process for the duration of a block, its output in ``log``."""
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, env=env)
        try:
            wait_for_http(url, process)
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


@dataclass(frozen=True)
class OxigraphServer:
    """A real Oxigraph server (``oxigraph serve`` from the PyPI package)."""

    query_url: str
    store_url: str


@contextmanager
def oxigraph(directory: Path) -> Iterator[OxigraphServer]:
    """An empty Oxigraph server on a free port, its store and log in ``directory``."""
    port = free_port()
    binary = str(Path(sys.executable).parent / "oxigraph")
    command = [binary, "serve", "--location", str(directory / "store"),
               "--bind", f"127.0.0.1:{port}", "--union-default-graph"]  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    with running(command, base + "/", directory / "server.log"):
        yield OxigraphServer(query_url=base + "/query", store_url=base + "/store")


@dataclass(frozen=True)
class ServedEndpoint:
    """``crpv-graph serve`` running on the real dataset: where it listens, its process, its
    limits and its log."""

    port: int
    pid: int
    log: Path
    timeout: float
    max_rows: int

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def sparql(self) -> str:
        return self.base + "/sparql"


@contextmanager
def serving(
    directory: Path, *options: str, env: dict[str, str] | None = None
) -> Iterator[tuple[ServedEndpoint, subprocess.Popen[bytes]]]:
    """``crpv-graph serve OPTIONS`` on a free port, its log in ``directory/serve.log``.

    The endpoint's timeout and row cap are read from ``options`` (the server's defaults else).
    """
    settings = dict(zip(options[::2], options[1::2], strict=False))
    port, log = free_port(), directory / "serve.log"
    command = [CRPV_GRAPH, "serve", "--port", str(port), *options]
    with running(command, f"http://127.0.0.1:{port}/queries.json", log, env) as process:
        endpoint = ServedEndpoint(
            port,
            process.pid,
            log,
            timeout=float(settings.get("--timeout", 10)),
            max_rows=int(settings.get("--max-rows", 10_000)),
        )
        yield endpoint, process


def count_centres(endpoint: ServedEndpoint, client: httpx.Client | None = None) -> httpx.Response:
    """:data:`CENTRE_COUNT` asked of a served endpoint, as CSV: ``n``, then ``20``."""
    params, headers = {"query": CENTRE_COUNT}, {"Accept": "text/csv"}
    if client is None:
        return httpx.get(endpoint.sparql, params=params, headers=headers, timeout=60)
    return client.get(endpoint.sparql, params=params, headers=headers, timeout=60)


# --- a spy for outgoing connections ---------------------------------------------------------


class Listener:
    """A local TCP listener that counts the connections made to it.

    It closes each connection at once, so a client that connected sees its request fail rather
    than wait; with ``hold=True`` it keeps them open and silent instead (an endpoint that never
    answers). :attr:`connections` is exact when it is read: see there.
    """

    def __init__(self, hold: bool = False) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0), backlog=128)
        self.port: int = self.socket.getsockname()[1]
        self._hold = hold
        self._held: list[socket.socket] = []
        self._markers: set[tuple[str, int]] = set()
        self._others = 0
        self._closing = False
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"

    @property
    def connections(self) -> int:
        """How many connections others made so far, every one made before this call included.

        The kernel queues connections in the order they were made and the listener accepts them
        in that order: once a marker connection of its own, made now, has been accepted, every
        earlier one has been counted. No sleep, and no guess at how long a connection takes.
        """
        with socket.socket() as marker:
            marker.bind(("127.0.0.1", 0))
            address = marker.getsockname()
            with self._changed:
                self._markers.add(address)
            marker.connect(("127.0.0.1", self.port))
            with self._changed:
                seen = self._changed.wait_for(lambda: address not in self._markers, timeout=30)
                assert seen, "the listener did not accept its own connection"
                return self._others

    def _accept(self) -> None:
        while True:
            connection, address = self.socket.accept()
            with self._changed:
                if self._closing:
                    connection.close()
                    return
                if address in self._markers:
                    self._markers.discard(address)
                else:
                    self._others += 1
                self._changed.notify_all()
            if self._hold:
                self._held.append(connection)
            else:
                connection.close()

    def close(self) -> None:
        with self._changed:
            self._closing = True
        socket.create_connection(("127.0.0.1", self.port)).close()  # wakes the accept loop
        self._thread.join()
        for connection in self._held:
            connection.close()
        self.socket.close()


# --- the browser ----------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


class Watched:
    """A page with its console errors, every request it made and every dialog it opened."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("request", self._request)
        page.on("dialog", self._dialog)

    def _dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def _request(self, request: Request) -> None:
        self.requests.append(request.url)
