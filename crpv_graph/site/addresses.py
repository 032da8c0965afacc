"""Where each resource's page lives in the site: the path of its IRI under the project's base.

The site's layout mirrors the IRIs (``id/organization/irev/`` for
``https://w3id.org/crpv/id/organization/irev``), so one redirect rule maps the namespace to a
deployment, and pages link to each other with relative paths, which work from ``file://`` and
from any static host. Resources outside the namespace (source documents are their own URLs) have
their pages under ``source/`` by the slug of their data file.
"""

from __future__ import annotations

import posixpath
import re

from crpv_graph.namespaces import BASE

# A path segment a page may have: what the project mints (letters, digits, '-', '_', '.').
_SEGMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def page_path(iri: str) -> str | None:
    """The directory of the IRI's page, relative to the site's root, or ``None`` when the IRI
    is not one of the project's resources with a page (``/`` ends the path: the page is its
    ``index.html``).

    >>> page_path("https://w3id.org/crpv/id/organization/irev")
    'id/organization/irev/'
    >>> page_path("https://example.org/x"), page_path("https://w3id.org/crpv/id/../etc")
    (None, None)
    >>> page_path("https://w3id.org/crpv/ontology#ResourceCentre") is None
    True
    """
    if not iri.startswith(BASE + "id/"):
        return None
    segments = iri[len(BASE) :].split("/")
    if len(segments) < 3 or not all(_SEGMENT.fullmatch(s) for s in segments):
        return None
    return "/".join(segments) + "/"


def relative_href(from_page: str, to_page: str) -> str:
    """A link from one page of the site to another, both given relative to the site's root;
    a directory's link ends with ``index.html`` so that it opens from ``file://`` too.

    >>> relative_href("id/organization/irev/", "id/person/jallet/")
    '../../person/jallet/index.html'
    >>> relative_href("index.html", "id/event/rn-2018/")
    'id/event/rn-2018/index.html'
    >>> relative_href("reseaux/partenariats.html", "assets/site.css")
    '../assets/site.css'
    >>> relative_href("telecharger/index.html", "telecharger/"), relative_href("a/b/", "a")
    ('index.html', '..')
    """
    start = from_page if from_page.endswith("/") else posixpath.dirname(from_page)
    target = to_page + "index.html" if to_page.endswith("/") else to_page
    # posixpath.relpath's result, without its two os.getcwd() calls: a site makes millions.
    here, there = start.split("/") if start else [], target.split("/")
    here = [segment for segment in here if segment]
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:]) or "."
