"""The static site at ``/site/``, served by a real ``crpv-graph serve`` process: files with their
media types, ``index.html`` for a directory, no listing, nothing outside the site's directory
whatever the path says (raw requests on a socket: an HTTP client would tidy the paths first);
and the site built for the served dataset on the first start, reused on the next."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.helpers import Cli, ServedEndpoint, one_line_error, serving, small_site

SECRET = "the site must never show this"


@pytest.fixture(scope="module")
def site_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedEndpoint]:
    """A server whose site sits beside a secret file, with a link pointing out of the site."""
    root = tmp_path_factory.mktemp("site-root")
    (root / "secret.txt").write_text(SECRET)
    site = small_site(root / "site")
    (site / "assets").mkdir()
    (site / "assets" / "site.css").write_text("body { color: #222; }\n")
    (site / "assets" / "search.js").write_text("window.index = [];\n")
    (site / "donnees").mkdir()
    (site / "donnees" / "crpv.trig").write_text("<urn:a> <urn:b> <urn:c> .\n")
    (site / "donnees" / "crpv.nq").write_text("<urn:a> <urn:b> <urn:c> .\n")
    (site / "donnees" / "crpv.jsonld").write_text("[]\n")
    (site / "donnees" / "liens.gexf").write_text("<gexf/>\n")
    (site / "empty").mkdir()
    os.symlink(root / "secret.txt", site / "out.txt")
    with serving(root, "--site", str(site)) as (endpoint, _):
        yield endpoint


def raw_get(endpoint: ServedEndpoint, target: bytes) -> tuple[int, bytes]:
    """The status and body of ``GET target``, the target sent byte for byte."""
    with socket.create_connection(("127.0.0.1", endpoint.port), timeout=30) as connection:
        connection.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


@pytest.mark.parametrize(
    ("path", "media_type"),
    [
        ("/site/", "text/html; charset=utf-8"),
        ("/site/index.html", "text/html; charset=utf-8"),
        ("/site/id/organization/irev/", "text/html; charset=utf-8"),
        ("/site/assets/site.css", "text/css; charset=utf-8"),
        ("/site/assets/search.js", "text/javascript; charset=utf-8"),
        ("/site/donnees/crpv.trig", "application/trig"),
        ("/site/donnees/crpv.nq", "application/n-quads"),
        ("/site/donnees/crpv.jsonld", "application/ld+json"),
        ("/site/donnees/liens.gexf", "application/gexf+xml"),
    ],
)
def test_site_files_are_served_with_their_media_types(
    site_server: ServedEndpoint, path: str, media_type: str
) -> None:
    answer = httpx.get(site_server.base + path)
    assert answer.status_code == 200
    assert answer.headers["content-type"] == media_type
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'self'" in answer.headers["content-security-policy"]


def test_a_directory_without_slash_is_redirected_and_never_listed(
    site_server: ServedEndpoint,
) -> None:
    answer = httpx.get(site_server.base + "/site/id/organization/irev")
    assert answer.status_code in (301, 302, 307, 308)
    assert answer.headers["location"].endswith("/site/id/organization/irev/")
    for listing in ("/site/empty/", "/site/donnees/", "/site/id/"):
        assert httpx.get(site_server.base + listing).status_code == 404, listing


@pytest.mark.parametrize(
    "target",
    [
        b"/site/../secret.txt",
        b"/site/%2e%2e/secret.txt",
        b"/site/%2E%2E/secret.txt",
        b"/site/..%2fsecret.txt",
        b"/site/..%2Fsecret.txt",
        b"/site/%2e%2e%2fsecret.txt",
        b"/site/id/../../secret.txt",
        b"/site/..%5csecret.txt",
        b"/site/%252e%252e/secret.txt",
        b"/site/index.html%00.txt",
        b"/site/%00",
        b"/site/out.txt",
        b"/site//etc/passwd",
        b"/site/%2fetc%2fpasswd",
    ],
)
def test_nothing_outside_the_site_is_reachable(site_server: ServedEndpoint, target: bytes) -> None:
    status, body = raw_get(site_server, target)
    assert status in (400, 404), (target, status)
    assert SECRET.encode() not in body and b"root:" not in body


def test_serve_refuses_a_site_directory_that_holds_no_site(cli: Cli, tmp_path: Path) -> None:
    error = one_line_error(cli("serve", "--site", str(tmp_path), "--unconfined-workers"))
    assert f"{tmp_path} holds no site (no index.html)" in error


def test_serve_builds_the_site_of_its_dataset_once_and_reuses_it(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {**os.environ, "CRPV_CACHE": str(cache)}
    with serving(tmp_path, env=env, build_site=True) as (endpoint, _):
        home = httpx.get(endpoint.base + "/site/")
        assert home.status_code == 200 and '<html lang="fr"' in home.text
        page = httpx.get(endpoint.base + "/id/organization/irev", headers={"Accept": "text/html"})
        assert page.status_code == 303
        assert httpx.get(endpoint.base + page.headers["location"]).status_code == 200
    (built,) = (cache / "site").iterdir()
    assert built.name.endswith("-fr")
    stamp = (built / "index.html").stat().st_mtime_ns
    with serving(tmp_path, env=env, build_site=True) as (endpoint, _):
        assert httpx.get(endpoint.base + "/site/").status_code == 200
    assert (built / "index.html").stat().st_mtime_ns == stamp
