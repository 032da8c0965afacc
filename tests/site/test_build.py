"""The site of the real data: a page for every entity and source, the statements of each page
as the graph holds them, sources cited, the same bytes twice, written whole or not at all."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pyoxigraph as ox
import pytest

from crpv_graph.query import resolve_query, run
from crpv_graph.site.addresses import page_path
from crpv_graph.site.build import build_site
from crpv_graph.store import compiled
from crpv_graph.store.directory import RefusedDirectory
from tests.helpers import CRPV_GRAPH, FIXTURE_DATA, Cli, on_small_disk
from tests.site.built import shown_statements

CENTRES = "SELECT DISTINCT ?centre { ?centre a crpv:ResourceCentre }"
SUBJECTS = "SELECT DISTINCT ?s { ?s ?p ?o FILTER(isIRI(?s)) }"


def iris(store: ox.Store, query: str) -> list[str]:
    result = store.query(query, prefixes={"crpv": "https://w3id.org/crpv/ontology#"})
    assert isinstance(result, ox.QuerySolutions)
    return sorted(solution[0].value for solution in result if isinstance(solution[0], ox.NamedNode))


def test_every_resource_of_the_graph_with_an_address_has_its_page(
    site_dataset: compiled.CompiledDataset, real_site: Path
) -> None:
    paths = [page_path(iri) for iri in iris(site_dataset.store, SUBJECTS)]
    expected = [path for path in paths if path is not None]
    assert len(expected) > 600
    missing = [path for path in expected if not (real_site / path / "index.html").is_file()]
    assert missing == []


def test_every_source_document_has_its_page_linking_to_the_original(
    site_dataset: compiled.CompiledDataset, real_site: Path
) -> None:
    pages = sorted((real_site / "source").glob("*/index.html"))
    assert len(pages) == site_dataset.sources
    html = (
        real_site
        / "source"
        / "irev.fr--le-reseau-national-des-centres-de-ressources-politique-de-la-ville"
        / "index.html"
    ).read_text()
    assert 'rel="external noopener noreferrer"' in html and "Ce que ce document énonce" in html


def test_each_of_the_twenty_one_centres_lists_its_sources_with_links_to_their_pages(
    site_dataset: compiled.CompiledDataset, real_site: Path
) -> None:
    centres = iris(site_dataset.store, CENTRES)
    assert len(centres) == 21
    for centre in centres:
        html = (real_site / str(page_path(centre)) / "index.html").read_text(encoding="utf-8")
        notes = html.split('<section class="notes"', 1)
        assert len(notes) == 2, f"{centre}: no sources"
        assert re.search(r'href="(\.\./)+source/[^"]+/index\.html"', notes[1]), centre


def test_a_centre_page_shows_every_statement_describe_gives(
    site_dataset: compiled.CompiledDataset, real_site: Path
) -> None:
    for centre in iris(site_dataset.store, CENTRES):
        described = run(site_dataset.store, resolve_query("describe"), {"resource": centre})
        assert not isinstance(described, ox.QuerySolutions | ox.QueryBoolean)
        expected = {
            (t.predicate.value, "_:" if isinstance(t.object, ox.BlankNode) else str(t.object.value))
            for t in described
            if not isinstance(t.object, ox.Triple)
        }
        page = real_site / str(page_path(centre)) / "index.html"
        assert expected, centre
        assert expected - shown_statements(page) == set(), centre


def test_home_lists_all_twenty_one_centres_by_region(real_site: Path) -> None:
    html = (real_site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in html
    assert "Réseau des centres de ressources politique de la ville" in html
    assert (
        len(
            set(
                re.findall(
                    r'href="(id/organization/[^"]+)"',
                    html.split('id="centres"')[1].split("</section>")[0],
                )
            )
        )
        >= 21
    )


def test_each_network_page_links_its_nodes_to_their_pages_and_back_home(real_site: Path) -> None:
    pages = sorted((real_site / "reseaux").glob("*.html"))
    networks = [page for page in pages if page.name != "index.html"]
    assert len(networks) == 4
    for page in networks:
        text = page.read_text(encoding="utf-8")
        assert 'href="../index.html"' in text, page.name
        assert "../id/organization/irev/index.html" in text, page.name
        assert "../assets/vis-network.min.js" in text, page.name
        assert (real_site / "assets" / "vis-network.min.js").is_file()


def test_a_statement_only_the_rules_derive_is_marked_deduced(real_site: Path) -> None:
    html = (real_site / "id" / "organization" / "irev" / "index.html").read_text(encoding="utf-8")
    assert '<span class="inferred">déduit</span>' in html
    assert "Déduit par les règles du graphe" in html


def test_sources_that_disagree_are_shown_side_by_side(real_site: Path) -> None:
    html = (real_site / "id" / "organization" / "eru" / "index.html").read_text(encoding="utf-8")
    row = html.split('data-predicate="https://schema.org/foundingDate"')[1].split("</tr>")[0]
    assert "les sources divergent" in row and row.count("data-object=") >= 2


def test_a_centre_says_what_the_graph_does_not_know(real_site: Path) -> None:
    html = (real_site / "id" / "organization" / "irev" / "index.html").read_text(encoding="utf-8")
    assert "non renseigné" in html and "siège" in html


def test_two_builds_of_one_dataset_are_the_same_bytes(real_site: Path, tmp_path: Path) -> None:
    # Opened again: a new store, whose blank nodes have new labels, as in another process.
    again = build_site(compiled.open_dataset(), tmp_path / "again").parent
    first = sorted(p.relative_to(real_site) for p in real_site.rglob("*") if p.is_file())
    second = sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    assert first == second
    assert [p for p in first if (real_site / p).read_bytes() != (again / p).read_bytes()] == []


def test_files_are_world_readable(real_site: Path) -> None:
    for path in [real_site, *real_site.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o755 if path.is_dir() else 0o644), path


def test_a_directory_that_is_not_a_site_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    dataset = compiled.open_dataset(FIXTURE_DATA)
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(RefusedDirectory):
        build_site(dataset, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_an_earlier_site_is_replaced_whole(tmp_path: Path) -> None:
    dataset = compiled.open_dataset(FIXTURE_DATA)
    build_site(dataset, tmp_path / "site")
    home = build_site(dataset, tmp_path / "site", "en")
    assert '<html lang="en">' in home.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_build_that_fills_the_disk_leaves_the_previous_site(tmp_path: Path) -> None:
    # On a 16 MiB disk holding a site of the fixture data, then filled: writing the English
    # site fails on one line, and the French one is still there, whole.
    dataset = compiled.open_dataset(FIXTURE_DATA)
    kept = tmp_path / "kept"
    kept.mkdir()
    site = f'{CRPV_GRAPH} --quiet --dataset {dataset.directory} site --out "$0/site"'
    script = f"""
        {site} > /dev/null || exit 9
        cp -r "$0/site" {kept}/before
        cat /dev/zero > "$0/filler" 2> /dev/null
        {site} --lang en 2> {kept}/site.err; echo $? > {kept}/site.rc
        cp -r "$0/site" {kept}/after
        ls -A "$0" > {kept}/listing
    """
    done = on_small_disk(tmp_path / "disk", script, size="16m")
    assert done.returncode == 0, done.stderr
    assert (kept / "site.rc").read_text() == "1\n"
    error = (kept / "site.err").read_text()
    assert error.startswith("Error: cannot write ") and error.count("\n") == 1, error
    before = {
        p.relative_to(kept / "before"): p.read_bytes()
        for p in (kept / "before").rglob("*")
        if p.is_file()
    }
    after = {
        p.relative_to(kept / "after"): p.read_bytes()
        for p in (kept / "after").rglob("*")
        if p.is_file()
    }
    assert before == after
    assert (kept / "listing").read_text().split() == ["filler", "site"], "no staging left"


def test_the_site_command_prints_the_home_page(cli: Cli, tmp_path: Path) -> None:
    result = cli("--quiet", "--data", str(FIXTURE_DATA), "site", "--out", str(tmp_path / "s"))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(tmp_path / "s" / "index.html")


def test_the_english_site_speaks_english(tmp_path: Path) -> None:
    home = build_site(compiled.open_dataset(FIXTURE_DATA), tmp_path / "s", "en")
    html = home.read_text(encoding="utf-8")
    assert "Network of the urban-policy resource centres" in html and "Missing data" in html
    assert "Données manquantes" not in html
