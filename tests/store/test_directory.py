"""``crpv-graph build`` writes only where it may: into an empty directory or a build of its own,
never over what it did not write; bad input or a full disk leave the previous build as it was."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import CHECKOUT, CRPV_GRAPH, FIXTURE_DATA, Cli, on_small_disk
from tests.store.builds import BAD_PREFIX, HEADER, ILL_TYPED, NAMELESS, built, listing


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "malformed.trig",
            HEADER + '<https://example.org/bad> { o:x rdfs:label "x" \n',
            "malformed.trig:",
        ),
        ("prefix.trig", BAD_PREFIX, "prefix.trig:3: "),
        ("datatype.trig", ILL_TYPED, 'datatype.trig:10: "1993-13-45" is not a valid'),
        (
            "undeclared.trig",
            HEADER
            + '<https://example.org/undeclared> { o:x a crpv:ResourceCentre ; rdfs:label "X"@fr . }\n',
            "[declared-source]",
        ),
        (
            "shacl.trig",
            NAMELESS,
            "<https://w3id.org/crpv/id/organization/nameless> [shape:Organization]",
        ),
    ],
)
def test_bad_input_stops_the_build_and_keeps_the_previous_one(
    cli: Cli, fixture_copy: Path, tmp_path: Path, name: str, content: str, expected: str
) -> None:
    out = tmp_path / "build"
    before = built(cli, fixture_copy, out)
    (fixture_copy / name).write_text(content, encoding="utf-8")
    result = cli("--data", str(fixture_copy), "build", "--out", str(out))
    assert result.exit_code == 1
    assert expected in result.output
    assert name in result.output
    assert (out / "manifest.json").read_text() == before


def test_build_refuses_the_data_directory_and_deletes_nothing(cli: Cli, fixture_copy: Path) -> None:
    before = listing(fixture_copy)
    result = cli("--data", str(fixture_copy), "build", "--out", str(fixture_copy))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "neither empty nor a crpv-graph build" in result.stderr
    assert listing(fixture_copy) == before


def test_build_refuses_the_current_directory(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = cli("--data", str(FIXTURE_DATA), "build", "--out", ".")
    assert result.exit_code == 1
    assert "refusing to write into ." in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notes.txt"]


def test_a_build_someone_added_pages_to_is_refused_and_the_pages_kept(
    cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "build"
    before = built(cli, FIXTURE_DATA, out)
    page = out / "partnership.html"
    assert cli("--data", str(FIXTURE_DATA), "network", "--out", str(page)).exit_code == 0
    result = cli("--data", str(FIXTURE_DATA), "build", "--out", str(out))
    assert result.exit_code == 1
    assert "1 file(s) crpv-graph did not write (partnership.html)" in result.stderr
    assert page.is_file() and (out / "manifest.json").read_text() == before


def test_make_demo_writes_its_pages_outside_the_build_directory() -> None:
    makefile = (CHECKOUT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ndemo:", 1)[1].split("\n\n", 1)[0]
    (build_dir,) = re.findall(r" build --out (\S+)", recipe)
    pages = re.findall(r"--out (\S+\.html)", recipe)
    assert len(pages) == 2
    for page in pages:
        assert Path(build_dir) not in Path(page).parents, page


def test_the_staging_a_killed_build_left_is_removed_by_the_next_build(
    cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "build"
    killed = tmp_path / ".build-build-k1ll3d"
    killed.mkdir()
    (killed / "crpv.nq").write_text("<a> <b> <c", encoding="utf-8")  # cut short
    notes = tmp_path / ".build-build-notes"
    notes.mkdir()
    (notes / "todo.txt").write_text("not written by a build", encoding="utf-8")
    built(cli, FIXTURE_DATA, out)
    assert not killed.exists()
    assert (notes / "todo.txt").is_file(), "a folder holding other files is not a build's"
    assert sorted(path.name for path in tmp_path.iterdir()) == [".build-build-notes", "build"]


def test_a_full_disk_stops_the_build_on_one_line_and_keeps_the_previous_one(
    fixture_copy: Path, tmp_path: Path
) -> None:
    # On a 2 MiB disk holding the compiled dataset (the cache) and its copy (--out), then
    # filled: writing the copy fails, then compiling changed data fails.
    kept = tmp_path / "kept"
    kept.mkdir()
    build = f'{CRPV_GRAPH} --quiet --data {fixture_copy} build --out "$0/build"'
    script = f"""
        export CRPV_CACHE="$0/cache"
        {build} > /dev/null || exit 9
        cp -r "$0/build" {kept}/before
        cat /dev/zero > "$0/filler" 2> /dev/null
        {build} 2> {kept}/copy.err; echo $? > {kept}/copy.rc
        echo "# one more line" >> {fixture_copy}/example.org--fixture-article.trig
        {build} 2> {kept}/compile.err; echo $? > {kept}/compile.rc
        cp -r "$0/build" {kept}/after
        ls -A "$0" "$0/cache" > {kept}/listing
    """
    done = on_small_disk(tmp_path / "disk", script, size="2m")
    assert done.returncode == 0, done.stderr
    for step in ("copy", "compile"):
        assert (kept / f"{step}.rc").read_text() == "1\n"
        error = (kept / f"{step}.err").read_text()
        assert error.count("\n") == 1, error
        assert error.startswith("Error: cannot write ") and "No space left on device" in error
    assert listing(kept / "after") == listing(kept / "before")
    assert ".build-" not in (kept / "listing").read_text(), "no staging left on the disk"
