"""Replacing a directory whole, and only a directory that is ours to replace.

A compiled dataset is written into a staging directory beside its target (``.build-NAME-*``),
then swapped in by two renames: readers see the old dataset or the new one, and a build that
fails (bad data, a full disk) leaves the old one as it was. Only a directory that is missing,
empty, or a build (its ``manifest.json`` lists every other file in it) is replaced: the data
directory, the current directory, a folder someone added pages to are refused, since replacing
them would delete what crpv-graph did not write. Staging left behind by a killed build is
removed by the next build beside it, under a lock that keeps two builds from racing.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path

from crpv_graph.errors import CrpvError
from crpv_graph.paths import CannotWrite

MANIFEST = "manifest.json"


class RefusedDirectory(CrpvError):
    """The target directory holds something a build did not write."""


def listed_in_manifest(directory: Path) -> set[str] | None:
    """The names a crpv-graph manifest in ``directory`` says it wrote (itself included), or
    None when there is no such manifest."""
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    files = manifest.get("files") if isinstance(manifest, dict) else None
    # A site's manifest lists paths ("id/organization/irev/index.html"): its top entry is ours.
    return {MANIFEST, *(name.split("/")[0] for name in files)} if isinstance(files, dict) else None


def check_replaceable(directory: Path) -> None:
    """Raise :class:`RefusedDirectory` unless ``directory`` is missing, empty or a build whose
    manifest lists every file in it."""
    if not directory.exists():
        return
    if not directory.is_dir():
        raise RefusedDirectory(f"{directory} is a file, not a directory")
    entries = sorted(entry.name for entry in directory.iterdir())
    if not entries:
        return
    ours = listed_in_manifest(directory)
    if ours is None:
        raise RefusedDirectory(
            f"refusing to write into {directory}: it is neither empty nor a crpv-graph build "
            f"({len(entries)} entries, e.g. {entries[0]}); name a new or empty directory"
        )
    foreign = [entry for entry in entries if entry not in ours]
    if foreign:
        raise RefusedDirectory(
            f"refusing to replace {directory}: it holds {len(foreign)} file(s) crpv-graph did "
            f"not write ({', '.join(foreign[:3])}); move them, or name another directory"
        )


@contextmanager
def replacing(directory: Path, names: Collection[str]) -> Iterator[Path]:
    """A fresh staging directory to write ``names`` into, swapped in for ``directory`` when the
    block succeeds; an :class:`OSError` on the way becomes one :class:`CannotWrite` line.

    >>> target = Path(tempfile.mkdtemp()) / "build"
    >>> with replacing(target, {"a.txt"}) as staging:
    ...     _ = (staging / "a.txt").write_text("a")
    >>> sorted(path.name for path in target.iterdir())
    ['a.txt']
    """
    target = directory.resolve()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with _locked(target.parent):
            check_replaceable(directory)  # named as the caller named it
            _remove_leftovers(target, {MANIFEST, *names})
            staging = Path(tempfile.mkdtemp(prefix=_staging_prefix(target), dir=target.parent))
            staging.chmod(0o755)  # as mkdir makes it: a build is there to be read
            try:
                yield staging
                _swap_in(staging, target)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    except OSError as error:
        reason = error.strerror or str(error)
        raise CannotWrite(f"cannot write {directory}: {reason} (left as it was)") from error


def _staging_prefix(target: Path) -> str:
    return f".build-{target.name}-"


def _remove_leftovers(target: Path, names: Collection[str]) -> None:
    """Remove the staging directories of killed builds of ``target``: those holding only the
    entries a build writes (a file, or a site's directory; anything else is not ours, and stays)."""
    prefix = _staging_prefix(target)
    for leftover in target.parent.iterdir():
        if (
            leftover.name.startswith(prefix)
            and leftover.is_dir()
            and not leftover.is_symlink()
            and all(entry.name in names and not entry.is_symlink() for entry in leftover.iterdir())
        ):
            shutil.rmtree(leftover)


def _swap_in(staging: Path, target: Path) -> None:
    """Put ``staging`` in the place of ``target`` with renames; put the old one back if the
    second rename fails."""
    if not target.exists():
        os.replace(staging, target)
        return
    retired = Path(tempfile.mkdtemp(prefix=_staging_prefix(target), dir=target.parent))
    os.replace(target, retired)  # over the empty directory just made: a name nobody else has
    try:
        os.replace(staging, target)
    except OSError:
        os.replace(retired, target)
        raise
    shutil.rmtree(retired, ignore_errors=True)


@contextmanager
def _locked(directory: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``directory`` (``flock``): one build at a time beside a target,
    so that removing leftovers never removes the staging of a build still running."""
    if sys.platform == "win32":  # no flock; builds are not run side by side there
        yield
        return
    import fcntl

    descriptor = os.open(directory, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)
