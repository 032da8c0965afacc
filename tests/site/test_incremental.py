"""A site rebuilt over an earlier one after a data file changed: the same bytes as a build from
scratch, written only where something changed, and a page gone when its resource is."""

from __future__ import annotations

import functools
import logging
import re
import shutil
from pathlib import Path

import pytest

from crpv_graph.network import project
from crpv_graph.paths import default_data_dir, default_ontology_dir
from crpv_graph.site import incremental
from crpv_graph.site.addresses import page_path
from crpv_graph.site.build import build_site, open_site
from crpv_graph.site.incremental import Pending, Rebuild
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


#: Edits of the real data, each with a text the rebuilt site must show (or no longer show):
#: a centre's label (on its page and every page naming it), a source's title (its page, the
#: notes citing it, the indexes), a partnership taken out (a projection and the partners of two
#: pages), a source document taken out (its page, and resources only it stated).
EDITS = [
    ("a centre renamed", '"IREV"@fr', '"IREV (renamed)"@fr', "IREV (renamed)"),
    (
        "a source retitled",
        'rdfs:label "Banque des Territoires (2019) : les centres',
        'rdfs:label "Banque des Territoires (2019, retitled) : les centres',
        "Banque des Territoires (2019, retitled)",
    ),
    (
        "a partnership taken out",
        ";\n        crpv:animatesNetwork o:reseau-national-crpv .",
        " .",
        "",
    ),
]
REMOVED = "aefinfo.fr--682545-parlement-nomination-bourron-anct.trig"


def rendered(caplog: pytest.LogCaptureFixture) -> tuple[int, int]:
    """The pages of resources and sources the last build rendered and kept (as it logs)."""
    found = re.findall(r"(\d+) pages of resources and sources rendered, (\d+) kept", caplog.text)
    made, kept = found[-1]
    return int(made), int(kept)


def test_rebuilds_after_several_different_edits_are_each_a_build_from_scratch(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Every edit on the same site, one after the other: a read a page makes that the record
    # misses would leave a stale page, and the site would differ from the one built anew.
    caplog.set_level(logging.INFO, logger="crpv_graph.site")
    data, site = tmp_path / "data", tmp_path / "site"
    shutil.copytree(default_data_dir(), data)
    build_site(compile_copy(data), site)
    total = sum(rendered(caplog))
    for name, old, new, shown in EDITS:
        changed = next(p for p in sorted(data.glob("*.trig")) if old in p.read_text("utf-8"))
        changed.write_text(changed.read_text("utf-8").replace(old, new, 1), "utf-8")
        dataset = compile_copy(data)
        build_site(dataset, site)
        made, kept = rendered(caplog)
        assert made + kept == total and 0 < made < total / 2, name
        scratch = tmp_path / "scratch"
        build_site(dataset, scratch)
        rebuilt = tree(site)
        assert rebuilt == tree(scratch), name
        assert shown.encode() in rebuilt["index/index.html"] + rebuilt["assets/search-index.js"]
        shutil.rmtree(scratch)
    (data / REMOVED).unlink()
    dataset = compile_copy(data)
    build_site(dataset, site)
    assert rendered(caplog)[0] < total / 2
    build_site(dataset, tmp_path / "scratch")
    assert tree(site) == tree(tmp_path / "scratch")
    assert f"source/{Path(REMOVED).stem}/index.html" not in tree(site)


def test_a_record_that_is_not_the_sites_own_means_a_full_build_and_its_own_keeps_everything(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="crpv_graph.site")
    data, site = tmp_path / "data", tmp_path / "site"
    shutil.copytree(FIXTURE_DATA, data)
    dataset = compile_copy(data)
    build_site(dataset, site)
    total = sum(rendered(caplog))
    exports = inodes(site / "telecharger")
    build_site(dataset, site)
    assert rendered(caplog) == (0, total), "nothing changed: every page kept"
    kept = inodes(site / "telecharger")
    assert all(kept[name] == exports[name] for name in kept if name.endswith((".gexf", ".graphml")))
    record = incremental.record_path(site)
    for damage in ("{not json", '{"format": "something else"}'):
        record.write_text(damage, encoding="utf-8")
        build_site(dataset, site)
        assert rendered(caplog) == (total, 0), damage
    # A site changed since its record was made (here: rebuilt by hand elsewhere and moved in)
    # does not match the record's manifest digest.
    build_site(dataset, site)
    (site / "manifest.json").write_bytes((site / "manifest.json").read_bytes() + b"\n")
    build_site(dataset, site)
    assert rendered(caplog) == (total, 0)


def test_pages_rendered_by_workers_record_what_they_read_as_one_process_does(
    site_dataset: compiled.CompiledDataset, tmp_path: Path
) -> None:
    made = {}
    for workers in (1, 2):
        site = open_site(site_dataset, "fr", project(site_dataset.store, "partnership"))
        rebuild = Rebuild(site, tmp_path / "site")
        pending: list[Pending] = [
            (f"{page_path(iri)}index.html", functools.partial(site.entity, iri), ())
            for iri in site.facts.entities
        ]
        site.prepare()
        pages = list(rebuild.render_all(pending, workers))
        made[workers] = (pages, rebuild.record.pages, rebuild.rendered)
    assert made[2] == made[1]
    pages, reads, rendered = made[2]
    assert rendered == len(pages) == len(reads)
    assert ("label", "https://w3id.org/crpv/id/organization/irev") in reads[CENTRE]
