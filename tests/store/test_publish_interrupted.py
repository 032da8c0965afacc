"""A push killed at any point, or a store killed under it, leaves every reader one version.

Two versions of the real dataset differ by one statement. A reader polls the store the whole
time through the endpoint client (as a researcher's script would) and records, in one query,
the version the metadata graph names and the size of the union graph. Every answer must be
one of the two versions whole: never the new version's name with the old content, nor the
reverse, nor a store holding part of a version.
"""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from crpv_graph.paths import default_data_dir
from crpv_graph.query import text_rows
from crpv_graph.query.remote import RemoteError, SparqlEndpoint
from crpv_graph.store import compiled, publish
from tests.helpers import CRPV_GRAPH, IN_CHECKOUT, free_port, running

SEEN = """SELECT ?version ?triples WHERE {
  GRAPH crpvg:sources { <https://w3id.org/crpv/dataset> owl:versionInfo ?version }
  { SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o } }
}"""
#: Version B: one statement more in one source (a test-only statement, never published).
EDITED = "reseau-crpv.fr--author-morgane-petit.trig"
EDIT = ('rdfs:label "Labo Cités"', 'rdfs:label "Labo Cités" ; schema:slogan "version B"')


@dataclass
class Reader:
    """Polls a store until stopped; keeps every (version, triples) it read."""

    url: str
    seen: set[tuple[str, int]] = field(default_factory=set)
    answers: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)

    def poll(self) -> None:
        endpoint = SparqlEndpoint(self.url, timeout=10)
        while not self._stop.is_set():
            try:
                for row in text_rows(endpoint, SEEN):
                    self.seen.add((row["version"], int(row["triples"])))
                self.answers += 1
            except RemoteError:  # the store is down for a moment: not an answer
                endpoint = SparqlEndpoint(self.url, timeout=10)

    @contextmanager
    def polling(self) -> Iterator[Reader]:
        thread = threading.Thread(target=self.poll, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            thread.join(timeout=30)


@contextmanager
def store_server(location: Path, port: int) -> Iterator[subprocess.Popen[bytes]]:
    binary = str(Path(CRPV_GRAPH).parent / "oxigraph")
    command = [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    with running(command, f"http://127.0.0.1:{port}/", location.parent / "server.log") as server:
        yield server


def push_process(data: Path, port: int, cache: Path) -> subprocess.Popen[bytes]:
    command = [CRPV_GRAPH, "--quiet", "--data", str(data), "push",
               "--endpoint", f"http://127.0.0.1:{port}/store"]  # fmt: skip
    env = {**IN_CHECKOUT, "CRPV_CACHE": str(cache)}
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def union_size(data: Path) -> tuple[str, int]:
    built = compiled.open_dataset(data)
    union = built.store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    return built.fingerprint, sum(1 for _ in union)


def test_killed_pushes_and_a_killed_store_leave_readers_one_whole_version(tmp_path: Path) -> None:
    version_b = tmp_path / "b"
    shutil.copytree(default_data_dir(), version_b)
    edited = version_b / EDITED
    text = edited.read_text(encoding="utf-8")
    assert EDIT[0] in text, "the statement to extend has moved"
    edited.write_text(text.replace(*EDIT, 1), encoding="utf-8")
    a, b = union_size(default_data_dir()), union_size(version_b)
    assert a[0] != b[0] and b[1] > a[1], "two versions a reader can tell apart"
    versions = {a, b}
    cache = tmp_path / "cache"
    location, port = tmp_path / "store", free_port()
    rng = random.Random(15)
    with store_server(location, port):
        publish.push(compiled.open_dataset(), f"http://127.0.0.1:{port}/store")
    kills = 0
    reader = Reader(f"http://127.0.0.1:{port}/query")
    with reader.polling():
        for attempt in range(6):
            with store_server(location, port) as server:
                pusher = push_process(version_b if attempt % 2 == 0 else default_data_dir(),
                                      port, cache)  # fmt: skip
                try:
                    pusher.wait(timeout=rng.uniform(0.5, 4.0))
                except subprocess.TimeoutExpired:
                    kills += 1
                    # Half the time the push is killed, half the time the store under it.
                    (pusher if attempt % 4 < 2 else server).send_signal(signal.SIGKILL)
                pusher.wait(timeout=60)
        with store_server(location, port):
            finished = push_process(version_b, port, cache)
            _, err = finished.communicate(timeout=300)
            assert finished.returncode == 0, err
            final = list(text_rows(SparqlEndpoint(f"http://127.0.0.1:{port}/query"), SEEN))
    assert kills >= 3, "the random delays should interrupt most pushes"
    assert reader.answers > 20
    assert reader.seen <= versions, f"mixed states seen: {reader.seen - versions}"
    assert [(row["version"], int(row["triples"])) for row in final] == [b]
