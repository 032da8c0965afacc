"""``crpv-graph serve`` on the open web: idle, slow, oversized and vanishing clients.

Real server processes, real sockets. The servers run with short limits (``HEADER_TIMEOUT``,
``BODY_TIMEOUT``); every wait is a loop with a deadline, and timings are only checked against
the documented bound + ``MARGIN``.
"""

from __future__ import annotations

import resource
import selectors
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from crpv_graph.serve.http import KEEP_ALIVE_TIMEOUT, MAX_HEADER_BYTES, MAX_URL_BYTES
from tests.helpers import CENTRE_COUNT, ServedEndpoint, count_centres, serving

HEADER_TIMEOUT = 3.0
BODY_TIMEOUT = 2.0
MARGIN = 3.0
CROWD = 400
COUNTED = "n\r\n21\r\n"
MEGABYTE = b"a" * 1_000_000
UPLOAD_HEAD = (
    b"POST /sparql HTTP/1.1\r\nHost: test\r\nContent-Type: application/sparql-query\r\n"
    b"Content-Length: 1000\r\n\r\n"
)
# The app asks for the body (so the server has read the head) when it answers 100 Continue.
BUSY_HEAD = UPLOAD_HEAD.replace(b"\r\n\r\n", b"\r\nExpect: 100-continue\r\n\r\n")


def connect(server: ServedEndpoint) -> socket.socket:
    return socket.create_connection(("127.0.0.1", server.port), timeout=HEADER_TIMEOUT + MARGIN)


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedEndpoint]:
    """A server with short header and body timeouts and the default connection limit."""
    timeouts = ["--header-timeout", str(HEADER_TIMEOUT), "--body-timeout", str(BODY_TIMEOUT)]
    with serving(tmp_path_factory.mktemp("guarded"), *timeouts) as (server, _):
        yield server


@pytest.fixture
def small(tmp_path: Path) -> Iterator[ServedEndpoint]:
    """A server that takes 20 connections at most."""
    with serving(tmp_path, "--max-connections", "20") as (server, _):
        yield server


@pytest.fixture(scope="module", autouse=True)
def enough_files() -> None:
    """Room for 800 client sockets in this process, whatever the soft limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 4 * CROWD
    if soft < wanted and (hard == resource.RLIM_INFINITY or hard >= wanted):
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))


class Crowd:
    """Many raw connections watched at once: when the server closed each, and what it sent."""

    def __init__(self, server: ServedEndpoint) -> None:
        self.server = server
        self.selector = selectors.DefaultSelector()
        self.received: dict[socket.socket, bytes] = {}
        self.closed: dict[socket.socket, float] = {}

    def open(self, count: int) -> list[socket.socket]:
        sockets = [connect(self.server) for _ in range(count)]
        for sock in sockets:
            sock.setblocking(False)
            self.selector.register(sock, selectors.EVENT_READ)
            self.received[sock] = b""
        return sockets

    def open_ones(self, sockets: list[socket.socket]) -> list[socket.socket]:
        return [sock for sock in sockets if sock not in self.closed]

    def send(self, sockets: list[socket.socket], data: bytes) -> None:
        for sock in self.open_ones(sockets):
            try:
                sock.send(data)
            except OSError:
                self._close(sock)

    def watch(self, seconds: float) -> None:
        """Read whatever arrives for ``seconds``; note the connections the server closed."""
        deadline = time.monotonic() + seconds
        while len(self.closed) < len(self.received):
            for key, _ in self.selector.select(max(deadline - time.monotonic(), 0)):
                sock = key.fileobj
                assert isinstance(sock, socket.socket)
                try:
                    data = sock.recv(65536)
                except OSError:
                    data = b""
                if data:
                    self.received[sock] += data
                else:
                    self._close(sock)
            if time.monotonic() >= deadline:
                return

    def _close(self, sock: socket.socket) -> None:
        self.closed[sock] = time.monotonic()
        self.selector.unregister(sock)

    def shut(self) -> None:
        for sock in self.received:
            sock.close()
        self.selector.close()


@pytest.fixture
def crowd(guarded: ServedEndpoint) -> Iterator[Crowd]:
    people = Crowd(guarded)
    yield people
    people.shut()


def read_answer(sock: socket.socket) -> bytes:
    """One whole answer (head and ``content-length`` body) from a blocking socket."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, f"connection closed after {data!r}"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":")[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    while len(body) < length:
        chunk = sock.recv(65536)
        assert chunk, "connection closed in the middle of a body"
        body += chunk
    return head + b"\r\n\r\n" + body


