"""Writing outputs (:func:`crpv_graph.paths.atomic_path`): a file is replaced whole or not at
all, and a failure to write is one line on stderr."""

from __future__ import annotations

import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import (
    CRPV_GRAPH,
    FIXTURE_DATA,
    IN_CHECKOUT,
    invoke,
    on_small_disk,
    one_line_error,
)

ARTICLE = "URL: https://example.org/a\nDATE: 2021-11-02\n---\n"
LAST = "Le 21 octobre 2021, l'IREV a réuni les centres de ressources à Paris.\n"


def test_an_output_under_a_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("kept", encoding="utf-8")
    target = tmp_path / "file" / "page.html"
    message = one_line_error(invoke("--data", str(FIXTURE_DATA), "network", "--out",
                                        str(target)))  # fmt: skip
    assert message == f"Error: cannot write {target}: Not a directory\n"


def on_a_full_disk(directory: Path, output: str, command: list[str]) -> str:
    """Run ``command`` in ``directory`` made a small disk of its own (:func:`on_small_disk`),
    holding ``output`` (saying "previous") and filled up; then list the directory and show
    ``output``."""
    script = (
        f'cd "$0" && echo previous > {output} && (cat /dev/zero > filler 2>/dev/null; true) && '
        f"{shlex.join(command)}; echo exit=$?; ls -A; cat {output}"
    )
    result = on_small_disk(directory, script, size="64k", env=IN_CHECKOUT)
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
    args = [*command, str(article)] if command == ("ingest",) else [*command]
    report = on_a_full_disk(
        tmp_path / "disk", output, [CRPV_GRAPH, "--quiet", *args, "--out", output]
    )
    assert report == (
        f"Error: cannot write {output}: No space left on device\n"
        f"exit=1\nfiller\n{output}\nprevious\n"
    )
