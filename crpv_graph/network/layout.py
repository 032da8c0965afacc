"""Where each node of a network page stands, computed once in Python, before the page is written.

A browser laying out 5,000 nodes at load blocks its main thread for tens of seconds (issue 17):
the page can be neither scrolled nor clicked. Here the layout is a seeded force-directed one
(Fruchterman-Reingold forces) in numpy, so the page opens with its nodes already in place and
physics off:

- each connected component is laid out alone, turned to lie wide (screens are wider than tall),
  then the components are packed in rows, the biggest first, so that no part drifts away or
  piles on another;
- repulsion is exact between every pair of nodes in a small component (the real projections,
  20 to 200 nodes); in a big one it is computed on a grid through a Fourier transform (the
  density of nodes convolved with the repulsion), plus exact repulsion between nodes sharing a
  cell, so that 20,000 nodes and a million links take seconds, not hours;
- nodes left closer than :data:`ROOM` are then pushed apart, so that shapes do not pile up;
- nodes with no link are set apart in rows under the rest (centres are always shown, even alone).

Same graph, same positions: nodes and links are taken in sorted order, the generator is seeded,
and positions are rounded to whole units. Positions are cached on disk (under
:func:`crpv_graph.store.compiled.cache_dir`), keyed by a digest of the nodes, links and weights,
so a rebuild of an unchanged graph does not compute them again.

>>> import networkx as nx
>>> where = positions(nx.Graph([("a", "b"), ("b", "c")]), cache=False)
>>> sorted(where) == ["a", "b", "c"] and len(set(where.values())) == 3
True
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
from pathlib import Path

import networkx as nx
import numpy as np
import numpy.typing as npt

from crpv_graph.paths import atomic_path
from crpv_graph.store.compiled import cache_dir

Array = npt.NDArray[np.float64]
Position = tuple[int, int]

#: Changes whenever the algorithm or its constants change: cached layouts are then not reused.
VERSION = "fr-mesh-1"
SEED = 42
#: The ideal length of a link, in the page's units (a node is 8 to 38 units wide, its label
#: up to 160): long enough for the labels of the real projections to be read.
SPACING = 90.0
#: A weak pull towards the component's centre.
GRAVITY = 0.15
#: Up to this many nodes, a component's repulsion is computed between every pair.
EXACT_NODES = 300
#: The room each node needs (in links' lengths): no two nodes end closer, after a few rounds.
ROOM = 1.3
SPREAD_ROUNDS = 30
#: How many following nodes in cell order each node is pushed from, when cells are shared.
NEIGHBOURS = 4
#: Rounds times links, at most, on a big part: its links' pull is most of a round's cost.
LINK_WORK = 6_000_000
#: The grid's cells per side for the repulsion of bigger components.
GRID = 128
#: How far apart packed components, and the rows of nodes set apart, are.
GAP = 1.5
APART_STEP = (170, 110)


Links = tuple[list[str], npt.NDArray[np.int64], Array]


def _links(graph: nx.Graph[str]) -> Links:
    """The nodes in name order, and the links as the indices of their ends (the smaller first)
    and their weights, in that order: the same arrays whatever order the graph was built in."""
    nodes = sorted(str(node) for node in graph)
    index = {node: i for i, node in enumerate(nodes)}
    count = graph.number_of_edges()
    ends = np.fromiter(
        (index[str(end)] for edge in graph.edges for end in edge), np.int64, 2 * count
    ).reshape(count, 2)
    weights = np.fromiter(
        (float(w) for *_, w in graph.edges(data="weight", default=1)), np.float64, count
    )
    ends.sort(axis=1)
    order = np.lexsort((ends[:, 1], ends[:, 0]))
    return nodes, ends[order], weights[order]


def _digest(links: Links) -> str:
    nodes, ends, weights = links
    digest = hashlib.sha256(f"{VERSION}\0{len(nodes)}\0".encode())
    digest.update("\0".join(nodes).encode())
    digest.update(ends.astype("<i8").tobytes())
    digest.update(weights.astype("<f8").tobytes())
    return digest.hexdigest()


def _cached(path: Path, graph: nx.Graph[str]) -> dict[str, Position] | None:
    """The positions kept in ``path`` if they are whole and cover the graph, else None."""
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        where = {str(node): (int(x), int(y)) for node, (x, y) in kept.items()}
    except (OSError, ValueError, TypeError, AttributeError):
        return None
    return where if set(where) == {str(node) for node in graph} else None


def positions(graph: nx.Graph[str], *, cache: bool = True) -> dict[str, Position]:
    """Each node's position (x, y) in the page's units, the same for the same graph.

    With ``cache``, positions are read from, or written to, ``cache_dir() / "layouts"``; a
    cache file that cannot be read is ignored and written anew.
    """
    links = _links(graph)
    path = cache_dir() / "layouts" / f"{_digest(links)}.json" if cache else None
    if path is not None and (kept := _cached(path, graph)) is not None:
        return kept
    where = _compute(links)
    if path is not None:
        try:
            with atomic_path(path) as scratch:
                scratch.write_text(json.dumps(where, sort_keys=True), encoding="utf-8")
        except OSError:
            pass  # a cache that cannot be written only costs the next build the time again
    return where


def compute(graph: nx.Graph[str]) -> dict[str, Position]:
    """The layout itself, never cached: components laid out, packed, lone nodes set apart."""
    return _compute(_links(graph))


def _compute(links: Links) -> dict[str, Position]:
    nodes, ends, weights = links
    part = _components(len(nodes), ends)
    sizes = np.bincount(part, minlength=len(nodes))
    lone = [node for node, p in zip(nodes, part, strict=True) if sizes[p] == 1]
    # Biggest first, then by the name of their first node (nodes are in name order).
    first = {int(p): i for i, p in reversed(list(enumerate(part)))}
    order = sorted((p for p in first if sizes[p] > 1), key=lambda p: (-sizes[p], first[p]))
    placed: dict[str, tuple[float, float]] = {}
    boxes = []
    link_part = part[ends[:, 0]]
    for p in order:
        members = np.flatnonzero(part == p)
        local_index = np.empty(len(nodes), np.int64)
        local_index[members] = np.arange(len(members))
        mine = link_part == p
        local = _component(len(members), local_index[ends[mine]], weights[mine])
        boxes.append(([nodes[i] for i in members], local - local.min(axis=0)))
    _pack(boxes, placed)
    _set_apart(lone, placed)
    where: dict[str, Position] = {}
    taken: set[Position] = set()
    for node, (x, y) in placed.items():  # in a set order: the same nudges every time
        spot = (round(x * SPACING), round(y * SPACING))
        while spot in taken:  # a node the spreading left on another, moved a unit aside
            spot = (spot[0] + 1, spot[1])
        taken.add(spot)
        where[node] = spot
    return where


def _components(count: int, ends: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Each node's component, named by its first node's index (the smallest spreads along links)."""
    part = np.arange(count)
    while True:
        lowest = np.minimum(part[ends[:, 0]], part[ends[:, 1]])
        spread = part.copy()
        np.minimum.at(spread, ends[:, 0], lowest)
        np.minimum.at(spread, ends[:, 1], lowest)
        spread = spread[spread]  # jump: a node takes its label's label
        if np.array_equal(spread, part):
            return part
        part = spread


