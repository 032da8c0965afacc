"""The README's worked examples for researchers run as written (against a served endpoint)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from tests.helpers import CHECKOUT, ServedEndpoint

README = (CHECKOUT / "README.md").read_text(encoding="utf-8")
DOCUMENTED_BASE = "http://127.0.0.1:8000"


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


def test_the_sparqlwrapper_example_prints_presidents_with_their_sources(
    served: ServedEndpoint,
) -> None:
    (example,) = [block for block in blocks("python") if "SPARQLWrapper" in block]
    code = example.replace(DOCUMENTED_BASE, served.base)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert len(lines) >= 3
    assert all(" http" in line for line in lines), "each row ends with its source URL"


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_the_curl_examples_answer(served: ServedEndpoint) -> None:
    (example,) = [block for block in blocks("sh") if "curl " in block and DOCUMENTED_BASE in block]
    commands = " ".join(example.replace("\\\n", " ").splitlines())
    found = re.findall(r"curl [^&]*?http://127\.0\.0\.1:8000/\S+", commands)
    assert len(found) == 3
    for command in found:
        argv = ["bash", "-c", command.replace(DOCUMENTED_BASE, served.base) + " --fail -sS"]
        run = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        assert run.returncode == 0, (command, run.stderr)
        assert run.stdout.strip(), command


def test_the_notebook_users_example_runs() -> None:
    (example,) = [block for block in blocks("python") if "to_dataframe(" in block]
    code = example + "\nprint(len(to_dataframe(store, 'leadership', {'centre': 'o:irev'})))\n"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert int(run.stdout.split()[-1]) > 0
