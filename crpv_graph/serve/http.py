"""HTTP connections safe on the open web: uvicorn's h11 protocol with the limits it lacks.

uvicorn (0.54) closes a kept-alive connection that stays idle after a response
(``timeout_keep_alive``) and h11 bounds an incomplete request head, but nothing stops a client
that connects and sends nothing, or sends its headers a byte at a time (slowloris): such
connections stay open for ever and, a few thousand of them, exhaust the server's files. An
over-long head is answered 400 and the connection closed at once, so the client, still sending,
usually reads a reset instead of the answer. :class:`GuardedProtocol` adds what is missing:

- the request line and headers must arrive within ``header_timeout`` seconds of connecting (on
  a kept-alive connection, of the first byte of the next request); the body within
  ``body_timeout`` of the end of the headers;
- a URL over :data:`MAX_URL_BYTES` answers 414, headers over :data:`MAX_HEADER_BYTES` answer
  431;
- past ``max_connections``, a new connection closes the oldest one that is waiting for a
  request, so idle or slow clients can never lock real ones out;
- every refusal is one line of text, then a lingering close: the server stops sending, reads
  and discards what the client still sends for up to :data:`LINGER_SECONDS`, then closes, so
  the client reads the status rather than a TCP reset.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import resource
import sys
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

import h11
import uvicorn
from starlette.applications import Starlette
from uvicorn.config import STARTUP_FAILURE
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.server import ServerState

HEADER_TIMEOUT = 10.0
BODY_TIMEOUT = 30.0
KEEP_ALIVE_TIMEOUT = 5  # uvicorn's default; an int in uvicorn.Config
MAX_CONNECTIONS = 1024
# SPARQL clients put whole queries in the URL (SPARQLWrapper's default is GET): 64 KiB holds
# a query of some 20 to 60 KiB once percent-encoded. Longer ones belong in a POST body.
MAX_URL_BYTES = 64 * 1024
# As nginx's default (4 buffers of 8 KiB): browsers and clients send well under 8 KiB.
MAX_HEADER_BYTES = 32 * 1024
LINGER_SECONDS = 2.0
# asyncio accepts up to ``backlog`` connections in one turn of the loop, before any of them can
# make room, and the server needs files of its own (workers' pipes, the dataset, the log).
BACKLOG = 2048
SPARE_FILES = BACKLOG + 64

log = logging.getLogger("uvicorn.error")


@dataclass(frozen=True)
class ConnectionLimits:
    """How long a client may take to send a request, and how many connections may be open."""

    header_timeout: float = HEADER_TIMEOUT
    body_timeout: float = BODY_TIMEOUT
    max_connections: int = MAX_CONNECTIONS


def serve(app: Starlette, host: str, port: int, limits: ConnectionLimits, log_level: str) -> None:
    """Serve ``app`` with uvicorn and these limits until interrupted (what ``uvicorn.run``
    does, with :class:`GuardedProtocol` in place of uvicorn's own choice of protocol)."""
    config = GuardedConfig(
        app,
        _fit_open_files(limits),
        host=host,
        port=port,
        log_level=log_level,
        # A line per request only where it is shown: otherwise uvicorn still builds each one.
        access_log=log_level in ("info", "debug", "trace"),
    )
    server = uvicorn.Server(config)
    with contextlib.suppress(KeyboardInterrupt):
        server.run()
    if not server.started:
        sys.exit(STARTUP_FAILURE)


class GuardedConfig(uvicorn.Config):
    """uvicorn's configuration, with the limits and the queue of connections waiting for a
    request that every :class:`GuardedProtocol` of the server shares."""

    def __init__(self, app: Starlette, limits: ConnectionLimits, **options: Any) -> None:
        super().__init__(
            app,
            http=GuardedProtocol,
            # The app has no WebSocket route; an upgrade would hand the socket to a protocol
            # without these limits.
            ws="none",
            timeout_keep_alive=KEEP_ALIVE_TIMEOUT,
            backlog=BACKLOG,
            # uvicorn's own choice ("auto"): uvloop, a dependency, where it is installed.
            loop="auto",
            **options,
        )
        self.limits = limits
        # Insertion-ordered: the first is the connection that has waited longest.
        self.waiting: dict[GuardedProtocol, None] = {}


class GuardedProtocol(H11Protocol):
    """uvicorn's h11 protocol with header and body timeouts, size limits answered 414 or 431,
    a connection limit that makes room by closing waiting connections, and lingering close."""

    def __init__(
        self,
        config: uvicorn.Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        if not isinstance(config, GuardedConfig):
            raise TypeError("GuardedProtocol runs with a GuardedConfig")
        self.limits = config.limits
        self.waiting = config.waiting
        self.head = _SizedHeads()
        self.conn = self.head
        self.head_timer: asyncio.TimerHandle | None = None
        self.body_timer: asyncio.TimerHandle | None = None
        self.lingering = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if self._make_room():
            self.head_timer = self.loop.call_later(self.limits.header_timeout, self._head_late)
            self.waiting[self] = None

    def data_received(self, data: bytes) -> None:
        if self.lingering:
            return
        if self.conn.their_state is h11.IDLE and self.head_timer is None:
            # The first byte of the next request on a kept-alive connection.
            self.head_timer = self.loop.call_later(self.limits.header_timeout, self._head_late)
        super().data_received(data)
        self._follow_state()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._follow_state()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.conn.their_state is h11.SEND_BODY and not self.lingering:
            log.info("%s - went away before the end of its request body", self._peer())
        self._forget()
        super().connection_lost(exc)

    def send_400_response(self, msg: str) -> None:
        status, text = self.head.refusal or (400, "invalid HTTP request")
        self._refuse(status, text)

    def shutdown(self) -> None:
        if self.lingering:
            self.transport.close()
        else:
            super().shutdown()

    def _follow_state(self) -> None:
        """Arm or cancel the timers and the waiting mark after h11 has read what came in."""
        if self.lingering or self.transport.is_closing():
            return
        state = self.conn.their_state
        if state is h11.IDLE:
            self.waiting.setdefault(self, None)
        else:
            self.waiting.pop(self, None)
            self._stop_head_timer()
        if state is h11.SEND_BODY:
            if self.body_timer is None:
                self.body_timer = self.loop.call_later(self.limits.body_timeout, self._body_late)
        else:
            self._stop_body_timer()

    def _make_room(self) -> bool:
        """Past the limit, close the connection that has waited longest for a request; if every
        connection is busy with one, answer this one 503. False when this one is refused."""
        if len(self.connections) <= self.limits.max_connections:
            return True
        if self.waiting:
            oldest = next(iter(self.waiting))
            log.info("%s - closed to make room for a new connection", oldest._peer())
            oldest._forget()
            oldest.transport.close()
            return True
        self._refuse(503, "too many connections; try again later")
        return False

    def _head_late(self) -> None:
        self.head_timer = None
        if self.head.head_bytes:
            seconds = self.limits.header_timeout
            self._refuse(408, f"the request headers did not arrive within {seconds:g} s")
        else:
            # Nothing was sent (a browser's preconnect, or an idle attacker): nobody to answer.
            self._forget()
            self.transport.close()

    def _body_late(self) -> None:
        self.body_timer = None
        if self.cycle.response_started:  # too late for an answer
            self._forget()
            self.transport.close()
            return
        # The app sees a disconnect and its own answer goes nowhere; the client reads the 408.
        self.cycle.disconnected = True
        self.cycle.message_event.set()
        seconds = self.limits.body_timeout
        self._refuse(408, f"the request body did not arrive within {seconds:g} s")

    def _refuse(self, status: int, text: str) -> None:
        """Answer ``status`` with one line of text, then close lingering (see the module)."""
        log.info("%s - %d %s", self._peer(), status, text)
        self._forget()
        self.lingering = True
        self.transport.write(plain_answer(status, text))
        self.transport.resume_reading()
        if self.transport.can_write_eof():
            self.transport.write_eof()
        # The client's own end (eof_received) closes the transport sooner.
        self.loop.call_later(LINGER_SECONDS, self.transport.close)

    def _forget(self) -> None:
        self.waiting.pop(self, None)
        self._stop_head_timer()
        self._stop_body_timer()

    def _stop_head_timer(self) -> None:
        if self.head_timer is not None:
            self.head_timer.cancel()
            self.head_timer = None

    def _stop_body_timer(self) -> None:
        if self.body_timer is not None:
            self.body_timer.cancel()
            self.body_timer = None

    def _peer(self) -> str:
        return f"{self.client[0]}:{self.client[1]}" if self.client else "client"


class _SizedHeads(h11.Connection):
    """h11's server side, refusing a request head over the size limits with its status.

    A complete head is measured from h11's parsed request; an incomplete one stops at h11's
    bound on unparsed data (URL limit + header limit), and the length of its first line tells
    a long URL from long headers.
    """

    def __init__(self) -> None:
        super().__init__(h11.SERVER, max_incomplete_event_size=MAX_URL_BYTES + MAX_HEADER_BYTES)
        self.head_bytes = 0  # received since the current request head began
        self.line_bytes: int | None = None  # its first line's length, once it is complete
        self.refusal: tuple[int, str] | None = None

    def receive_data(self, data: bytes) -> None:
        if self.their_state is h11.IDLE:
            if self.line_bytes is None and (end := data.find(b"\n")) >= 0:
                self.line_bytes = self.head_bytes + end
            self.head_bytes += len(data)
        super().receive_data(data)

    def next_event(self) -> h11.Event | type[h11.NEED_DATA] | type[h11.PAUSED]:
        try:
            event = super().next_event()
            if isinstance(event, h11.Request):
                self.refusal = _oversized(event)
                self.head_bytes, self.line_bytes = 0, None
        except h11.RemoteProtocolError as error:
            if error.error_status_hint == 431:  # h11: "Receive buffer too long"
                long_url = self.line_bytes is None or self.line_bytes > MAX_URL_BYTES
                self.refusal = URL_TOO_LONG if long_url else HEADERS_TOO_LONG
            raise
        if self.refusal:
            # uvicorn answers a RemoteProtocolError through send_400_response.
            raise h11.RemoteProtocolError(self.refusal[1], self.refusal[0])
        return event


URL_TOO_LONG = (414, f"the URL is longer than {MAX_URL_BYTES} bytes; POST long queries")
HEADERS_TOO_LONG = (431, f"the request headers are longer than {MAX_HEADER_BYTES} bytes")


def _oversized(request: h11.Request) -> tuple[int, str] | None:
    """The refusal a parsed request head deserves, if any: its header block is counted as sent,
    ``name: value`` and the line end."""
    if len(request.target) > MAX_URL_BYTES:
        return URL_TOO_LONG
    if sum(len(name) + len(value) + 4 for name, value in request.headers) > MAX_HEADER_BYTES:
        return HEADERS_TOO_LONG
    return None


def plain_answer(status: int, text: str) -> bytes:
    """A whole HTTP answer of one line of text that closes the connection.

    Written by hand because h11 may be past the point where it can send a response.

    >>> plain_answer(431, "too long").decode().splitlines()  # doctest: +NORMALIZE_WHITESPACE
    ['HTTP/1.1 431 Request Header Fields Too Large', 'content-type: text/plain; charset=utf-8',
     'content-length: 9', 'connection: close', 'x-content-type-options: nosniff', '',
     'too long']
    """
    body = f"{text}\n".encode()
    head = (
        f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\n"
        "content-type: text/plain; charset=utf-8\r\n"
        f"content-length: {len(body)}\r\n"
        "connection: close\r\n"
        "x-content-type-options: nosniff\r\n\r\n"
    )
    return head.encode() + body


def _fit_open_files(limits: ConnectionLimits) -> ConnectionLimits:
    """Raise the soft open-file limit as far as the connections need (and the hard limit
    allows); lower ``max_connections`` to what fits, so accepting never fails for want of files
    (asyncio would then stop accepting anyone for a second)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = limits.max_connections + SPARE_FILES
    ceiling = wanted if hard == resource.RLIM_INFINITY else min(hard, wanted)
    if soft < ceiling:
        resource.setrlimit(resource.RLIMIT_NOFILE, (ceiling, hard))
        soft = ceiling
    fitting = soft - SPARE_FILES
    if fitting >= limits.max_connections:
        return limits
    log.warning(
        "the open-file limit (%d) allows %d connections, not %d", soft, fitting,
        limits.max_connections,
    )  # fmt: skip
    return ConnectionLimits(limits.header_timeout, limits.body_timeout, max(fitting, 1))