def _pack(boxes: list[tuple[list[str], Array]], placed: dict[str, tuple[float, float]]) -> None:
    """Components in rows, biggest first, each row as wide as about the square of them all."""
    if not boxes:
        return
    sizes = [local.max(axis=0) + GAP for _, local in boxes]
    width = max(max(float(size[0]) for size in sizes), math.sqrt(sum(s[0] * s[1] for s in sizes)))
    # Rows no wider than the widest part: the small parts go under the big one, not beside it.
    x = y = row = 0.0
    for (part, local), size in zip(boxes, sizes, strict=True):
        if x > 0 and x + size[0] > width:
            x, y, row = 0.0, y + row, 0.0
        for node, (px, py) in zip(part, local.tolist(), strict=True):
            placed[node] = (px + x, py + y)
        x += float(size[0])
        row = max(row, float(size[1]))


def _set_apart(lone: list[str], placed: dict[str, tuple[float, float]]) -> None:
    """Nodes with no link, in rows under the others, in name order."""
    step_x, step_y = (step / SPACING for step in APART_STEP)
    xs = [x for x, _ in placed.values()] or [0.0]
    bottom = max((y for _, y in placed.values()), default=-140 / SPACING) + 140 / SPACING
    per_row = max(4, math.floor((max(xs) - min(xs)) / step_x) + 1)
    for i, node in enumerate(lone):
        placed[node] = (min(xs) + (i % per_row) * step_x, bottom + (i // per_row) * step_y)


def _component(n: int, pairs: npt.NDArray[np.int64], weights: Array) -> Array:
    """Fruchterman-Reingold on one connected component of ``n`` nodes, with links (``pairs``
    of node indices, in order) of length about 1."""
    if n == 2:
        return np.array([[0.0, 0.0], [1.0, 0.0]])
    # Heavier links pull harder, but gently: a link stated ten times is not ten links.
    strength = 1 + np.log2(np.maximum(1.0, weights))
    rng = np.random.default_rng(SEED)
    radius = math.sqrt(n)
    angle = rng.uniform(0, 2 * math.pi, n)
    distance = radius * np.sqrt(rng.uniform(0, 1, n))
    pos = np.column_stack([distance * np.cos(angle), distance * np.sin(angle)])
    # Rounds: fewer on big parts, and fewer still when links are legion (a million at 1M triples).
    iterations = 300 if n <= EXACT_NODES else max(30, min(120, LINK_WORK // max(1, len(pairs))))
    first, second = pairs[:, 0].copy(), pairs[:, 1].copy()
    temperature = radius / 4
    for step in range(iterations):
        force = _repulsion(pos) + _attraction(pos, first, second, strength)
        force -= GRAVITY * pos  # keeps the part round, its leaves near
        length = np.sqrt((force**2).sum(axis=1))
        cap = temperature * (1 - step / iterations) + 0.01
        pos += force * (np.minimum(length, cap) / np.maximum(length, 1e-9))[:, None]
    return _lying(_spread(pos))


def _spread(pos: Array) -> Array:
    """Nodes closer than :data:`ROOM` pushed apart, a few rounds: the forces leave the core of a
    dense part piled up, shapes over shapes and labels over labels."""
    pos = pos.copy()
    for _ in range(SPREAD_ROUNDS):
        if len(pos) <= EXACT_NODES:
            a, b = np.triu_indices(len(pos), 1)
        else:  # nodes in the same cell of side ROOM, a few neighbours in cell order each
            cells = np.floor((pos - pos.min(axis=0)) / ROOM).astype(np.int64)
            flat = cells[:, 0] * (int(cells[:, 1].max()) + 1) + cells[:, 1]
            order = np.argsort(flat, kind="stable")
            a = np.concatenate([order[:-shift] for shift in range(1, 9)])
            b = np.concatenate([order[shift:] for shift in range(1, 9)])
        delta = pos[a] - pos[b]
        distance = np.sqrt((delta**2).sum(axis=1))
        close = distance < ROOM
        if not close.any():
            break
        a, b, delta, distance = a[close], b[close], delta[close], distance[close]
        # Exactly on top of each other: apart along a direction set by their indices.
        direction = np.where(
            distance[:, None] > 1e-9,
            delta / np.maximum(distance, 1e-9)[:, None],
            np.column_stack([np.cos(a + 2.0 * b), np.sin(a + 2.0 * b)]),
        )
        push = direction * ((ROOM - distance) / 2)[:, None]
        for axis in range(2):
            pos[:, axis] += np.bincount(a, push[:, axis], minlength=len(pos))
            pos[:, axis] -= np.bincount(b, push[:, axis], minlength=len(pos))
    return pos


def _lying(pos: Array) -> Array:
    """The component turned so that its longest extent is horizontal, as screens are wide."""
    pos = pos - pos.mean(axis=0)
    _, axes = np.linalg.eigh(pos.T @ pos)
    return pos @ axes[:, ::-1]  # type: ignore[no-any-return]


def _attraction(
    pos: Array, first: npt.NDArray[np.int64], second: npt.NDArray[np.int64], strength: Array
) -> Array:
    """Links (from ``first`` to ``second``) pull their ends together with the square of their
    length."""
    delta = pos[second] - pos[first]
    pull = delta * (np.sqrt((delta**2).sum(axis=1)) * strength)[:, None]
    force = np.empty_like(pos)
    for axis in range(2):
        weights = np.ascontiguousarray(pull[:, axis])
        force[:, axis] = np.bincount(first, weights, minlength=len(pos))
        force[:, axis] -= np.bincount(second, weights, minlength=len(pos))
    return force


def _repulsion(pos: Array) -> Array:
    """Every node pushes every other away, with the inverse of their distance."""
    if len(pos) <= EXACT_NODES:
        delta = pos[:, None, :] - pos[None, :, :]
        squared = (delta**2).sum(axis=2) + 1e-4
        return (delta / squared[:, :, None]).sum(axis=1)  # type: ignore[no-any-return]
    return _mesh_repulsion(pos)


def _mesh_repulsion(pos: Array) -> Array:
    """Repulsion on a grid: the density of nodes, convolved by FFT with the force of one node,
    read back at each node's cell; nodes that share a cell push each other exactly."""
    low = pos.min(axis=0)
    cell = float((pos.max(axis=0) - low).max()) / (GRID - 1) + 1e-9
    cells = np.minimum(((pos - low) / cell).astype(np.int64), GRID - 1)
    flat = cells[:, 0] * GRID + cells[:, 1]
    density = np.bincount(flat, minlength=GRID * GRID).reshape(GRID, GRID).astype(np.float64)
    spectrum = np.fft.rfft2(density, s=(2 * GRID, 2 * GRID))
    force = np.empty_like(pos)
    for axis, kernel in enumerate(_kernels()):
        # The force of one node at offset d is d / |d|^2: on cells of side c, the unit grid's / c.
        field = np.fft.irfft2(spectrum * kernel, s=(2 * GRID, 2 * GRID))[:GRID, :GRID] / cell
        force[:, axis] = field[cells[:, 0], cells[:, 1]]
    return force + _same_cell_repulsion(pos, flat)


@functools.cache
def _kernels() -> tuple[npt.NDArray[np.complex128], npt.NDArray[np.complex128]]:
    """The spectra of the force of one node on a grid of unit cells, along x and along y."""
    size = 2 * GRID
    offsets = np.fft.fftfreq(size, 1 / size)  # 0, 1, ..., then negative offsets
    dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
    squared = dx**2 + dy**2
    squared[0, 0] = np.inf  # a cell does not push itself: the exact part does
    return np.fft.rfft2(dx / squared), np.fft.rfft2(dy / squared)


def _same_cell_repulsion(pos: Array, flat: npt.NDArray[np.int64]) -> Array:
    """Exact repulsion between nodes in the same cell, a few neighbours in cell order each."""
    order = np.argsort(flat, kind="stable")
    force = np.zeros_like(pos)
    for shift in range(1, NEIGHBOURS + 1):
        first, second = order[:-shift], order[shift:]
        same = flat[first] == flat[second]
        if not same.any():
            break
        a, b = first[same], second[same]
        delta = pos[a] - pos[b]
        push = delta / ((delta**2).sum(axis=1) + 1e-4)[:, None]
        for axis in range(2):
            force[:, axis] += np.bincount(a, push[:, axis], minlength=len(pos))
            force[:, axis] -= np.bincount(b, push[:, axis], minlength=len(pos))
    return force
