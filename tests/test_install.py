"""The wheel works outside a checkout: built, installed in a fresh virtual environment, run elsewhere.

Every other test imports the package from the checkout, where a file read beside the code is
always there. Only an installed wheel shows whether the ontology, shapes, queries, rules,
templates and static files travel with the package: before they were package data, ``build`` from
an installed wheel stopped with "no such ontology directory".

No network: the wheel is built with the running environment's setuptools (no build isolation)
from a copy of the files the wheel is made of, so the build leaves nothing in the checkout's
``build/``. The fresh environment reaches the project environment's dependencies through a
``.pth`` line naming its site-packages: a path listed in a ``.pth`` file is added to
``sys.path`` without that directory's own ``.pth`` files being run, so the project's editable
install (a finder started from such a file) stays out, and ``crpv_graph`` comes from the wheel.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from email.parser import Parser
from pathlib import Path

import pytest

import crpv_graph
from tests.helpers import CHECKOUT, invoke

pytestmark = pytest.mark.slow

DATA = CHECKOUT / "data"
# What the wheel is made of (pyproject.toml says which of these it takes).
WHEEL_SOURCES = (
    "pyproject.toml",
    "setup.cfg",
    "README.md",
    "LICENSE",
    "LICENSE-DATA",
    "crpv_graph",
)
IREV = "https://w3id.org/crpv/id/organization/irev"
HAUTS_DE_FRANCE = "https://w3id.org/crpv/id/region/32"


@dataclass(frozen=True)
class Installed:
    """The wheel, the environment it is installed in, and a working directory outside the checkout."""

    source: Path
    wheel: Path
    venv: Path
    site_packages: Path
    cwd: Path
    env: dict[str, str]

    def run(self, program: str, *args: str) -> subprocess.CompletedProcess[str]:
        """Run one of the environment's programs (``crpv-graph``, ``python``) from ``cwd``."""
        return subprocess.run(
            [str(self.venv / "bin" / program), *args],
            cwd=self.cwd,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        """``crpv-graph --data <checkout>/data ARGS``, which must succeed."""
        done = self.run("crpv-graph", "--quiet", "--data", str(DATA), *args)
        assert done.returncode == 0, done.stderr
        return done


def checked(*argv: str | Path) -> str:
    """Run a set-up step; its output, or its stderr as the failure."""
    done = subprocess.run([str(arg) for arg in argv], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def library_directories(python: Path | str) -> list[str]:
    """Where an interpreter's environment installs packages (pure, then platform-specific)."""
    paths = "import sysconfig\nfor kind in ('purelib', 'platlib'): print(sysconfig.get_path(kind))"
    return list(dict.fromkeys(checked(python, "-c", paths).splitlines()))


def build_wheel(source: Path, dist: Path) -> Path:
    """Build the wheel from a copy of its sources with this environment's setuptools, offline."""
    source.mkdir()
    for name in WHEEL_SOURCES:
        if (CHECKOUT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(CHECKOUT / name, source / name, ignore=ignore)
        else:
            shutil.copy2(CHECKOUT / name, source / name)
    pip = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index"]
    checked(*pip, "-w", dist, source)
    (wheel,) = dist.glob("crpv_graph-*.whl")
    return wheel


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """The wheel installed in a new virtual environment that sees the project's dependencies."""
    work = tmp_path_factory.mktemp("install")
    assert not work.is_relative_to(CHECKOUT)
    source = work / "source"
    wheel = build_wheel(source, work / "dist")
    venv = work / "venv"
    python = venv / "bin" / "python"
    checked(sys.executable, "-m", "venv", "--without-pip", venv)
    site_packages = Path(library_directories(python)[0])
    # sys.executable is the project environment's interpreter (.venv in a fresh clone).
    project = library_directories(sys.executable)
    (site_packages / "project-dependencies.pth").write_text("\n".join(project) + "\n")
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    checked(*pip, "install", "--no-deps", "--no-index", wheel)
    cwd = work / "elsewhere"
    cwd.mkdir()
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("PYTHON", "CRPV_", "VIRTUAL_ENV"))
    }
    env |= {"CRPV_CACHE": str(work / "cache"), "XDG_CACHE_HOME": str(work / "xdg-cache")}
    return Installed(source, wheel, venv, site_packages, cwd, env)


def test_the_wheel_carries_every_package_file_both_licences_and_the_one_version(
    installed: Installed,
) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
        (metadata,) = (name for name in names if name.endswith(".dist-info/METADATA"))
        headers = Parser().parsestr(wheel.read(metadata).decode("utf-8"))
    package_files = {
        path.relative_to(CHECKOUT).as_posix()
        for path in (CHECKOUT / "crpv_graph").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert package_files - names == set()
    dist_info = metadata.removesuffix("METADATA")
    assert {f"{dist_info}licenses/LICENSE", f"{dist_info}licenses/LICENSE-DATA"} <= names
    assert headers["Version"] == crpv_graph.__version__
    assert headers["License-Expression"] == "MIT AND etalab-2.0"


def test_building_the_wheel_leaves_the_build_directory_to_crpv_graph(installed: Installed) -> None:
    # setuptools works in .setuptools-build/ (setup.cfg): build/ is where the dataset goes.
    assert not (installed.source / "build").exists()
    assert (installed.source / ".setuptools-build").is_dir()


def test_the_installed_package_is_the_wheel_not_the_checkout(installed: Installed) -> None:
    done = installed.run("python", "-c", "import crpv_graph; print(crpv_graph.__file__)")
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()).is_relative_to(installed.site_packages)
    version = installed.run("crpv-graph", "--version")
    assert version.stdout.strip() == f"crpv-graph, version {crpv_graph.__version__}"


def test_installed_build_writes_the_dataset_outside_the_checkout(installed: Installed) -> None:
    installed.cli("build", "--out", "out")
    manifest = (installed.cwd / "out" / "manifest.json").read_text(encoding="utf-8")
    assert f'"version": "{crpv_graph.__version__}"' in manifest
    assert (installed.cwd / "out" / "crpv.nq").stat().st_size > 0


def test_installed_query_answers_as_the_checkout_does(installed: Installed) -> None:
    answer = installed.cli("query", "centres", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(answer)))
    assert any(
        row["centre"] == IREV and row["fact"] == "territory" and row["value"] == HAUTS_DE_FRANCE
        for row in rows
    )
    assert answer == invoke("--data", str(DATA), "query", "centres", "--format", "csv").stdout