def read_to_end(sock: socket.socket, deadline: float) -> bytes:
    """Everything the server sends until it closes (a reset fails the test)."""
    data = b""
    while time.monotonic() < deadline:
        sock.settimeout(max(deadline - time.monotonic(), 0.01))
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    raise AssertionError(f"still open at the deadline, after {data!r}")


def get(target: str) -> bytes:
    return f"GET {target} HTTP/1.1\r\nHost: test\r\nAccept: text/csv\r\n\r\n".encode()


# --- Idle and slow clients ------------------------------------------------------------------


def test_idle_and_slowloris_connections_are_closed_and_queries_answered_meanwhile(
    guarded: ServedEndpoint, crowd: Crowd
) -> None:
    started = time.monotonic()
    idle = crowd.open(CROWD)
    slow = crowd.open(CROWD)
    drip = iter(b"GET /sparql HTTP/1.1\r\nX-Slow: " + b"a" * 1000)
    crowd.send(slow, bytes([next(drip)]))

    asked = time.monotonic()
    answer = count_centres(guarded)
    latency = time.monotonic() - asked
    crowd.watch(0)
    assert (answer.status_code, answer.text) == (200, COUNTED)
    assert not crowd.closed, "the query was not answered while all 800 connections were open"
    print(f"query answered in {latency:.3f} s beside {2 * CROWD} idle and slow connections")

    deadline = started + HEADER_TIMEOUT + MARGIN
    while crowd.open_ones(idle + slow) and time.monotonic() < deadline:
        crowd.send(slow, bytes([next(drip)]))
        crowd.watch(0.5)

    assert not crowd.open_ones(idle + slow)
    lived = max(crowd.closed.values()) - started
    print(f"the last of them was closed {lived:.2f} s after the first connected")
    assert {crowd.received[sock] for sock in idle} == {b""}
    statuses = {crowd.received[sock].split(b"\r\n")[0] for sock in slow}
    assert statuses == {b"HTTP/1.1 408 Request Timeout"}
    assert count_centres(guarded).status_code == 200


def test_past_the_connection_limit_the_longest_waiting_connections_make_room(
    small: ServedEndpoint,
) -> None:
    people = Crowd(small)
    try:
        waiting = people.open(30)
        answer = count_centres(small)
        assert (answer.status_code, answer.text) == (200, COUNTED)
        # 30 waiting + 1 query over a limit of 20: the 11 oldest were closed, in order.
        deadline = time.monotonic() + MARGIN
        while len(people.closed) < 11 and time.monotonic() < deadline:
            people.watch(0.1)
        assert people.open_ones(waiting) == waiting[11:]
    finally:
        people.shut()


def test_when_every_connection_is_busy_a_new_one_is_answered_503(small: ServedEndpoint) -> None:
    busy = [connect(small) for _ in range(20)]
    try:
        for sock in busy:  # requests whose bodies are still to come
            sock.sendall(BUSY_HEAD)
            assert sock.recv(100) == b"HTTP/1.1 100 Continue\r\n\r\n"
        answer = count_centres(small)
        assert (answer.status_code, answer.text) == (503, "too many connections; try again later\n")
    finally:
        for sock in busy:
            sock.close()
    deadline = time.monotonic() + MARGIN
    while (answer := count_centres(small)).status_code != 200 and time.monotonic() < deadline:
        pass
    assert answer.status_code == 200


def test_a_kept_alive_connection_is_closed_when_idle(guarded: ServedEndpoint) -> None:
    with connect(guarded) as sock:
        for _ in range(2):  # the second request proves the connection was kept alive
            sock.sendall(get("/sparql?query=ASK%7B%7D"))
            assert read_answer(sock).startswith(b"HTTP/1.1 200 OK")
        assert read_to_end(sock, time.monotonic() + KEEP_ALIVE_TIMEOUT + MARGIN) == b""


def test_a_kept_alive_connection_must_send_its_next_headers_in_time(
    guarded: ServedEndpoint,
) -> None:
    with connect(guarded) as sock:
        sock.sendall(get("/sparql?query=ASK%7B%7D"))
        assert read_answer(sock).startswith(b"HTTP/1.1 200 OK")
        sock.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHo")
        answer = read_to_end(sock, time.monotonic() + HEADER_TIMEOUT + MARGIN)
    assert answer.startswith(b"HTTP/1.1 408 Request Timeout\r\n")
    assert answer.endswith(b"\r\n\r\nthe request headers did not arrive within 3 s\n")


