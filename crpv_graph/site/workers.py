"""Pages rendered on every core: a site at a million triples has a hundred thousand pages, and
rendering them is pure Python, bound to one core by the interpreter's lock.

The workers are forked once everything the pages are made of is read (facts, sections, the
timelines' rows, the compiled templates): they share it with the builder copy-on-write instead
of reading the graph again, and each renders a slice of the pages it is sent. Pages come back
in the order they were asked for, so a site is the same bytes whatever the number of workers.
A small site is rendered in the builder's own process: forking costs more than it saves there.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

Item = TypeVar("Item")
Page = TypeVar("Page")

#: Below this many pages, one process renders them all.
SMALLEST = 2_000
#: Pages a worker renders per request: large enough that sending them costs little, small
#: enough that both workers stay busy to the end.
SLICE = 250

#: What the forked workers render with (set just before they are forked, inherited by them).
_render: Callable[[Any], Any] | None = None


def available() -> int:
    """How many cores this process may run on (its affinity, not the machine's count)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1


def render_all(
    render: Callable[[Item], Page], items: Sequence[Item], workers: int | None = None
) -> Iterator[Page]:
    """``render(item)`` for each item, in their order, on ``workers`` processes (by default
    one per available core, and one process for fewer than :data:`SMALLEST` items); in this
    process where processes cannot be forked.

    >>> list(render_all(lambda item: (item, item.upper()), ["a", "b"]))
    [('a', 'A'), ('b', 'B')]
    """
    count = workers or (available() if len(items) >= SMALLEST else 1)
    if count < 2 or not items or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(render, items)
        return
    global _render
    _render = render
    slices = [items[start : start + SLICE] for start in range(0, len(items), SLICE)]
    # Objects the collector would otherwise walk (and so copy) in each worker stay shared.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(count) as pool:
            for pages in pool.imap(_render_slice, slices):
                yield from pages
    finally:
        gc.unfreeze()
        _render = None


def _render_slice(items: Sequence[Any]) -> list[Any]:
    """In a worker: the pages of one slice."""
    assert _render is not None, "forked without a renderer"
    return [_render(item) for item in items]
