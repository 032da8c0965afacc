"""Hostile input: every user error is one line on stderr and exit 1, nothing written or lost.

Each error the library raises for a user's mistake is a :class:`~crpv_graph.errors.CrpvError`,
reported once, by the command group; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import http.server
import json
import os
import shlex
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import click
import pytest
from click.testing import CliRunner, Result

from crpv_graph.cli import CrpvGroup, main
from crpv_graph.errors import CrpvError
from crpv_graph.ingest import IngestError
from crpv_graph.paths import CannotWrite, NoDataDirectory, default_ontology_dir
from crpv_graph.query import QueryError
from crpv_graph.query.remote import RemoteError
from crpv_graph.serve.app import BadRequest
from crpv_graph.serve.guard import RefusedQuery
from crpv_graph.store.dataset import InvalidDataset, LoadError
from crpv_graph.store.publish import PushError
from tests.helpers import CHECKOUT, FIXTURE_DATA, Listener
from tests.store.test_outputs import DECLARED, HEADER

ARTICLE = "URL: https://example.org/a\nDATE: 2021-11-02\n---\n"
FILLER = "x" * 9_999 + "\n\n"  # a paragraph of one long word: quick for spaCy to read
LAST = "Le 21 octobre 2021, l'IREV a réuni les centres de ressources à Paris.\n"


def crpv_graph(*args: str, input: str | None = None) -> Result:
    """``crpv-graph --quiet ARGS``, in process."""
    return CliRunner().invoke(main, ["--quiet", *args], input=input)


def one_line_error(result: Result) -> str:
    """The message of a command that failed as a user error should: exit 1, one line."""
    assert result.exit_code == 1, (result.exit_code, result.output, result.exception)
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
    return result.stderr


# --- the exception base and its one translation ---------------------------------------------


@pytest.mark.parametrize(
    "error",
    [LoadError, InvalidDataset, PushError, QueryError, RemoteError, IngestError,
     NoDataDirectory, CannotWrite, RefusedQuery, BadRequest],
)  # fmt: skip
def test_every_user_error_of_the_library_is_a_crpv_error(error: type[Exception]) -> None:
    assert issubclass(error, CrpvError)


def test_an_error_that_is_not_a_crpv_error_keeps_its_traceback() -> None:
    group = CrpvGroup()

    @group.command()
    def bug() -> None:
        raise KeyError("a bug")

    @group.command()
    def mistake() -> None:
        raise CrpvError("a mistake,\n  said on one line")

    assert isinstance(CliRunner().invoke(group, ["bug"]).exception, KeyError)
    assert one_line_error(CliRunner().invoke(group, ["mistake"])) == (
        "Error: a mistake, said on one line\n"
    )
    assert isinstance(group, click.Group)


def test_a_validation_failure_prints_its_report_then_one_line(
    fixture_copy: Path, tmp_path: Path
) -> None:
    (fixture_copy / "shacl.trig").write_text(
        HEADER + DECLARED + "<https://example.org/bad> { o:nameless a crpv:ResourceCentre . }\n",
        encoding="utf-8",
    )
    out = tmp_path / "build"
    result = crpv_graph("--data", str(fixture_copy), "build", "--out", str(out))
    assert result.exit_code == 1
    *report, summary = result.stderr.splitlines()
    assert report[0] == "1 violation(s):" and "[shape:Organization]" in report[1]
    assert summary.startswith("Error: 1 violation(s); ") and "not compiled" in summary
    assert not out.exists()


# --- ingest -----------------------------------------------------------------------------------


def test_an_article_longer_than_spacys_limit_is_read_in_pieces_with_true_offsets(
    tmp_path: Path,
) -> None:
    body = FILLER * 190 + LAST  # 1.9 million characters, under the 2 MiB limit
    article = tmp_path / "long.txt"
    article.write_text(ARTICLE + body, encoding="utf-8")
    result = crpv_graph("ingest", str(article), "--format", "json")
    assert result.exit_code == 0, result.output
    mentions = json.loads(result.stdout)["mentions"]
    irev = next(m for m in mentions if m["entity"] == "https://w3id.org/crpv/id/organization/irev")
    assert irev["start"] > 1_000_000
    assert all(body[m["start"] : m["end"]] == m["text"] for m in mentions)


@pytest.mark.parametrize(
    ("header", "option", "named"),
    [
        ("DATE: 2021-13-45\n", (), "'2021-13-45'"),
        ("", ("--date", "2021-02-31"), "--date '2021-02-31'"),
        ("PUBLISHED: 2021-02\n", ("--date", "2021-00"), "--date '2021-00'"),
    ],
)
def test_a_date_that_does_not_exist_is_refused_at_the_door(
    tmp_path: Path, header: str, option: tuple[str, ...], named: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(f"URL: https://example.org/a\n{header}---\n{LAST}", encoding="utf-8")
    out = tmp_path / "draft.trig"
    message = one_line_error(crpv_graph("ingest", str(article), *option, "--out", str(out)))
    assert named in message and "not a date of the calendar" in message
    assert not out.exists()


def test_ingest_names_a_directory_given_as_the_article(tmp_path: Path) -> None:
    assert f"{tmp_path}: not a file" in one_line_error(crpv_graph("ingest", str(tmp_path)))


# --- query ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("SELECT * { ?s ?p ?o } # é".encode("latin-1"), "not UTF-8 text (byte 0xe9 at offset 24)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff", "not UTF-8 text (byte 0x89 at offset 0)"),
        (b"", "invalid SPARQL"),
    ],
)
def test_a_query_file_that_cannot_be_read_is_named(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "question.rq"
    path.write_bytes(content)
    message = one_line_error(crpv_graph("query", str(path)))
    assert expected in message
    assert "question" in message


def test_a_missing_query_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "missing.rq"
    assert f"{missing}: cannot read the query" in one_line_error(crpv_graph("query", str(missing)))


def test_sparql_update_is_refused_as_such_and_never_sent(listener: Listener) -> None:
    for endpoint in ((), ("--endpoint", listener.url)):
        message = one_line_error(crpv_graph("query", "--query", "DROP ALL", *endpoint))
        assert "SPARQL Update is not supported" in message
    assert listener.connections == 0


def test_a_parameter_date_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "day.rq"
    path.write_text("# param: day date - A day\nSELECT ?day WHERE {}\n", encoding="utf-8")
    message = one_line_error(crpv_graph("query", str(path), "--param", "day=2021-02-31"))
    assert "parameter day expects a date YYYY-MM-DD, got '2021-02-31'" in message


class Answers(http.server.BaseHTTPRequestHandler):
    """An endpoint that answers nonsense: JSON of the wrong shape, or redirects in a loop."""

    BODIES: ClassVar[dict[str, bytes]] = {
        "/list": b"[1, 2, 3]",
        "/unbound": b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "uri"}}]}}',
    }

    def do_POST(self) -> None:
        if self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", "/loop-b" if self.path == "/loop-a" else "/loop-a")
            self.end_headers()
            return
        body = self.BODIES[self.path]
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST  # urllib follows a redirect with a GET

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def nonsense() -> Iterator[str]:
    """The base URL of a real local HTTP server answering with :class:`Answers`."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answers)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    thread.join()
    server.server_close()


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/list", "is not a SPARQL result: SPARQL JSON results must be an object"),
        ("/unbound", "is not a SPARQL result: uri serialization must have a 'value' key"),
        ("/loop-a", "HTTP 302 The HTTP server returned a redirect error"),
    ],
)
def test_an_endpoint_that_answers_nonsense_is_one_line(
    nonsense: str, path: str, expected: str
) -> None:
    message = one_line_error(crpv_graph("query", "centres", "--endpoint", nonsense + path))
    assert nonsense + path in message and expected in message


