"""What the endpoints share, kept on ``app.state.server``: running a query in a worker and
rendering a page in the reader's language (see :mod:`crpv_graph.serve.language`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.templating import Jinja2Templates

from crpv_graph import __version__
from crpv_graph.errors import CrpvError
from crpv_graph.i18n import LANGUAGES, environment
from crpv_graph.query import NamedQuery, load_queries
from crpv_graph.query.find import NameIndex
from crpv_graph.serve.executor import Answer, Limits, QueryExecutor, Task
from crpv_graph.serve.language import page_language, request_language

PACKAGE = Path(str(resources.files("crpv_graph.serve")))
#: On every answer: nothing loads from outside the server, no inline script or style (the
#: query page adds a nonce for its editor's styles, see crpv_graph.serve.querypage).
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


class BadRequest(CrpvError):
    """A request the endpoint cannot take, answered with ``status`` and one line of text."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass(frozen=True)
class ServerSettings:
    """How the endpoint runs. ``dataset`` is the compiled dataset as N-Quads bytes; ``site``
    the directory of the static site served at ``/site/`` (none: ``/site/`` answers 404)."""

    dataset: bytes
    limits: Limits = field(default_factory=Limits)
    max_query_bytes: int = 256 * 1024
    cors_origins: tuple[str, ...] = ()
    site: Path | None = None


@dataclass
class Server:
    """The settings, the pages' templates in each language, the named queries, the server's
    own queries (``crpv_graph/serve/queries``), the executor (running between the lifespan's
    start and end), and the names entities are found by."""

    settings: ServerSettings
    templates: dict[str, Jinja2Templates]
    library: dict[str, NamedQuery]
    own: dict[str, NamedQuery]
    executor: QueryExecutor | None = None
    #: Every name of every entity, read on the first ``/search`` (:mod:`crpv_graph.serve.search`).
    names: NameIndex | None = None
    #: The ``/terms.json`` document, read on its first request: the dataset never changes.
    terms: dict[str, Any] | None = None

    @classmethod
    def create(cls, settings: ServerSettings) -> Server:
        loader = jinja2.FileSystemLoader(PACKAGE / "templates")
        templates = {
            lang: Jinja2Templates(env=environment(loader, lang), context_processors=[page_language])
            for lang in LANGUAGES
        }
        return cls(settings, templates, load_queries(), load_queries(PACKAGE / "queries"))


def server(request: Request) -> Server:
    """The shared state of the app answering ``request``."""
    shared: Server = request.app.state.server
    return shared


async def run(
    request: Request,
    text: str,
    accept: str,
    explicit_format: str | None = None,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
    trusted_form: str | None = None,
    max_rows: int | None = None,
) -> Answer:
    """Answer a query in a worker (see :class:`~crpv_graph.serve.executor.Task`); ``max_rows``
    overrides the server's row cap for a query the server wrote itself."""
    shared = server(request)
    assert shared.executor is not None, "the app's lifespan starts the executor"
    task = Task(
        text,
        accept,
        explicit_format,
        max_rows or shared.settings.limits.max_rows,
        tuple(default_graphs),
        tuple(named_graphs),
        trusted_form,
    )
    return await shared.executor.run(task, client=request.client.host if request.client else "")


def render(
    request: Request,
    template: str,
    context: Mapping[str, Any],
    status_code: int = 200,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """A page in the reader's language; ``Vary`` says the answer depends on it."""
    templates = server(request).templates[request_language(request)]
    return templates.TemplateResponse(
        request,
        template,
        {"version": __version__, **context},
        status_code=status_code,
        headers={"Vary": "Accept, Accept-Language", **(headers or {})},
    )


async def read_body(request: Request, limit: int) -> bytes:
    """A request's body, refused (413) past ``limit`` bytes before it is all read."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BadRequest(f"the request is larger than the {limit}-byte limit", 413)
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise BadRequest(f"the request is larger than the {limit}-byte limit", 413)
            chunks.append(chunk)
    except ClientDisconnect:
        # A client gone mid-upload is no server error: the answer goes nowhere, and the
        # connection layer (crpv_graph.serve.http) logs the disconnect.
        raise BadRequest("the client went away before the end of its request") from None
    return b"".join(chunks)
