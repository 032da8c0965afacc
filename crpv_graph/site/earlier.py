"""The build already at a site's place, and what a new build may take from it.

A site's manifest lists each file's SHA-256 and, for a page, the digest of what it was
rendered from (its template, its context, the site's code and catalogs). A rebuild over an
earlier site (one data file changed) renders a page only when that digest changed; an
unchanged page is the earlier file, read back and checked against its recorded SHA-256 (a
file edited by hand is rendered again), then linked rather than written. The result is the
same bytes as a build from scratch: what a page shows is a function of what it is rendered
from, and the digest covers all of it.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from crpv_graph import __version__
from crpv_graph.store.directory import MANIFEST

FORMAT = "crpv-graph site 1"


@cache
def code_digest() -> str:
    """A digest of what turns a context into a page: the site's modules, templates and
    static files, the catalogs, and the version (a change to any renders every page again)."""
    digest = hashlib.sha256(f"{__version__}; {FORMAT}".encode())
    roots = (resources.files("crpv_graph.site"), resources.files("crpv_graph.i18n"))
    for root in roots:
        for path in sorted(Path(str(root)).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".html", ".js", ".css", ".po", ".rq"):
                digest.update(path.as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def inputs_digest(template: str, path: str, context: dict[str, Any]) -> str:
    """The digest of what a page is rendered from: equal digests, equal pages.

    Pickled values are compared, not their rendering: two contexts that pickle alike are
    alike (an object shared twice in one build and copied in another only costs a render).

    >>> inputs_digest("t.html", "a/index.html", {"x": 1}) == inputs_digest(
    ...     "t.html", "a/index.html", {"x": 1})
    True
    """
    payload = pickle.dumps((code_digest(), template, path, sorted(context.items())), protocol=5)
    return hashlib.sha256(payload).hexdigest()


@dataclass(frozen=True)
class Earlier:
    """The build already at the site's place, if any: its root, each file's digest and each
    page's inputs' digest, as its manifest lists them."""

    root: Path
    digests: dict[str, str] = field(default_factory=dict)
    inputs: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, out: Path) -> Earlier:
        """The site at ``out`` (no file when there is none, or another kind of build)."""
        try:
            manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(out)
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            return cls(out)
        files = manifest.get("files", {})
        return cls(
            out,
            {name: entry["sha256"] for name, entry in files.items()},
            {name: entry["inputs"] for name, entry in files.items() if "inputs" in entry},
        )

    def page(self, path: str, inputs: str) -> str | None:
        """The earlier page at ``path`` if it was rendered from the same inputs and is still
        the bytes the manifest recorded; None when it must be rendered."""
        if self.inputs.get(path) != inputs:
            return None
        try:
            content = (self.root / path).read_bytes()
        except OSError:
            return None
        if hashlib.sha256(content).hexdigest() != self.digests.get(path):
            return None
        return content.decode()

    def reuse(self, name: str, digest: str, path: Path) -> bool:
        """Link the earlier file ``name`` at ``path`` if it has ``digest``: whether it did."""
        if self.digests.get(name) != digest:
            return False
        try:
            os.link(self.root / name, path)
        except OSError:  # gone, or a file system without links: written instead
            return False
        return True
