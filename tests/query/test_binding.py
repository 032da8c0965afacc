"""Binding parameters: each value is checked against its kind before it reaches a query."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import invoke, one_line_error


def test_a_parameter_date_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "day.rq"
    path.write_text("# param: day date - A day\nSELECT ?day WHERE {}\n", encoding="utf-8")
    message = one_line_error(invoke("query", str(path), "--param", "day=2021-02-31"))
    assert "parameter day expects a date YYYY-MM-DD, got '2021-02-31'" in message
