"""``/dictionary``: the data dictionary (:mod:`crpv_graph.dictionary`) as a page of the server,
in the reader's language.

The server holds its dataset as N-Quads for its workers; the dictionary is read from it once, on
the first request for the page, in a thread (a second of work at a hundred thousand triples,
which the event loop should not wait for), and kept: the dataset does not change while the
server runs.
"""

from __future__ import annotations

import functools
import urllib.parse

import anyio
from starlette.requests import Request
from starlette.responses import Response

from crpv_graph.dictionary import Dictionary, read_dictionary
from crpv_graph.dictionary.page import page
from crpv_graph.serve.context import render, server
from crpv_graph.serve.language import request_language
from crpv_graph.store.dataset import open_nquads


async def dictionary(request: Request) -> Response:
    """The data dictionary page; each example query links to the query page that runs it."""
    dataset = server(request).settings.dataset
    read = await anyio.to_thread.run_sync(_read, dataset)
    lang = request_language(request)
    keep = {"lang": request.query_params["lang"]} if "lang" in request.query_params else {}

    def query_href(text: str) -> str:
        return "/?" + urllib.parse.urlencode({"query": text, **keep})

    return render(request, "dictionary.html", {"body": page(read, lang, query_href)})


@functools.lru_cache(maxsize=1)
def _read(dataset: bytes) -> Dictionary:
    return read_dictionary(open_nquads(dataset))
