"""Where things are: the project's directories, and writing files so that no reader sees half.

Outputs are written atomically: to a temporary path beside the target, renamed over it once
complete, so a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import importlib.util
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from crpv_graph.errors import CrpvError


class CannotWrite(CrpvError, OSError):
    """An output could not be written (full disk, no permission, read-only file system).

    Also an :class:`OSError`, so that code which shrugs off a failed write (a cache) still does.
    """


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; renamed over ``path`` if the block succeeds.

    An :class:`OSError` in the block (the block only writes) or in making the temporary file
    becomes a :class:`CannotWrite` naming ``path``; the scratch file is removed and whatever
    ``path`` held stays as it was.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "out.txt"
    >>> with atomic_path(target) as scratch:
    ...     _ = scratch.write_text("done")
    >>> target.read_text(), oct(target.stat().st_mode & 0o777) == oct(0o666 & ~_umask())
    ('done', True)
    >>> with atomic_path(target / "inside.txt") as scratch:  # doctest: +ELLIPSIS
    ...     _ = scratch.write_text("new")
    Traceback (most recent call last):
    ...
    crpv_graph.paths.CannotWrite: cannot write /.../out.txt/inside.txt: Not a directory
    """
    scratch: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(handle)
        scratch = Path(name)
        # mkstemp makes the file private (0600); an output is as readable as any file the user
        # creates (0644 under the usual umask), e.g. pages a web server publishes.
        os.chmod(scratch, 0o666 & ~_umask())
        yield scratch
        os.replace(scratch, path)
    except CannotWrite:
        raise
    except OSError as error:
        # mkdir says "File exists" when a parent is a file.
        reason = "Not a directory" if isinstance(error, FileExistsError) else error.strerror
        raise CannotWrite(f"cannot write {path}: {reason or error}") from error
    finally:
        if scratch is not None:
            scratch.unlink(missing_ok=True)


def _umask() -> int:
    """The process's file-creation mask.

    Linux tells it in /proc; elsewhere it is read by setting it and setting it back, which
    another thread creating a file at that instant could notice.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class NoDataDirectory(CrpvError):
    """No directory of sources was named, and none is at hand."""


def default_data_dir() -> Path:
    """The directory of source files when ``--data`` is not given.

    ``./data`` when the current directory has one, else the ``data/`` of the checkout this
    package runs from. An installed package outside a checkout has none: it says so, and
    ``--data DIR`` (or ``CRPV_DATA``) names the sources. The checkout is recognised by its
    ``pyproject.toml``, not by a ``data/`` alone: an installed package's parent is
    ``site-packages``, where another distribution may have left a ``data`` directory.
    """
    here = Path("data")
    if here.is_dir():
        return here.resolve()
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "data").is_dir():
        return checkout / "data"
    raise NoDataDirectory(
        "no data directory here: pass --data DIR (or set CRPV_DATA) to name the source files"
    )


def default_ontology_dir() -> Path:
    """The ontology and shapes shipped with the package (``crpv_graph/ontology``)."""
    return Path(str(resources.files("crpv_graph") / "ontology"))


def vis_network_dir() -> Path:
    """vis-network as pyvis ships it (its script and style): the network pages and the query
    page's graph view use it from there. Found without importing pyvis, which imports networkx
    and numpy: the server's query workers are forked from a process that must stay small.

    >>> (vis_network_dir() / "vis-network.min.js").is_file()
    True
    """
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyvis is not installed: it ships the vis-network library")
    return Path(spec.submodule_search_locations[0]) / "templates" / "lib" / "vis-9.1.2"
