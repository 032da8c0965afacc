"""The compiled dataset: one directory that every command and library caller opens.

Compiling loads the ontology and the sources, runs the rules, validates (provenance and SHACL,
once per compile) and writes a directory (:mod:`crpv_graph.store.outputs`: N-Quads, TriG,
JSON-LD, VoID, which file holds which graph) with a ``manifest.json`` that records one
fingerprint of every input: each data file, each ontology file (shapes included), each rule and
the package version, by content. :func:`open_dataset` compares that fingerprint with the inputs
as they are now and compiles again only when they differ, so that touching a file changes
nothing and changing one byte is always seen.

By default the compiled dataset of a data directory lives in the user's cache
(``$CRPV_CACHE``, else ``$XDG_CACHE_HOME/crpv-graph``, else ``~/.cache/crpv-graph``), in a
directory named after the data and ontology directories: nothing is written beside the sources,
which may be read-only. ``crpv-graph build --out DIR`` copies it to ``DIR`` to publish it, and
``--dataset DIR`` opens such a copy as it was built, without the sources.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from crpv_graph import __version__
from crpv_graph.errors import CrpvError
from crpv_graph.namespaces import DATASET_IRI, GRAPH_SOURCES, PREFIXES, PROJECT_GRAPHS
from crpv_graph.paths import CannotWrite, default_data_dir, default_ontology_dir
from crpv_graph.store import outputs
from crpv_graph.store.dataset import (
    NOT_IN_DATASET,
    InvalidDataset,
    LoadedDataset,
    data_files,
    load,
    ontology_files,
    open_nquads,
)
from crpv_graph.store.directory import MANIFEST, replacing
from crpv_graph.store.infer import rules_dir

if TYPE_CHECKING:  # validation imports pyshacl: only a compilation pays for it
    pass

#: The layout of the directory; a manifest of another format is not opened.
FORMAT = "crpv-graph compiled dataset 1"

#: Says what is being compiled and why, around the compilation (``Settings.step`` in the CLI).
Announce = Callable[[str], AbstractContextManager[object]]


class NotCompiled(CrpvError):
    """A directory that is not a compiled dataset of this version was named."""


@dataclass(frozen=True)
class Inputs:
    """Every input of a compilation, each with the SHA-256 of its content."""

    data_dir: Path
    ontology_dir: Path
    #: ``data/NAME``, ``ontology/NAME``, ``rules/NAME`` to a digest; the version and format too.
    digests: dict[str, str]

    @classmethod
    def read(cls, data_dir: Path, ontology_dir: Path) -> Inputs:
        """Read and hash every input (a missing directory raises the loader's error)."""
        files = {
            "data": data_files(data_dir),
            "ontology": [
                *ontology_files(ontology_dir),
                *(ontology_dir / name for name in sorted(NOT_IN_DATASET)),
            ],
            "rules": sorted(rules_dir().glob("*.rq")),
        }
        digests = {"crpv-graph": f"{__version__}; {FORMAT}"}
        if os.environ.get("SOURCE_DATE_EPOCH"):  # it dates the VoID description
            digests["SOURCE_DATE_EPOCH"] = os.environ["SOURCE_DATE_EPOCH"]
        for group, paths in files.items():
            for path in paths:
                try:
                    digests[f"{group}/{path.name}"] = hashlib.sha256(path.read_bytes()).hexdigest()
                except OSError as error:
                    raise CrpvError(f"{path}: cannot read: {error.strerror}") from error
        return cls(data_dir, ontology_dir, digests)

    @property
    def fingerprint(self) -> str:
        """One digest of them all: equal fingerprints, equal compiled datasets."""
        listing = "".join(f"{name}\0{digest}\n" for name, digest in sorted(self.digests.items()))
        return hashlib.sha256(listing.encode()).hexdigest()

    def changes_since(self, recorded: Mapping[str, str]) -> list[str]:
        """The inputs added, removed or changed since ``recorded`` digests, by name."""
        names = sorted(set(self.digests) | set(recorded))
        return [name for name in names if self.digests.get(name) != recorded.get(name)]


class CompiledDataset:
    """A compiled dataset directory, opened: its manifest now, the rest when first asked for."""

    def __init__(self, directory: Path, manifest: dict[str, Any], data_dir: Path | None = None):
        self.directory = directory
        self.manifest = manifest
        #: The sources it was compiled from, when known (files are named relative to it).
        self.data_dir = data_dir

    @property
    def fingerprint(self) -> str:
        """The fingerprint of the inputs it was compiled from."""
        return str(self.manifest["fingerprint"])

    @property
    def triples(self) -> int:
        """The number of quads, in all graphs."""
        return int(self.manifest["triples"])

    @property
    def sources(self) -> int:
        """The number of source documents (named graphs of sources)."""
        return int(self.manifest["sources"])

    @property
    def files(self) -> list[Path]:
        """Every file of the directory, the manifest last."""
        return [self.directory / name for name in [*self.manifest["files"], MANIFEST]]

    def nquads(self) -> bytes:
        """The whole dataset as canonical N-Quads (what ``serve`` hands its workers)."""
        return (self.directory / outputs.NQUADS).read_bytes()

    @cached_property
    def store(self) -> ox.Store:
        """The dataset in a fresh in-memory Oxigraph store (a native bulk load of the N-Quads),
        its default graph the set union of the named graphs."""
        return open_nquads(self.directory / outputs.NQUADS)

    @cached_property
    def graph_files(self) -> dict[str, list[Path]]:
        """The data file(s) holding each named graph (IRI string), as they were compiled."""
        listing = json.loads((self.directory / outputs.SOURCES).read_text(encoding="utf-8"))
        return {graph: [self._data_file(name) for name in names]
                for graph, names in listing["graphs"].items()}  # fmt: skip

    def files_for_graph(self, graph: str) -> list[Path]:
        """The data files that hold a graph's triples."""
        return self.graph_files.get(graph, [])

    def _data_file(self, name: str) -> Path:
        return self.data_dir / name if self.data_dir else Path(name)


def cache_dir() -> Path:
    """Where compiled datasets are kept by default."""
    if os.environ.get("CRPV_CACHE"):
        return Path(os.environ["CRPV_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "crpv-graph"


def default_location(data_dir: Path, ontology_dir: Path) -> Path:
    """The directory of the compiled dataset of these sources, under :func:`cache_dir`."""
    place = f"{data_dir.resolve()}\0{ontology_dir.resolve()}"
    return cache_dir() / hashlib.sha256(place.encode()).hexdigest()[:16]


def read_manifest(directory: Path) -> dict[str, Any] | None:
    """The manifest of a compiled dataset of this format in ``directory``, or None."""
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) and manifest.get("format") == FORMAT else None


def open_dataset(
    data_dir: Path | None = None,
    ontology_dir: Path | None = None,
    *,
    location: Path | None = None,
    announce: Announce | None = None,
) -> CompiledDataset:
    """The compiled dataset of these sources, compiled first if an input changed since.

    ``location`` defaults to :func:`default_location`. ``announce`` is given one line saying why
    a compilation is due, and wraps it. Raises :class:`~crpv_graph.store.dataset.LoadError`
    (a file that does not parse), :class:`InvalidDataset` (data that does not validate) or
    :class:`~crpv_graph.store.directory.CannotWrite` (a full disk); the previous compiled
    dataset is then left as it was.
    """
    data_dir = data_dir or default_data_dir()
    ontology_dir = ontology_dir or default_ontology_dir()
    inputs = Inputs.read(data_dir, ontology_dir)
    place = location or default_location(data_dir, ontology_dir)
    manifest = read_manifest(place)
    if manifest is not None and manifest.get("fingerprint") == inputs.fingerprint:
        return CompiledDataset(place, manifest, data_dir)
    try:
        with (announce or _silently)(_why(inputs, manifest)):
            return compile_dataset(data_dir, ontology_dir, place, inputs=inputs)
    except CannotWrite as error:
        if location:
            raise
        raise CannotWrite(f"{error}; set CRPV_CACHE to keep compiled datasets elsewhere") from error


def _silently(_what: str) -> AbstractContextManager[object]:
    return nullcontext()


def _why(inputs: Inputs, manifest: Mapping[str, Any] | None) -> str:
    if manifest is None:
        return f"compiling the dataset of {inputs.data_dir}"
    changed = inputs.changes_since(manifest.get("inputs", {}))
    more = f" and {len(changed) - 3} more" if len(changed) > 3 else ""
    return f"compiling the dataset again ({', '.join(changed[:3])}{more} changed)"


def open_compiled(directory: Path) -> CompiledDataset:
    """A compiled dataset as it was built (``crpv-graph build --out``), without its sources."""
    manifest = read_manifest(directory)
    if manifest is None:
        raise NotCompiled(
            f"{directory}: not a compiled dataset ({FORMAT}); "
            f"write one with `crpv-graph build --out {directory}`"
        )
    return CompiledDataset(directory, manifest)


def compile_dataset(
    data_dir: Path | None = None,
    ontology_dir: Path | None = None,
    out_dir: Path | None = None,
    *,
    inputs: Inputs | None = None,
) -> CompiledDataset:
    """Load, infer, validate and write the compiled dataset into ``out_dir`` (replaced whole).

    Raises (and writes nothing) like :func:`open_dataset`.
    """
    from crpv_graph.store.validate import SHAPES_FILE, validate

    data_dir = data_dir or default_data_dir()
    ontology_dir = ontology_dir or default_ontology_dir()
    inputs = inputs or Inputs.read(data_dir, ontology_dir)
    loaded = load(data_dir, ontology_dir, union=False)
    report = validate(loaded, ontology_dir / SHAPES_FILE)
    if not report.ok:
        raise InvalidDataset(report, f"{data_dir} not compiled; `crpv-graph validate` lists them")
    return write_dataset(loaded, inputs, out_dir or default_location(data_dir, ontology_dir))


def write_dataset(loaded: LoadedDataset, inputs: Inputs, out_dir: Path) -> CompiledDataset:
    """Write a loaded dataset as a compiled dataset, without validating it.

    :func:`compile_dataset` validates first; the benchmarks call this directly, since SHACL
    over a million synthetic triples would take longer than everything they measure.
    """
    # The version, where a reader of a store the dataset was pushed to can read it.
    loaded.store.add(
        ox.Quad(ox.NamedNode(str(DATASET_IRI)), ox.NamedNode(PREFIXES["owl"] + "versionInfo"),
                ox.Literal(inputs.fingerprint), ox.NamedNode(str(GRAPH_SOURCES)))
    )  # fmt: skip
    with replacing(out_dir, outputs.NAMES) as staging:
        files = {}
        for name, content in outputs.render(loaded):
            (staging / name).write_bytes(content)
            files[name] = {"bytes": len(content), "sha256": hashlib.sha256(content).hexdigest()}
        manifest = {
            "format": FORMAT,
            "version": __version__,
            "fingerprint": inputs.fingerprint,
            "inputs": inputs.digests,
            "triples": len(loaded.store),
            "sources": _source_count(loaded),
            "files": files,
        }
        (staging / MANIFEST).write_bytes(outputs.as_json(manifest))
    return CompiledDataset(out_dir, manifest, inputs.data_dir)


def _source_count(loaded: LoadedDataset) -> int:
    project = {str(graph) for graph in PROJECT_GRAPHS}
    return sum(1 for graph in loaded.graph_files if graph and graph not in project)


def export_dataset(compiled: CompiledDataset, out_dir: Path) -> CompiledDataset:
    """The same files in ``out_dir`` (``build --out``), which is replaced whole."""
    if out_dir.resolve() == compiled.directory.resolve():
        return compiled
    with replacing(out_dir, outputs.NAMES) as staging:
        for path in compiled.files:
            shutil.copyfile(path, staging / path.name)
    return CompiledDataset(out_dir, compiled.manifest, compiled.data_dir)
