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
from contextlib import contextmanager, suppress
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

#: An ordinary query (milliseconds): how many resource centres the graph holds (``n``: 21).
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


#: The Oxigraph server's command line, from the PyPI package ``oxigraph``.
OXIGRAPH = str(Path(sys.executable).parent / "oxigraph")


@dataclass(frozen=True)
class OxigraphServer:
    """A real Oxigraph server (``oxigraph serve`` from the PyPI package): its SPARQL query,
    SPARQL Update and Graph Store endpoints, and its process (a test may kill it)."""

    query_url: str
    update_url: str
    store_url: str
    process: subprocess.Popen[bytes]


@contextmanager
def oxigraph(directory: Path, union_default_graph: bool = True) -> Iterator[OxigraphServer]:
    """An Oxigraph server on a free port, its store and log in ``directory``.

    With ``union_default_graph`` a query's default graph is the union of the named graphs, as
    the old push expected; without it, the store's own default graph, which a publish that
    writes its default graph explicitly needs. A store already in ``directory`` is served
    again: a server killed in a test restarts on what it had written.
    """
    directory.mkdir(parents=True, exist_ok=True)
    port = free_port()
    command = [OXIGRAPH, "serve", "--location", str(directory / "store"),
               "--bind", f"127.0.0.1:{port}"]  # fmt: skip
    if union_default_graph:
        command.append("--union-default-graph")
    base = f"http://127.0.0.1:{port}"
    with running(command, base + "/", directory / "server.log") as process:
        yield OxigraphServer(base + "/query", base + "/update", base + "/store", process)


VIRTUOSO = shutil.which("virtuoso-t") or "/usr/bin/virtuoso-t"
ISQL = shutil.which("isql-vt") or "/usr/bin/isql-vt"
#: The permissions the tests' Virtuoso servers are given (and why): run once per database.
VIRTUOSO_GRANTS = Path(__file__).resolve().parent / "fixtures" / "virtuoso" / "grants.sql"


@dataclass(frozen=True)
class VirtuosoServer:
    """A real Virtuoso 7 server (Debian ``virtuoso-opensource``) with a database of its own.

    ``query_url`` and ``update_url`` are the same unauthenticated endpoint (Virtuoso answers
    queries and updates at ``/sparql``), ``store_url`` its Graph Store endpoint; the ``auth_``
    URLs ask for HTTP digest authentication as :attr:`user`.
    """

    http_port: int
    sql_port: int
    process: subprocess.Popen[bytes]
    user: str = "crpv"
    password: str = "crpv-test-password"  # as created by VIRTUOSO_GRANTS

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def query_url(self) -> str:
        return self.base + "/sparql"

    @property
    def update_url(self) -> str:
        return self.base + "/sparql"

    @property
    def store_url(self) -> str:
        return self.base + "/sparql-graph-crud"

    @property
    def auth_sparql_url(self) -> str:
        return self.base + "/sparql-auth"

    @property
    def auth_store_url(self) -> str:
        return self.base + "/sparql-graph-crud-auth"

    def isql(self, *arguments: str) -> str:
        """Run ``isql-vt`` as ``dba`` (e.g. ``exec=SQL;`` or a script's path); its output.

        isql-vt exits 0 when a statement fails and reports it on stderr: any error there fails
        the test, so a permission that was not granted cannot go unnoticed.
        """
        return isql(self.sql_port, *arguments)


