"""Shared fixtures: the real dataset, the fixture data, the CLI, servers, a listener, a browser.

Plain helpers (paths, runners, server processes) are in :mod:`tests.helpers`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from crpv_graph.query import Target, remote
from crpv_graph.store import compiled, dataset, publish
from tests.helpers import (
    CHROMIUM,
    CHROMIUM_FLAGS,
    FIXTURE_DATA,
    Cli,
    Listener,
    OxigraphServer,
    ServedEndpoint,
    VirtuosoServer,
    Watched,
    invoke,
    oxigraph,
    serving,
    virtuoso,
)

# The site's fixtures (the real data's site, built once) for tests/site, beside the widgets'
# own conftest there.
pytest_plugins = ["tests.site.built"]

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


@pytest.fixture
def cli() -> Cli:
    """Run ``crpv-graph ARGS...`` in-process; return click's Result."""
    return invoke


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    """An Oxigraph server the real dataset was pushed to, its default graph the union of the
    named graphs (``--union-default-graph``)."""
    with oxigraph(tmp_path_factory.mktemp("oxigraph")) as server:
        publish.push(compiled.open_dataset(), server.store_url)
        yield server


@pytest.fixture(scope="session")
def oxigraph_plain_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    """An Oxigraph server the real dataset was pushed to, with a default graph of its own (no
    ``--union-default-graph``): a query sees in its default graph what the push put there."""
    with oxigraph(tmp_path_factory.mktemp("oxigraph-plain"), union_default_graph=False) as server:
        publish.push(compiled.open_dataset(), server.store_url)
        yield server


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    """A Virtuoso 7 server the real dataset was pushed to, as a publisher would: through its
    digest-authenticated Graph Store and Update endpoints.

    Its default graph is the union of every graph it holds, its own system graphs included.
    It is restarted after the push: a freshly loaded Virtuoso answers some queries wrongly until
    then (docs/stores.md, its optimiser's statistics).
    """
    directory = tmp_path_factory.mktemp("virtuoso")
    with virtuoso(directory) as server:
        auth = publish.ChallengeAuth(server.user, server.password)
        publish.push(compiled.open_dataset(), server.auth_store_url, auth=auth)
    with virtuoso(directory) as server:
        yield server


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


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedEndpoint]:
    """``crpv-graph serve`` in its own process, with a short timeout and a small row cap."""
    options = ("--timeout", "2", "--max-rows", "500")
    with serving(tmp_path_factory.mktemp("serve"), *options) as (endpoint, _):
        yield endpoint


@pytest.fixture
def listener() -> Iterator[Listener]:
    """A listener that must receive nothing."""
    spy = Listener()
    yield spy
    spy.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, driven by Playwright (no browser download), for one module's tests.

    Not for the whole session: while it runs, Playwright's sync API keeps an event loop running
    on the main thread, and ``asyncio.run`` (the executor's tests) refuses to start beside it.
    """
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


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