def test_installed_network_writes_a_page_from_the_packaged_template(installed: Installed) -> None:
    installed.cli("network", "--kind", "partnership", "--out", "page.html")
    page = (installed.cwd / "page.html").read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert "vis-network" in page and '"IREV"' in page


def test_installed_server_pages_come_from_the_packaged_templates_and_static_files(
    installed: Installed,
) -> None:
    script = (
        "from starlette.testclient import TestClient\n"
        "from crpv_graph.serve import ServerSettings, create_app\n"
        "client = TestClient(create_app(ServerSettings(dataset=b'')))\n"
        "for path in ('/', '/queries', '/static/style.css', '/static/query/main.js',\n"
        "             '/static/query/views/map.js', '/vendor/codemirror/codemirror.min.js'):\n"
        "    answer = client.get(path)\n"
        "    print(path, answer.status_code, f'v{crpv_graph.__version__}' in answer.text)\n"
    )
    done = installed.run("python", "-c", "import crpv_graph\n" + script)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "/ 200 True",
        "/queries 200 True",
        "/static/style.css 200 False",
        "/static/query/main.js 200 False",
        "/static/query/views/map.js 200 False",
        "/vendor/codemirror/codemirror.min.js 200 False",
    ]


def test_outside_a_checkout_without_data_the_installed_command_asks_for_data(
    installed: Installed,
) -> None:
    # A stray data/ beside the installed package (another distribution's) is no checkout.
    (installed.site_packages / "data").mkdir(exist_ok=True)
    done = installed.run("crpv-graph", "--quiet", "query", "centres")
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1].endswith(
        "no data directory here: pass --data DIR (or set CRPV_DATA) to name the source files"
    )
