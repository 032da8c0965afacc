"""Loading the sources: each error names its file (and line), and is raised where it is met."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from crpv_graph.paths import default_ontology_dir
from crpv_graph.store import dataset
from crpv_graph.store.dataset import LoadError
from tests.helpers import CRPV_GRAPH, FIXTURE_DATA, invoke, one_line_error
from tests.store.builds import ILL_TYPED


def test_an_ill_typed_literal_is_one_line_on_stderr_and_exit_1(fixture_copy: Path) -> None:
    # In a process of its own: a result iterator dropped on the wrong thread prints its
    # RuntimeError when the interpreter gets to it, after the command's error.
    (fixture_copy / "bad.trig").write_text(ILL_TYPED, encoding="utf-8")
    done = subprocess.run([CRPV_GRAPH, "--quiet", "--data", str(fixture_copy), "stats"],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f'Error: {fixture_copy}/bad.trig:10: "1993-13-45" is not a valid '
        "http://www.w3.org/2001/XMLSchema#date (object of https://schema.org/foundingDate on "
        "<https://w3id.org/crpv/id/organization/x>)"
    ]


def test_the_load_error_of_an_ill_typed_literal_is_raised_on_the_calling_thread(
    fixture_copy: Path,
) -> None:
    (fixture_copy / "bad.trig").write_text(ILL_TYPED, encoding="utf-8")
    with pytest.raises(LoadError) as raised:
        dataset.load(fixture_copy)
    assert raised.value.line == 10
    passed_on = [str(entry.path) for entry in raised.traceback if "concurrent" in str(entry.path)]
    assert passed_on == [], "raised on this thread, not handed over from the worker"


def broken_link(directory: Path) -> Path:
    (directory / "gone.trig").symlink_to(directory / "nowhere.trig")
    return directory / "gone.trig"


def directory_named_trig(directory: Path) -> Path:
    (directory / "folder.trig").mkdir()
    return directory / "folder.trig"


@pytest.mark.parametrize("command", [("stats",), ("query", "centres")])
@pytest.mark.parametrize("spoil", [broken_link, directory_named_trig])
def test_a_source_that_is_not_a_file_is_named(
    fixture_copy: Path, command: tuple[str, ...], spoil: object
) -> None:
    assert callable(spoil)
    culprit = spoil(fixture_copy)
    message = one_line_error(invoke("--data", str(fixture_copy), *command))
    assert f"{culprit}: not a file" in message


@pytest.mark.parametrize("command", [("stats",), ("query", "centres"), ("build",)])
def test_a_data_directory_without_sources_is_refused(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    message = one_line_error(invoke("--data", str(tmp_path), *command))
    assert f"{tmp_path}: no source files (*.trig)" in message
    message = one_line_error(invoke("--data", str(tmp_path / "none"), *command))
    assert f"{tmp_path / 'none'}: no such data directory" in message


def test_an_ontology_without_its_shapes_is_named(tmp_path: Path) -> None:
    ontology = tmp_path / "ontology"
    shutil.copytree(default_ontology_dir(), ontology)
    (ontology / "shapes.ttl").unlink()
    args = ("--data", str(FIXTURE_DATA), "--ontology", str(ontology), "build", "--out")
    message = one_line_error(invoke(*args, str(tmp_path / "build")))
    assert f"{ontology / 'shapes.ttl'}: cannot read" in message
