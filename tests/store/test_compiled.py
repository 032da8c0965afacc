"""The compiled dataset: compiled once, opened by every command, compiled again exactly when an
input's content changed; a compiled copy opens without its sources."""

from __future__ import annotations

import os
import shutil
import time
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner

from crpv_graph.cli import main
from crpv_graph.namespaces import DATASET_IRI, GRAPH_SOURCES, PREFIXES
from crpv_graph.paths import default_ontology_dir
from crpv_graph.store import compiled, dataset
from tests.helpers import FIXTURE_DATA, Cli

ONTOLOGY = default_ontology_dir()


class Announcements:
    """What :func:`compiled.open_dataset` says before it compiles."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def __call__(self, line: str) -> AbstractContextManager[object]:
        self.lines.append(line)
        return nullcontext()


def named_quads(store: ox.Store) -> int:
    """The quads of the named graphs: what the files hold (the default graph repeats them)."""
    return len(store) - sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))


def opened(data: Path, location: Path) -> tuple[compiled.CompiledDataset, list[str]]:
    said = Announcements()
    return compiled.open_dataset(data, ONTOLOGY, location=location, announce=said), said.lines


def test_a_compiled_dataset_holds_what_a_fresh_load_holds(tmp_path: Path) -> None:
    opened_once, said = opened(FIXTURE_DATA, tmp_path / "compiled")
    assert said == [f"compiling the dataset of {FIXTURE_DATA}"]
    loaded = dataset.load(FIXTURE_DATA)
    version = (ox.NamedNode(str(DATASET_IRI)), ox.NamedNode(PREFIXES["owl"] + "versionInfo"),
               ox.Literal(opened_once.fingerprint))  # fmt: skip
    for graph in (ox.NamedNode(str(GRAPH_SOURCES)), ox.DefaultGraph()):
        assert ox.Quad(*version, graph) in opened_once.store
    assert len(opened_once.store) == len(loaded.store) + 2, "the version, once in each"
    assert named_quads(opened_once.store) == opened_once.triples
    assert opened_once.graph_files == loaded.graph_files


def test_a_second_open_compiles_nothing(tmp_path: Path) -> None:
    location = tmp_path / "compiled"
    opened(FIXTURE_DATA, location)
    manifest = (location / "manifest.json").stat()
    again, said = opened(FIXTURE_DATA, location)
    assert said == []
    assert (location / "manifest.json").stat().st_ino == manifest.st_ino, "not rewritten"
    assert named_quads(again.store) == again.triples


def test_touching_a_file_without_changing_it_compiles_nothing(
    fixture_copy: Path, tmp_path: Path
) -> None:
    location = tmp_path / "compiled"
    opened(fixture_copy, location)
    for path in fixture_copy.iterdir():
        later = time.time_ns() + 60_000_000_000
        os.utime(path, ns=(later, later))
    assert opened(fixture_copy, location)[1] == []


def test_changing_one_byte_compiles_again_and_says_which_file_on_one_line(
    fixture_copy: Path,
) -> None:
    runner = CliRunner()
    query = ["--data", str(fixture_copy), "query", "-q", "SELECT ?l { o:centre-a rdfs:label ?l }",
             "--format", "csv"]  # fmt: skip
    assert "Centre A" in runner.invoke(main, query).stdout
    article = fixture_copy / "example.org--fixture-article.trig"
    text = article.read_text(encoding="utf-8")
    size = article.stat()
    article.write_text(text.replace('"Centre A"@fr', '"Centre B"@fr'), encoding="utf-8")
    os.utime(article, ns=(size.st_atime_ns, size.st_mtime_ns))  # same size, same time
    result = runner.invoke(main, query)
    assert result.exit_code == 0, result.output
    assert "Centre B" in result.stdout
    (line,) = result.stderr.splitlines()
    assert line.startswith(
        "compiling the dataset again (data/example.org--fixture-article.trig changed)..."
    )


def test_a_compiled_copy_opens_without_its_sources_and_names_their_files(
    cli: Cli, fixture_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "published"
    assert cli("--data", str(fixture_copy), "build", "--out", str(out)).exit_code == 0
    shutil.rmtree(fixture_copy)
    result = cli("--dataset", str(out), "stats")
    assert result.exit_code == 0, result.output
    assert "Fixture article  (example.org--fixture-article.trig)" in result.stdout
    assert cli("--dataset", str(out), "validate").stdout == "valid: 0 violations\n"
    rows = cli("--dataset", str(out), "query", "centres", "--format", "csv").stdout
    assert "Centre A" in rows


def test_a_directory_that_is_not_compiled_is_refused_on_one_line(cli: Cli) -> None:
    result = cli("--dataset", str(FIXTURE_DATA), "stats")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "not a compiled dataset" in result.stderr


def test_invalid_data_stops_every_command_on_one_line_and_validate_lists_it(
    cli: Cli, fixture_copy: Path
) -> None:
    article = fixture_copy / "example.org--fixture-article.trig"
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace('rdfs:label "Centre A"@fr ;', ""), encoding="utf-8")
    for command in (["stats"], ["query", "centres"], ["network"]):
        result = cli("--data", str(fixture_copy), *command)
        assert result.exit_code == 1
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1
        assert (
            "violation(s); " in result.stderr
            and "not compiled; `crpv-graph validate` lists them" in result.stderr
        )
    listed = cli("--data", str(fixture_copy), "validate")
    assert listed.exit_code == 1
    assert "[shape:Organization]" in listed.stdout and article.name in listed.stdout