@pytest.mark.parametrize("form", ["SELECT *", "ASK"])
def test_a_service_that_answers_nonsense_is_one_line(nonsense: str, form: str) -> None:
    text = f"{form} {{ SERVICE <{nonsense}/list> {{ ?s ?p ?o }} }}"
    message = one_line_error(crpv_graph("query", "--query", text))
    assert "the query failed while running: SPARQL JSON results must be an object" in message


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://127.0.0.1:{port}/sparql", "http://[::1", "http://"]
)
@pytest.mark.parametrize("command", [("query", "centres"), ("network",), ("push",)])
def test_only_http_and_https_urls_are_endpoints(
    listener: Listener, url: str, command: tuple[str, ...]
) -> None:
    url = url.format(port=listener.port)
    message = one_line_error(crpv_graph(*command, "--endpoint", url))
    assert message.startswith(f"Error: {url}: not a") and "root:" not in message
    assert listener.connections == 0


# --- data -------------------------------------------------------------------------------------


def broken_link(directory: Path) -> Path:
    (directory / "gone.trig").symlink_to(directory / "nowhere.trig")
    return directory / "gone.trig"


def directory_named_trig(directory: Path) -> Path:
    (directory / "folder.trig").mkdir()
    return directory / "folder.trig"


@pytest.mark.parametrize("command", [("stats",), ("query", "centres")])
@pytest.mark.parametrize("spoil", [broken_link, directory_named_trig])
def test_a_source_that_is_not_a_file_is_named(
    fixture_copy: Path, command: tuple[str, ...], spoil: object
) -> None:
    assert callable(spoil)
    culprit = spoil(fixture_copy)
    message = one_line_error(crpv_graph("--data", str(fixture_copy), *command))
    assert f"{culprit}: not a file" in message


