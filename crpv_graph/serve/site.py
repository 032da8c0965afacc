"""The static site (``crpv-graph site``) served at ``/site/``, so that IRIs resolve to pages.

``serve`` builds the site of the dataset it serves into the cache
(``$CRPV_CACHE/site/<dataset fingerprint>-<lang>/``) the first time, and reuses it on the next
start (the fingerprint changes with the data); ``serve --site DIR`` serves a site built
beforehand instead. Files are served as they are, with their media types; a directory answers
its ``index.html`` (never a listing); nothing outside the site's directory is reachable (``..``,
encoded dots and slashes, NUL bytes and symbolic links out of it answer 404).
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.staticfiles import PathLike, StaticFiles
from starlette.types import Receive, Scope, Send

from crpv_graph.store.compiled import CompiledDataset, cache_dir

#: Media types of the files a site holds that Python's ``mimetypes`` may not know (the
#: downloads page offers the data in every format).
MEDIA_TYPES = {
    ".trig": "application/trig",
    ".nq": "application/n-quads",
    ".nt": "application/n-triples",
    ".ttl": "text/turtle",
    ".jsonld": "application/ld+json",
    ".csv": "text/csv; charset=utf-8",
    ".graphml": "application/graphml+xml",
    ".gexf": "application/gexf+xml",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
}


def built_site(dataset: CompiledDataset, lang: str) -> Path:
    """The directory of the dataset's site in ``lang``, in the cache: built the first time
    (:func:`crpv_graph.site.build.build_site` writes it atomically), reused after."""
    target = cache_dir() / "site" / f"{dataset.fingerprint}-{lang}"
    if not (target / "index.html").is_file():
        # Imported here: the site builder is heavy, and ``serve --site DIR`` does not need it.
        builder = importlib.import_module("crpv_graph.site.build")
        builder.build_site(dataset, target, lang)
    return target


class SiteFiles(StaticFiles):
    """Starlette's static files in HTML mode (``index.html`` for a directory, no listing, paths
    kept inside the directory), with the media types of :data:`MEDIA_TYPES`, and a 404 for
    every path when no site is served."""

    def __init__(self, directory: Path | None) -> None:
        super().__init__(directory=directory, html=True, check_dir=directory is not None)
        self.served = directory is not None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self.served:
            raise HTTPException(status_code=404)
        await super().__call__(scope, receive, send)

    def file_response(
        self, full_path: PathLike, stat_result: os.stat_result, scope: Scope, status_code: int = 200
    ) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        media_type = MEDIA_TYPES.get(Path(full_path).suffix.lower())
        if media_type:
            response.headers["content-type"] = media_type
        return response
