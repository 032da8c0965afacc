"""A cache of the compiled dataset, so that a query does not re-parse and re-infer everything.

The compiled dataset (ontology + sources + inferred graph) is kept as N-Quads under the user's
cache directory (``$CRPV_CACHE``, else ``$XDG_CACHE_HOME/crpv-graph``, else
``~/.cache/crpv-graph``), named after a fingerprint of every input file's path, size and
modification time, of the build rules and of the package version. Any change to ``data/``,
``ontology/`` or the rules gives another fingerprint, so a stale cache is never used. Loading the
cached N-Quads is a native bulk load.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pyoxigraph as ox

from crpv_graph import __version__
from crpv_graph.paths import atomic_path


def cache_dir() -> Path:
    """Where compiled datasets are kept."""
    if os.environ.get("CRPV_CACHE"):
        return Path(os.environ["CRPV_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "crpv-graph"


def fingerprint(data_dir: Path, ontology_dir: Path) -> str:
    """A digest of every input's path, size and modification time (and the version)."""
    from crpv_graph.store.infer import rules_dir

    digest = hashlib.sha256(__version__.encode())
    for directory, pattern in (
        (data_dir, "*.trig"),
        (ontology_dir, "*.ttl"),
        (rules_dir(), "*.rq"),
    ):
        digest.update(str(directory.resolve()).encode())
        for path in sorted(directory.glob(pattern)):
            status = path.stat()
            digest.update(f"{path.name}\0{status.st_size}\0{status.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:24]


def cache_file(data_dir: Path, ontology_dir: Path) -> Path:
    """The cache file of this data directory with these inputs (it may not exist yet)."""
    place = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:12]
    return cache_dir() / f"{place}-{fingerprint(data_dir, ontology_dir)}.nq"


def save(store: ox.Store, data_dir: Path, ontology_dir: Path) -> None:
    """Keep a compiled store as the cache of these inputs, and drop this directory's stale ones.

    A read-only or full cache directory is not an error: the next call compiles again.
    """
    cached = cache_file(data_dir, ontology_dir)
    place = cached.name.split("-", 1)[0]
    try:
        with atomic_path(cached) as scratch:
            store.dump(scratch, format=ox.RdfFormat.N_QUADS)
        for stale in cached.parent.glob(f"{place}-*.nq"):
            if stale != cached:
                stale.unlink(missing_ok=True)
    except OSError:
        pass


def compiled_store(data_dir: Path, ontology_dir: Path) -> ox.Store:
    """The compiled dataset in a fresh in-memory store: from the cache when the inputs have not
    changed, else loaded (and inferred) and cached for next time."""
    from crpv_graph.store.dataset import data_files, load

    data_files(data_dir)  # a missing or broken source file stops here, named
    cached = cache_file(data_dir, ontology_dir)
    store = ox.Store()
    if cached.is_file():
        store.bulk_load(path=str(cached), format=ox.RdfFormat.N_QUADS)
        return store
    store = load(data_dir, ontology_dir).store
    save(store, data_dir, ontology_dir)
    return store
