"""A site rebuilt over an earlier one after a data file changed: the same bytes as a build from
scratch, written only where something changed, and a page gone when its resource is."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crpv_graph.paths import default_data_dir, default_ontology_dir
from crpv_graph.site.build import build_site
from crpv_graph.store import compiled
from crpv_graph.store.dataset import load
from tests.helpers import CHECKOUT

FIXTURE_DATA = CHECKOUT / "tests" / "fixtures" / "data"
#: A centre of the real data, and a page that names it only through a link.
CENTRE, CENTRE_NAME = "id/organization/irev/index.html", '"IREV"@fr'


def tree(root: Path) -> dict[str, bytes]:
    """Every file of a directory by path, with its bytes."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def inodes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_ino for p in root.rglob("*") if p.is_file()}


def compile_copy(data: Path) -> compiled.CompiledDataset:
    """The dataset of ``data``, compiled anew beside it (unvalidated: a file taken out may
    leave a reference the shapes want described, which the site does not mind)."""
    ontology, place = default_ontology_dir(), data.parent / "compiled"
    shutil.rmtree(place, ignore_errors=True)
    loaded = load(data, ontology)
    return compiled.write_dataset(loaded, compiled.Inputs.read(data, ontology), place)


def test_a_rebuild_after_one_data_file_changed_is_a_build_from_scratch_written_where_it_changed(
    real_site: Path, tmp_path: Path
) -> None:
    data, site = tmp_path / "data", tmp_path / "site"
    shutil.copytree(default_data_dir(), data)
    shutil.copytree(real_site, site)
    earlier = inodes(site)
    changed = next(p for p in sorted(data.glob("*.trig")) if CENTRE_NAME in p.read_text("utf-8"))
    changed.write_text(
        changed.read_text("utf-8").replace(CENTRE_NAME, '"IREV (renamed)"@fr', 1), "utf-8"
    )
    dataset = compile_copy(data)
    build_site(dataset, site)
    build_site(dataset, tmp_path / "scratch")
    rebuilt = tree(site)
    assert rebuilt == tree(tmp_path / "scratch")
    assert "IREV (renamed)" in rebuilt[CENTRE].decode()
    now = inodes(site)
    kept = [name for name, inode in now.items() if earlier.get(name) == inode]
    written = [name for name, inode in now.items() if earlier.get(name) != inode]
    assert CENTRE in written and "assets/site.css" in kept
    assert len(kept) > len(written), "most pages do not name the centre: they are kept"


@pytest.mark.parametrize("removed", ["example.org--fixture-register.trig"])
def test_a_resource_no_source_states_any_more_loses_its_page(tmp_path: Path, removed: str) -> None:
    data, site = tmp_path / "data", tmp_path / "site"
    shutil.copytree(FIXTURE_DATA, data)
    build_site(compile_copy(data), site)
    before = set(tree(site))
    (data / removed).unlink()
    dataset = compile_copy(data)
    build_site(dataset, site)
    build_site(dataset, tmp_path / "scratch")
    after = tree(site)
    assert after == tree(tmp_path / "scratch")
    gone = {name for name in before - set(after) if name.startswith(("id/", "source/"))}
    assert f"source/{Path(removed).stem}/index.html" in gone
    assert any(name.startswith("id/") for name in gone)
