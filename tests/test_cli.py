"""The command line itself (:mod:`crpv_graph.cli`): its options, what it prints, how it starts.

What a command does is tested with the module that does it; here is what the thin layer on top
adds: option checks, summaries, writing to standard output, a quick start.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from crpv_graph import network
from tests.helpers import CRPV_GRAPH, IN_CHECKOUT, Cli


def test_a_full_standard_output_is_one_line() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run([CRPV_GRAPH, "--quiet", "queries"], stdout=full, stderr=subprocess.PIPE,
                                text=True, env=IN_CHECKOUT, check=False)  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == "Error: cannot write the output: No space left on device\n"


def test_cli_refuses_an_unknown_export_and_mixed_spans(cli: Cli, tmp_path: Path) -> None:
    bad = cli("network", "--out", str(tmp_path / "p.png"))
    assert bad.exit_code == 2 and ".graphml" in bad.output
    mixed = cli("network", "--year", "2018", "--from", "2017")
    assert mixed.exit_code == 2
    assert not (tmp_path / "p.png").exists()


def test_cli_summary_counts_nodes_by_kind(cli: Cli) -> None:
    result = cli("network", "--kind", "co-participation", "--year", "2018")
    assert result.exit_code == 0
    first, *kinds = result.stdout.splitlines()
    assert first.endswith("links") and any("national agency" in line for line in kinds)


def test_cli_offers_every_projection_the_library_builds(cli: Cli) -> None:
    help_text = " ".join(cli("network", "--help").stdout.split())
    assert f"--kind [{'|'.join(network.KINDS)}]" in help_text


def test_the_command_line_starts_without_importing_networkx() -> None:
    # The CLI reads the projection kinds at start-up; networkx would add a fifth to that start.
    code = "import sys, crpv_graph.cli; print('networkx' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
