"""Shared fixtures: the small fixture dataset, the real dataset, and a CLI runner."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from crpv_graph import dataset
from crpv_graph.cli import main

FIXTURE_DATA = Path(__file__).parent / "fixtures" / "data"


@pytest.fixture(scope="session")
def real_dataset() -> dataset.LoadedDataset:
    """The project's real dataset, loaded once."""
    return dataset.load()


@pytest.fixture(scope="session")
def fixture_dataset() -> dataset.LoadedDataset:
    """The small invented dataset of tests/fixtures/data."""
    return dataset.load(FIXTURE_DATA)


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