# --- Oversized requests ---------------------------------------------------------------------

URL_ANSWER = f"the URL is longer than {MAX_URL_BYTES} bytes; POST long queries\n"
HEADERS_ANSWER = f"the request headers are longer than {MAX_HEADER_BYTES} bytes\n"


def test_a_megabyte_url_answers_414_read_by_httpx(guarded: ServedEndpoint) -> None:
    # httpx refuses to build a URL over 64 KiB; httpcore's "target" extension sends it as is.
    with httpx.Client() as client:
        target = b"/sparql?query=" + MEGABYTE
        answer = client.request("GET", guarded.base + "/", extensions={"target": target})
    assert (answer.status_code, answer.text) == (414, URL_ANSWER)


def test_a_megabyte_header_answers_431_read_by_httpx(guarded: ServedEndpoint) -> None:
    answer = httpx.get(guarded.base + "/sparql", headers={"X-Large": MEGABYTE.decode()})
    assert (answer.status_code, answer.text) == (431, HEADERS_ANSWER)


@pytest.mark.parametrize(
    ("request_bytes", "status", "text"),
    [
        (b"GET /sparql?query=" + MEGABYTE + b" HTTP/1.1\r\nHost: test\r\n\r\n",
         b"414 Request-URI Too Long", URL_ANSWER),
        (b"GET /sparql HTTP/1.1\r\nHost: test\r\nX-Large: " + MEGABYTE + b"\r\n\r\n",
         b"431 Request Header Fields Too Large", HEADERS_ANSWER),
        # Complete heads just over the limits, in one piece: measured once parsed.
        (get("/sparql?query=" + "a" * MAX_URL_BYTES),
         b"414 Request-URI Too Long", URL_ANSWER),
        (b"GET / HTTP/1.1\r\nHost: test\r\nX-Large: " + b"a" * MAX_HEADER_BYTES + b"\r\n\r\n",
         b"431 Request Header Fields Too Large", HEADERS_ANSWER),
    ],
    ids=["megabyte-url", "megabyte-header", "url-just-over", "headers-just-over"],
)  # fmt: skip
def test_an_oversized_head_is_answered_then_closed_without_a_reset(
    guarded: ServedEndpoint, request_bytes: bytes, status: bytes, text: str
) -> None:
    with connect(guarded) as sock:
        sock.sendall(request_bytes)
        answer = read_to_end(sock, time.monotonic() + MARGIN)
    assert answer.startswith(b"HTTP/1.1 " + status + b"\r\n")
    assert answer.endswith(b"\r\n\r\n" + text.encode())


def test_a_long_get_query_under_the_url_limit_is_answered(guarded: ServedEndpoint) -> None:
    query = CENTRE_COUNT + " " * 60_000  # percent-encoded as "+": a 60 KiB URL
    answer = httpx.get(
        guarded.base + "/sparql", params={"query": query}, headers={"Accept": "text/csv"}
    )
    assert (answer.status_code, answer.text) == (200, COUNTED)


# --- Slow and vanishing uploads -------------------------------------------------------------


def test_a_slow_upload_is_cut_at_the_body_timeout(guarded: ServedEndpoint) -> None:
    with connect(guarded) as sock:
        sock.sendall(UPLOAD_HEAD)
        deadline = time.monotonic() + BODY_TIMEOUT + MARGIN
        with selectors.DefaultSelector() as selector:
            selector.register(sock, selectors.EVENT_READ)
            while not selector.select(0.2) and time.monotonic() < deadline:
                sock.sendall(b"S")  # one byte of the 1000 promised every 0.2 s
        answer = read_to_end(sock, deadline)
    assert answer.startswith(b"HTTP/1.1 408 Request Timeout\r\n")
    assert answer.endswith(b"\r\n\r\nthe request body did not arrive within 2 s\n")


def test_a_client_gone_mid_upload_leaves_one_line_and_no_traceback(guarded: ServedEndpoint) -> None:
    line = "went away before the end of its request body"
    before = guarded.log.read_text().count(line)
    with connect(guarded) as sock:
        sock.sendall(UPLOAD_HEAD + b"SELECT * WHERE")
    deadline = time.monotonic() + MARGIN
    while guarded.log.read_text().count(line) == before and time.monotonic() < deadline:
        time.sleep(0.05)
    # A full answer afterwards: the app has long finished with the vanished request.
    assert count_centres(guarded).status_code == 200
    log = guarded.log.read_text()
    assert log.count(line) == before + 1
    assert "Traceback" not in log and "ERROR" not in log
