"""Confining a query worker process: no network, bounded memory, gone with its parent.

The guard (:mod:`crpv_graph.serve.guard`) refuses queries that would fetch remote data, but it reads
the text with parsers of its own; Oxigraph's parser is another. Should they ever disagree, the
worker itself must be unable to connect anywhere. So each worker, once its dataset is loaded,
installs a seccomp filter (Linux, through libseccomp with the ``pyseccomp`` binding) that makes
``socket()`` fail for every address family but ``AF_UNIX`` (the worker's pipe to the server is
inherited, never created), and ``io_uring_setup`` fail too (io_uring can open and connect
sockets without the ``socket`` system call). Syscalls of another architecture's ABI (the 32-bit
``socketcall``) kill the process: libseccomp's default for a foreign architecture.

Where seccomp is not available (macOS, Windows, a kernel without it) the worker cannot be
confined, and :func:`forbid_network` raises :class:`SandboxUnavailable`: the server refuses to
start rather than run unconfined, unless told otherwise (``serve --unconfined-workers``).

Memory is bounded with ``RLIMIT_DATA`` (heap and private writable mappings, the memory a query
grows): past it an allocation fails, Oxigraph aborts the process (``SIGABRT``) or Python raises
``MemoryError``, and the server answers 503 and starts another worker.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import resource
import signal
import socket
import sys


class SandboxUnavailable(Exception):
    """This platform offers no way to keep a worker off the network."""


def forbid_network() -> None:
    """From now on, this process (and its threads) cannot open a network socket.

    Irreversible. Raises :class:`SandboxUnavailable` where seccomp cannot be used.
    """
    if not sys.platform.startswith("linux"):
        raise SandboxUnavailable(f"seccomp is Linux-only; this is {sys.platform}")
    try:
        import pyseccomp as seccomp
    except (ImportError, OSError) as error:  # OSError: libseccomp.so.2 missing
        raise SandboxUnavailable(f"libseccomp is not usable: {error}") from error
    refuse = seccomp.ERRNO(errno.EACCES)
    rules = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
    rules.add_rule(refuse, "socket", seccomp.Arg(0, seccomp.NE, socket.AF_UNIX))
    rules.add_rule(refuse, "io_uring_setup")
    try:
        rules.load()
    except OSError as error:
        raise SandboxUnavailable(f"the kernel refused the seccomp filter: {error}") from error


def limit_memory(max_bytes: int) -> None:
    """Bound the heap and private writable mappings of this process (``RLIMIT_DATA``)."""
    resource.setrlimit(resource.RLIMIT_DATA, (max_bytes, max_bytes))


def die_with_parent() -> None:
    """Have the kernel kill this process when the process that started it dies.

    A worker busy in a long query never reads its pipe, so it would not notice on its own that
    the server is gone (its parent is the server's fork server, which ends with the server).
    Linux only; elsewhere a closed pipe ends the worker's wait for its next query.
    """
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    pr_set_pdeathsig = 1
    libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(0)


def confinement_problem() -> str | None:
    """Why workers could not be kept off the network here, or None when they can.

    Tried in a throw-away process, since confining is irreversible.
    """
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        problem: str | None = pool.apply(_try_to_confine)
    return problem


def _try_to_confine() -> str | None:
    try:
        forbid_network()
    except SandboxUnavailable as error:
        return str(error)
    try:
        socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
    except PermissionError:
        return None
    return "the seccomp filter was loaded but a network socket could still be opened"
