"""Vendored front-end files are what VENDORED.md says: the npm package's bytes, its version and
its licence beside them."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

VENDOR = Path(__file__).resolve().parents[1] / "crpv_graph" / "vendor"
ROW = re.compile(
    r"^\| `(?P<dir>[^`]+)` \| `(?P<package>[^`]+)` \| (?P<version>[^ ]+) \| (?P<licence>[^|]+?) "
    r"\| `(?P<file>[^`]+)`[^|]*\| `(?P<sha>[0-9a-f]{64})` \|$"
)
ROWS = [
    m.groupdict() for m in map(ROW.match, (VENDOR / "VENDORED.md").read_text().splitlines()) if m
]


def test_the_table_lists_every_vendored_file() -> None:
    listed = {(VENDOR / row["dir"] / row["file"]).resolve() for row in ROWS}
    on_disk = {
        path.resolve()
        for path in VENDOR.rglob("*")
        if path.is_file()
        and path.name not in {"package.json", "VENDORED.md", "__init__.py"}
        and not path.name.startswith("LICENSE")
    }
    assert on_disk <= listed, f"not in VENDORED.md: {sorted(map(str, on_disk - listed))}"


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row["file"])
def test_each_file_is_the_packages_own_with_its_version_and_licence(row: dict[str, str]) -> None:
    directory = VENDOR / row["dir"]
    assert hashlib.sha256((directory / row["file"]).read_bytes()).hexdigest() == row["sha"]
    package = json.loads((directory / "package.json").read_text(encoding="utf-8"))
    assert (package["name"], package["version"]) == (row["package"], row["version"])
    assert package["license"].strip("()") == row["licence"].strip("()")
    assert list(directory.glob("LICENSE*")), f"no licence file in {directory}"
