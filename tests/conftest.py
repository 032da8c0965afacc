"""Shared fixtures: the small fixture dataset, the real dataset, and a CLI runner."""

from __future__ import annotations

import csv
import io
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Dialog,
    Page,
    Request,
    sync_playwright,
)

from crpv_graph.cli import main
from crpv_graph.query import Target, Term, labels, remote, resolve_query, run
from crpv_graph.store import dataset, publish

FIXTURE_DATA = Path(__file__).parent / "fixtures" / "data"
#: The installed command, as a user runs it (in a process of its own).
CRPV_GRAPH = str(Path(sys.executable).parent / "crpv-graph")

# Tests keep their compiled datasets to themselves (crpv_graph.store.compiled.cache_dir).
os.environ.setdefault("CRPV_CACHE", tempfile.mkdtemp(prefix="crpv-test-cache-"))


@pytest.fixture(scope="session")
def real_dataset() -> dataset.LoadedDataset:
    """The project's real dataset, loaded once."""
    return dataset.load()


@pytest.fixture
def fixture_copy(tmp_path: Path) -> Path:
    """A writable copy of the fixture data directory, to break on purpose."""
    target = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, target)
    return target


Cli = Callable[..., Result]


@pytest.fixture
def cli() -> Cli:
    """Run ``crpv-graph ARGS...`` in-process; return click's Result."""
    runner = CliRunner()

    def run(*args: str) -> Result:
        return runner.invoke(main, ["--quiet", *args], catch_exceptions=False)

    return run


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


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


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


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    """An Oxigraph server the real dataset was pushed to."""
    with oxigraph(tmp_path_factory.mktemp("oxigraph")) as server:
        publish.push(dataset.load().store, server.store_url)
        yield server


@dataclass(frozen=True)
class ServedEndpoint:
    """``crpv-graph serve`` running on the real dataset."""

    base: str
    timeout: float
    max_rows: int

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
    port = free_port()
    settings = dict(zip(options[::2], options[1::2], strict=False))
    endpoint = ServedEndpoint(
        f"http://127.0.0.1:{port}",
        timeout=float(settings.get("--timeout", 10)),
        max_rows=int(settings.get("--max-rows", 10_000)),
    )
    command = [str(Path(sys.executable).parent / "crpv-graph"), "serve", "--port", str(port),
               *options]  # fmt: skip
    with running(command, endpoint.base + "/queries.json", directory / "serve.log", env) as process:
        yield endpoint, process


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedEndpoint]:
    """``crpv-graph serve`` in its own process, with a short timeout and a small row cap."""
    options = (
        "--timeout",
        "2",
        "--max-rows",
        "500",
        "--cors-origin",
        "https://researcher.example.org",
    )
    with serving(tmp_path_factory.mktemp("serve"), *options) as (endpoint, _):
        yield endpoint


class Listener:
    """A local TCP listener that records every connection made to it."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen()
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except TimeoutError:
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.socket.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    """A listener that must receive nothing."""
    spy = Listener()
    yield spy
    spy.close()


NOWHERE = "?s <http://example.org/p> ?o"  # a pattern that matches nothing in any dataset
QueryShape = Callable[[int], str]


def query_shape(start: str, opening: str, middle: str, closing: str, end: str) -> QueryShape:
    """A query of ``n`` openings, the middle, then ``n`` closings: nested, or chained."""
    return lambda n: start + opening * n + middle + closing * n + end


#: Queries that make parsers and engines recurse or work hard, by size ``n``.
QUERY_SHAPES: dict[str, QueryShape] = {
    "nested braces": query_shape("SELECT * WHERE ", "{", "", "}", ""),
    "nested OPTIONAL": query_shape(
        "SELECT * WHERE { ", f"{NOWHERE} OPTIONAL {{ ", NOWHERE, " }", " }"
    ),
    "nested sub-SELECT": query_shape("SELECT * WHERE { ", "{ SELECT * WHERE { ", "", " } }", " }"),
    "UNION chain": query_shape(f"SELECT * WHERE {{ {{ {NOWHERE} }}", f" UNION {{ {NOWHERE} }}",
                               "", "", " }"),
    "MINUS chain": query_shape(f"SELECT * WHERE {{ {NOWHERE}", f" MINUS {{ {NOWHERE} }}", "", "",
                               " }"),
    "1+1+...": query_shape("SELECT (1", "+1", "", "", " AS ?x) WHERE {}"),
    "&& chain": query_shape("SELECT * WHERE { FILTER(true", " && true", "", "", ") }"),
    "path / chain": query_shape("SELECT * WHERE { ?s <http://example.org/p>",
                                "/<http://example.org/p>", "", "", " ?o }"),
    "(((...)))": query_shape("SELECT * WHERE { FILTER(", "(", "true", ")", ") }"),
    "triple patterns": query_shape(f"SELECT * WHERE {{ {NOWHERE}", f" . {NOWHERE}", "", "",
                                   " }"),
    "VALUES rows": query_shape("SELECT * WHERE { VALUES (?x) {", " (<http://example.org/x>)",
                               "", "", " } }"),
    "long string": query_shape("SELECT * WHERE { ?s ?p '", "a", "", "", "' }"),
    "long IRI": query_shape("SELECT * WHERE { ?s ?p <http://example.org/", "a", "", "", "> }"),
    "long comment": query_shape("# ", "a", "", "", f"\nSELECT * WHERE {{ {NOWHERE} }}"),
}  # fmt: skip


def shape_sizes(make: QueryShape) -> list[int]:
    """Sizes ``n`` that give texts of about 100 B, 1 KiB, 16 KiB and just under 256 KiB."""
    unit = len(make(2)) - len(make(1))
    targets = (100, 1024, 16 * 1024, 256 * 1024 - 1)
    return [max(1, (target - len(make(0))) // unit) for target in targets]


def named_rows(target: Target, name: str, **params: str) -> list[dict[str, str]]:
    """Rows of a named SELECT query, each term as text: IRIs compacted (``o:irev``), literals
    as their lexical value, blank nodes as ``_:`` (their labels differ from store to store)."""
    result = run(target, resolve_query(name), params)
    assert isinstance(result, ox.QuerySolutions), f"{name} is not a SELECT query"
    names = [variable.value for variable in result.variables]
    return [{key: term_text(solution[key]) for key in names} for solution in result]


def term_text(term: Term | None) -> str:
    """A term as the text tests compare: see :func:`named_rows`."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return labels.compact(term.value).strip("<>")
    if isinstance(term, ox.BlankNode):
        return "_:"
    return term.value if isinstance(term, ox.Literal) else str(term)


BACKENDS = ("embedded", "oxigraph")


@pytest.fixture(params=BACKENDS)
def backend(
    request: pytest.FixtureRequest,
    real_dataset: dataset.LoadedDataset,
    oxigraph_server: OxigraphServer,
) -> Target:
    """Each backend in turn: the embedded store, then a real Oxigraph server after a push."""
    if request.param == "embedded":
        return real_dataset.store
    return remote.SparqlEndpoint(oxigraph_server.query_url, timeout=60)


ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, driven by Playwright (no browser download)."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


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


@pytest.fixture
def page(browser: Browser) -> Iterator[Watched]:
    """A fresh page in its own browser context."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    yield Watched(context.new_page())
    context.close()


@pytest.fixture
def offline_page(browser: Browser) -> Iterator[Watched]:
    """A page with the network cut: every request that is not for a file:// URL is aborted."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True)
    context.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort(),
    )
    yield Watched(context.new_page())
    context.close()
