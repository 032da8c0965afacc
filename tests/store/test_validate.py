"""Validation: the real dataset passes; a failure is reported by file, resource and rule."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import Cli, invoke
from tests.store.builds import NAMELESS


def test_validate_reports_zero_violations_on_the_real_dataset(cli: Cli) -> None:
    result = cli("validate")
    assert result.exit_code == 0, result.output
    assert "valid: 0 violations" in result.output


def test_a_validation_failure_prints_its_report_then_one_line(
    fixture_copy: Path, tmp_path: Path
) -> None:
    (fixture_copy / "shacl.trig").write_text(NAMELESS, encoding="utf-8")
    out = tmp_path / "build"
    result = invoke("--data", str(fixture_copy), "build", "--out", str(out))
    assert result.exit_code == 1
    *report, summary = result.stderr.splitlines()
    assert report[0] == "1 violation(s):" and "[shape:Organization]" in report[1]
    assert summary.startswith("Error: 1 violation(s); ") and "not compiled" in summary
    assert not out.exists()
