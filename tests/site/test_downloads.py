"""The downloads: the whole graph, its tables and networks, and the licence, written atomically
and the same bytes each time, listed in French with their sizes."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from crpv_graph.site.downloads import LICENCE_FILE, Download, write_downloads
from crpv_graph.store import compiled
from tests.site.conftest import templates

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def written(
    real_compiled: compiled.CompiledDataset, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, list[Download]]:
    directory = tmp_path_factory.mktemp("telechargements")
    return directory, write_downloads(real_compiled, directory)


def test_every_file_listed_is_written_with_its_size_and_nothing_else(
    written: tuple[Path, list[Download]],
) -> None:
    directory, files = written
    assert sorted(path.name for path in directory.iterdir()) == sorted(f.file_name for f in files)
    assert all((directory / f.file_name).stat().st_size == f.byte_size > 0 for f in files)
    assert {f.format_name for f in files} == {
        "TriG", "N-Quads", "JSON-LD", "CSV", "GraphML", "GEXF", "Texte"
    }  # fmt: skip
    assert (directory / LICENCE_FILE).read_bytes() == (REPOSITORY / "LICENSE-DATA").read_bytes()


def test_the_graph_files_hold_the_whole_dataset(
    written: tuple[Path, list[Download]], real_compiled: compiled.CompiledDataset
) -> None:
    directory, _ = written
    for name, fmt in (
        ("crpv.nq", ox.RdfFormat.N_QUADS),
        ("crpv.trig", ox.RdfFormat.TRIG),
        ("crpv.jsonld", ox.RdfFormat.JSON_LD),
    ):
        quads = list(ox.parse(path=directory / name, format=fmt))
        assert len(quads) == real_compiled.triples, name


def test_tables_have_iris_and_french_labels_side_by_side(
    written: tuple[Path, list[Download]],
) -> None:
    directory, _ = written
    centres = list(csv.DictReader(io.StringIO((directory / "centres.csv").read_text())))
    assert {"centre", "centreLabel", "fact", "value", "source"} <= set(centres[0])
    assert {row["centreLabel"] for row in centres} >= {"Profession Banlieue", "Labo Cités"}
    people = list(csv.DictReader(io.StringIO((directory / "personnes-roles.csv").read_text())))
    arhoul = [row for row in people if row["personLabel"] == "Kléber Arhoul"]
    assert arhoul and arhoul[0]["organization"] == "https://w3id.org/crpv/id/organization/irev"
    assert arhoul[0]["roleLabel"] == "président·e"
    events = list(csv.DictReader(io.StringIO((directory / "evenements.csv").read_text())))
    assert any(row["start"] == "2018-06-14" and row["placeLabel"] for row in events)
    links = list(csv.DictReader(io.StringIO((directory / "partenariats.edges.csv").read_text())))
    assert {"source", "source_label", "target", "target_label"} <= set(links[0])


def test_networks_open_in_graph_tools(written: tuple[Path, list[Download]]) -> None:
    directory, files = written
    for download in files:
        if download.format_name == "GraphML":
            graph = nx.read_graphml(directory / download.file_name)
        elif download.format_name == "GEXF":
            graph = nx.read_gexf(directory / download.file_name)
        else:
            continue
        assert graph.number_of_edges() > 0, download.file_name


def test_writing_again_gives_the_same_bytes_and_leaves_no_scratch_file(
    written: tuple[Path, list[Download]],
    real_compiled: compiled.CompiledDataset,
    tmp_path: Path,
) -> None:
    directory, files = written
    again = write_downloads(real_compiled, tmp_path)
    assert again == files
    for download in files:
        first, second = directory / download.file_name, tmp_path / download.file_name
        assert _digest(first) == _digest(second), download.file_name
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".")]


def test_the_list_says_each_file_in_french_with_its_size_and_the_licence(
    written: tuple[Path, list[Download]],
) -> None:
    _, files = written
    html = (
        templates("fr")
        .from_string('{% from "macros/downloads.html" import downloads %}{{ downloads(f, "d") }}')
        .render(f=files)
    )
    assert '<a href="d/crpv.trig" type="application/trig" download>crpv.trig</a>' in html
    assert "Tout le graphe, source par source" in html
    assert " ko)" in html or " Mo)" in html
    assert '<a href="d/LICENCE-DONNEES.txt">Licence Ouverte / Open Licence 2.0 (Etalab)</a>' in html
    english = (
        templates("en")
        .from_string('{% from "macros/downloads.html" import downloads %}{{ downloads(f, "d") }}')
        .render(f=files)
    )
    assert "The whole graph, source by source" in english and " kB)" in english


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