def isql(port: int, *arguments: str) -> str:
    """``isql-vt PORT dba dba ARGUMENTS``: see :meth:`VirtuosoServer.isql`."""
    done = subprocess.run([ISQL, str(port), "dba", "dba", *arguments],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    if done.returncode != 0 or "*** Error" in done.stderr:
        raise RuntimeError(f"isql-vt {' '.join(arguments)}: {done.stderr.strip()}")
    return done.stdout


def virtuoso_ini(directory: Path, http_port: int, sql_port: int) -> str:
    """A minimal ``virtuoso.ini``: every file in ``directory``, both ports on the loopback.

    Virtuoso listens on every interface unless a port is given with an address, and this
    server's ``dba`` password is the default one.
    """
    files = {"DatabaseFile": "virtuoso.db", "ErrorLogFile": "virtuoso.log",
             "LockFile": "virtuoso.lck", "TransactionFile": "virtuoso.trx",
             "xa_persistent_file": "virtuoso.pxa"}  # fmt: skip
    database = "".join(f"{key} = {directory / name}\n" for key, name in files.items())
    return (
        f"[Database]\n{database}"
        f"[TempDatabase]\nDatabaseFile = {directory / 'virtuoso-temp.db'}\n"
        f"TransactionFile = {directory / 'virtuoso-temp.trx'}\n"
        f"[Parameters]\nServerPort = 127.0.0.1:{sql_port}\nDisableUnixSocket = 1\n"
        f"DirsAllowed = {directory}\nNumberOfBuffers = 10000\nMaxDirtyBuffers = 6000\n"
        f"[HTTPServer]\nServerPort = 127.0.0.1:{http_port}\n"
    )


@contextmanager
def virtuoso(directory: Path) -> Iterator[VirtuosoServer]:
    """A Virtuoso 7 server on free ports, its database, configuration and log in ``directory``.

    The first start creates the database (a few seconds) and grants :data:`VIRTUOSO_GRANTS`; a
    database already in ``directory`` is served again (a killed server rolls its transaction
    log forward). The server runs in the foreground, as this process's child, and is stopped
    with ``isql-vt -K`` (a clean checkpoint), or killed if it does not stop.
    """
    directory.mkdir(parents=True, exist_ok=True)
    fresh = not (directory / "virtuoso.db").exists()
    http_port, sql_port = free_port(), free_port()
    ini = directory / "virtuoso.ini"
    ini.write_text(virtuoso_ini(directory, http_port, sql_port), encoding="utf-8")
    command = [VIRTUOSO, "+configfile", str(ini), "+foreground"]
    with (directory / "server.log").open("ab") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=directory)
    try:
        server = VirtuosoServer(http_port, sql_port, process)
        wait_for_http(server.query_url, process)
        wait_for_isql(server)
        if fresh:
            server.isql(str(VIRTUOSO_GRANTS))
        yield server
    finally:
        if process.poll() is None:
            with suppress(RuntimeError, subprocess.TimeoutExpired):
                isql(sql_port, "-K")
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def wait_for_isql(server: VirtuosoServer, seconds: float = 60) -> None:
    """Wait for the SQL port, which opens just after the HTTP one."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            server.isql("exec=status('');")
            return
        except RuntimeError:
            if time.monotonic() > deadline or server.process.poll() is not None:
                raise
            time.sleep(0.2)


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
    directory: Path, *options: str, env: dict[str, str] | None = None, build_site: bool = False
) -> Iterator[tuple[ServedEndpoint, subprocess.Popen[bytes]]]:
    """``crpv-graph serve OPTIONS`` on a free port, its log in ``directory/serve.log``.

    The endpoint's timeout and row cap are read from ``options`` (the server's defaults else).
    Unless ``build_site`` or ``--site`` is given, it serves the :func:`small_site`, so that
    the tests do not wait for the site's build.
    """
    settings = dict(zip(options[::2], options[1::2], strict=False))
    port, log = free_port(), directory / "serve.log"
    if "--site" not in options and not build_site:
        options = (*options, "--site", str(small_site(directory / "site")))
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


def small_site(directory: Path) -> Path:
    """A two-page static site (home and IRev's page) where ``serve --site`` can serve it."""
    page = directory / "id" / "organization" / "irev" / "index.html"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text("<!doctype html><title>IREV</title><p>Institut régional</p>\n")
    (directory / "index.html").write_text("<!doctype html><title>Accueil</title>\n")
    return directory


def count_centres(endpoint: ServedEndpoint, client: httpx.Client | None = None) -> httpx.Response:
    """:data:`CENTRE_COUNT` asked of a served endpoint, as CSV: ``n``, then ``21``."""
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