@pytest.mark.parametrize("command", [("stats",), ("query", "centres"), ("build",)])
def test_a_data_directory_without_sources_is_refused(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    message = one_line_error(crpv_graph("--data", str(tmp_path), *command))
    assert f"{tmp_path}: no source files (*.trig)" in message
    message = one_line_error(crpv_graph("--data", str(tmp_path / "none"), *command))
    assert f"{tmp_path / 'none'}: no such data directory" in message


def test_an_ontology_without_its_shapes_is_named(tmp_path: Path) -> None:
    ontology = tmp_path / "ontology"
    shutil.copytree(default_ontology_dir(), ontology)
    (ontology / "shapes.ttl").unlink()
    args = ("--data", str(FIXTURE_DATA), "--ontology", str(ontology), "build", "--out")
    message = one_line_error(crpv_graph(*args, str(tmp_path / "build")))
    assert f"{ontology / 'shapes.ttl'}: cannot read" in message


# --- outputs ----------------------------------------------------------------------------------


def test_an_output_under_a_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("kept", encoding="utf-8")
    target = tmp_path / "file" / "page.html"
    message = one_line_error(crpv_graph("--data", str(FIXTURE_DATA), "network", "--out",
                                        str(target)))  # fmt: skip
    assert message == f"Error: cannot write {target}: Not a directory\n"


def command_line(*args: str) -> list[str]:
    """``crpv-graph --quiet ARGS`` as a process of this checkout's code, from any directory."""
    return [str(Path(sys.executable).parent / "crpv-graph"), "--quiet", *args]


IN_CHECKOUT = {**os.environ, "PYTHONPATH": str(CHECKOUT)}


def test_a_full_standard_output_is_one_line() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(command_line("queries"), stdout=full, stderr=subprocess.PIPE,
                                text=True, env=IN_CHECKOUT, check=False)  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == "Error: cannot write the output: No space left on device\n"


def on_a_full_disk(directory: Path, output: str, command: list[str]) -> str:
    """Run ``command`` in ``directory`` made a tmpfs of its own (user and mount namespaces, as
    an unprivileged user may), holding ``output`` (saying "previous") and filled up; then list
    the directory and show ``output``."""
    script = (
        f'mount -t tmpfs -o size=64k tmpfs "{directory}" && cd "{directory}" && '
        f"echo previous > {output} && (cat /dev/zero > filler 2>/dev/null; true) && "
        f"{shlex.join(command)}; echo exit=$?; ls -A; cat {output}"
    )
    result = subprocess.run(["unshare", "-Urm", "sh", "-c", script], capture_output=True,
                            text=True, env=IN_CHECKOUT, check=False, timeout=300)  # fmt: skip
    return result.stderr + result.stdout


needs_unshare = pytest.mark.skipif(
    shutil.which("unshare") is None
    or subprocess.run(["unshare", "-Urm", "true"], capture_output=True, check=False).returncode
    != 0,
    reason="no user namespaces here",
)


@needs_unshare
@pytest.mark.parametrize(("command", "output"), [(("network",), "x.html"), (("ingest",), "x.trig")])
def test_a_full_disk_is_one_line_and_the_previous_output_stays(
    tmp_path: Path, command: tuple[str, ...], output: str
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE + LAST, encoding="utf-8")
    disk = tmp_path / "disk"
    disk.mkdir()
    args = [*command, str(article)] if command == ("ingest",) else [*command]
    report = on_a_full_disk(disk, output, command_line(*args, "--out", output))
    assert report == (
        f"Error: cannot write {output}: No space left on device\n"
        f"exit=1\nfiller\n{output}\nprevious\n"
    )
